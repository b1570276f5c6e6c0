package diff

import (
	"strconv"

	"github.com/specgen/specgen/generator/ir"
)

// compareType compares two uses of a type that travel in directions d.
func (c *comparer) compareType(at loc, old, new ir.Type, d dir) {
	if old == nil || new == nil {
		return
	}
	if o, ok := old.(*ir.Ref); ok {
		if n, ok := new.(*ir.Ref); ok && c.sameRef(at, o, n, d) {
			c.useSiteEnum(at, o, n, d)
			c.compareRules(at, &o.Check, &n.Check, d, false)
			return
		}
	}
	switch o := old.(type) {
	case *ir.Slice:
		if n, ok := new.(*ir.Slice); ok {
			c.nullableElems(at.items(), o.ElemNullable, n.ElemNullable, d)
			c.compareType(at.items(), o.Elem, n.Elem, d)
			c.compareRules(at, &o.Check, &n.Check, d, true)
			return
		}
	case *ir.Map:
		if n, ok := new.(*ir.Map); ok {
			c.nullableElems(at.values(), o.ElemNullable, n.ElemNullable, d)
			c.compareType(at.values(), o.Elem, n.Elem, d)
			c.compareRules(at, &o.Check, &n.Check, d, true)
			return
		}
	case *ir.Primitive:
		if n, ok := new.(*ir.Primitive); ok && o.Kind == n.Kind {
			c.compareRules(at, &o.Check, &n.Check, d, true)
			return
		}
	case *ir.Any:
		if n, ok := new.(*ir.Any); ok {
			c.compareRules(at, &o.Check, &n.Check, d, true)
			return
		}
	case *ir.Tuple:
		if n, ok := new.(*ir.Tuple); ok {
			c.compareTuple(at, o, n, d)
			return
		}
	case *ir.Value:
		// Both JSON values: the Go type is the same; what their schemas
		// accept is compared keyword by keyword.
		if n, ok := new.(*ir.Value); ok {
			c.compareValues(at, o.Schema, n.Schema, d)
			return
		}
	}
	from, to := describe(old), describe(new)
	rel, viaUnion := c.unionVsType(old, new)
	if !viaUnion {
		rel = relate(old, new)
	}
	if rel == same {
		// The same values (int and int64): only the Go type differs, which
		// the caller's Go note reports.
		c.compareRules(at, old.Rules(), new.Rules(), d, false)
		return
	}
	c.typeChange(rel, d, at, from, to)
}

// typeChange records a change of type by how the values it accepts
// relate: widened, narrowed, or changed.
func (c *comparer) typeChange(rel relation, d dir, at loc, from, to string) {
	switch rel {
	case wider:
		c.add(widened(d), "type-widened", at, "type widened from %s to %s", from, to)
	case narrower:
		c.add(narrowed(d), "type-narrowed", at, "type narrowed from %s to %s", from, to)
	default:
		c.add(changed(d), "type-changed", at, "type changed from %s to %s", from, to)
	}
}

// sameRef reports whether two references name the same type: one named
// schema in both versions, or the same external Go type. Inline schemas,
// a schema that moved between inline and named, and two different named
// schemas are compared in place when they are the same kind of thing
// (both objects, both enums…), and count as the same type.
func (c *comparer) sameRef(at loc, o, n *ir.Ref, d dir) bool {
	if o.Decl == nil || n.Decl == nil {
		return o.Decl == nil && n.Decl == nil && o.External == n.External
	}
	bothNamed := isNamed(o.Decl) && isNamed(n.Decl)
	if bothNamed && c.pairs[o.Decl] == n.Decl {
		return true
	}
	if !sameShape(o.Decl, n.Decl) {
		return false
	}
	switch {
	case bothNamed:
		// Another named schema of the same kind (a property now typed by
		// a schema that was renamed, or moved to one shared with other
		// properties): what matters is what its body accepts compared
		// with the old one's, here, not that the name differs.
		c.add(Info, "schema-replaced", at, "now the schema %s instead of %s", n.Decl.Name, o.Decl.Name)
	case isNamed(n.Decl):
		c.add(Info, "schema-extracted", at, "now the named schema %s", n.Decl.Name)
	case isNamed(o.Decl):
		c.add(Info, "schema-inlined", at, "now an inline schema instead of %s", o.Decl.Name)
	}
	key := [2]*ir.Decl{o.Decl, n.Decl}
	if c.inline[key] {
		return true
	}
	c.inline[key] = true
	c.declBody(at, o.Decl, n.Decl, d)
	if bothNamed {
		// Each use of the pair is compared where it is (an inline schema
		// has one use); the mark only stops a recursive schema.
		delete(c.inline, key)
	}
	return true
}

