package lower

import "github.com/specgen/specgen/generator/ir"

// breakCycles makes a struct field (or a tuple item) a pointer where the
// struct would otherwise contain itself by value (a required, non-nullable
// field whose type leads back to the struct, through structs and tuples),
// which Go rejects as an invalid recursive type.
func (l *lowerer) breakCycles() {
	for _, d := range l.sortedDecls() {
		switch t := d.Type.(type) {
		case *ir.Struct:
			for _, f := range t.Fields {
				if !f.Pointer && leadsBack(f.Type, d) {
					f.Pointer = true
				}
			}
		case *ir.Tuple:
			for _, it := range t.Items {
				if !it.Pointer && leadsBack(it.Type, d) {
					it.Pointer = true
				}
			}
		}
	}
}

// leadsBack reports whether a value of type t contains goal by value.
func leadsBack(t ir.Type, goal *ir.Decl) bool {
	target := valueDecl(t)
	return target != nil && reaches(target, goal, map[*ir.Decl]bool{})
}

// valueDecl returns the struct or tuple declaration a type embeds by
// value, if any.
func valueDecl(t ir.Type) *ir.Decl {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return nil
	}
	d := ref.Decl
	for {
		switch inner := d.Type.(type) {
		case *ir.Struct, *ir.Tuple:
			return d
		case *ir.Ref:
			if inner.Decl == nil {
				return nil
			}
			d = inner.Decl
		default:
			return nil
		}
	}
}

// reaches reports whether struct or tuple from contains goal by value.
func reaches(from, goal *ir.Decl, seen map[*ir.Decl]bool) bool {
	if from == goal {
		return true
	}
	if seen[from] {
		return false
	}
	seen[from] = true
	var byValue []ir.Type
	switch t := from.Type.(type) {
	case *ir.Struct:
		for _, f := range t.Fields {
			if !f.Pointer {
				byValue = append(byValue, f.Type)
			}
		}
	case *ir.Tuple:
		for _, it := range t.Items {
			if !it.Pointer {
				byValue = append(byValue, it.Type)
			}
		}
	}
	for _, t := range byValue {
		if next := valueDecl(t); next != nil && reaches(next, goal, seen) {
			return true
		}
	}
	return false
}

func (l *lowerer) sortedDecls() []*ir.Decl {
	out := make([]*ir.Decl, 0, len(l.decls))
	for _, d := range l.decls {
		out = append(out, d)
	}
	sortDecls(out)
	return out
}
