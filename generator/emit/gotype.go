package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// goType returns the Go type of a use of t.
func (e *emitter) goType(t ir.Type) *jen.Statement {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl != nil {
			return jen.Id(t.Decl.Name)
		}
		return ident(t.External)
	case *ir.Slice:
		return jen.Index().Add(e.elemType(t.Elem, t.ElemPointer))
	case *ir.Map:
		return jen.Map(jen.String()).Add(e.elemType(t.Elem, t.ElemPointer))
	case *ir.Primitive:
		return kindType(t.Kind)
	case *ir.Any:
		return jen.Any()
	case *ir.Value:
		return jen.Id("JSONValue")
	case *ir.Struct, *ir.Enum, *ir.Union, *ir.Tuple:
		panic(fmt.Sprintf("emit: %T used outside a declaration", t))
	default:
		panic(fmt.Sprintf("emit: unhandled %T", t))
	}
}

// elemType is the type of slice elements and map values: a pointer where
// lowering says (ElemPointer).
func (e *emitter) elemType(t ir.Type, pointer bool) *jen.Statement {
	if pointer {
		return jen.Op("*").Add(e.goType(t))
	}
	return e.goType(t)
}

// typeText is the Go text goType(t) prints, where it names nothing
// imported (a qualified name must go through jen.Qual, which adds the
// import), so that a line can be one identifier of text (compact.go).
func typeText(t ir.Type) (string, bool) {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl != nil {
			return t.Decl.Name, true
		}
		if t.External.ImportPath == "" {
			return t.External.Name, true
		}
	case *ir.Primitive:
		id, slice := t.Kind.Go()
		switch {
		case id.ImportPath != "":
		case slice:
			return "[]" + id.Name, true
		default:
			return id.Name, true
		}
	case *ir.Slice:
		if elem, ok := elemText(t.Elem, t.ElemPointer); ok {
			return "[]" + elem, true
		}
	case *ir.Map:
		if elem, ok := elemText(t.Elem, t.ElemPointer); ok {
			return "map[string]" + elem, true
		}
	case *ir.Any:
		return "any", true
	case *ir.Value:
		return "JSONValue", true
	}
	return "", false
}

// elemText is elemType's text, as typeText.
func elemText(t ir.Type, pointer bool) (string, bool) {
	text, ok := typeText(t)
	if pointer {
		text = "*" + text
	}
	return text, ok
}

// fieldType is the Go type of a struct field under the null policy.
func (e *emitter) fieldType(f *ir.Field) *jen.Statement {
	if f.Pointer {
		return jen.Op("*").Add(e.goType(f.Type))
	}
	return e.goType(f.Type)
}

// kindType is the Go type of kind k: int64, time.Time, []byte.
func kindType(k ir.Kind) *jen.Statement {
	id, slice := k.Go()
	if slice {
		return jen.Index().Add(ident(id))
	}
	return ident(id)
}

// kindName is the Go text of kindType(k), for a comment: a predeclared
// type is its name, read without rendering a jennifer statement (GoString
// formats it with go/format, which cost a large schema's enums a tenth of
// their building); a qualified one is rendered.
func kindName(k ir.Kind) string {
	id, slice := k.Go()
	if id.ImportPath != "" {
		return kindType(k).GoString()
	}
	if slice {
		return "[]" + id.Name
	}
	return id.Name
}

func ident(id ir.Ident) *jen.Statement {
	if id.ImportPath == "" {
		return jen.Id(id.Name)
	}
	return jen.Qual(id.ImportPath, id.Name)
}
