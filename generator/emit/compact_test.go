package emit

import (
	"strings"
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

// TestCompactDeclsAsTokens checks the per-declaration methods written
// with their headers and fixed statements as text (decode.go, encode.go,
// enums.go) against the jennifer chains they replace, as go/format prints
// both.
func TestCompactDeclsAsTokens(t *testing.T) {
	v := jen.Id("v")
	cases := []struct{ got, want jen.Code }{
		{jen.Id("func (v *Pet) UnmarshalJSON(data []byte) error").Block(jen.Id("return jsonUnmarshal(data, v)")),
			jen.Func().Params(v.Clone().Op("*").Id("Pet")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
				jen.Return(jen.Id("jsonUnmarshal").Call(jen.Id("data"), v.Clone())))},
		{jen.Id("func (v *Pet) decodeJSON(r *jsonReader)").Block(
			jen.If(jen.Id("r.otherKind()")).Block(jen.Id("return")),
			jen.Id("var o jsonObject"),
			jen.For(jen.Id("r.object(&o, &jsonFieldsPet)")).Block(jen.Id("switch o.field").Block(jen.Id("default:"), jen.Id("r.skip()")))),
			jen.Func().Params(v.Clone().Op("*").Id("Pet")).Id("decodeJSON").Params(jen.Id("r").Op("*").Id("jsonReader")).Block(
				jen.If(jen.Id("r.otherKind").Call()).Block(jen.Return()),
				jen.Var().Id("o").Id("jsonObject"),
				jen.For(jen.Id("r.object").Call(jen.Op("&").Id("o"), jen.Op("&").Id("jsonFieldsPet"))).Block(
					jen.Switch(jen.Id("o.field")).Block(jen.Default(), jen.Id("r.skip").Call())))},
		{jen.Id("func DecodePet(data []byte) (Pet, error)").Block(jen.Id("var v Pet"), jen.Id("err :=").Add(jen.Id("decodeValue(data, &v)")), jen.Id("return v, err")),
			jen.Func().Id("DecodePet").Params(jen.Id("data").Index().Byte()).Params(jen.Id("Pet"), jen.Error()).Block(
				jen.Var().Add(v.Clone()).Id("Pet"), jen.Err().Op(":=").Add(jen.Id("decodeValue").Call(jen.Id("data"), jen.Op("&").Add(v.Clone()))), jen.Return(v.Clone(), jen.Err()))},
		{jen.Id("func (v Pet) MarshalJSON() ([]byte, error)").Block(jen.Id("return jwEncode(&v)")),
			jen.Func().Params(jen.Id("v").Id("Pet")).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
				jen.Return(jen.Id("jwEncode").Call(jen.Op("&").Id("v"))))},
		{jen.Id("func (v *Pet) appendJSON(w *jsonWriter)").Block(jen.Id("s := len(w.b)"), jen.Id("w.close(s, '{', '}')")),
			jen.Func().Params(jen.Id("v").Op("*").Id("Pet")).Id("appendJSON").Params(jwParam()).Block(
				jen.Id("s").Op(":=").Len(jen.Id("w.b")), jen.Id("w.close").Call(jen.Id("s"), jen.LitRune('{'), jen.LitRune('}')))},
		{jen.Id("func (Kind) Values() []Kind").Block(jen.Return(jen.Id("[]Kind").Values(jen.Id("KindA")))),
			jen.Func().Params(jen.Id("Kind")).Id("Values").Params().Index().Id("Kind").Block(jen.Return(jen.Index().Id("Kind").Values(jen.Id("KindA"))))},
		{jen.Id("func (v Kind) IsKnown() bool").Block(jen.Return(jen.False())), jen.Func().Params(jen.Id("v").Id("Kind")).Id("IsKnown").Params().Bool().Block(jen.Return(jen.False()))},
		{jen.Id("func (v Kind) Validate() error").Block(jen.Id("if v.IsKnown()").Block(jen.Id("return nil"))),
			jen.Func().Params(jen.Id("v Kind")).Id("Validate").Params().Error().Block(jen.If(jen.Id("v.IsKnown()")).Block(jen.Id("return nil")))},
		{jen.Var().Id("x").Op("=").Index().Id("jsonField").Values(jen.Op("\n{\"a\", 0}"), jen.Op("\n{\"b\", jsonNotNull}"), jen.Line()),
			jen.Var().Id("x").Op("=").Index().Id("jsonField").Values(jen.Line().Op("{\"a\", 0}"), jen.Line().Op("{\"b\", jsonNotNull}"), jen.Line())},
	}
	for _, c := range cases {
		f := func(c jen.Code) string {
			var b strings.Builder
			if err := jen.Add(c).Render(&b); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
		if got, want := f(c.got), f(c.want); got != want {
			t.Errorf("gives\n%s\nwant\n%s", got, want)
		}
	}
}
