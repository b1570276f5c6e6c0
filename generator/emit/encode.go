package emit

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Every generated type that encoding/json would not encode as well by
// itself gets `appendJSON(w *jsonWriter)`, which writes the value with the
// jsonWriter of jsonwrite.gen.go (copied from generator/emit/runtime) in one
// pass, without reflection, producing exactly the bytes encoding/json
// produced before; its MarshalJSON calls it, so json.Marshal keeps working.
// The receivers are values, so that a value in an `any` (a body the server
// answers) finds the method; the generated client and server encode through
// jwMarshal, which calls it directly.
//
// Enums and aliases get no method: their uses write them inline
// (w.str(string(v.Status))), and encoding/json encodes them natively.

// appends reports whether values of d have an appendJSON method: structs,
// unions, tuples, JSON values, named arrays and maps, and wrappers but
// those of plain scalars (scalarWrapper).
func appends(d *ir.Decl) bool {
	switch d.Type.(type) {
	case *ir.Struct, *ir.Union, *ir.Tuple, *ir.Value, *ir.Slice, *ir.Map:
		return true
	}
	_, scalar := scalarWrapper(d)
	return d.Wrapper && !scalar
}

// marshals reports whether d gets a MarshalJSON that calls appendJSON:
// every type that had one before (unions, tuples, wrappers of types with
// JSON methods) and every struct. Named arrays and maps, and wrappers of
// plain scalars, encode natively as they are.
func marshals(d *ir.Decl) bool {
	switch d.Type.(type) {
	case *ir.Struct, *ir.Union, *ir.Tuple:
		return true
	}
	return d.Wrapper && keepsMethods(d.Type)
}

// encoderUnits are encode.gen.go's pieces: appendJSON and MarshalJSON of
// every type that has them, and JSONValue's appendJSON where the package
// has JSON values. The file is written when some type has appendJSON
// (a JSON value's is JSONValue's, promoted).
func (e *emitter) encoderUnits() ([]unit, bool) {
	var us []unit
	wrote := false
	for _, d := range e.api.Decls {
		if !appends(d) {
			continue
		}
		wrote = true
		if _, ok := d.Type.(*ir.Value); ok {
			continue // JSONValue's method, promoted
		}
		us = append(us, unit{weight: declWeight(d), write: func(e *emitter, f *jen.File) { e.genDeclEncoding(f, d) }})
	}
	if len(e.api.ValueSchemas) > 0 {
		us = append(us, unit{weight: 1, write: func(e *emitter, f *jen.File) {
			f.Line()
			f.Comment("// appendJSON writes the value v holds.")
			f.Func().Params(jen.Id("v").Op("*").Id("JSONValue")).Id("appendJSON").Params(jwParam()).Block(jen.Id("w.any").Call(jen.Id("v.V")))
		}})
		wrote = true
	}
	return us, wrote
}

// genDeclEncoding writes appendJSON of d, and MarshalJSON where d has one.
func (e *emitter) genDeclEncoding(f *jen.File, d *ir.Decl) {
	if marshals(d) {
		f.Line()
		// Not inlined: Go writes a pointer wrapper (*T).MarshalJSON for
		// every type, and the inlined body (a heap copy of v) made each
		// wrapper cost the build more than the method itself.
		f.Comment(fmt.Sprintf("// MarshalJSON encodes %s as JSON, with appendJSON.\n//\n//go:noinline", d.Name))
		// Its header and body as their text (compact.go).
		f.Id("func (v " + d.Name + ") MarshalJSON() ([]byte, error)").Block(jen.Id("return jwEncode(&v)"))
	}
	f.Line()
	switch t := d.Type.(type) {
	case *ir.Struct:
		e.genAppendStruct(f, d, t)
	case *ir.Union:
		e.genAppendUnion(f, d, t)
	case *ir.Tuple:
		e.genAppendTuple(f, d, t)
	default:
		// A named array or map, or a wrapper: the value as its type.
		write := e.writeValue(jen.Id("v"), t, true)
		if d.Wrapper && appendsRef(t) {
			write = e.writeValue(jen.Parens(jen.Op("*").Add(e.goType(t))).Call(jen.Id("v")), t, false)
		} else if p, ok := t.(*ir.Primitive); d.Wrapper && ok && p.Kind.Base() != p.Kind {
			// Over a format's string type: w.str(string(*v)).
			write = writeScalar(jen.Op("*").Id("v"), p.Kind.Base(), true)
		} else if d.Wrapper {
			write = e.writeValue(e.goType(t).Call(jen.Op("*").Id("v")), t, false)
		}
		f.Comment(fmt.Sprintf("// appendJSON writes v as the %s it is.", typeWords(t)))
		f.Func().Params(jen.Id("v").Op("*").Id(d.Name)).Id("appendJSON").Params(jwParam()).Block(write)
	}
}

