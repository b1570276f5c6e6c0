package emit

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A JSON property can have any name; a struct tag cannot carry every one.
// encoding/json takes a tag's name only when it is letters, digits and the
// punctuation !#$%&()*+-./:;<=>?@[]^_{|}~ and space (no comma, quote,
// backslash or backtick), and falls back to the Go field name otherwise;
// go vet refuses a space. Such a property's field is tagged `json:"-"`, and
// its struct gets MarshalJSON and UnmarshalJSON that handle it by its exact
// name beside the fields encoding/json handles.

// tagPunct is the punctuation encoding/json accepts in a tag's name.
const tagPunct = "!#$%&()*+-./:;<=>?@[]^_{|}~"

// taggable reports whether a struct tag can carry the property name: as
// encoding/json's isValidTag, without the space go vet refuses.
func taggable(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if !strings.ContainsRune(tagPunct, c) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// jsonTag is a field's json struct tag. The name "-" is written "-,",
// which encoding/json reads as the name rather than as "leave out".
func jsonTag(fl *ir.Field) string {
	if !taggable(fl.JSONName) {
		return "-"
	}
	tag := fl.JSONName
	if tag == "-" {
		tag += ","
	}
	if fl.OmitZero {
		if !strings.HasSuffix(tag, ",") {
			tag += ","
		}
		tag += "omitzero"
	}
	return tag
}

// untaggedFields lists the fields of st whose names a tag cannot carry.
func untaggedFields(st *ir.Struct) []*ir.Field {
	var out []*ir.Field
	for _, f := range st.Fields {
		if !taggable(f.JSONName) {
			out = append(out, f)
		}
	}
	return out
}

// genMarshalUntagged writes MarshalJSON for a struct with untagged fields:
// encoding/json encodes the others, then each untagged one that omitzero
// does not leave out is appended, in field order.
//
//	func (v Probe) MarshalJSON() ([]byte, error) {
//		type plain Probe
//		data, err := json.Marshal(plain(v))
//		if err != nil {
//			return nil, err
//		}
//		if v.ASpacedName != nil {
//			if data, err = appendMember(data, "\"a spaced name\":", v.ASpacedName); err != nil {
//				return nil, err
//			}
//		}
//		return data, nil
//	}
func (e *emitter) genMarshalUntagged(f *jen.File, d *ir.Decl, fields []*ir.Field) {
	f.Line()
	f.Comment(fmt.Sprintf("// MarshalJSON encodes %s as encoding/json does, with the properties whose\n// names a struct tag cannot carry: %s.", d.Name, quotedNames(fields)))
	f.Func().Params(jen.Id("v").Id(d.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.Comment("// plain has the fields of " + d.Name + " but not this method.")
		g.Type().Id("plain").Id(d.Name)
		g.List(jen.Id("data"), jen.Err()).Op(":=").Qual(encJSON, "Marshal").Call(jen.Id("plain").Call(jen.Id("v")))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		for _, fl := range fields {
			val := jen.Id("v").Dot(fl.Name)
			add := jen.If(
				jen.List(jen.Id("data"), jen.Err()).Op("=").Id("appendMember").Call(jen.Id("data"), jen.Lit(memberKey(fl.JSONName)), val.Clone()),
				jen.Err().Op("!=").Nil(),
			).Block(jen.Return(jen.Nil(), jen.Err()))
			if !fl.OmitZero {
				g.Add(add)
				continue
			}
			g.If(e.present(fl, val)).Block(add)
		}
		g.Return(jen.Id("data"), jen.Nil())
	})
}

// present is the condition under which omitzero encodes a field: not nil,
// or not its type's zero value (as its IsZero method says, if it has one).
func (e *emitter) present(fl *ir.Field, val *jen.Statement) *jen.Statement {
	if fl.Pointer || ir.Nilable(fl.Type) {
		return val.Clone().Op("!=").Nil()
	}
	return jen.Op("!").Id("isZeroJSON").Call(val.Clone())
}

// memberKey is a property name as JSON text followed by a colon, the
// start of an object member.
func memberKey(name string) string {
	b, _ := json.Marshal(name) // a string always encodes
	return string(b) + ":"
}

// quotedNames lists property names for a doc comment.
func quotedNames(fields []*ir.Field) string {
	var names []string
	for _, f := range fields {
		names = append(names, fmt.Sprintf("%q", f.JSONName))
	}
	return strings.Join(names, ", ")
}

// genUntaggedHelpers writes the helpers the MarshalJSON methods of structs
// with untagged fields call.
//
//	func appendMember(obj []byte, key string, v any) ([]byte, error)
//	func isZeroJSON(v any) bool
func genUntaggedHelpers(f *jen.File) {
	f.Line()
	f.Comment("// appendMember adds the member key (a JSON name and a colon) with the value v\n// to the JSON object obj.")
	f.Func().Id("appendMember").Params(jen.Id("obj").Index().Byte(), jen.Id("key").String(), jen.Id("v").Any()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.List(jen.Id("value"), jen.Err()).Op(":=").Qual(encJSON, "Marshal").Call(jen.Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Id("obj").Op("=").Id("obj").Index(jen.Empty(), jen.Len(jen.Id("obj")).Op("-").Lit(1)).Comment("// the closing brace"),
		jen.If(jen.Len(jen.Id("obj")).Op(">").Lit(1)).Block(jen.Id("obj").Op("=").Append(jen.Id("obj"), jen.LitRune(','))),
		jen.Id("obj").Op("=").Append(jen.Id("obj"), jen.Id("key").Op("...")),
		jen.Id("obj").Op("=").Append(jen.Id("obj"), jen.Id("value").Op("...")),
		jen.Return(jen.Append(jen.Id("obj"), jen.LitRune('}')), jen.Nil()),
	)
	f.Line()
	f.Comment("// isZeroJSON reports whether omitzero leaves v out: its IsZero method says\n// so, or it is its type's zero value.")
	f.Func().Id("isZeroJSON").Params(jen.Id("v").Any()).Bool().Block(
		jen.If(jen.List(jen.Id("z"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Interface(jen.Id("IsZero").Params().Bool())), jen.Id("ok")).Block(
			jen.Return(jen.Id("z").Dot("IsZero").Call()),
		),
		jen.Return(jen.Qual("reflect", "ValueOf").Call(jen.Id("v")).Dot("IsZero").Call()),
	)
}
