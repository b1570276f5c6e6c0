package ir

// Scalar is the shape of a parameter value: one text value on the wire
// that parses into a Go value of Kind, possibly checked against an enum.
type Scalar struct {
	Kind Kind
	// Enum is the enum declaration the value belongs to, or nil.
	Enum *Decl
	// Named is the declaration the Go type is named by (an enum, or an
	// alias such as `type Timestamp = time.Time`), or nil for a plain Go
	// type.
	Named *Decl
}

// ScalarOf returns the scalar shape of a parameter of type t, and whether t
// is an array of such values. ok is false for types a parameter cannot
// have in generated code (objects, maps, nested arrays, external types).
func ScalarOf(t Type) (s Scalar, array bool, ok bool) {
	if sl, isSlice := t.(*Slice); isSlice {
		if sl.ElemNullable {
			return Scalar{}, false, false
		}
		s, nested, ok := ScalarOf(sl.Elem)
		return s, true, ok && !nested
	}
	switch t := t.(type) {
	case *Primitive:
		return Scalar{Kind: t.Kind}, false, true
	case *Ref:
		if t.Decl == nil {
			return Scalar{}, false, false
		}
		switch dt := t.Decl.Type.(type) {
		case *Enum:
			return Scalar{Kind: dt.Base.Kind, Enum: t.Decl, Named: t.Decl}, false, true
		case *Primitive:
			return Scalar{Kind: dt.Kind, Named: t.Decl}, false, true
		case *Ref:
			inner, arr, ok := ScalarOf(dt)
			if !ok || arr {
				return Scalar{}, false, false
			}
			// An alias of an alias or enum: the Go type is the first name,
			// which Go treats as the type it aliases.
			if inner.Enum == nil {
				inner.Named = t.Decl
			}
			return inner, false, true
		}
	}
	return Scalar{}, false, false
}
