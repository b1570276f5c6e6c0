package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// A schema without a Go shape (`not`, `if`/`then`, mixed types, keywords
// no struct can check) is a JSON value in Go, checked at run time against
// its whole schema (ir.ValueSchema). Its Go type cannot change, so what a
// review needs is what its keywords now accept: each keyword is compared
// here, judged as any other rule by whether it narrows or widens what the
// schema accepts, in the directions the value travels.

// compareValues compares two run-time schemas of a JSON value at at.
func (c *comparer) compareValues(at loc, o, n *ir.ValueSchema, d dir) {
	if o == nil || n == nil {
		switch {
		case o == nil && n != nil:
			c.addRule(narrower, d, "value-schema-added", at, "now checked against a schema")
		case o != nil && n == nil:
			c.addRule(wider, d, "value-schema-removed", at, "no longer checked against a schema")
		}
		return
	}
	if c.values == nil {
		c.values = map[[2]*ir.ValueSchema]bool{}
	}
	key := [2]*ir.ValueSchema{o, n}
	if c.values[key] {
		return // a recursive schema: compared once
	}
	c.values[key] = true
	o, n = followValue(o), followValue(n)
	if o.Bool != nil || n.Bool != nil {
		c.boolValues(at, o, n, d)
		return
	}
	c.valueTypes(at, o.Types, n.Types, d)
	c.valueEnum(at, o, n, d)
	for _, k := range valueScalars {
		ov, nv := k.get(o), k.get(n)
		switch {
		case ov == nv:
		case ov == "":
			c.addRule(narrower, d, k.name+"-added", at, "%s %s added", k.name, nv)
		case nv == "":
			c.addRule(wider, d, k.name+"-removed", at, "%s %s removed", k.name, ov)
		default:
			c.addRule(k.relate(ov, nv), d, k.name+"-changed", at, "%s changed from %s to %s", k.name, ov, nv)
		}
	}
	if o.UniqueItems != n.UniqueItems {
		rel, verb := narrower, "added"
		if o.UniqueItems {
			rel, verb = wider, "removed"
		}
		c.addRule(rel, d, "uniqueItems-"+verb, at, "uniqueItems %s", verb)
	}
	c.valueNames(at, "required", o.Required, n.Required, d)
	for i := range max(len(o.PrefixItems), len(n.PrefixItems)) {
		c.compareValues(loc{at.where, at.path + "[" + strconv.Itoa(i) + "]"}, at2(o.PrefixItems, i), at2(n.PrefixItems, i), d)
	}
	c.compareValues(at.items(), o.Items, n.Items, d)
	c.compareValues(at.keyword("contains"), o.Contains, n.Contains, d)
	c.valueProperties(at, "", o.Properties, n.Properties, d)
	c.valueProperties(at, "patternProperties", o.PatternProperties, n.PatternProperties, d)
	c.compareValues(at.values(), o.AdditionalProperties, n.AdditionalProperties, d)
	c.compareValues(at.keyword("propertyNames"), o.PropertyNames, n.PropertyNames, d)
	c.valueProperties(at, "dependentSchemas", o.DependentSchemas, n.DependentSchemas, d)
	c.valueDependencies(at, o.DependentRequired, n.DependentRequired, d)
	c.valueMembers(at, "allOf", o.AllOf, n.AllOf, d, narrower)
	c.valueMembers(at, "anyOf", o.AnyOf, n.AnyOf, d, wider)
	c.valueMembers(at, "oneOf", o.OneOf, n.OneOf, d, unrelated)
	// What `not`, `if`, `then` and `else` hold relates to what the schema
	// accepts in no single direction: a change inside them is a change.
	for _, k := range []struct {
		name string
		o, n *ir.ValueSchema
	}{{"not", o.Not, n.Not}, {"if", o.If, n.If}, {"then", o.Then, n.Then}, {"else", o.Else, n.Else}} {
		c.compareValues(at.keyword(k.name), k.o, k.n, everyWay(d))
	}
	c.compareValues(at.keyword("unevaluatedProperties"), o.UnevaluatedProperties, n.UnevaluatedProperties, d)
	c.compareValues(at.keyword("unevaluatedItems"), o.UnevaluatedItems, n.UnevaluatedItems, d)
}

// followValue returns the schema a bare $ref leads to.
func followValue(s *ir.ValueSchema) *ir.ValueSchema {
	for hops := 0; s.Ref != nil && hops < 64 && isBareRef(s); hops++ {
		s = s.Ref
	}
	return s
}

