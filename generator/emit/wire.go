package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// formatScalar renders v, a parameter value of shape s, as its wire text.
//
//	strconv.FormatBool(v)    v.String()    v.Format(time.RFC3339Nano)
func formatScalar(s ir.Scalar, v jen.Code) jen.Code {
	return formatValue(s, v, v)
}

// formatPointed is formatScalar for *p. Methods (String, Format) are
// called on p itself, as Go dereferences for them.
func formatPointed(s ir.Scalar, p jen.Code) jen.Code {
	return formatValue(s, jen.Op("*").Add(p), p)
}

// formatValue renders v; recv is what a method is called on.
func formatValue(s ir.Scalar, v jen.Code, recv jen.Code) jen.Code {
	conv := func(to jen.Code, native ir.Kind) jen.Code {
		if s.Kind == native && s.Enum == nil {
			return v
		}
		return jen.Add(to).Call(v)
	}
	switch {
	case s.Kind == ir.KindString:
		if s.Enum != nil {
			return jen.String().Call(v)
		}
		return v
	case s.Kind == ir.KindBool:
		return jen.Qual("strconv", "FormatBool").Call(v)
	case s.Kind == ir.KindUint32 || s.Kind == ir.KindUint64:
		return jen.Qual("strconv", "FormatUint").Call(conv(jen.Uint64(), ir.KindUint64), jen.Lit(10))
	case s.Kind.IsInteger():
		return jen.Qual("strconv", "FormatInt").Call(conv(jen.Int64(), ir.KindInt64), jen.Lit(10))
	case s.Kind == ir.KindFloat32:
		return jen.Qual("strconv", "FormatFloat").Call(jen.Float64().Call(v), jen.LitByte('g'), jen.Lit(-1), jen.Lit(32))
	case s.Kind == ir.KindFloat64:
		return jen.Qual("strconv", "FormatFloat").Call(conv(jen.Float64(), ir.KindFloat64), jen.LitByte('g'), jen.Lit(-1), jen.Lit(64))
	case s.Kind == ir.KindUUID:
		return jen.Add(recv).Dot("String").Call()
	case s.Kind == ir.KindTime:
		return jen.Add(recv).Dot("Format").Call(jen.Qual("time", "RFC3339Nano"))
	case s.Kind == ir.KindBytes:
		return jen.Qual("encoding/base64", "StdEncoding").Dot("EncodeToString").Call(v)
	}
	panic(fmt.Sprintf("emit: unhandled parameter kind %v", s.Kind))
}

// parseScalar is an expression that parses src, the wire text of the
// parameter field, into a value of shape s, recording a problem in the
// local `in` (an *inputCheck) when it does not parse.
//
//	in.parseInt("limit", s, 64)    in.parseUUID("workspace", s)    CancelWorkspaceBuildExpectStatus(s)
func (e *emitter) parseScalar(s ir.Scalar, field jen.Code, src jen.Code) jen.Code {
	in := func(method string, args ...jen.Code) *jen.Statement {
		return e.id("in").Dot(method).Call(append([]jen.Code{field, src}, args...)...)
	}
	// typed converts the parser's int64/uint64/float64 to the Go type.
	typed := func(x jen.Code, native ir.Kind) jen.Code {
		switch {
		case s.Enum != nil:
			return jen.Id(s.Enum.Name).Call(x)
		case s.Kind == native:
			return x
		}
		return kindType(s.Kind).Call(x)
	}
	switch {
	case s.Kind == ir.KindString:
		if s.Enum != nil {
			return jen.Id(s.Enum.Name).Call(src)
		}
		return src
	case s.Kind == ir.KindBool:
		return in("parseBool")
	case s.Kind == ir.KindUint32 || s.Kind == ir.KindUint64:
		return typed(in("parseUint", jen.Lit(bits(s.Kind))), ir.KindUint64)
	case s.Kind.IsInteger():
		return typed(in("parseInt", jen.Lit(bits(s.Kind))), ir.KindInt64)
	case s.Kind == ir.KindFloat32 || s.Kind == ir.KindFloat64:
		return typed(in("parseFloat", jen.Lit(bits(s.Kind))), ir.KindFloat64)
	case s.Kind == ir.KindUUID:
		return in("parseUUID")
	case s.Kind == ir.KindTime:
		return in("parseTime")
	case s.Kind == ir.KindBytes:
		return in("parseBytes")
	}
	panic(fmt.Sprintf("emit: unhandled parameter kind %v", s.Kind))
}

// parseInto parses the text in the local s, of shape sc, and stores the
// value with store; field names the input in problems. Plain text is
// stored as it is; enums are checked against their values.
//
//	v := in.parseInt("limit", s, 64)
//	params.Limit = &v
func (e *emitter) parseInto(sc ir.Scalar, field func() jen.Code, store func(v jen.Code) jen.Code) []jen.Code {
	return e.parseValue(sc, true, field, store)
}

// parseField is parseInto for a property of a struct whose Validate checks
// the enums, which parseField therefore leaves alone.
func (e *emitter) parseField(sc ir.Scalar, field func() jen.Code, store func(v jen.Code) jen.Code) []jen.Code {
	return e.parseValue(sc, false, field, store)
}

func (e *emitter) parseValue(sc ir.Scalar, checkEnum bool, field func() jen.Code, store func(v jen.Code) jen.Code) []jen.Code {
	if sc.Kind == ir.KindString && sc.Enum == nil {
		return []jen.Code{store(e.id("s"))}
	}
	out := []jen.Code{e.id("v").Op(":=").Add(e.parseScalar(sc, field(), e.id("s")))}
	if sc.Enum != nil && checkEnum {
		out = append(out, e.id("in").Dot("check").Call(field(), e.id("v")))
	}
	return append(out, store(e.id("v")))
}

// bits is the size strconv parses a kind with (0: the size of int).
func bits(k ir.Kind) int {
	switch k {
	case ir.KindInt32, ir.KindUint32, ir.KindFloat32:
		return 32
	case ir.KindInt:
		return 0
	}
	return 64
}
