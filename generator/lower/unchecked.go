package lower

import (
	"fmt"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// The emitters check a rule only where the Go type keeps what the rule is
// about. A keyword that constrains the JSON type a value has but that
// Validate cannot see in Go (the length of a uuid's text, the enum of an
// object, anything on a value of type any) is reported here, by name and
// location, like the keywords specgen ignores: a note, or an error under
// -strict. A keyword that cannot apply to the value's JSON type (minimum
// on a string) holds trivially, as JSON Schema has it, and is not reported.

// keyword families by the JSON type they constrain.
var (
	stringKeywords = []string{"minLength", "maxLength", "pattern"}
	numberKeywords = []string{"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
	arrayKeywords  = []string{"minItems", "maxItems", "uniqueItems"}
	objectKeywords = []string{"minProperties", "maxProperties", "dependentRequired"}
	valueKeywords  = []string{"enum", "const"}
)

// checkRulesApply reports the rules of a use of t (from schema s) that
// Validate will not check.
func (l *lowerer) checkRulesApply(t ir.Type, s *document.Schema) {
	if s.Format != "" && checkedFormat(s.Format) && l.formatAsserted(s) && t.Rules().Format == "" && !typedFormat(t, s.Format) {
		l.uncheckedRule(s, "format")
	}
	if typeListBesideAnyKind(t, s) {
		if ref, ok := t.(*ir.Ref); ok {
			ref.Kinds = besideKindsOf(s.TypeList)
		} else {
			l.uncheckedRule(s, "type")
		}
	}
	present := presentKeywords(t.Rules())
	if len(present) == 0 {
		return
	}
	if st, own := t.(*ir.Struct); own {
		l.checkDependencyNames(st, s)
	}
	for _, k := range uncheckedKeywords(t, present) {
		l.uncheckedRule(s, k)
	}
}

// typeListBesideAnyKind reports a type list beside a $ref (2019-09 on) or
// a single allOf member whose target is a struct of a schema with no type
// (ir.Struct.AnyKind: a value of any JSON type is valid, the struct holds
// the objects) that refuses some kind: the use takes the struct, whose
// decoding accepts every kind, so the use's decoding checks the list
// (ir.Ref.Kinds; {$ref: obj, type: [string, object]} refuses 1).
// wrapNarrowsType makes the JSON value of the targets that have no Go
// shape of their own; a struct keeps its Go type.
func typeListBesideAnyKind(t ir.Type, s *document.Schema) bool {
	if s.TypeList == nil {
		return false
	}
	if _, ok := wrapped(s); !ok {
		return false
	}
	st, ok := shapeOf(t).(*ir.Struct)
	if !ok || !st.AnyKind {
		return false
	}
	for _, k := range []ir.JSONType{ir.JSONNull, ir.JSONBoolean, ir.JSONNumber, ir.JSONString, ir.JSONArray, ir.JSONObject} {
		if !typeAllows(s.TypeList, k) {
			return true
		}
	}
	return false
}

// besideKindsOf is ir.Ref.Kinds for a type list: its types but null, which
// the use's null policy judges.
func besideKindsOf(list []string) []ir.JSONType {
	kinds := []ir.JSONType{}
	for _, k := range list {
		if k != string(ir.JSONNull) {
			kinds = append(kinds, ir.JSONType(k))
		}
	}
	return kinds
}

// uncheckedKeywords returns the keywords of present that could constrain a
// value of t's JSON type but that Validate does not check on t's Go shape.
// ir.Rules.Apply says what emit checks; TestUncheckedAgreesWithApply holds
// the two to each other.
func uncheckedKeywords(t ir.Type, present map[string]bool) []string {
	var unchecked []string
	add := func(family []string) {
		for _, k := range family {
			if present[k] {
				unchecked = append(unchecked, k)
			}
		}
	}
	switch shape := shapeOf(t).(type) {
	case nil, *ir.Any, *ir.Union:
		// An external type (a -type override): specgen checks nothing in
		// it. A union's Validate checks the variant it holds, never the
		// union's own keywords or a use's.
		add(stringKeywords)
		add(numberKeywords)
		add(arrayKeywords)
		add(objectKeywords)
		add(valueKeywords)
	case *ir.Primitive:
		if shape.Kind == ir.KindUUID || shape.Kind == ir.KindTime || shape.Kind == ir.KindBytes {
			add(stringKeywords)
			add(valueKeywords)
		}
	case *ir.Slice:
		add(valueKeywords)
	case *ir.Map:
		add(valueKeywords)
		add([]string{"dependentRequired"})
	case *ir.Struct:
		add(valueKeywords)
		if _, own := t.(*ir.Struct); !own {
			// The struct's Validate checks its own object keywords; a
			// use's minProperties and maxProperties are counted by its
			// decoding (jsonUse), a use's dependentRequired has nowhere
			// to be checked.
			add([]string{"dependentRequired"})
		}
	}
	return unchecked
}

// checkDependencyNames reports dependentRequired entries that name
// properties the struct has no field for.
func (l *lowerer) checkDependencyNames(st *ir.Struct, s *document.Schema) {
	fields := map[string]bool{}
	for _, f := range st.Fields {
		fields[f.JSONName] = true
	}
	for _, d := range st.Check.DependentRequired {
		names := append([]string{d.Property}, d.Requires...)
		for _, n := range names {
			if !fields[n] {
				l.uncheckedRule(s, "dependentRequired")
				return
			}
		}
	}
}

// typedFormat reports whether the Go type of t enforces format: uuid.UUID
// and time.Time accept only their formats (see docs/validation.md for how
// they differ from JSON Schema's). UUIDString and DateTimeString enforce
// nothing; their format is a rule like a string's.
func typedFormat(t ir.Type, format string) bool {
	p, ok := shapeOf(t).(*ir.Primitive)
	return ok && (p.Kind == ir.KindUUID && format == "uuid" || p.Kind == ir.KindTime && format == "date-time")
}

// uncheckedRule reports one keyword of s, once.
func (l *lowerer) uncheckedRule(s *document.Schema, keyword string) {
	l.reportKeyword(s, keyword, "Validate cannot check this keyword on this type (-strict)",
		fmt.Sprintf("keyword %q is not checked by Validate on this type", keyword))
}

// reportKeyword reports one keyword of s, once: an error under -strict,
// else a note.
func (l *lowerer) reportKeyword(s *document.Schema, keyword, strictMsg, note string) {
	key := s.Key + " " + keyword
	if l.checked[key] {
		return
	}
	l.checked[key] = true
	l.degrade(ir.NoteUnchecked, s.Source, "%s", note)
}

// shapeOf looks through declarations to what a use of t is in Go; nil for
// an external type. A declaration still being lowered (a recursive
// reference) is an object.
func shapeOf(t ir.Type) ir.Type {
	seen := map[*ir.Decl]bool{}
	for {
		ref, ok := t.(*ir.Ref)
		if !ok {
			return t
		}
		if ref.Decl == nil {
			return nil
		}
		if seen[ref.Decl] || ref.Decl.Type == nil {
			return &ir.Struct{}
		}
		seen[ref.Decl] = true
		t = ref.Decl.Type
	}
}

// presentKeywords returns the keywords r holds (nil when none: most
// schemas have no rule, and this runs for every type lowered).
func presentKeywords(r *ir.Rules) map[string]bool {
	var present map[string]bool
	for _, k := range []struct {
		name string
		has  bool
	}{
		{"minLength", r.MinLength != nil}, {"maxLength", r.MaxLength != nil}, {"pattern", r.Pattern != ""},
		{"minimum", r.Minimum != nil}, {"maximum", r.Maximum != nil},
		{"exclusiveMinimum", r.ExclusiveMinimum != nil}, {"exclusiveMaximum", r.ExclusiveMaximum != nil},
		{"multipleOf", r.MultipleOf != nil}, {"minItems", r.MinItems != nil}, {"maxItems", r.MaxItems != nil},
		{"uniqueItems", r.UniqueItems}, {"minProperties", r.MinProperties != nil},
		{"maxProperties", r.MaxProperties != nil}, {"dependentRequired", len(r.DependentRequired) > 0},
		{"enum", len(r.Enum) > 0}, {"const", r.HasConst},
	} {
		if k.has {
			if present == nil {
				present = map[string]bool{}
			}
			present[k.name] = true
		}
	}
	return present
}
