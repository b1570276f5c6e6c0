package emit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// decoder is how generated code decodes a use of a type: a decodeJSON
// method of its own, or a function of the reader's runtime (jsonString,
// jsonSlice…) with its type arguments and the decoders of its elements.
type decoder struct {
	method bool
	typ    string // the Go type's name, for method values
	fn     string
	targs  []jen.Code
	tail   []jen.Code
}

// call decodes into val, an addressable value.
//
//	v.Latest.decodeJSON(r)
//	jsonSlice(&v.Tags, r, jsonString[string])
func (d decoder) call(val *jen.Statement) jen.Code {
	if d.method {
		return val.Clone().Dot("decodeJSON").Call(jen.Id("r"))
	}
	return d.callPtr(jen.Op("&").Add(val))
}

// callPtr decodes into the value ptr points to.
func (d decoder) callPtr(ptr jen.Code) jen.Code {
	return d.callPtrFrom(ptr, "r")
}

// callPtrFrom decodes into the value ptr points to from the reader named
// reader.
func (d decoder) callPtrFrom(ptr jen.Code, reader string) jen.Code {
	if d.method {
		return jen.Add(ptr).Dot("decodeJSON").Call(jen.Id(reader))
	}
	return jen.Id(d.fn).Call(append([]jen.Code{ptr, jen.Id(reader)}, d.tail...)...)
}

// value is the decoder as a func(*T, *jsonReader) for a Go type goT.
//
//	(*Workspace).decodeJSON
//	jsonInt[int64]
//	func(v *[]string, r *jsonReader) { jsonSlice(v, r, jsonString[string]) }
func (d decoder) value(goT jen.Code) jen.Code {
	switch {
	case d.method:
		return jen.Id(d.methodValue())
	case len(d.tail) == 0 && len(d.targs) == 0:
		return jen.Id(d.fn)
	case len(d.tail) == 0:
		return jen.Id(d.fn).Index(d.targs...)
	}
	return jen.Func().Params(jen.Id("v").Op("*").Add(goT), jen.Id("r").Op("*").Id("jsonReader")).Block(d.callPtr(jen.Id("v")))
}

// methodValue is the text of a method decoder as a function value,
// (*T).decodeJSON: one identifier (compact.go) for what every array of
// objects, optional object and union variant names.
func (d decoder) methodValue() string { return "(*" + d.typ + ").decodeJSON" }

// runtimeFn is a decoder that is a runtime function over goT.
func runtimeFn(fn string, goT jen.Code, tail ...jen.Code) decoder {
	return decoder{fn: fn, targs: []jen.Code{goT}, tail: tail}
}

// decoderOf returns the decoder of a use of t.
func (e *emitter) decoderOf(t ir.Type) decoder {
	switch t := t.(type) {
	case *ir.Primitive:
		// The runtime parses a time or UUID of the usual form itself.
		switch t.Kind {
		case ir.KindTime:
			return decoder{fn: "jsonTime"}
		case ir.KindUUID:
			return decoder{fn: "jsonUUID"}
		}
		return primitiveDecoder(t.Kind, kindType(t.Kind))
	case *ir.Any:
		return decoder{fn: "jsonAny"}
	case *ir.Value:
		return decoder{method: true, typ: "JSONValue"}
	case *ir.Slice:
		// A decoder with a tail takes no type arguments (value writes a
		// function literal over the Go type it is given): nil, rather
		// than a Go type built for every array field and dropped.
		elem := e.elemDecoder(t.Elem, t.ElemPointer)
		if uniqueByText(t) {
			return runtimeFn("jsonSliceUnique", nil, elem, jen.Lit(t.NullRejected))
		}
		if t.NullRejected {
			return runtimeFn("jsonSliceNotNull", nil, elem)
		}
		return runtimeFn("jsonSlice", nil, elem)
	case *ir.Map:
		elem := e.elemDecoder(t.Elem, t.ElemPointer)
		if t.Check.KeyPattern != "" {
			named := jen.Id(e.pattern(t.Check.KeyPattern)).Dot("MatchString")
			return runtimeFn("jsonMapNamed", nil, elem, named, jen.Lit(t.ElemNullable || holdsNull(t.Elem)))
		}
		if t.NullRejected {
			return runtimeFn("jsonMapNamed", nil, elem, jen.Nil(), jen.False())
		}
		return runtimeFn("jsonMap", nil, elem)
	case *ir.Ref:
		if t.Decl == nil {
			// A -type override: encoding/json decodes it, through its own
			// methods if it has them.
			return runtimeFn("jsonStd", ident(t.External))
		}
		if d, ok := e.useDecoder(t); ok {
			return d
		}
		return e.declDecoder(t.Decl)
	}
	panic(fmt.Sprintf("emit: unhandled %T", t))
}

// elemDecoder is the decoder of array elements and map values as a
// function value: pointers where lowering says (ElemPointer).
func (e *emitter) elemDecoder(t ir.Type, pointer bool) jen.Code {
	inner := e.decoderOf(t).value(e.goType(t))
	if pointer {
		return runtimeFn("jsonPtr", nil, inner).value(jen.Op("*").Add(e.goType(t)))
	}
	return inner
}

