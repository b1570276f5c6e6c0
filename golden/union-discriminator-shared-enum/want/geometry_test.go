package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: variants whose discriminator property is a
// shared enum of every variant's name are told apart by their names.

func TestSharedEnumTagsRoundTrip(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want GeoJSONGeometryValue
	}{
		{`{"type":"Point","coordinates":[1,2]}`, &Point{Type: GeometryTypeEnumPoint, Coordinates: Point2D{1, 2}}},
		{`{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}`, &MultiPoint{Type: GeometryTypeEnumMultiPoint, Coordinates: []Point2D{{1, 2}, {3, 4}}}},
	} {
		g, err := DecodeGeoJSONGeometry([]byte(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if d := cmp.Diff(c.want, g.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
		out, err := json.Marshal(g)
		if err != nil || string(out) != c.doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, c.doc)
		}
	}
	// Polygon is in the enum but names no variant.
	if _, err := DecodeGeoJSONGeometry([]byte(`{"type":"Polygon","coordinates":[]}`)); err == nil {
		t.Error("Polygon decoded")
	}
}
