package diff

import (
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// compareUnion compares two oneOf/anyOf unions. Variants are paired by
// discriminator value, then by the schema they are (a named schema and its
// counterpart), then by JSON type, then by position. A variant added lets
// the value hold more than before: an old decoder meeting it in a
// response fails, a request may now send it. A variant removed narrows.
func (c *comparer) compareUnion(at loc, o, n *ir.Union, d dir) {
	switch {
	case o.Discriminator == n.Discriminator:
	case o.Discriminator == "":
		c.add(changed(d), "discriminator-added", at, "variants now told apart by property %q", n.Discriminator)
	case n.Discriminator == "":
		c.add(changed(d), "discriminator-removed", at, "variants no longer told apart by property %q", o.Discriminator)
	default:
		c.add(changed(d), "discriminator-changed", at, "variants now told apart by property %q (was %q)", n.Discriminator, o.Discriminator)
	}
	switch {
	case o.OneOf && !n.OneOf:
		c.add(widened(d), "union-kind-changed", at, "now anyOf (was oneOf): a value may match several variants")
	case !o.OneOf && n.OneOf:
		c.add(narrowed(d), "union-kind-changed", at, "now oneOf (was anyOf): a value must match exactly one variant")
	}
	c.compareUntagged(at, o, n, d)
	word := unionWord(n)
	pairs := c.matchVariants(o, n)
	seen := map[*ir.Variant]bool{}
	for i, nv := range n.Variants {
		ov := pairs[nv]
		vat := at.variant(word, variantLabel(nv, i))
		if ov == nil {
			c.add(widened(d), "variant-added", vat, "variant added (%s)%s", describeDecl(nv.Decl), tagsText(nv.Tags))
			continue
		}
		seen[ov] = true
		c.compareVariant(vat, ov, nv, d)
	}
	for i, ov := range o.Variants {
		if seen[ov] {
			continue
		}
		ch := c.add(narrowed(d), "variant-removed", at.variant(word, variantLabel(ov, i)), "variant removed (was %s)%s", describeDecl(ov.Decl), tagsText(ov.Tags))
		if ov.Decl.Wrapper {
			ch.Go = "type " + ov.Decl.Name + " removed"
		} else {
			ch.Go = c.oldNames(ov.Decl) + " no longer a variant"
		}
	}
	if o.ValueName != n.ValueName {
		c.add(Info, "go-type-renamed", at, "Go interface of the variants renamed").Go = o.ValueName + " → " + n.ValueName
	}
	c.compareRules(at, &o.Check, &n.Check, d, false)
}

// compareVariant compares one variant present in both versions: its
// discriminator values, then what it is (in place when it is inline; a
// named schema's own changes are reported at that schema).
func (c *comparer) compareVariant(at loc, o, n *ir.Variant, d dir) {
	if added := minusStrings(n.Tags, o.Tags); len(added) > 0 {
		c.add(widened(d), "discriminator-value-added", at, "now also selected by %s", quoteAll(added))
	}
	if removed := minusStrings(o.Tags, n.Tags); len(removed) > 0 {
		c.add(narrowed(d), "discriminator-value-removed", at, "no longer selected by %s", quoteAll(removed))
	}
	c.compareType(at, &ir.Ref{Decl: o.Decl}, &ir.Ref{Decl: n.Decl}, d)
}

// matchVariants pairs the variants of two unions, by new variant.
func (c *comparer) matchVariants(o, n *ir.Union) map[*ir.Variant]*ir.Variant {
	pairs := map[*ir.Variant]*ir.Variant{}
	used := map[*ir.Variant]bool{}
	try := func(same func(ov, nv *ir.Variant) bool) {
		for _, nv := range n.Variants {
			if pairs[nv] != nil {
				continue
			}
			for _, ov := range o.Variants {
				if !used[ov] && same(ov, nv) {
					pairs[nv], used[ov] = ov, true
					break
				}
			}
		}
	}
	if o.Discriminator != "" && n.Discriminator != "" {
		try(func(ov, nv *ir.Variant) bool {
			return len(ov.Tags) > 0 && len(minusStrings(nv.Tags, ov.Tags)) < len(nv.Tags)
		})
	}
	try(func(ov, nv *ir.Variant) bool { return isNamed(ov.Decl) && c.pairs[ov.Decl] == nv.Decl })
	// Inline variants (and named ones that changed schema) by JSON type
	// when it is unique among those left on both sides, then by position.
	left := func(vs []*ir.Variant, skip func(*ir.Variant) bool) map[ir.JSONType]int {
		count := map[ir.JSONType]int{}
		for _, v := range vs {
			if !skip(v) {
				count[v.JSONType]++
			}
		}
		return count
	}
	oldLeft := left(o.Variants, func(v *ir.Variant) bool { return used[v] })
	newLeft := left(n.Variants, func(v *ir.Variant) bool { return pairs[v] != nil })
	try(func(ov, nv *ir.Variant) bool {
		return ov.JSONType == nv.JSONType && oldLeft[ov.JSONType] == 1 && newLeft[nv.JSONType] == 1 && !isNamed(ov.Decl) && !isNamed(nv.Decl)
	})
	try(func(ov, nv *ir.Variant) bool {
		return !isNamed(ov.Decl) && !isNamed(nv.Decl) && variantIndex(o, ov) == variantIndex(n, nv)
	})
	return pairs
}

func variantIndex(u *ir.Union, v *ir.Variant) int {
	for i, x := range u.Variants {
		if x == v {
			return i
		}
	}
	return -1
}

// compareUntagged reports a value without the discriminator property
// starting or ceasing to decode (ir.Union.Untagged): a base that stops or
// starts requiring the property is itself such a value, or refuses it.
func (c *comparer) compareUntagged(at loc, o, n *ir.Union, d dir) {
	switch {
	case n.Discriminator == "" || (o.Untagged == nil) == (n.Untagged == nil):
	case o.Untagged == nil:
		c.add(widened(d), "untagged-accepted", at, "a value without property %q now decodes (as %s); it was refused", n.Discriminator, n.Untagged.Decl.Name)
	default:
		c.add(narrowed(d), "untagged-refused", at, "a value without property %q is now refused; it decoded as %s", n.Discriminator, o.Untagged.Decl.Name)
	}
}

// variantLabel names a variant in a path: its first discriminator value,
// else its schema's name, else its JSON type, else its position.
func variantLabel(v *ir.Variant, i int) string {
	switch {
	case len(v.Tags) > 0:
		return v.Tags[0]
	case isNamed(v.Decl):
		return v.Decl.Name
	case v.JSONType != "":
		return string(v.JSONType)
	}
	return "#" + strconv.Itoa(i+1)
}

func unionWord(u *ir.Union) string {
	if u.OneOf {
		return "oneOf"
	}
	return "anyOf"
}

func tagsText(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return ", selected by " + quoteAll(tags)
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// unionText describes a union by its variants: "oneOf (object Cat |
// object Dog | string)".
func unionText(u *ir.Union) string {
	parts := make([]string, len(u.Variants))
	for i, v := range u.Variants {
		parts[i] = describeDecl(v.Decl)
	}
	return unionWord(u) + " (" + strings.Join(parts, " | ") + ")"
}

// unionDecl returns the union a use of a type stands for, if it is one
// (and not a oneOf of consts, which is compared as an enum).
func unionDecl(t ir.Type) (*ir.Union, bool) {
	r, ok := t.(*ir.Ref)
	if !ok || r.Decl == nil {
		return nil, false
	}
	u, ok := r.Decl.Underlying().Type.(*ir.Union)
	if !ok {
		return nil, false
	}
	if _, isEnum := constUnion(u); isEnum {
		return nil, false
	}
	return u, true
}

// unionVsType relates a union to a type that is not one, for a change
// between the two: a type that became a union of itself and more was
// widened; a union that became one of its variants was narrowed; anything
// else is a change of type. It returns unrelated when neither side is a
// union and the caller must relate them another way.
func (c *comparer) unionVsType(old, new ir.Type) (relation, bool) {
	ou, oldIsUnion := unionDecl(old)
	nu, newIsUnion := unionDecl(new)
	switch {
	case oldIsUnion && newIsUnion, !oldIsUnion && !newIsUnion:
		return unrelated, false
	case oldIsUnion:
		for _, v := range ou.Variants {
			if c.variantIs(v.Decl, new, true) {
				return narrower, true
			}
		}
	default:
		for _, v := range nu.Variants {
			if c.variantIs(v.Decl, old, false) {
				return wider, true
			}
		}
	}
	return unrelated, true
}

// variantIs reports whether a union's variant stands for the same values
// as t of the other version: the paired named schema, or a wrapper over
// the same scalar. variantOld says which version the variant is from.
func (c *comparer) variantIs(v *ir.Decl, t ir.Type, variantOld bool) bool {
	if isNamed(v) {
		r, ok := t.(*ir.Ref)
		if !ok || r.Decl == nil {
			return false
		}
		if variantOld {
			return c.pairs[v] == r.Decl
		}
		return c.pairs[r.Decl] == v
	}
	if v.Wrapper {
		return relate(v.Type, t) == same
	}
	// An inline variant (an object written in the oneOf) stands for an
	// inline schema of the same shape in the other version.
	r, ok := t.(*ir.Ref)
	return ok && r.Decl != nil && !isNamed(r.Decl) && shapeOf(r.Decl) == shapeOf(v)
}