// isBareRef reports whether s is only a $ref (as a schema of $defs that
// names another is).
func isBareRef(s *ir.ValueSchema) bool {
	t := *s
	t.Ref, t.Name, t.Source = nil, "", ir.Source{}
	return t.Bool == nil && t.Types == nil && !t.HasEnum && !t.HasConst && t.Pattern == "" && t.Format == "" &&
		t.Minimum == "" && t.Maximum == "" && t.ExclusiveMinimum == "" && t.ExclusiveMaximum == "" && t.MultipleOf == "" &&
		t.MinLength == nil && t.MaxLength == nil && t.MinItems == nil && t.MaxItems == nil && !t.UniqueItems &&
		t.PrefixItems == nil && t.Items == nil && t.Contains == nil && t.MinContains == nil && t.MaxContains == nil &&
		t.Properties == nil && t.PatternProperties == nil && t.AdditionalProperties == nil && t.PropertyNames == nil &&
		t.Required == nil && t.DependentRequired == nil && t.DependentSchemas == nil && t.MinProperties == nil && t.MaxProperties == nil &&
		t.AllOf == nil && t.AnyOf == nil && t.OneOf == nil && t.Not == nil && t.If == nil && t.Then == nil && t.Else == nil &&
		t.UnevaluatedProperties == nil && t.UnevaluatedItems == nil
}

func at2(list []*ir.ValueSchema, i int) *ir.ValueSchema {
	if i < len(list) {
		return list[i]
	}
	return nil
}

// everyWay is the direction a change inside `not` or `if` is judged in:
// both, since it narrows as well as widens what the value may be.
func everyWay(d dir) dir {
	if d == 0 {
		return d
	}
	return bothWays
}

// boolValues compares schemas of which at least one is true or false.
func (c *comparer) boolValues(at loc, o, n *ir.ValueSchema, d dir) {
	desc := func(s *ir.ValueSchema) string {
		if s.Bool != nil {
			if *s.Bool {
				return "any value (true)"
			}
			return "no value (false)"
		}
		return "a schema"
	}
	switch {
	case o.Bool != nil && n.Bool != nil && *o.Bool == *n.Bool:
		return
	case o.Bool != nil && *o.Bool, n.Bool != nil && !*n.Bool:
		c.addRule(narrower, d, "value-schema-narrowed", at, "now %s instead of %s", desc(n), desc(o))
	default:
		c.addRule(wider, d, "value-schema-widened", at, "now %s instead of %s", desc(n), desc(o))
	}
}

// valueTypes compares the JSON types allowed (nil: any).
func (c *comparer) valueTypes(at loc, o, n []string, d dir) {
	switch {
	case slices.Equal(o, n):
	case o == nil:
		c.addRule(narrower, d, "types-added", at, "now limited to %s", strings.Join(n, " or "))
	case n == nil:
		c.addRule(wider, d, "types-removed", at, "no longer limited to %s", strings.Join(o, " or "))
	default:
		added, removed := minusStrings(n, o), minusStrings(o, n)
		rel := unrelated
		switch {
		case len(removed) == 0:
			rel = wider
		case len(added) == 0:
			rel = narrower
		}
		c.addRule(rel, d, "types-changed", at, "types changed from %s to %s", strings.Join(o, " or "), strings.Join(n, " or "))
	}
}

// valueEnum compares enum and const, as JSON text.
func (c *comparer) valueEnum(at loc, o, n *ir.ValueSchema, d dir) {
	switch {
	case !o.HasEnum && n.HasEnum:
		c.addRule(narrower, d, "enum-added", at, "now limited to %s", strings.Join(n.Enum, ", "))
	case o.HasEnum && !n.HasEnum:
		c.addRule(wider, d, "enum-removed", at, "no longer limited to %s", strings.Join(o.Enum, ", "))
	case o.HasEnum:
		if added := minusStrings(n.Enum, o.Enum); len(added) > 0 {
			c.add(widenedValues(d), "enum-value-added", at, "enum value%s added: %s", pluralS(len(added)), strings.Join(added, ", "))
		}
		if removed := minusStrings(o.Enum, n.Enum); len(removed) > 0 {
			c.add(narrowed(d), "enum-value-removed", at, "enum value%s removed: %s", pluralS(len(removed)), strings.Join(removed, ", "))
		}
	}
	switch {
	case !o.HasConst && n.HasConst:
		c.addRule(narrower, d, "const-added", at, "const %s added", n.Const)
	case o.HasConst && !n.HasConst:
		c.addRule(wider, d, "const-removed", at, "const %s removed", o.Const)
	case o.HasConst && o.Const != n.Const:
		c.addRule(unrelated, d, "const-changed", at, "const changed from %s to %s", o.Const, n.Const)
	}
}

// valueNames compares a list of names a keyword requires: each one added
// narrows, each one removed widens.
func (c *comparer) valueNames(at loc, keyword string, o, n []string, d dir) {
	if added := minusStrings(n, o); len(added) > 0 {
		c.addRule(narrower, d, keyword+"-added", at, "%s now: %s", keyword, strings.Join(added, ", "))
	}
	if removed := minusStrings(o, n); len(removed) > 0 {
		c.addRule(wider, d, keyword+"-removed", at, "%s no longer: %s", keyword, strings.Join(removed, ", "))
	}
}

