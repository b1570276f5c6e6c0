package emit

import (
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestFieldPathTextAsTokens checks that the text fieldPathText writes is
// the Go that the chain of jennifer tokens it replaced writes, once
// formatted, for names that jen.Lit must escape too.
func TestFieldPathTextAsTokens(t *testing.T) {
	for _, name := range []string{"id", "", `a"b`, `back\slash`, "tab\t", "日本", "\u2028", "\xff", "`raw`", "$ref"} {
		want := jen.Op("&").Id("validationPath").Values(jen.Id("parent").Op(":").Id("p"), jen.Id("key").Op(":").Lit(name)).GoString()
		if got := jen.Id(fieldPathText(name)).GoString(); got != want {
			t.Errorf("fieldPathText(%q) gives %s, want %s", name, got, want)
		}
	}
}
