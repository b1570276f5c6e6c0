package lower

import (
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
	l.noteAs(ir.NoteChoice, s.Source, "the variants of %s reach it back through allOf (variant: allOf [{$ref: base}, …]): inside a variant, %[1]s stands for its properties only and its oneOf/anyOf and discriminator are not applied again, as OpenAPI tools read this inheritance; a variant decoded on its own does not check that its %[2]q names it", name, s.Discriminator.PropertyName)
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