// useDecoder is the decoder of a use of a struct that adds to it what the
// struct's own decoding does not check (jsonUse): the JSON types a type
// list beside its $ref refuses (ir.Ref.Kinds), the use's minProperties and
// maxProperties.
//
//	jsonUse(&v.Shape, r, (*Shape).decodeJSON, jsonRefuseArray|jsonRefuseBoolean|jsonRefuseFraction|jsonRefuseInteger, -1, -1)
func (e *emitter) useDecoder(t *ir.Ref) (decoder, bool) {
	r := &t.Check
	st, isStruct := resolved(t).(*ir.Struct)
	if !r.Counted(resolved(t)) && (t.Kinds == nil || !isStruct || !st.AnyKind) {
		return decoder{}, false
	}
	bound := func(b *int64) jen.Code {
		if b == nil {
			return jen.Lit(-1)
		}
		return jen.Lit(int(*b))
	}
	goT := e.goType(t)
	inner := e.declDecoder(t.Decl).value(goT)
	return runtimeFn("jsonUse", goT, inner, refusedKinds(t.Kinds), bound(r.MinProperties), bound(r.MaxProperties)), true
}

// refusedKinds is jsonUse's mask of the JSON values a type list of kinds
// (null aside; nil for no list) refuses: 0, or jsonRefuseObject|….
func refusedKinds(kinds []ir.JSONType) jen.Code {
	if kinds == nil {
		return jen.Lit(0)
	}
	allows := func(k ir.JSONType) bool { return slices.Contains(kinds, k) }
	var refused []string
	for _, k := range []struct {
		kind ir.JSONType
		bit  string
	}{
		{ir.JSONObject, "jsonRefuseObject"}, {ir.JSONArray, "jsonRefuseArray"},
		{ir.JSONString, "jsonRefuseString"}, {ir.JSONBoolean, "jsonRefuseBoolean"},
	} {
		if !allows(k.kind) {
			refused = append(refused, k.bit)
		}
	}
	if !allows(ir.JSONNumber) {
		refused = append(refused, "jsonRefuseFraction")
		if !allows(ir.JSONInteger) {
			refused = append(refused, "jsonRefuseInteger")
		}
	}
	if len(refused) == 0 {
		return jen.Lit(0)
	}
	return jen.Id(strings.Join(refused, "|"))
}

// declDecoder is the decoder of a declared type.
func (e *emitter) declDecoder(d *ir.Decl) decoder {
	if decodes(d) || isUnion(d) {
		return decoder{method: true, typ: d.Name}
	}
	name := jen.Id(d.Name)
	switch t := d.Type.(type) {
	case *ir.Enum:
		return primitiveDecoder(t.Base.Kind, name)
	case *ir.Value:
		// JSONValue's decodeJSON, promoted.
		return decoder{method: true, typ: d.Name}
	}
	if d.Wrapper {
		if d.Null == ir.NullRejected || keepsMethods(d.Type) {
			return runtimeFn("jsonUnmarshaler", name)
		}
		// A defined type over a scalar or an enum: the runtime's
		// functions take any type of that kind.
		switch t := d.Type.(type) {
		case *ir.Primitive:
			return primitiveDecoder(t.Kind, name)
		case *ir.Ref:
			if en, ok := t.Decl.Type.(*ir.Enum); ok {
				return primitiveDecoder(en.Base.Kind, name)
			}
		}
		return runtimeFn("jsonStd", name)
	}
	// An alias: the type it stands for.
	return e.decoderOf(d.Type)
}

// primitiveDecoder decodes a scalar of kind k into the Go type goT (the
// kind's own type, or a defined type over it).
func primitiveDecoder(k ir.Kind, goT jen.Code) decoder {
	switch k.Base() {
	case ir.KindString:
		return runtimeFn("jsonString", goT)
	case ir.KindBool:
		return runtimeFn("jsonBool", goT)
	case ir.KindInt, ir.KindInt32, ir.KindInt64:
		return runtimeFn("jsonInt", goT)
	case ir.KindUint32, ir.KindUint64:
		return runtimeFn("jsonUint", goT)
	case ir.KindFloat32, ir.KindFloat64:
		return runtimeFn("jsonFloat", goT)
	case ir.KindUUID:
		return runtimeFn("jsonText", goT)
	case ir.KindTime:
		return runtimeFn("jsonUnmarshaler", goT)
	}
	// []byte: base64 as encoding/json decodes it.
	return runtimeFn("jsonStd", goT)
}

// holdsNull reports whether a value of t keeps a decoded null as null (any,
// a JSON value), where a null needs no check of its own.
func holdsNull(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Any, *ir.Value:
		return true
	case *ir.Ref:
		if t.Decl != nil {
			_, ok := t.Decl.Type.(*ir.Value)
			return ok
		}
	}
	return false
}