// valueProperties compares subschemas by name (properties, patterns, the
// properties a dependent schema hangs on). A subschema added checks what
// was unchecked (narrows); one removed widens.
func (c *comparer) valueProperties(at loc, keyword string, o, n []ir.ValueProperty, d dir) {
	place := func(name string) loc {
		if keyword == "" {
			return at.field(name)
		}
		return at.keyword(keyword + "[" + name + "]")
	}
	rule := keyword
	if rule == "" {
		rule = "property"
	}
	for _, np := range n {
		i := slices.IndexFunc(o, func(op ir.ValueProperty) bool { return op.Name == np.Name })
		if i < 0 {
			c.addRule(narrower, d, rule+"-added", place(np.Name), "added")
			continue
		}
		c.compareValues(place(np.Name), o[i].Schema, np.Schema, d)
	}
	for _, op := range o {
		if !slices.ContainsFunc(n, func(np ir.ValueProperty) bool { return np.Name == op.Name }) {
			c.addRule(wider, d, rule+"-removed", place(op.Name), "removed")
		}
	}
}

// valueDependencies compares dependentRequired.
func (c *comparer) valueDependencies(at loc, o, n []ir.Dependency, d dir) {
	find := func(list []ir.Dependency, name string) []string {
		for _, dep := range list {
			if dep.Property == name {
				return dep.Requires
			}
		}
		return nil
	}
	for _, dep := range n {
		c.valueNames(at.keyword("dependentRequired["+dep.Property+"]"), "required", find(o, dep.Property), dep.Requires, d)
	}
	for _, dep := range o {
		if !slices.ContainsFunc(n, func(x ir.Dependency) bool { return x.Property == dep.Property }) {
			c.valueNames(at.keyword("dependentRequired["+dep.Property+"]"), "required", dep.Requires, nil, d)
		}
	}
}

// valueMembers compares allOf, anyOf or oneOf member by member, in order;
// a member added relates to what is accepted as added says (allOf:
// narrower, anyOf: wider, oneOf: neither).
func (c *comparer) valueMembers(at loc, keyword string, o, n []*ir.ValueSchema, d dir, added relation) {
	removed := unrelated
	switch added {
	case narrower:
		removed = wider
	case wider:
		removed = narrower
	}
	for i := range max(len(o), len(n)) {
		place := at.keyword(keyword + "[" + strconv.Itoa(i) + "]")
		switch {
		case i >= len(o):
			c.addRule(added, d, keyword+"-member-added", place, "added")
		case i >= len(n):
			c.addRule(removed, d, keyword+"-member-removed", place, "removed")
		default:
			c.compareValues(place, o[i], n[i], d)
		}
	}
}

// valueScalar is a keyword of one value, as text ("" when absent), and how
// a change of it relates what the schema accepts.
type valueScalar struct {
	name   string
	get    func(*ir.ValueSchema) string
	relate func(old, new string) relation
}

// valueScalars are the keywords of one value: bounds (a larger lower bound
// narrows), and text rules, whose change is neither.
var valueScalars = []valueScalar{
	{"minimum", func(s *ir.ValueSchema) string { return s.Minimum }, lowerBound},
	{"exclusiveMinimum", func(s *ir.ValueSchema) string { return s.ExclusiveMinimum }, lowerBound},
	{"maximum", func(s *ir.ValueSchema) string { return s.Maximum }, upperBound},
	{"exclusiveMaximum", func(s *ir.ValueSchema) string { return s.ExclusiveMaximum }, upperBound},
	{"minLength", func(s *ir.ValueSchema) string { return count(s.MinLength) }, lowerBound},
	{"maxLength", func(s *ir.ValueSchema) string { return count(s.MaxLength) }, upperBound},
	{"minItems", func(s *ir.ValueSchema) string { return count(s.MinItems) }, lowerBound},
	{"maxItems", func(s *ir.ValueSchema) string { return count(s.MaxItems) }, upperBound},
	{"minContains", func(s *ir.ValueSchema) string { return count(s.MinContains) }, lowerBound},
	{"maxContains", func(s *ir.ValueSchema) string { return count(s.MaxContains) }, upperBound},
	{"minProperties", func(s *ir.ValueSchema) string { return count(s.MinProperties) }, lowerBound},
	{"maxProperties", func(s *ir.ValueSchema) string { return count(s.MaxProperties) }, upperBound},
	{"multipleOf", func(s *ir.ValueSchema) string { return s.MultipleOf }, neither},
	{"pattern", func(s *ir.ValueSchema) string { return s.Pattern }, neither},
	{"format", func(s *ir.ValueSchema) string { return s.Format }, neither},
}

func count(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

// lowerBound: a larger lower bound accepts less.
func lowerBound(old, new string) relation {
	o, err1 := strconv.ParseFloat(old, 64)
	n, err2 := strconv.ParseFloat(new, 64)
	switch {
	case err1 != nil || err2 != nil:
		return unrelated
	case n > o:
		return narrower
	}
	return wider
}

// upperBound: a smaller upper bound accepts less.
func upperBound(old, new string) relation {
	switch lowerBound(old, new) {
	case narrower:
		return wider
	case wider:
		return narrower
	}
	return unrelated
}

func neither(string, string) relation { return unrelated }

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
