package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A decoded struct cannot show everything its JSON object said: a required
// property that was absent or null leaves a plain value at its zero value,
// a required nullable property that was absent is nil just as null is, and
// properties the struct has no field for are dropped. For structs where
// that matters (required properties of those kinds, additionalProperties:
// false, minProperties/maxProperties), specgen generates UnmarshalJSON,
// which decodes as encoding/json does and records what it saw in an
// unexported field; Validate reports it. Decoding itself never fails on
// these, as it never fails on an unknown enum value: a client reading a
// newer server's answer still gets the data.
//
// A required property is looked up as encoding/json matches keys to fields,
// exactly, else ignoring case: the key that filled the field ("Name" for
// name) satisfies required, so that Validate judges the value it has. A key
// allowed by additionalProperties: false must be spelled exactly, as JSON
// Schema has it: "Name" filled the field, but the client misspelled it.

// anyKindStructs reports whether a struct of the package has a schema with
// no type (ir.Struct.AnyKind): only then does decodeState mark other values.
func (e *emitter) anyKindStructs() bool {
	for _, d := range e.api.Decls {
		if st, ok := d.Type.(*ir.Struct); ok && st.AnyKind {
			return true
		}
	}
	return false
}

// tracked reports whether st gets UnmarshalJSON and the decoded field.
func tracked(st *ir.Struct) bool {
	if st.AnyKind || st.Extra.Forbidden || st.Check.MinProperties != nil || st.Check.MaxProperties != nil {
		return true
	}
	for _, f := range st.Fields {
		if f.Required {
			return true
		}
	}
	return false
}

// Every required property is recorded when absent, and when null if null
// is not allowed. The Go value shows that much only for a nilChecked field,
// and not even there whether nil came from absence or from null: a Go
// client that leaves a slice nil sends "tags": null, and should hear "must
// not be null" rather than "is required".

// keyTracked reports whether a field is required but its Go value cannot
// show that the property was absent: a plain value, a nullable property
// (nil is null), or a value of any type (nil is null too).
func keyTracked(f *ir.Field) bool {
	return f.Required && !nilChecked(f)
}

// nilChecked reports whether a required field's presence is its being
// non-nil: a pointer, slice or map for a property that may not be null.
// Validate checks that for a value built in Go; a decoded one has its
// record.
func nilChecked(f *ir.Field) bool {
	isAny := takesNull(f.Type)
	return f.Required && !f.Nullable && !isAny && (f.Pointer || ir.Nilable(f.Type))
}

// nullTracked reports whether decoding records a required field's property
// being null: it may not be, and a value of any type takes null as a value.
func nullTracked(f *ir.Field) bool {
	isAny := takesNull(f.Type)
	return f.Required && !f.Nullable && !isAny
}

// genDecoders writes decode.gen.go: UnmarshalJSON for every tracked struct
// and the types they record into, and the JSON methods of structs with
// properties a struct tag cannot name.
func (e *emitter) genDecoders(f *jen.File) bool {
	anyTracked, anyUntagged := false, false
	for _, d := range e.api.Decls {
		st, ok := d.Type.(*ir.Struct)
		if !ok {
			continue
		}
		untagged := untaggedFields(st)
		if tracked(st) && !anyTracked {
			genDecodeRuntime(f, e.anyKindStructs())
			genEqualValues(f)
			anyTracked = true
		}
		if len(untagged) > 0 {
			anyUntagged = true
			e.genMarshalUntagged(f, d, untagged)
		}
		if tracked(st) || len(untagged) > 0 {
			genUnmarshalJSON(f, d, st, untagged)
		}
		if tracked(st) {
			genEqual(f, d)
		}
	}
	if anyUntagged {
		genUntaggedHelpers(f)
	}
	return anyTracked || anyUntagged
}

