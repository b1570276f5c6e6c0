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

// TestJSONTagTextAsTag checks jsonTagText against jennifer's Tag, for
// values a raw string can hold and values it cannot.
func TestJSONTagTextAsTag(t *testing.T) {
	for _, v := range []string{"id", "id,omitempty", "-", "a`b", "tab\t", "日本,omitzero", `q"uote`, "\x7f"} {
		want := jen.Type().Id("T").Struct(jen.Id("F").String().Tag(map[string]string{"json": v})).GoString()
		if got := jen.Type().Id("T").Struct(jen.Id("F").String().Op(jsonTagText(v))).GoString(); got != want {
			t.Errorf("jsonTagText(%q) gives %s, want %s", v, got, want)
		}
	}
}

// TestQuotedAsLit checks quoted against jen.Lit, for strings jen.Lit must
// escape too.
func TestQuotedAsLit(t *testing.T) {
	for _, s := range []string{"is required", "", `a"b`, `back\slash`, "tab\t", "new\nline", "日本", "\u2028", "\xff", "`raw`", "\x00\x7f"} {
		want := jen.Id("f").Call(jen.Lit(s)).GoString()
		if got := jen.Id("f").Call(quoted(s)).GoString(); got != want {
			t.Errorf("quoted(%q) gives %s, want %s", s, got, want)
		}
	}
}
