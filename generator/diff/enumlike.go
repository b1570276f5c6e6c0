package diff

import (
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// enumSet is what an enum-like declaration allows: values of one kind,
// each with the Go name that stands for it. Two spellings are enum-like:
// an `enum` list, lowered to an *ir.Enum with a constant per value, and a
// oneOf (or anyOf) of `const`s that lowering keeps as a union of wrapper
// types, one per value (integer constants, today). The diff compares both
// as enums, so that a value removed is a value removed however the spec
// writes it.
type enumSet struct {
	kind ir.Kind
	// values in declaration order; names[i] is the Go name of values[i]: a
	// constant for an enum, a wrapper type for a oneOf of consts.
	values []any
	names  []string
	// constTypes is true when the values are wrapper types rather than
	// constants.
	constTypes bool
}

// enumOf returns the enum-like set a declaration stands for.
func enumOf(d *ir.Decl) (enumSet, bool) {
	switch t := d.Type.(type) {
	case *ir.Enum:
		s := enumSet{kind: t.Base.Kind}
		for _, v := range t.Values {
			s.values = append(s.values, v.Value)
			s.names = append(s.names, v.Name)
		}
		return s, true
	case *ir.Union:
		return constUnion(t)
	}
	return enumSet{}, false
}

// constUnion recognises a union every variant of which is a wrapper over
// one constant.
func constUnion(u *ir.Union) (enumSet, bool) {
	if len(u.Variants) == 0 || u.Discriminator != "" {
		return enumSet{}, false
	}
	s := enumSet{kind: ir.KindString, constTypes: true}
	for i, v := range u.Variants {
		if v.Decl == nil || !v.Decl.Wrapper {
			return enumSet{}, false
		}
		r := v.Decl.Type.Rules()
		if !r.HasConst {
			return enumSet{}, false
		}
		if p, ok := v.Decl.Type.(*ir.Primitive); ok && i == 0 {
			s.kind = p.Kind
		}
		s.values = append(s.values, r.Const)
		s.names = append(s.names, v.Decl.Name)
	}
	return s, true
}

// nameOf returns the Go name that stands for value v, or "".
func (s enumSet) nameOf(v any) string {
	for i, x := range s.values {
		if x == v {
			return s.names[i]
		}
	}
	return ""
}

// goRemoved is the Go note of values removed from an enum-like type: the
// constants (or wrapper types) that no longer exist.
func (s enumSet) goRemoved(removed []any) string {
	what := "constant"
	if s.constTypes {
		what = "type"
	}
	var names []string
	for _, v := range removed {
		if n := s.nameOf(v); n != "" {
			names = append(names, n)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return what + " " + names[0] + " removed"
	}
	return what + "s " + joinNames(names) + " removed"
}

// joinNames lists Go names for a note: "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
