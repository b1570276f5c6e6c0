package emit

import "github.com/specgen/specgen/generator/ir"

// useRules returns the declaration a use of a declared type stands for and
// the rules a check at the use site must apply beyond what that
// declaration's own Validate method checks: the use site's, those of every
// alias on the way, and, for declarations that have no Validate method of
// their own to check them (enums, scalars, any), the declaration's.
func useRules(t *ir.Ref) (*ir.Decl, []*ir.Rules) {
	rules := []*ir.Rules{&t.Check}
	d := t.Decl
	seen := map[*ir.Decl]bool{}
	for !seen[d] {
		seen[d] = true
		ref, ok := d.Type.(*ir.Ref)
		if !ok || ref.Decl == nil {
			break
		}
		rules = append(rules, &ref.Check)
		d = ref.Decl
	}
	switch dt := d.Type.(type) {
	case *ir.Enum, *ir.Primitive, *ir.Any:
		rules = append(rules, dt.Rules())
	}
	return d, rules
}

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

// rulesApply reports whether any of r produces a check on a value of shape
// rt. Keywords that cannot apply to the Go type (minimum on a string) hold
// trivially, as JSON Schema has them: a number keyword constrains numbers
// only. Lowering notes the keywords that apply but are not checked.
func rulesApply(r *ir.Rules, rt ir.Type) bool {
	switch t := rt.(type) {
	case *ir.Enum:
		return scalarRulesApply(r, t.Base.Kind)
	case *ir.Primitive:
		return scalarRulesApply(r, t.Kind)
	case *ir.Slice:
		return r.MinItems != nil || r.MaxItems != nil || r.UniqueItems
	case *ir.Map:
		return r.MinProperties != nil || r.MaxProperties != nil || r.KeyPattern != ""
	}
	return false
}

// scalarRulesApply reports whether the keywords of r constrain a scalar of
// kind k. Kinds that hold a string in JSON but not in Go (uuid, date-time,
// byte) get no checks: their text is gone after decoding.
func scalarRulesApply(r *ir.Rules, k ir.Kind) bool {
	if (len(r.Enum) > 0 || r.HasConst) && (k == ir.KindString || k == ir.KindBool || k.IsNumber()) {
		return true
	}
	switch {
	case k == ir.KindString:
		return r.MinLength != nil || r.MaxLength != nil || r.Pattern != "" || r.Format != ""
	case k.IsNumber():
		return r.Minimum != nil || r.Maximum != nil || r.ExclusiveMinimum != nil ||
			r.ExclusiveMaximum != nil || r.MultipleOf != nil
	}
	return false
}
