package emit

import "github.com/specgen/specgen/generator/ir"

// resolved returns the shape a use of t has in Go once declarations are
// looked through: a *Struct, *Enum, *Slice, *Map, *Primitive or *Any, or
// nil for an external type, whose shape specgen does not know.
func resolved(t ir.Type) ir.Type {
	ref, ok := t.(*ir.Ref)
	if !ok {
		return t
	}
	if ref.Decl == nil {
		return nil
	}
	d := ref.Decl.Underlying()
	if r, ok := d.Type.(*ir.Ref); ok && r.Decl == nil {
		return nil
	}
	return d.Type
}

// scalarKind returns the Go kind of a scalar shape (an enum's base kind)
// and whether the shape is a scalar at all.
func scalarKind(rt ir.Type) (ir.Kind, bool) {
	switch t := rt.(type) {
	case *ir.Primitive:
		return t.Kind, true
	case *ir.Enum:
		return t.Base.Kind, true
	}
	return 0, false
}