func w() *jen.Statement            { return jen.Id("w") }
func jwParam() *jen.Statement      { return jen.Id("w").Op("*").Id("jsonWriter") }
func wRaw(s string) *jen.Statement { return jen.Id("w.raw").Call(jen.Lit(s)) }

// genAppendStruct writes the encoder of a struct: each member after a
// comma (close turns the first into the brace), a member omitzero leaves
// out only when present, in field order, the members a struct tag cannot
// name last (where encoding/json's MarshalJSON put them before).
//
//	func (v *Workspace) appendJSON(w *jsonWriter) {
//		s := len(w.b)
//		w.raw(",\"id\":")
//		w.uuid(v.ID)
//		if v.Name != nil {
//			w.raw(",\"name\":")
//			w.str(*v.Name)
//		}
//		w.close(s, '{', '}')
//	}
func (e *emitter) genAppendStruct(f *jen.File, d *ir.Decl, st *ir.Struct) {
	var tagged, untagged []*ir.Field
	for _, fl := range st.Fields {
		if taggable(fl.JSONName) {
			tagged = append(tagged, fl)
		} else {
			untagged = append(untagged, fl)
		}
	}
	f.Comment(fmt.Sprintf("// appendJSON writes v as a JSON object, as encoding/json encodes %s's fields.", d.Name))
	f.Id("func (v *" + d.Name + ") appendJSON(w *jsonWriter)").BlockFunc(func(g *jen.Group) {
		g.Id("s := len(w.b)")
		for _, fl := range append(tagged, untagged...) {
			e.writeMember(g, fl)
		}
		g.Id("w.close(s, '{', '}')")
	})
}

// writeMember writes one field's member: its key and value, under the
// condition omitzero sets.
func (e *emitter) writeMember(g *jen.Group, fl *ir.Field) {
	name := "v." + fl.Name
	// The key as jen.Lit writes it, and the usual calls as their text
	// (compact.go): every member of every struct has them.
	key := strconv.Quote("," + memberName(fl.JSONName) + ":")
	member := func() *jen.Statement { return jen.Id("w.member(" + key + ")") }
	if fl.Pointer && fl.OmitZero {
		g.Add(e.writeOptional(key, name, fl.Type))
		return
	}
	val := jen.Id(name)
	switch {
	case fl.Pointer:
		g.Add(member())
		g.Id("jwPtr").Call(w(), val, e.itemFunc(fl.Type, false))
	case fl.OmitZero && ir.Nilable(fl.Type):
		// present's test as its text (compact.go).
		g.If(jen.Id(name+" != nil")).Block(member(), e.writeValue(val, fl.Type, false))
	case fl.OmitZero:
		g.If(e.present(fl, val)).Block(member(), e.writeValue(val, fl.Type, false))
	default:
		g.Add(member())
		g.Add(e.writeValue(val, fl.Type, false))
	}
}

// writeOptional writes the member of a pointer field omitzero leaves out
// when nil, in one call to a writer compiled once (jsonwrite_members.go)
// where there is one for the field's type, else through jwOpt. key is the
// member's quoted text, name the field's Go text (v.Name).
//
//	w.optStr(",\"name\":", v.Name)
//	w.optStr(",\"status\":", (*string)(v.Status))
//	w.optObj(",\"latest_build\":", v.LatestBuild != nil, v.LatestBuild)
func (e *emitter) writeOptional(key, name string, t ir.Type) jen.Code {
	if appendsRef(t) {
		return jen.Id("w.optObj(" + key + ", " + name + " != nil, " + name + ")")
	}
	kind, named, scalar := writtenScalar(t)
	method := optWriter(kind)
	switch {
	case !scalar || method == "":
		return jen.Id("jwOpt").Call(w(), jen.Id(key), jen.Id(name), e.itemFunc(t, false))
	case kind == ir.KindUUID:
		val := jen.Parens(jen.Op("*").Index(jen.Lit(16)).Byte()).Call(jen.Id(name))
		return w().Dot(method).Call(jen.Id(key), val)
	case named:
		if id, slice := kind.Go(); id.ImportPath == "" && !slice {
			return jen.Id("w." + method + "(" + key + ", (*" + id.Name + ")(" + name + "))")
		}
		val := jen.Parens(jen.Op("*").Add(kindType(kind))).Call(jen.Id(name))
		return w().Dot(method).Call(jen.Id(key), val)
	}
	return jen.Id("w." + method + "(" + key + ", " + name + ")")
}

