package diff

import (
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// bound is a numeric validation keyword. A lower bound (minLength,
// minimum…) narrows what is allowed when it appears or rises; an upper
// bound when it appears or falls.
type bound struct {
	name  string
	lower bool
	get   func(*ir.Rules) *float64
}

var bounds = []bound{
	{"minLength", true, func(r *ir.Rules) *float64 { return i2f(r.MinLength) }},
	{"maxLength", false, func(r *ir.Rules) *float64 { return i2f(r.MaxLength) }},
	{"minimum", true, func(r *ir.Rules) *float64 { return r.Minimum }},
	{"maximum", false, func(r *ir.Rules) *float64 { return r.Maximum }},
	{"exclusiveMinimum", true, func(r *ir.Rules) *float64 { return r.ExclusiveMinimum }},
	{"exclusiveMaximum", false, func(r *ir.Rules) *float64 { return r.ExclusiveMaximum }},
	{"minItems", true, func(r *ir.Rules) *float64 { return i2f(r.MinItems) }},
	{"maxItems", false, func(r *ir.Rules) *float64 { return i2f(r.MaxItems) }},
	{"minProperties", true, func(r *ir.Rules) *float64 { return i2f(r.MinProperties) }},
	{"maxProperties", false, func(r *ir.Rules) *float64 { return i2f(r.MaxProperties) }},
}

func i2f(p *int64) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

// constraint is a validation keyword that is either present or not: adding
// it narrows, removing it widens, changing it does both.
type constraint struct {
	name string
	get  func(*ir.Rules) (string, bool)
}

var constraints = []constraint{
	{"format", func(r *ir.Rules) (string, bool) { return r.Format, r.Format != "" }},
	{"pattern", func(r *ir.Rules) (string, bool) { return strconv.Quote(r.Pattern), r.Pattern != "" }},
	{"multipleOf", func(r *ir.Rules) (string, bool) {
		if r.MultipleOf == nil {
			return "", false
		}
		return num(*r.MultipleOf), true
	}},
	{"const", func(r *ir.Rules) (string, bool) { return value(r.Const), r.HasConst }},
	{"uniqueItems", func(r *ir.Rules) (string, bool) { return "true", r.UniqueItems }},
	{"dependentRequired", func(r *ir.Rules) (string, bool) {
		return dependencies(r.DependentRequired), len(r.DependentRequired) > 0
	}},
}

// compareRules compares the validation keywords of two uses; withEnum
// includes an inline enum list (for types that are not enum declarations).
func (c *comparer) compareRules(at loc, o, n *ir.Rules, d dir, withEnum bool) {
	if withEnum {
		ov, nv := nilIfEmpty(o.Enum), nilIfEmpty(n.Enum)
		switch {
		case ov == nil && nv != nil:
			c.add(narrowed(d), "enum-added", at, "now limited to %s", values(nv))
		case ov != nil && nv == nil:
			c.add(widenedValues(d), "enum-removed", at, "no longer limited to %s", values(ov))
		case ov != nil:
			c.enumValues(at, ov, nv, d)
		}
	}
	for _, b := range bounds {
		ov, nv := b.get(o), b.get(n)
		switch {
		case ov == nil && nv == nil, ov != nil && nv != nil && *ov == *nv:
		case ov == nil:
			c.addRule(narrower, d, b.name+"-added", at, "%s %s added", b.name, num(*nv))
		case nv == nil:
			c.addRule(wider, d, b.name+"-removed", at, "%s %s removed", b.name, num(*ov))
		default:
			rel := wider
			if (*nv > *ov) == b.lower {
				rel = narrower
			}
			c.addRule(rel, d, b.name+"-changed", at, "%s changed from %s to %s", b.name, num(*ov), num(*nv))
		}
	}
	for _, k := range constraints {
		ov, oh := k.get(o)
		nv, nh := k.get(n)
		switch {
		case !oh && nh:
			c.addRule(narrower, d, k.name+"-added", at, "%s %s added", k.name, nv)
		case oh && !nh:
			c.addRule(wider, d, k.name+"-removed", at, "%s %s removed", k.name, ov)
		case oh && ov != nv:
			c.addRule(unrelated, d, k.name+"-changed", at, "%s changed from %s to %s", k.name, ov, nv)
		}
	}
}

// addRule records a change of a validation keyword at the level its
// relation has in directions d.
func (c *comparer) addRule(rel relation, d dir, rule string, at loc, format string, a ...any) {
	l := changed(d)
	switch rel {
	case wider:
		l = widenedValues(d)
	case narrower:
		l = narrowed(d)
	}
	c.add(l, rule, at, format, a...)
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// dependencies renders dependentRequired for a message: "a needs b, c; d
// needs e".
func dependencies(ds []ir.Dependency) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Property + " needs " + strings.Join(d.Requires, ", ")
	}
	return strings.Join(parts, "; ")
}
