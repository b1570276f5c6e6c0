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
		it := &ir.TupleItem{
			Name: field, Doc: item.Description, Type: l.typeOf(item, name+field),
			Optional: s.MinItems == nil || i >= int(*s.MinItems), Nullable: isNullable(item),
		}
		// A position the array must reach that may hold null is held by
		// pointer, nil for null, as a nullable field is (applyNullPolicy):
		// its Go value would read null as the zero value, which its checks
		// may refuse ([null] under anyOf [number ≥ 1, null]).
		it.Pointer = !it.Optional && heldByPointer(it.Type, it.Nullable)
		t.Items = append(t.Items, it)
	}
	switch {
	case s.Items == nil:
		t.Rest = &ir.Any{}
	case s.Items.Bool != nil && !*s.Items.Bool:
		t.Rest = nil
	default:
		t.Rest = l.typeOf(s.Items, name+"Rest")
		t.RestNullable = isNullable(s.Items)
	}
	setRules(t, s, l)
	return t
}
