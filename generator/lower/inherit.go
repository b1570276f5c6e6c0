package lower

import (
	"fmt"
	"slices"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// noteInherit notes what a base whose variants inherit from it through
// allOf (load/inherit.go) leaves unchecked: a variant decoded on its own
// does not check that the discriminator names it, and a variant that does
// not inherit holds none of what the base says beside its oneOf.
func (l *lowerer) noteInherit(s *document.Schema, variants []*document.Schema, name string) {
	if s.Base == nil {
		return
	}
	if isInheritedBase(s) {
		// load/inherit_mapped.go listed the children a Swagger 2.0
		// style base leaves out.
		told := "told by its name"
		if unnamedBase(s, s.Base) {
			told = fmt.Sprintf("which its %q refuses to name: chosen when the value has no %[1]q", s.Discriminator.PropertyName)
			if l.requiresTag(s) {
				told = fmt.Sprintf("which its %q refuses to name: never chosen", s.Discriminator.PropertyName)
			}
		}
		l.noteAs(ir.NoteChoice, s.Source, "%s has a discriminator and no oneOf: the schemas that inherit it through allOf, and those its mapping names, are its variants, beside %[1]s itself (its own properties, %[3]s), as OpenAPI tools read this inheritance; a %[2]q that names none of them is refused, and a variant decoded on its own does not check that its %[2]q names it", name, s.Discriminator.PropertyName, told)
	} else if s.Discriminator == nil {
		// Without a discriminator nothing names the variant: the union
		// tries each in turn, as other unions without one do, and a
		// value two variants accept is the first's under anyOf and an
		// error under oneOf.
		l.degrade(ir.NoteUnionByShape, s.Source, "the variants of %s reach it back through allOf (variant: allOf [{$ref: base}, …]) but %[1]s has no discriminator: inside a variant, %[1]s stands for its properties only and its oneOf/anyOf are not applied again, as OpenAPI tools read this inheritance (as JSON Schema the loop never ends); %[1]s decodes by trying each variant in turn", name)
	} else {
		l.noteAs(ir.NoteChoice, s.Source, "the variants of %s reach it back through allOf (variant: allOf [{$ref: base}, …]): inside a variant, %[1]s stands for its properties only and its oneOf/anyOf and discriminator are not applied again, as OpenAPI tools read this inheritance; a variant decoded on its own does not check that its %[2]q names it", name, s.Discriminator.PropertyName)
	}
	for i, v := range variants {
		if !inherits(v, s.Base, map[*document.Schema]bool{}) {
			l.degrade(ir.NoteUnchecked, v.Source, "variant %d of %s does not inherit it through allOf as the others do: what %[2]s says beside its oneOf/anyOf (properties, required…) is not checked on it", i+1, name)
		}
	}
}

// inherits reports whether v reaches base through $ref and allOf alone.
func inherits(v, base *document.Schema, seen map[*document.Schema]bool) bool {
	if v == base {
		return true
	}
	if seen[v] {
		return false
	}
	seen[v] = true
	if v.Ref != nil && inherits(v.Ref, base, seen) {
		return true
	}
	for _, m := range v.AllOf {
		if inherits(m, base, seen) {
			return true
		}
	}
	return false
}

// noteInheritValue notes a base its variants inherit from that lowering
// makes a JSON value rather than a union: every keyword is still checked
// at run time, but no Go type tells the variants apart. Inheritance on
// more than one level (Pet → Cat → Lion, Cat being a variant of Pet and
// a base of its own) is what usually brings it here.
func (l *lowerer) noteInheritValue(s *document.Schema, name string) {
	if s.Base == nil {
		return
	}
	how := "its variants not decoded into Go types"
	if s.Discriminator != nil {
		how = fmt.Sprintf("its variants not decoded by %q into Go types", s.Discriminator.PropertyName)
	}
	why := "it has keywords beside its oneOf/anyOf that no Go union holds"
	if multiLevel(s) {
		why = "it inherits from another such base, or one of its variants is a base of its own (inheritance on more than one level, as Pet → Cat → Lion), which no Go union holds"
	}
	l.noteAs(ir.NoteChoice, s.Source, "%s is a base whose variants inherit from it through allOf, but %s: %[1]s is a JSON value (JSONValue) checked at run time, %[3]s", name, why, how)
}

// multiLevel reports whether s, a base, inherits from another base through
// its allOf or has a variant that is itself a base.
func multiLevel(s *document.Schema) bool {
	target := func(v *document.Schema) *document.Schema {
		for i := 0; v.Ref != nil && i < 64; i++ {
			v = v.Ref
		}
		return v
	}
	for _, m := range s.AllOf {
		if m != nil && target(m).BaseOf != nil {
			return true
		}
	}
	for _, v := range append(append([]*document.Schema(nil), s.OneOf...), s.AnyOf...) {
		if v != nil && target(v).Base != nil {
			return true
		}
	}
	return false
}

// isInheritBase reports whether s is a base whose variants inherit it
// through allOf: a union of them.
func isInheritBase(s *document.Schema) bool {
	return s.Base != nil && len(s.OneOf)+len(s.AnyOf) > 0
}

// requiresTag reports whether a base listed among its own variants
// (load/inherit_mapped.go) requires its discriminator property. When it
// does not, a value without the property is the base itself, as the
// description reads without the oneOf that load gave it.
func (l *lowerer) requiresTag(s *document.Schema) bool {
	flat := s.Base
	if needsMerge(flat) {
		flat = l.merged(flat)
	}
	return slices.Contains(flat.Required, s.Discriminator.PropertyName)
}

// unnamedBase reports whether target is the base of s among its variants
// (load/inherit_mapped.go) with no discriminator value: its property
// refuses its own name (Pet {kind: enum [cat, dog]}), so load gave it
// none. It is selected when the value is absent, as the base allows.
func unnamedBase(s, target *document.Schema) bool {
	return target == s.Base && s.Discriminator != nil && isInheritedBase(s) && !mapped(s, target)
}

// dropUnnamedBase leaves out an unnamed base (unnamedBase) that requires
// its discriminator property: no value selects it, every value its
// property allows is a child's, so it is no variant.
func (l *lowerer) dropUnnamedBase(s *document.Schema, variants []*document.Schema) []*document.Schema {
	if s.Base == nil || s.Discriminator == nil || !isInheritedBase(s) || mapped(s, s.Base) || !l.requiresTag(s) {
		return variants
	}
	return slices.DeleteFunc(slices.Clone(variants), func(v *document.Schema) bool { return v == s.Base })
}

// isInheritedBase reports whether load/inherit_mapped.go made s the union
// of its children and itself: its Base is its last variant.
func isInheritedBase(s *document.Schema) bool {
	n := len(s.OneOf)
	return s.Base != nil && n > 0 && s.OneOf[n-1] == s.Base
}

// wrapsBase reports a wrapper (an allOf of one member, beside annotations
// alone: 3.0's way to describe a $ref) of a base its variants inherit
// from: it is the base's union, as the bare $ref is, not a merge of the
// base's properties with its oneOf.
func wrapsBase(s *document.Schema) bool {
	t, ok := wrapped(s)
	return ok && len(s.AllOf) == 1 && isInheritBase(throughBareRefs(t))
}