// useSiteEnum compares the values a property allows of an enum it narrows
// (allOf [$ref] with a sibling enum). Without narrowing on either side, the
// enum's own changes are reported once, at the enum.
func (c *comparer) useSiteEnum(at loc, o, n *ir.Ref, d dir) {
	if len(o.Check.Enum) == 0 && len(n.Check.Enum) == 0 {
		return
	}
	// A value gone from a narrowed set is still a constant of the enum
	// (the enum's own removals carry their Go note at the enum).
	c.enumValues(at, allowed(o), allowed(n), d)
}

// allowed returns the values a use of an enum allows: the narrowed set, or
// every value of the enum.
func allowed(r *ir.Ref) []any {
	if len(r.Check.Enum) > 0 {
		return r.Check.Enum
	}
	if r.Decl != nil {
		if e, ok := enumOf(r.Decl); ok {
			return e.values
		}
	}
	return nil
}

// enumValues reports values added (widening) and removed (narrowing); it
// returns the change about removed values, for the caller's Go note, or
// nil.
func (c *comparer) enumValues(at loc, old, new []any, d dir) *Change {
	if added := minus(new, old); len(added) > 0 {
		c.add(widenedValues(d), "enum-value-added", at, "enum value%s added: %s", plural(added), values(added))
	}
	if removed := minus(old, new); len(removed) > 0 {
		return c.add(narrowed(d), "enum-value-removed", at, "enum value%s removed: %s", plural(removed), values(removed))
	}
	return nil
}

// nullableElems reports items or map values that became (or stopped being)
// nullable.
func (c *comparer) nullableElems(at loc, old, new bool, d dir) {
	switch {
	case !old && new:
		c.add(widened(d), "nullable-added", at, "may now be null")
	case old && !new:
		c.add(narrowed(d), "nullable-removed", at, "may no longer be null")
	}
}

// minus returns the values of a that are not in b, in a's order.
func minus(a, b []any) []any {
	var out []any
	for _, v := range a {
		if !contains(b, v) {
			out = append(out, v)
		}
	}
	return out
}

func contains(vs []any, v any) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

func plural(vs []any) string {
	if len(vs) == 1 {
		return ""
	}
	return "s"
}

// compareTuple compares arrays whose items have types by position
// (prefixItems): a position added or removed changes what the array holds.
func (c *comparer) compareTuple(at loc, o, n *ir.Tuple, d dir) {
	for i := 0; i < len(o.Items) && i < len(n.Items); i++ {
		c.compareType(loc{at.where, at.path + "[" + strconv.Itoa(i) + "]"}, o.Items[i].Type, n.Items[i].Type, d)
	}
	switch {
	case len(n.Items) > len(o.Items):
		c.add(changed(d), "tuple-items-added", at, "%d positions now (were %d)", len(n.Items), len(o.Items))
	case len(n.Items) < len(o.Items):
		c.add(changed(d), "tuple-items-removed", at, "%d positions now (were %d)", len(n.Items), len(o.Items))
	}
	switch {
	case o.Rest == nil && n.Rest != nil:
		c.add(widened(d), "tuple-rest-added", at, "items past the positions now allowed (%s)", describe(n.Rest))
	case o.Rest != nil && n.Rest == nil:
		c.add(narrowed(d), "tuple-rest-removed", at, "items past the positions no longer allowed")
	case o.Rest != nil:
		c.compareType(at.items(), o.Rest, n.Rest, d)
	}
	c.compareRules(at, &o.Check, &n.Check, d, true)
}
