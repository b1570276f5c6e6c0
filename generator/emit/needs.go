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
		if t.Check.MinProperties != nil || t.Check.MaxProperties != nil || len(t.Check.DependentRequired) > 0 {
			return true
		}
		for _, f := range t.Fields {
			if e.typeNeeds(f.Type) || nilChecked(f) {
				return true
			}
		}
		return false
	case *ir.Tuple:
		for i, it := range t.Items {
			if gap, _ := tupleGap(t, i); e.typeNeeds(it.Type) || gap != nil {
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

// typeNeeds reports whether a use of t has anything to check: its
// declaration's Validate, or a rule of the use that applies to its shape.
func (e *emitter) typeNeeds(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl == nil {
			return false
		}
		d, rules := t.UseRules()
		if e.needs[d] {
			return true
		}
		for _, r := range rules {
			if r.Apply(d.Type) {
				return true
			}
		}
		return false
	case *ir.Slice:
		return t.Check.Apply(t) || e.typeNeeds(t.Elem)
	case *ir.Map:
		return t.Check.Apply(t) || e.typeNeeds(t.Elem)
	case *ir.Primitive:
		return t.Check.Apply(t)
	case *ir.Value:
		return t.Schema != nil && (t.Schema.Bool == nil || !*t.Schema.Bool)
	}
	return false
}
