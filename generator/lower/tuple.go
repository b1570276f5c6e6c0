package lower

import (
	"strconv"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// tupleOf lowers an array with prefixItems to a struct-like tuple: one
// field per position, named from the item's title or its index.
func (l *lowerer) tupleOf(s *document.Schema, name string) *ir.Tuple {
	t := &ir.Tuple{}
	scope := naming.NewScope("Rest", "Validate")
	for i, item := range s.PrefixItems {
		want := naming.Exported(item.Title)
		if want == "" {
			want = "Item" + strconv.Itoa(i)
		}
		field, _ := scope.Claim(want)
		t.Items = append(t.Items, &ir.TupleItem{
			Name: field, Doc: item.Description, Type: l.typeOf(item, name+field),
			Optional: s.MinItems == nil || i >= int(*s.MinItems),
		})
	}
	switch {
	case s.Items == nil:
		t.Rest = &ir.Any{}
	case s.Items.Bool != nil && !*s.Items.Bool:
		t.Rest = nil
	default:
		t.Rest = l.typeOf(s.Items, name+"Rest")
	}
	setRules(t, s, l)
	return t
}

// tupleHoldsObjects reports whether a position of tuple s, or its rest, is
// an object (directly or through $ref). A Go tuple decodes each position
// with encoding/json, so what decoding records about an object — a
// required member absent, a member additionalProperties false forbids —
// is lost there, and Validate would pass what the schema rejects
// (CycloneDX's licence choice: a one-item tuple of a closed object, inside
// a oneOf). In JSON Schema documents, whose verdicts are held to the
// reference validator, such a tuple is a JSON value, checked completely
// (l.wantsValue); an API's tuple keeps its Go shape.
func tupleHoldsObjects(s *document.Schema) bool {
	if len(s.PrefixItems) == 0 {
		return false
	}
	for _, item := range append(s.PrefixItems[:len(s.PrefixItems):len(s.PrefixItems)], s.Items) {
		for depth := 0; item != nil && depth < 8; depth++ {
			if isObject(item) || len(item.Required) > 0 {
				return true
			}
			item = item.Ref
		}
	}
	return false
}

// wantsValue is wantsValue, and in JSON Schema documents a tuple whose
// positions hold objects (tupleHoldsObjects).
func (l *lowerer) wantsValue(s *document.Schema) bool {
	return wantsValue(s) || l.schemaOnly && tupleHoldsObjects(s)
}
