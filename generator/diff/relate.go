package diff

import (
	"math"

	"github.com/specgen/specgen/generator/ir"
)

// relation says how the set of JSON values a type accepts changed.
type relation int

const (
	same      relation = iota // the same values
	wider                     // every old value and more
	narrower                  // only some of the old values
	unrelated                 // neither: a change of type
)

// relate compares the values two different types accept, for types that
// are not the same declaration: scalars by kind and enum values, anything
// against `any`. Objects and arrays of different schemas are unrelated.
func relate(old, new ir.Type) relation {
	oj, nj := jsonType(old), jsonType(new)
	switch {
	case oj == "any" && nj == "any":
		return same
	case oj == "any":
		return narrower
	case nj == "any":
		return wider
	}
	os, ok1 := scalarOf(old)
	ns, ok2 := scalarOf(new)
	if !ok1 || !ok2 {
		return unrelated
	}
	kinds := kindRelation(os.kind, ns.kind)
	// An enum's values say more than its kind: a oneOf of integer consts
	// has no format (int64) where the property it replaces said int32, yet
	// every value fits.
	if ns.values != nil && allFit(ns.values, os.kind) || os.values != nil && allFit(os.values, ns.kind) && kinds != unrelated {
		kinds = same
	}
	return combine(kinds, valuesRelation(os.values, ns.values))
}

// allFit reports whether every value is a value of kind k.
func allFit(vs []any, k ir.Kind) bool {
	for _, v := range vs {
		if !fits(v, k) {
			return false
		}
	}
	return true
}

func fits(v any, k ir.Kind) bool {
	switch x := v.(type) {
	case string:
		return k == ir.KindString
	case bool:
		return k == ir.KindBool
	case int64:
		return fitsNumber(float64(x), k)
	case int:
		return fitsNumber(float64(x), k)
	case float64:
		return fitsNumber(x, k)
	}
	return false
}

func fitsNumber(f float64, k ir.Kind) bool {
	switch k {
	case ir.KindFloat32, ir.KindFloat64:
		return true
	case ir.KindInt32:
		return f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32
	case ir.KindUint32:
		return f == math.Trunc(f) && f >= 0 && f <= math.MaxUint32
	case ir.KindUint64:
		return f == math.Trunc(f) && f >= 0
	case ir.KindInt, ir.KindInt64:
		return f == math.Trunc(f)
	}
	return false
}

// scalar is what a scalar type accepts: values of a kind, limited to an
// enum's values when values is not nil.
type scalar struct {
	kind   ir.Kind
	values []any
}

func scalarOf(t ir.Type) (scalar, bool) {
	switch t := t.(type) {
	case *ir.Primitive:
		return scalar{t.Kind, nilIfEmpty(t.Check.Enum)}, true
	case *ir.Ref:
		if t.Decl == nil {
			return scalar{}, false
		}
		if e, ok := enumOf(t.Decl); ok {
			return scalar{e.kind, allowed(t)}, true
		}
		switch dt := t.Decl.Type.(type) {
		case *ir.Primitive:
			return scalarOf(dt)
		}
	}
	return scalar{}, false
}

func nilIfEmpty(vs []any) []any {
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// combine merges the relations of two aspects of one type.
func combine(a, b relation) relation {
	switch {
	case a == same:
		return b
	case b == same, a == b:
		return a
	}
	return unrelated
}

// kindRelation compares the JSON values of two scalar kinds.
func kindRelation(old, new ir.Kind) relation {
	in, out := kindWithin(old, new), kindWithin(new, old)
	switch {
	case in && out:
		return same
	case in:
		return wider
	case out:
		return narrower
	}
	return unrelated
}

// kindWithin reports whether every JSON value of kind a is a value of kind
// b: a UUID is a string, an int32 an int64, any integer a float64.
func kindWithin(a, b ir.Kind) bool {
	if a == b {
		return true
	}
	switch b {
	case ir.KindString:
		return a == ir.KindUUID || a == ir.KindTime || a == ir.KindBytes
	case ir.KindInt, ir.KindInt64:
		return a == ir.KindInt || a == ir.KindInt64 || a == ir.KindInt32 || a == ir.KindUint32
	case ir.KindUint64:
		return a == ir.KindUint32
	case ir.KindFloat64:
		return a.IsNumber()
	}
	return false
}

// valuesRelation compares enum value lists; nil means any value of the
// kind.
func valuesRelation(old, new []any) relation {
	switch {
	case old == nil && new == nil:
		return same
	case old == nil:
		return narrower
	case new == nil:
		return wider
	}
	added, removed := len(minus(new, old)) > 0, len(minus(old, new)) > 0
	switch {
	case added && removed:
		return unrelated
	case added:
		return wider
	case removed:
		return narrower
	}
	return same
}
