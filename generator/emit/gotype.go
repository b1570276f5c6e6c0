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
		return jen.Index().Add(e.elemType(t.Elem, t.ElemNullable))
	case *ir.Map:
		return jen.Map(jen.String()).Add(e.elemType(t.Elem, t.ElemNullable))
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

// elemType is the type of slice elements and map values: a pointer when
// the spec allows null there and the type is not nil-able already.
func (e *emitter) elemType(t ir.Type, nullable bool) *jen.Statement {
	if nullable && !ir.Nilable(t) {
		return jen.Op("*").Add(e.goType(t))
	}
	return e.goType(t)
}

// fieldType is the Go type of a struct field under the null policy.
func (e *emitter) fieldType(f *ir.Field) *jen.Statement {
	if f.Pointer {
		return jen.Op("*").Add(e.goType(f.Type))
	}
	return e.goType(f.Type)
}

func kindType(k ir.Kind) *jen.Statement {
	if k == ir.KindBytes {
		return jen.Index().Byte()
	}
	return ident(k.Go())
}

func ident(id ir.Ident) *jen.Statement {
	if id.ImportPath == "" {
		return jen.Id(id.Name)
	}
	return jen.Qual(id.ImportPath, id.Name)
}
