package ir

// Apply reports whether any of r produces a check on a value of shape rt
// (a use's type with declarations looked through): the one table of which
// keywords Validate checks on which Go shape. Emit checks these; lowering
// notes the present keywords that could constrain a value of the shape but
// are not among them (lower/unchecked.go; TestUncheckedAgreesWithApply).
// Keywords that cannot apply to the JSON type (minimum on a string) hold
// trivially, as JSON Schema has them.
func (r *Rules) Apply(rt Type) bool {
	switch t := rt.(type) {
	case *Enum:
		return r.scalarApply(t.Base.Kind)
	case *Primitive:
		return r.scalarApply(t.Kind.Base())
	case *Slice:
		return r.MinItems != nil || r.MaxItems != nil || r.UniqueItems
	case *Map:
		return r.MinProperties != nil || r.MaxProperties != nil || r.KeyPattern != ""
	}
	return false
}

// scalarApply reports whether the keywords of r constrain a scalar of
// kind k. Kinds that hold a string in JSON but not in Go (uuid, date-time,
// byte) get no checks: their text is gone after decoding.
func (r *Rules) scalarApply(k Kind) bool {
	if (len(r.Enum) > 0 || r.HasConst) && (k == KindString || k == KindBool || k.IsNumber()) {
		return true
	}
	switch {
	case k == KindString:
		return r.MinLength != nil || r.MaxLength != nil || r.Pattern != "" || r.Format != "" ||
			r.ContentEncoding != "" || r.ContentMediaType != ""
	case k.IsNumber():
		return r.Minimum != nil || r.Maximum != nil || r.ExclusiveMinimum != nil ||
			r.ExclusiveMaximum != nil || r.MultipleOf != nil
	}
	return false
}

// Counted reports whether decoding's record counts the properties of a
// value of shape rt for r (a use's minProperties and maxProperties beside
// a $ref to a struct, jsonUse): the Go struct holds only its declared
// properties, so Validate cannot count them; the struct's own bounds are
// its decoding's (jsonFields.props).
func (r *Rules) Counted(rt Type) bool {
	_, ok := rt.(*Struct)
	return ok && (r.MinProperties != nil || r.MaxProperties != nil)
}
