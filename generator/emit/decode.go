package emit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Decoding is one pass over the bytes (jsonReader, copied from
// generator/emit/runtime): each struct, named array or map and union gets
// a decodeJSON method that asks the reader for the values its fields
// hold, and UnmarshalJSON calls it, so encoding/json users get the same
// values as before, faster. Generated types hold their fields and nothing
// else: what decoding learns that a Go value cannot show (a required
// property absent or null, a property additionalProperties: false
// forbids, the number of properties, a value of the wrong kind) goes into
// a record beside the value when the caller asks for it, through
// DecodeWorkspace-like entry points and the server's body decoding
// (decodeChecked). See docs/decoding.md.

// decodes reports whether a declaration gets decodeJSON and UnmarshalJSON
// here.
func decodes(d *ir.Decl) bool {
	switch d.Type.(type) {
	case *ir.Struct, *ir.Slice, *ir.Map, *ir.Tuple:
		return true
	}
	return d.Wrapper && keepsMethods(d.Type)
}

// decoderUnits are decode.gen.go's pieces: the decoders of structs, named
// arrays and maps and wrappers, a Decode function for every named schema,
// and jsonUUIDText where a decoder needs it. The file is written whether
// or not there is any.
func (e *emitter) decoderUnits() ([]unit, bool) {
	var us []unit
	for _, d := range e.api.Decls {
		if decodes(d) || d.DecodeName != "" {
			us = append(us, unit{weight: declWeight(d), write: func(e *emitter, f *jen.File) { e.genDeclDecoding(f, d) }})
		}
	}
	if e.decodesUUIDPtr() {
		us = append(us, unit{weight: 1, write: func(e *emitter, f *jen.File) {
			f.Line()
			f.Comment("// jsonUUIDText parses a UUID as its UnmarshalText does, for jsonUUIDPtr.")
			f.Func().Id("jsonUUIDText").Params(jen.Id("p").Op("*").Index(jen.Lit(16)).Byte(), jen.Id("b").Index().Byte()).Error().Block(
				jen.Return(jen.Parens(jen.Op("*").Add(kindType(ir.KindUUID))).Call(jen.Id("p")).Dot("UnmarshalText").Call(jen.Id("b"))),
			)
		}})
	}
	return us, true
}

// genDeclDecoding writes the decoder of d and its Decode function, each
// where it has one.
func (e *emitter) genDeclDecoding(f *jen.File, d *ir.Decl) {
	if decodes(d) {
		e.genDecodeMethods(f, d)
	}
	if d.DecodeName != "" {
		e.genDecodeEntry(f, d)
	}
}

// decodesUUIDPtr reports whether a struct decoder reads an optional UUID
// (decodeScalarPtr), which needs jsonUUIDText.
func (e *emitter) decodesUUIDPtr() bool {
	for _, d := range e.api.Decls {
		if st, ok := d.Type.(*ir.Struct); ok {
			for _, fl := range st.Fields {
				if kind, named, ok := writtenScalar(fl.Type); fl.Pointer && ok && kind == ir.KindUUID && !named {
					return true
				}
			}
		}
	}
	return false
}

// genDecodeMethods writes UnmarshalJSON and decodeJSON of one declaration.
//
//	func (v *Workspace) UnmarshalJSON(data []byte) error { return jsonUnmarshal(data, v) }
//
//	var jsonFieldsWorkspace = jsonFields{typ: (*Workspace)(nil), fields: []jsonField{{"id", 0}, {"name", 0}}}
//
//	func (v *Workspace) decodeJSON(r *jsonReader) {
//		var o jsonObject
//		for r.object(&o, &jsonFieldsWorkspace) {
//			switch o.field {
//			case 0:
//				jsonPtr(&v.ID, r, jsonText[uuid.UUID])
//			case 1:
//				jsonString(&v.Name, r)
//			default:
//				r.skip()
//			}
//		}
//	}
func (e *emitter) genDecodeMethods(f *jen.File, d *ir.Decl) {
	v := jen.Id("v")
	f.Line()
	f.Comment("// UnmarshalJSON decodes " + d.Name + " as encoding/json does, in one pass.")
	// The methods' fixed headers and statements as their text
	// (compact.go): every declaration has them.
	f.Id("func (v *" + d.Name + ") UnmarshalJSON(data []byte) error").Block(jen.Id("return jsonUnmarshal(data, v)"))
	if t, ok := d.Type.(*ir.Tuple); ok {
		e.genTupleDecode(f, d, t)
		return
	}
	st, isStruct := d.Type.(*ir.Struct)
	if isStruct {
		f.Line()
		f.Var().Id("jsonFields" + d.Name).Op("=").Add(e.jsonFields(d, st))
	}
	f.Line()
	f.Id("func (v *" + d.Name + ") decodeJSON(r *jsonReader)").BlockFunc(func(g *jen.Group) {
		if !isStruct {
			if _, list := d.Type.(*ir.Slice); d.Null == ir.NullRejected && (list || isMap(d.Type)) {
				g.If(jen.Id("r.rejectNull").Call(v.Clone())).Block(jen.Return())
			}
			// A named array or map, or a wrapper: decode as the type it is
			// made of.
			g.Add(e.decoderOf(d.Type).callPtr(jen.Parens(jen.Op("*").Add(e.goType(d.Type))).Call(v.Clone())))
			return
		}
		if st.AnyKind {
			// The schema gives no type: any other JSON value is valid
			// (null too, in a JSON Schema document).
			other := "r.otherKind"
			if st.ExactKeys {
				other = "r.otherKindOrNull"
			}
			g.If(jen.Id(other + "()")).Block(jen.Id("return"))
		}
		g.Id("var o jsonObject")
		g.For(jen.Id("r.object(&o, &jsonFields" + d.Name + ")")).Block(
			jen.Id("switch o.field").BlockFunc(func(sw *jen.Group) {
				for i, fl := range st.Fields {
					// The label, and the default clause, as their text
					// (compact.go): the lines and tokens of Case and
					// Default, for every field of every struct.
					sw.Id("case " + strconv.Itoa(i) + ":")
					sw.Add(e.decodeField(fl))
				}
				sw.Id("default:")
				sw.Id("r.skip()")
			}),
		)
	})
}

// decodeField decodes into one field.
func (e *emitter) decodeField(fl *ir.Field) jen.Code {
	name := "v." + fl.Name
	if fl.Pointer {
		if c := e.decodeScalarPtr(name, fl.Type); c != nil {
			return c
		}
		d := e.decoderOf(fl.Type)
		if d.method {
			// jsonPtr(&v.Meta, r, (*Meta).decodeJSON) as its text
			// (compact.go).
			return jen.Id("jsonPtr(&" + name + ", r, " + d.methodValue() + ")")
		}
		return jen.Id("jsonPtr").Call(jen.Id("&"+name), jen.Id("r"), d.value(e.goType(fl.Type)))
	}
	// The calls a field's decoding usually is, as their text
	// (compact.go):
	//
	//	v.Latest.decodeJSON(r)
	//	jsonString(&v.Name, r)
	d := e.decoderOf(fl.Type)
	switch {
	case d.method:
		return jen.Id(name + ".decodeJSON(r)")
	case len(d.tail) == 0:
		return jen.Id(d.fn + "(&" + name + ", r)")
	}
	//	jsonSlice(&v.Tags, r, (*Tag).decodeJSON)
	return jen.Id(d.fn + "(&" + name + ", r,").List(d.tail...).Id(")")
}

// decodeScalarPtr decodes an optional string, boolean, int64, float64,
// time or UUID, whose target the reader takes from a slab (jsonread_alloc.go), or
// returns nil for other types.
//
//	v.Name = jsonStrPtr(v.Name, r, nil)
//	v.Status = (*WorkspaceStatus)(jsonStrPtr((*string)(v.Status), r, v.Status))
//	v.TTLMs = jsonIntPtr(v.TTLMs, r)
//	v.ID = (*uuid.UUID)(jsonUUIDPtr((*[16]byte)(v.ID), r, &v.ID, jsonUUIDText))
//
// name is the field's Go text (v.Name); the usual forms are written as
// one piece of text (compact.go).
func (e *emitter) decodeScalarPtr(name string, t ir.Type) jen.Code {
	kind, named, ok := writtenScalar(t)
	if !ok {
		return nil
	}
	if kind == ir.KindString {
		if named {
			if ref, ok := t.(*ir.Ref); ok && ref.Decl != nil {
				return jen.Id(name + " = (*" + ref.Decl.Name + ")(jsonStrPtr((*string)(" + name + "), r, " + name + "))")
			}
			r, val := jen.Id("r"), jen.Id(name)
			conv := jen.Parens(jen.Op("*").String()).Call(val.Clone())
			return val.Clone().Op("=").Parens(jen.Op("*").Add(e.goType(t))).Call(jen.Id("jsonStrPtr").Call(conv, r, val.Clone()))
		}
		return jen.Id(name + " = jsonStrPtr(" + name + ", r, nil)")
	}
	if kind == ir.KindUUID && !named {
		r, val := jen.Id("r"), jen.Id(name)
		conv := jen.Parens(jen.Op("*").Index(jen.Lit(16)).Byte()).Call(val.Clone())
		return val.Clone().Op("=").Parens(jen.Op("*").Add(kindType(kind))).Call(jen.Id("jsonUUIDPtr").Call(conv, r, jen.Op("&").Add(val.Clone()), jen.Id("jsonUUIDText")))
	}
	var method string
	switch kind {
	case ir.KindBool:
		method = "jsonBoolPtr"
	case ir.KindInt64:
		method = "jsonIntPtr"
	case ir.KindFloat64:
		method = "jsonFloatPtr"
	case ir.KindTime:
		method = "jsonTimePtr"
	}
	if named || method == "" {
		return nil
	}
	return jen.Id(name + " = " + method + "(" + name + ", r)")
}

// jsonFields writes the table the reader matches a struct's keys with,
// and the flags of what a record keeps of each property.
func (e *emitter) jsonFields(d *ir.Decl, st *ir.Struct) jen.Code {
	var dict []jen.Code
	add := func(key string, value jen.Code) { dict = append(dict, jen.Id(key).Op(":").Add(value)) }
	add("typ", jen.Parens(jen.Op("*").Id(d.Name)).Call(jen.Nil()))
	var fields []jen.Code
	for _, fl := range st.Fields {
		var bits []string
		if fl.Required {
			bits = append(bits, "jsonRequired")
		}
		if nullTracked(fl) {
			bits = append(bits, "jsonNotNull")
		}
		if !taggable(fl.JSONName) {
			bits = append(bits, "jsonExact")
		}
		if fl.Required && !st.ExactKeys && caseTwin(st, fl) {
			bits = append(bits, "jsonExactRequired")
		}
		flags := "0"
		if len(bits) > 0 {
			flags = strings.Join(bits, " | ")
		}
		// {"name", jsonRequired | jsonNotNull} on a line of its own, as
		// one piece of text: a large schema has thousands.
		fields = append(fields, jen.Op("\n{"+strconv.Quote(fl.JSONName)+", "+flags+"}"))
	}
	if len(fields) > 0 {
		add("fields", jen.Index().Id("jsonField").Values(append(fields, jen.Line())...))
	}
	if r := &st.Check; r.MinProperties != nil || r.MaxProperties != nil {
		bound := func(b *int64) jen.Code {
			if b == nil {
				return jen.Lit(-1)
			}
			return jen.Lit(int(*b))
		}
		add("props", jen.Index().Int().Values(bound(r.MinProperties), bound(r.MaxProperties)))
	}
	if st.Extra.Forbidden {
		add("closed", jen.True())
	}
	if st.ExactKeys && len(st.Fields)+len(st.RequiredUndeclared) > 0 {
		add("exact", jen.True())
	}
	if deps := dependencyPairs(st); len(deps) > 0 {
		add("deps", jen.Index().Index(jen.Lit(2)).Int().Values(deps...))
	}
	if len(st.RequiredUndeclared) > 0 {
		var names []jen.Code
		for _, n := range st.RequiredUndeclared {
			names = append(names, jen.Lit(n))
		}
		add("undeclared", jen.Index().String().Values(names...))
	}
	return jen.Id("jsonFields").Values(dict...)
}

// dependencyPairs is a JSON Schema struct's dependentRequired as the
// reader's pairs of field indexes ({1, 0}: when field 1's property is
// present, field 0's must be), which decoding checks on the JSON object:
// there a property given null is present, where the Go value is nil as
// for one absent. A required property is left to required's check, as
// checkDependencies leaves it; API descriptions keep the null policy (a
// null optional property is absent).
func dependencyPairs(st *ir.Struct) []jen.Code {
	if !st.ExactKeys {
		return nil
	}
	index := func(name string) int {
		return slices.IndexFunc(st.Fields, func(f *ir.Field) bool { return f.JSONName == name })
	}
	var pairs []jen.Code
	for _, dep := range st.Check.DependentRequired {
		a := index(dep.Property)
		if a < 0 {
			continue // lowering notes names that are not fields
		}
		for _, req := range dep.Requires {
			if b := index(req); b >= 0 && !st.Fields[b].Required {
				pairs = append(pairs, jen.Values(jen.Lit(a), jen.Lit(b)))
			}
		}
	}
	return pairs
}

// caseTwin reports whether another property of st has f's name in another
// case ("Name" and "name"): then only the exact key counts as f's property
// being present, since the other key fills the other field.
func caseTwin(st *ir.Struct, f *ir.Field) bool {
	for _, o := range st.Fields {
		if o != f && strings.EqualFold(o.JSONName, f.JSONName) {
			return true
		}
	}
	return false
}

// genDecodeEntry writes the Decode function of a named schema: the one
// call that checks a JSON document against its schema completely.
//
//	func DecodeWorkspace(data []byte) (Workspace, error) {
//		var v Workspace
//		err := decodeChecked(data, v.decodeJSON, v.Validate)
//		return v, err
//	}
func (e *emitter) genDecodeEntry(f *jen.File, d *ir.Decl) {
	v := jen.Id("v")
	// A generated type decodes and validates itself: one shared function
	// takes it as an interface, where method values would compile a
	// wrapper function per type.
	call := jen.Id("decodeValue(data, &v)")
	_, isStruct := d.Type.(*ir.Struct)
	if !decodes(d) && !isUnion(d) || isStruct && d.Null == ir.NullRejected || d.Null == ir.NullValid {
		var reject []jen.Code
		if d.Null == ir.NullRejected && !d.Wrapper {
			// A root object, or a root that is an alias of a type the
			// schema names elsewhere: null is checked here, not in the
			// type's decoding, which its other uses share (an API's
			// null policy takes null for an object there).
			reject = append(reject, jen.If(jen.Id("r.rejectNull").Call(jen.Op("&").Add(v.Clone()))).Block(jen.Return()))
		}
		decode := jen.Func().Params(jen.Id("r").Op("*").Id("jsonReader")).Block(append(reject, e.decoderOf(&ir.Ref{Decl: d}).call(v.Clone()))...)
		check := checkOf(&ir.Ref{Decl: d}, v.Clone())
		if d.Null == ir.NullValid && hasValidate(&ir.Ref{Decl: d}) {
			// null is the root's value: the zero value it leaves is not.
			check = jen.Id("nullValid").Call(jen.Id("data"), check)
		}
		call = jen.Id("decodeChecked").Call(jen.Id("data"), decode, check)
	}
	f.Line()
	f.Comment(fmt.Sprintf("// %s decodes data as %s and checks it against the schema completely\n// (decodeChecked).", d.DecodeName, d.Name))
	// The fixed header and statements as their text (compact.go).
	f.Id("func "+d.DecodeName+"(data []byte) ("+d.Name+", error)").Block(
		jen.Id("var v "+d.Name),
		jen.Id("err :=").Add(call),
		jen.Id("return v, err"),
	)
}

// checkOf is decodeChecked's check argument for val, a variable of a use
// of t: its Validate method, through a closure where the receiver is a
// value (a method value would copy val before it is decoded), or nil.
func checkOf(t ir.Type, val *jen.Statement) jen.Code {
	switch {
	case !hasValidate(t):
		return jen.Nil()
	case pointerValidated(t) || wrapperValidated(t):
		return val.Clone().Dot("Validate")
	}
	return jen.Func().Params().Error().Block(jen.Return(val.Clone().Dot("Validate").Call()))
}

// wrapperValidated reports whether t names a wrapper whose Validate has a
// pointer receiver: a wrapper of a scalar, an enum or a union. A wrapper
// of a list or a map is validated as every list and map is, by value
// (genDeclValidation), and a method value of it would check the nil it holds
// before decoding (liquibase's empty closed rollback object accepted
// every object).
func wrapperValidated(t ir.Type) bool {
	r, ok := t.(*ir.Ref)
	if !ok || r.Decl == nil || !r.Decl.Wrapper {
		return false
	}
	switch r.Decl.Type.(type) {
	case *ir.Slice, *ir.Map:
		return false
	}
	return true
}

// hasValidate reports whether a use of t has a Validate method.
func hasValidate(t ir.Type) bool {
	r, ok := t.(*ir.Ref)
	if !ok || r.Decl == nil {
		return false
	}
	switch r.Decl.Type.(type) {
	case *ir.Struct, *ir.Slice, *ir.Map, *ir.Union, *ir.Tuple, *ir.Value, *ir.Enum:
		return true
	}
	return r.Decl.Wrapper || hasValidate(r.Decl.Type)
}

func isUnion(d *ir.Decl) bool {
	_, ok := d.Type.(*ir.Union)
	return ok
}

// nullTracked reports whether a record keeps a field's property being null:
// it may not be (a required property that is not nullable, or one
// NullRejected marks: optional, or nullable by type but not by its enum),
// and a value of any type takes null as a value. Where NullRejected marks
// a field, it judges null on its own in two cases: a pointer field, which
// null leaves nil, where no Validate of the value sees it (csslintrc's
// optional rule, a $ref to enum [2, true, false]); and a struct without
// type, which takes null save where its schema is a oneOf that null
// matches twice (a null variant beside it).
func nullTracked(f *ir.Field) bool {
	if f.NullRejected && (f.Pointer || anyKindStruct(f.Type)) {
		return true
	}
	return (f.Required && !f.Nullable || f.NullRejected) && !takesNull(f.Type)
}

// anyKindStruct reports whether t is a JSON Schema struct without type,
// which takes null as a value (takesNull).
func anyKindStruct(t ir.Type) bool {
	r, ok := t.(*ir.Ref)
	if !ok || r.Decl == nil {
		return false
	}
	u, ok := r.Decl.Underlying().Type.(*ir.Struct)
	return ok && u.AnyKind && u.ExactKeys
}

// nilChecked reports whether a required field's presence is its being
// non-nil: a pointer, slice or map for a property that may not be null.
// Validate checks that on any value; decoding records why a decoded one is
// nil (absent or null).
func nilChecked(f *ir.Field) bool {
	return f.Required && !f.Nullable && !takesNull(f.Type) && (f.Pointer || ir.Nilable(f.Type))
}

// takesNull reports whether a use of t holds null as a value of its own:
// any, the generated JSON value, and a JSON Schema struct without type.
func takesNull(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Any, *ir.Value:
		return true
	case *ir.Ref:
		if t.Decl == nil {
			return false
		}
		switch t.Decl.Underlying().Type.(type) {
		case *ir.Any, *ir.Value:
			// A declaration of any value (a $ref to `true`).
			return true
		}
		// A struct of a JSON Schema document without type
		// (otherKindOrNull), unless a type list beside the use
		// (ir.Ref.Kinds) decides null as the field's Nullable says.
		return anyKindStruct(t) && t.Kinds == nil
	}
	return false
}

func isMap(t ir.Type) bool {
	_, ok := t.(*ir.Map)
	return ok
}
