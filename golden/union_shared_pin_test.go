package golden_test

import (
	"testing"

	unselectable "github.com/specgen/specgen/golden/union-discriminator-mapping-unselectable/want"
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

// TestUnionUnselectableMapping: a discriminator whose mapping names values
// the property does not allow (Revolut's Revolut-Pay) selects nothing, so
// the union is decoded by the variants' shapes: each answer decodes into
// the variant it matches, held to the oracle's verdicts, where every one
// was refused as naming no variant.
func TestUnionUnselectableMapping(t *testing.T) {
	held := func(v unselectable.RevolutPay) string {
		switch v.Value.(type) {
		case *unselectable.AccountLegacy:
			return "account"
		case *unselectable.CardLegacy:
			return "card"
		}
		return ""
	}
	checkVerdicts(t, "union-discriminator-mapping-unselectable/openapi.yaml", "#/components/schemas/RevolutPay", unselectable.DecodeRevolutPay, held, []verdictCase{
		{`{"subtype": "revolut_account", "account_id": "a1"}`, "account"},
		{`{"subtype": "card", "brand": "visa"}`, "card"},
		{`{"subtype": "revolut_pay_card", "brand": "visa"}`, ""},
		{`{"subtype": "card", "brand": "visa", "account_id": "a1"}`, ""},
	})
}
