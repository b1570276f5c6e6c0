package lower

import "github.com/specgen/specgen/generator/ir"

// breakCycles makes a struct field a pointer where the struct would
// otherwise contain itself by value (a required, non-nullable field whose
// type leads back to the struct), which Go rejects as an invalid recursive
// type.
func (l *lowerer) breakCycles() {
	for _, d := range l.sortedDecls() {
		st, ok := d.Type.(*ir.Struct)
		if !ok {
			continue
		}
		for _, f := range st.Fields {
			if f.Pointer {
				continue
			}
			if target := valueDecl(f.Type); target != nil && reaches(target, d, map[*ir.Decl]bool{}) {
				f.Pointer = true
			}
		}
	}
}

// valueDecl returns the struct declaration a type embeds by value, if any.
func valueDecl(t ir.Type) *ir.Decl {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return nil
	}
	d := ref.Decl
	for {
		switch inner := d.Type.(type) {
		case *ir.Struct:
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

// reaches reports whether struct from contains goal by value.
func reaches(from, goal *ir.Decl, seen map[*ir.Decl]bool) bool {
	if from == goal {
		return true
	}
	if seen[from] {
		return false
	}
	seen[from] = true
	st, ok := from.Type.(*ir.Struct)
	if !ok {
		return false
	}
	for _, f := range st.Fields {
		if f.Pointer {
			continue
		}
		if next := valueDecl(f.Type); next != nil && reaches(next, goal, seen) {
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
