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

// TestCompactCallsAsTokens checks the calls and loop headers written as
// pieces of text (validateCall, the decoders' and encoders' method values,
// the element loops of validate.go, decodeField's calls) against the
// jennifer chains they replace, as go/format prints both.
func TestCompactCallsAsTokens(t *testing.T) {
	at := func() jen.Code { return jen.Id(fieldPathText("items")) }
	cases := []struct{ got, want jen.Code }{
		{validateCall(jen.Id("v.Meta"), at()), jen.Id("v.Meta").Dot("validate").Call(at(), jen.Id("errs"))},
		{validateCall(jen.Parens(jen.Op("*").Id("v.List")).Index(jen.Id("i1")), jen.Id("&ip")),
			jen.Parens(jen.Op("*").Id("v.List")).Index(jen.Id("i1")).Dot("validate").Call(jen.Op("&").Id("ip"), jen.Id("errs"))},
		{jen.Id("ip := validationPath{parent:").Add(at()).Id(", index: i1, isIndex: true}"),
			jen.Id("ip").Op(":=").Id("validationPath").Values(jen.Id("parent").Op(":").Add(at()), jen.Id("index").Op(":").Id("i1"), jen.Id("isIndex").Op(":").True())},
		{jen.Id("kp := validationPath{parent:").Add(at()).Id(", key: k}"),
			jen.Id("kp").Op(":=").Id("validationPath").Values(jen.Id("parent").Op(":").Add(at()), jen.Id("key").Op(":").Id("k"))},
		{jen.For(jen.Id("i := range").Add(jen.Op("*").Id("v.List"))).Block(), jen.For(jen.Id("i").Op(":=").Range().Op("*").Id("v.List")).Block()},
		{jen.For(jen.Id("k, x := range").Id("v.Map")).Block(), jen.For(jen.List(jen.Id("k"), jen.Id("x")).Op(":=").Range().Id("v.Map")).Block()},
		{jen.Id("f").Call(jen.Id(decoder{method: true, typ: "Meta"}.methodValue())), jen.Id("f").Call(jen.Parens(jen.Op("*").Id("Meta")).Dot("decodeJSON"))},
		{jen.Id("jsonSlice(&v.Tags, r,").List(jen.Id("jsonString"), jen.Lit(true)).Id(")"),
			jen.Id("jsonSlice").Call(jen.Op("&").Id("v.Tags"), jen.Id("r"), jen.Id("jsonString"), jen.Lit(true))},
	}
	for _, c := range cases {
		got, want := jen.Func().Id("f").Params().Block(c.got).GoString(), jen.Func().Id("f").Params().Block(c.want).GoString()
		if got != want {
			t.Errorf("gives\n%s\nwant\n%s", got, want)
		}
	}
}
