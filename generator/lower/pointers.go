package lower

import "github.com/specgen/specgen/generator/ir"

// elemPointer is the pointer policy of slice elements and map values: a
// pointer where the spec allows null and the element's Go type has no nil
// of its own (a []*int64, but a []map[string]any).
func elemPointer(nullable bool, elem ir.Type) bool {
	return nullable && !ir.Nilable(elem)
}

// elemPointers decides ElemPointer again once every declaration is
// complete: a slice made while the declaration its elements refer to was
// still being lowered (a recursive schema) saw no type there yet.
func (l *lowerer) elemPointers() {
	seen := map[ir.Type]bool{}
	var visit func(t ir.Type)
	visit = func(t ir.Type) {
		switch t.(type) {
		case *ir.Slice, *ir.Map, *ir.Struct, *ir.Tuple:
		default:
			// Nothing below to visit: not worth a map entry (references
			// and primitives are most of the types met).
			return
		}
		if seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *ir.Slice:
			t.ElemPointer = elemPointer(t.ElemNullable, t.Elem)
			visit(t.Elem)
		case *ir.Map:
			t.ElemPointer = elemPointer(t.ElemNullable, t.Elem)
			visit(t.Elem)
		case *ir.Struct:
			for _, f := range t.Fields {
				visit(f.Type)
			}
		case *ir.Tuple:
			for _, it := range t.Items {
				visit(it.Type)
			}
			visit(t.Rest)
		}
	}
	for _, d := range l.api.Decls {
		visit(d.Type)
	}
	for _, op := range l.api.Operations {
		for _, p := range op.Params {
			visit(p.Type)
		}
		var contents []*ir.Content
		if op.Body != nil {
			contents = op.Body.Contents
		}
		for _, r := range op.Responses {
			contents = append(contents, r.Contents...)
			for _, h := range r.Headers {
				visit(h.Type)
			}
		}
		for _, c := range contents {
			visit(c.Type)
			if c.Form != nil {
				for _, ff := range c.Form.Fields {
					visit(ff.Field.Type)
				}
			}
		}
	}
}

// paramPointers decides, once every declaration is complete, which
// parameters the params structs hold behind a pointer (ir.Param.Pointer):
// an optional one whose absence its Go value cannot show — not an array
// (absent is nil), not an object without a struct of its own (a map), not
// JSON of a nil-able type.
func (l *lowerer) paramPointers() {
	for _, op := range l.api.Operations {
		for _, p := range op.Params {
			keep := p.Required || p.In == ir.InPath
			switch p.Layout.Kind {
			case ir.LayoutArray:
				keep = true
			case ir.LayoutObject:
				keep = keep || p.Layout.Struct == nil
			case ir.LayoutJSON:
				keep = keep || ir.Nilable(p.Type)
			}
			p.Pointer = !keep
		}
	}
}
