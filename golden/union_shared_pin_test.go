package golden_test

import (
	"testing"

	sharedpin "github.com/specgen/specgen/golden/union-discriminator-shared-pin/want"
)

// TestUnionSharedPinTags: variants that each inherit the discriminator's
// enum from their base (VNG's GeoJSON geometries) are chosen by their
// schema names, OpenAPI's implicit mapping; the first variant took every
// value of the enum, a duplicate case in the generated switch that did not
// compile. A value the enum allows that names no variant is refused.
func TestUnionSharedPinTags(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{`{"type": "Point", "coordinates": [1, 2]}`, "Point"},
		{`{"type": "Line", "points": [[1, 2], [3, 4]]}`, "Line"},
		{`{"type": "Feature", "points": []}`, ""},
	} {
		v, err := sharedpin.DecodeShape([]byte(c.doc))
		got := ""
		switch v.Value.(type) {
		case *sharedpin.Point:
			got = "Point"
		case *sharedpin.Line:
			got = "Line"
		}
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: decoded as %s, want an error", c.doc, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: decoded as %q (%v), want %s", c.doc, got, err, c.want)
		}
	}
}