// optWriter is the jsonWriter method that writes an optional member of a
// scalar kind, or "" where there is none.
func optWriter(k ir.Kind) string {
	switch k {
	case ir.KindString:
		return "optStr"
	case ir.KindBool:
		return "optBool"
	case ir.KindInt64:
		return "optInt"
	case ir.KindFloat64:
		return "optF64"
	case ir.KindUUID:
		return "optUUID"
	case ir.KindTime:
		return "optTime"
	}
	return ""
}

// writtenScalar is the kind of a use of t that is a scalar (a primitive, an
// enum, an alias of either; not a wrapper, which writes itself), and
// whether its Go type is a named type over the kind's; ok is false for
// other types.
func writtenScalar(t ir.Type) (kind ir.Kind, named, ok bool) {
	switch t := t.(type) {
	case *ir.Primitive:
		// A string type of a format is a named string type.
		return t.Kind.Base(), t.Kind != t.Kind.Base(), true
	case *ir.Ref:
		if t.Decl == nil || appends(t.Decl) {
			return 0, false, false
		}
		if k, ok := scalarWrapper(t.Decl); ok {
			return k, true, true
		}
		if en, ok := t.Decl.Type.(*ir.Enum); ok {
			return en.Base.Kind, true, true
		}
		return writtenScalar(t.Decl.Type) // an alias: the same Go type
	}
	return 0, false, false
}

// memberName is a property name as JSON text, escaped as encoding/json
// escapes the names of struct fields (HTML-safe).
func memberName(name string) string {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			// encoding/json escapes it (or checks its UTF-8): let it.
			b, _ := json.Marshal(name) // a string always encodes
			return string(b)
		}
	}
	// Printable ASCII that needs no escape, the usual case: quoted as is.
	return `"` + name + `"`
}

// present is the condition under which omitzero writes a field that is
// not a pointer: not nil, or not its type's zero value (as its IsZero
// method says, if it has one). Only a -type override that specgen knows
// nothing of asks isZeroJSON (docs/no-reflection.md).
func (e *emitter) present(fl *ir.Field, val *jen.Statement) *jen.Statement {
	if ir.Nilable(fl.Type) {
		return val.Clone().Op("!=").Nil()
	}
	t := fl.Type
	if r, ok := t.(*ir.Ref); ok && r.Decl != nil {
		t = r.Decl.Underlying().Type
	}
	if r, ok := t.(*ir.Ref); ok && r.External == nullUUID {
		return val.Clone().Op("!=").Parens(ident(nullUUID).Values())
	}
	if r, ok := t.(*ir.Ref); ok && r.External == rawMessage {
		// A slice: its zero value is nil.
		return val.Clone().Op("!=").Nil()
	}
	switch t.(type) {
	case *ir.Value:
		return jen.Op("!").Add(val.Clone()).Dot("IsZero").Call()
	case *ir.Union:
		return val.Clone().Dot("Value").Op("!=").Nil()
	}
	return jen.Op("!").Id("isZeroJSON").Call(val.Clone())
}

// jsonArg is val (a variable), of type t, as the client and server pass it
// to jwMarshal: a pointer to it when the pointer has appendJSON, and an
// unnamed array or map, which has none, in a function that writes it, so
// that it too is encoded without reflection.
//
//	&res
//	jwFunc(func(w *jsonWriter) { jwSlice(w, res, (*Template).appendJSON) })
func (e *emitter) jsonArg(val jen.Code, t ir.Type) jen.Code {
	switch t.(type) {
	case *ir.Slice, *ir.Map:
		return jen.Id("jwFunc").Call(jen.Func().Params(jwParam()).Block(e.writeValue(jen.Add(val), t, false)))
	case *ir.Value:
		return jen.Op("&").Add(val)
	}
	if appendsRef(t) {
		return jen.Op("&").Add(val)
	}
	return val
}

// appendsRef reports whether t is a use of a declared type (or an alias of
// one) whose pointer has appendJSON.
func appendsRef(t ir.Type) bool {
	r, ok := t.(*ir.Ref)
	return ok && r.Decl != nil && appends(r.Decl.Underlying())
}
