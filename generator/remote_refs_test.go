package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestRemoteRefsFromLocalFiles: a $ref to a URL is read from the file a
// reference map names, and references inside that file resolve against
// its URL; without a map the error is located and names the flags.
func TestRemoteRefsFromLocalFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	root := write("order.schema.json", `{"title": "Order", "type": "object",
  "properties": {"item": {"$ref": "https://schemas.example.com/shop/item.json"}}}`)
	write("copies/shop/item.json", `{"type": "object", "properties": {"price": {"$ref": "price.json"}}}`)
	write("copies/shop/price.json", `{"type": "integer", "minimum": 0}`)

	r, err := generator.Run(generator.Config{Schemas: []string{root}, Package: "shop",
		RefMaps: []string{"https://schemas.example.com/=" + filepath.Join(dir, "copies")}})
	if err != nil {
		t.Fatal(err)
	}
	var validate string
	for _, f := range r.Files {
		if f.Path == "validate.gen.go" {
			validate = string(f.Src)
		}
	}
	if !strings.Contains(validate, "must be at least 0") {
		t.Errorf("the price's minimum, reached through two remote refs, is not checked:\n%s", validate)
	}

	_, err = generator.Run(generator.Config{Schemas: []string{root}, Package: "shop"})
	if err == nil || !strings.Contains(err.Error(), "order.schema.json:2:") ||
		!strings.Contains(err.Error(), "-ref URL=FILE") {
		t.Errorf("unmapped remote ref: got %v, want a located error naming -ref", err)
	}
}
