package lower

import "testing"

func TestImportable(t *testing.T) {
	modules := []string{"example.com/shop", "github.com/shopspring/decimal"}
	for _, c := range []struct {
		path    string
		modules []string
		want    bool
	}{
		{"github.com/cloudevents/sdk-go/v2/event", nil, true}, // nothing known: used, as before
		{"github.com/cloudevents/sdk-go/v2/event", modules, false},
		{"example.com/shop/pkg/models", modules, true}, // the output's own module
		{"example.com/shop", modules, true},
		{"example.com/shopfront/models", modules, false}, // a prefix, not a path element
		{"github.com/shopspring/decimal", modules, true},
		{"github.com/google/uuid", modules, true}, // the output imports it anyway
		{"encoding/json", modules, true},
		{"time", []string{}, true},
	} {
		if got := importable(c.path, c.modules); got != c.want {
			t.Errorf("importable(%q, %q) = %v, want %v", c.path, c.modules, got, c.want)
		}
	}
}
