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

// TestInternalAllowed: Go lets only the tree rooted at an internal
// element's parent import it; with the output's path unknown, no internal
// package is used.
func TestInternalAllowed(t *testing.T) {
	for _, c := range []struct {
		path, importer string
		want           bool
	}{
		{"example.com/shop/money", "", true},
		{"example.com/shop/internal/money", "", false},
		{"example.com/shop/internal/money", "example.com/shop", true},
		{"example.com/shop/internal/money", "example.com/shop/gen/api", true},
		{"example.com/shop/internal/money", "example.com/shop/internal/gen", true},
		{"example.com/shop/internal/money", "example.com/shopping/gen", false},
		{"example.com/shop/internal/money", "example.com/client/gen", false},
		{"example.com/shop/a/internal/money", "example.com/shop/b", false},
		{"example.com/shop/internal/x/internal/y", "example.com/shop/internal/x/gen", true},
		{"example.com/shop/internal/x/internal/y", "example.com/shop/gen", false},
		{"github.com/launchdarkly/gonfalon/internal/reps2", "example.com/ldclient/gen", false},
	} {
		if got := internalAllowed(c.path, c.importer); got != c.want {
			t.Errorf("internalAllowed(%q, %q) = %v, want %v", c.path, c.importer, got, c.want)
		}
	}
}
