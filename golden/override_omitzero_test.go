package golden_test

import (
	"encoding/json"
	"net/netip"
	"testing"
	"time"

	overrides "github.com/specgen/specgen/golden/type-override-omitzero/want"
)

// TestOverrideOmitzero: a field of a -type/x-go-type override is left out
// by omitzero as encoding/json leaves it out: by its IsZero method
// (time.Time), else when it is its type's zero value (netip.Prefix).
func TestOverrideOmitzero(t *testing.T) {
	for _, v := range []overrides.Host{
		{},
		{Prefix: netip.MustParsePrefix("10.0.0.0/8")},
		{Seen: time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC)},
		{Seen: time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("x", 3600))}, // not zero to ==, zero to IsZero
	} {
		got, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		type plain overrides.Host // the same fields, encoded by encoding/json
		want, err := json.Marshal(plain(v))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%+v: %s, encoding/json writes %s", v, got, want)
		}
	}
}