// genUnmarshalJSON writes the decoder of one tracked struct, or of one with
// untagged fields, or both.
//
//	func (v *CreateWorkspaceRequest) UnmarshalJSON(data []byte) error {
//		type plain CreateWorkspaceRequest
//		if err := json.Unmarshal(data, (*plain)(v)); err != nil {
//			return err
//		}
//		var members map[string]jsonNull
//		if err := json.Unmarshal(data, &members); err != nil || members == nil {
//			return err
//		}
//		var problems decodeProblems
//		if null, ok := jsonMember(members, "name"); !ok {
//			problems.missing = append(problems.missing, "name")
//		} else if null {
//			problems.null = append(problems.null, "name")
//		}
//		v.decoded = decodeState{decoded: true, properties: len(members)}
//		if problems.missing != nil || problems.null != nil || problems.extra != nil {
//			v.decoded.problems = &problems
//		}
//		return nil
//	}
func genUnmarshalJSON(f *jen.File, d *ir.Decl, st *ir.Struct, untagged []*ir.Field) {
	problems := jen.Id("problems")
	appendTo := func(list, name string) jen.Code {
		return problems.Clone().Dot(list).Op("=").Append(problems.Clone().Dot(list), jen.Lit(name))
	}
	f.Line()
	if tracked(st) {
		f.Comment(fmt.Sprintf("// UnmarshalJSON decodes %s as encoding/json does, and records for Validate\n// what its fields cannot show: %s.", d.Name, trackedWhat(st)))
	} else {
		f.Comment(fmt.Sprintf("// UnmarshalJSON decodes %s as encoding/json does, with the properties whose\n// names a struct tag cannot carry (matched exactly).", d.Name))
	}
	f.Func().Params(jen.Id("v").Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().BlockFunc(func(g *jen.Group) {
		if st.AnyKind {
			g.Comment("// The schema gives no type: any other JSON value is valid, and no\n// property keyword applies to it.")
			g.If(
				jen.Id("rest").Op(":=").Qual("bytes", "TrimLeft").Call(jen.Id("data"), jen.Lit(" \t\r\n")),
				jen.Len(jen.Id("rest")).Op(">").Lit(0).Op("&&").Id("rest").Index(jen.Lit(0)).Op("!=").LitByte('{'),
			).Block(
				jen.Op("*").Id("v").Op("=").Id(d.Name).Values(jen.Dict{
					jen.Id("decoded"): jen.Id("decodeState").Values(jen.Dict{jen.Id("decoded"): jen.True(), jen.Id("other"): jen.True()}),
				}),
				jen.Return(jen.Nil()),
			)
		}
		g.Comment("// plain has the fields of " + d.Name + " but not this method.")
		g.Type().Id("plain").Id(d.Name)
		g.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Parens(jen.Op("*").Id("plain")).Call(jen.Id("v"))), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Err()),
		)
		if len(untagged) > 0 {
			decodeUntagged(g, untagged)
		}
		if !tracked(st) {
			g.Return(jen.Nil())
			return
		}
		g.Var().Id("members").Map(jen.String()).Id("jsonNull")
		g.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("members")), jen.Err().Op("!=").Nil().Op("||").Id("members").Op("==").Nil()).Block(
			jen.Comment("// null, which encoding/json decodes as nothing at all."),
			jen.Return(jen.Err()),
		)
		g.Var().Add(problems.Clone()).Id("decodeProblems")
		for _, fl := range st.Fields {
			if !fl.Required {
				continue
			}
			lookup := jen.Id("jsonMember").Call(jen.Id("members"), jen.Lit(fl.JSONName))
			if caseTwin(st, fl) || !taggable(fl.JSONName) {
				// A key that matches another property exactly fills that
				// field, not this one, and an untagged field is filled
				// from its exact name: only the exact key counts.
				lookup = jen.Id("members").Index(jen.Lit(fl.JSONName))
			}
			if nullTracked(fl) {
				g.If(jen.List(jen.Id("null"), jen.Id("ok")).Op(":=").Add(lookup), jen.Op("!").Id("ok")).Block(appendTo("missing", fl.JSONName)).
					Else().If(jen.Id("null")).Block(appendTo("null", fl.JSONName))
			} else {
				g.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(lookup), jen.Op("!").Id("ok")).Block(appendTo("missing", fl.JSONName))
			}
		}
		if st.Extra.Forbidden {
			g.For(jen.Id("name").Op(":=").Range().Id("members")).BlockFunc(func(b *jen.Group) {
				var names []jen.Code
				for _, fl := range st.Fields {
					names = append(names, jen.Lit(fl.JSONName))
				}
				b.Switch(jen.Id("name")).BlockFunc(func(sw *jen.Group) {
					if len(names) > 0 {
						sw.Case(names...)
					}
					sw.Default().Block(problems.Clone().Dot("extra").Op("=").Append(problems.Clone().Dot("extra"), jen.Id("name")))
				})
			})
		}
		g.Id("v").Dot("decoded").Op("=").Id("decodeState").Values(jen.Dict{
			jen.Id("decoded"):    jen.True(),
			jen.Id("properties"): jen.Len(jen.Id("members")),
		})
		g.If(problems.Clone().Dot("missing").Op("!=").Nil().Op("||").Add(problems.Clone()).Dot("null").Op("!=").Nil().Op("||").Add(problems.Clone()).Dot("extra").Op("!=").Nil()).Block(
			jen.Id("v").Dot("decoded").Dot("problems").Op("=").Op("&").Add(problems.Clone()),
		)
		g.Return(jen.Nil())
	})
}

// caseTwin reports whether another property of st has f's name in another
// case ("Name" and "name").
func caseTwin(st *ir.Struct, f *ir.Field) bool {
	for _, o := range st.Fields {
		if o != f && strings.EqualFold(o.JSONName, f.JSONName) {
			return true
		}
	}
	return false
}

// trackedWhat says, for a doc comment, what a struct's decoder records.
func trackedWhat(st *ir.Struct) string {
	var what []string
	for _, f := range st.Fields {
		if f.Required {
			what = append(what, "required properties that are absent or null")
			break
		}
	}
	if st.Extra.Forbidden {
		what = append(what, "properties the schema does not allow")
	}
	if st.Check.MinProperties != nil || st.Check.MaxProperties != nil {
		what = append(what, "the number of properties")
	}
	if st.AnyKind {
		what = append(what, "a value that is not an object")
	}
	last := len(what) - 1
	if last == 0 {
		return what[0]
	}
	return strings.Join(what[:last], ", ") + " and " + what[last]
}

// takesNull reports whether a use of t holds null as a value of its own:
// any, and the generated JSON value.
func takesNull(t ir.Type) bool {
	switch t.(type) {
	case *ir.Any, *ir.Value:
		return true
	}
	return false
}
