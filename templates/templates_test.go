package templates

import (
	"testing"
	"text/template"
)

// TestTemplatesParse checks that every embedded template parses (with the
// functions its renderer provides) and that the named ones exist.
func TestTemplatesParse(t *testing.T) {
	if DiffReport() == "" {
		t.Fatal("diff report template is empty")
	}
	funcs := template.FuncMap{
		"cell": func(s string) string { return s }, "code": func(s string) string { return s },
		"operations": func(any, int) string { return "" },
	}
	names, err := FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range names {
		b, err := FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := template.New(e.Name()).Funcs(funcs).Parse(string(b)); err != nil {
			t.Errorf("%s: %v", e.Name(), err)
		}
	}
}
