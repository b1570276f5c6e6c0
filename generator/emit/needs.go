package emit

import "github.com/specgen/specgen/generator/ir"

// computeNeeds decides, for every declaration, whether its values have
// anything to validate, so that Validate skips whole subtrees that cannot
// fail. It iterates to a fixed point because recursive types reach
// themselves.
func (e *emitter) computeNeeds() {
	e.needs = map[*ir.Decl]bool{}
	for changed := true; changed; {
		changed = false
		for _, d := range e.api.Decls {
			if !e.needs[d] && e.declNeeds(d) {
				e.needs[d] = true
				changed = true
			}
		}
	}
}

func (e *emitter) declNeeds(d *ir.Decl) bool {
	switch t := d.Type.(type) {
	case *ir.Enum:
		return true
	case *ir.Struct:
		if e.rulesNeed(&t.Check, nil) {
			return true
		}
		for _, f := range t.Fields {
			if e.typeNeeds(f.Type) || (f.Required && f.Pointer && !f.Nullable) {
				return true
			}
		}
		return false
	case *ir.Tuple:
		for _, it := range t.Items {
			if e.typeNeeds(it.Type) {
				return true
			}
		}
		return t.Rest != nil && e.typeNeeds(t.Rest)
	case *ir.Union:
		for _, v := range t.Variants {
			if e.needs[v.Decl] {
				return true
			}
		}
		return false
	default:
		return e.typeNeeds(t)
	}
}

// typeNeeds reports whether a use of t has anything to check.
func (e *emitter) typeNeeds(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl == nil {
			return false
		}
		return e.needs[t.Decl] || e.rulesNeed(&t.Check, t)
	case *ir.Slice:
		return e.rulesNeed(&t.Check, t) || e.typeNeeds(t.Elem)
	case *ir.Map:
		return e.rulesNeed(&t.Check, t) || e.typeNeeds(t.Elem)
	case *ir.Primitive:
		return e.rulesNeed(&t.Check, t)
	case *ir.Any:
		return e.rulesNeed(&t.Check, t)
	}
	return false
}

// rulesNeed reports whether the rules of a use of t generate any check.
func (e *emitter) rulesNeed(r *ir.Rules, t ir.Type) bool {
	return len(r.Enum) > 0
}
