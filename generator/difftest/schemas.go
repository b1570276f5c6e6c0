package difftest

import (
	"maps"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// schemaIndex finds compiled schemas by location, to tell which keyword of
// which schema a validation error is about.
type schemaIndex struct {
	byLocation map[string]*jsonschema.Schema
}

func indexSchemas(root *jsonschema.Schema) *schemaIndex {
	idx := &schemaIndex{byLocation: map[string]*jsonschema.Schema{}}
	var walk func(s *jsonschema.Schema)
	walk = func(s *jsonschema.Schema) {
		if s == nil || idx.byLocation[s.Location] != nil {
			return
		}
		idx.byLocation[s.Location] = s
		for _, sub := range subschemas(s) {
			walk(sub)
		}
	}
	walk(root)
	return idx
}

// subschemas lists the schemas s applies to its value or its children.
func subschemas(s *jsonschema.Schema) []*jsonschema.Schema {
	out := []*jsonschema.Schema{s.Ref, s.Not, s.If, s.Then, s.Else, s.Items2020, s.PropertyNames,
		s.Contains, s.UnevaluatedProperties, s.UnevaluatedItems, s.DynamicRef, s.RecursiveRef}
	out = append(out, s.AllOf...)
	out = append(out, s.AnyOf...)
	out = append(out, s.OneOf...)
	out = append(out, s.PrefixItems...)
	for _, p := range s.Properties {
		out = append(out, p)
	}
	for _, p := range s.PatternProperties {
		out = append(out, p)
	}
	for _, p := range s.DependentSchemas {
		out = append(out, p)
	}
	if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok {
		out = append(out, ap)
	}
	switch it := s.Items.(type) {
	case *jsonschema.Schema:
		out = append(out, it)
	case []*jsonschema.Schema:
		out = append(out, it...)
	}
	if ai, ok := s.AdditionalItems.(*jsonschema.Schema); ok {
		out = append(out, ai)
	}
	return out
}

// keyword splits an absolute keyword location into the schema it belongs
// to, the keyword and what follows it (dependentRequired/a/0 → "a", "0").
func (idx *schemaIndex) keyword(loc string) (*jsonschema.Schema, string, []string) {
	base, frag, _ := strings.Cut(loc, "#")
	tokens := strings.Split(frag, "/")
	for i := len(tokens) - 1; i >= 1; i-- {
		if s := idx.byLocation[base+"#"+strings.Join(tokens[:i], "/")]; s != nil {
			return s, unescape(tokens[i]), tokens[i+1:]
		}
	}
	return nil, tokens[len(tokens)-1], nil
}

// SchemasAt returns every schema that applies to the value at ptr in doc,
// following $ref and the combinators, then properties, items and
// additionalProperties down the pointer.
func (o *Oracle) SchemasAt(doc any, ptr string) []*jsonschema.Schema {
	set := expand([]*jsonschema.Schema{o.Schema})
	value := doc
	for _, tok := range Tokens(ptr) {
		var next []*jsonschema.Schema
		switch v := value.(type) {
		case map[string]any:
			for _, s := range set {
				next = append(next, propertySchemas(s, tok)...)
			}
			value = v[tok]
		case []any:
			i, _ := strconv.Atoi(tok)
			for _, s := range set {
				tuple, _ := s.Items.([]*jsonschema.Schema) // items as an array: draft 2019-09 and before
				if i < len(s.PrefixItems) {
					next = append(next, s.PrefixItems[i])
				} else if i < len(tuple) {
					next = append(next, tuple[i])
				} else if ai, ok := s.AdditionalItems.(*jsonschema.Schema); ok && tuple != nil {
					next = append(next, ai)
				} else if s.Items2020 != nil {
					next = append(next, s.Items2020)
				} else if it, ok := s.Items.(*jsonschema.Schema); ok {
					next = append(next, it)
				}
			}
			if i >= 0 && i < len(v) {
				value = v[i]
			} else {
				value = nil
			}
		default:
			return nil
		}
		set = expand(next)
	}
	return set
}

// propertySchemas returns the schemas s gives the property name.
func propertySchemas(s *jsonschema.Schema, name string) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	if p, ok := s.Properties[name]; ok {
		out = append(out, p)
	}
	for re, p := range s.PatternProperties {
		if re.MatchString(name) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok {
			out = append(out, ap)
		}
	}
	return out
}

// expand adds the schemas reached in place: $ref targets and the branches
// of allOf, anyOf and oneOf.
func expand(set []*jsonschema.Schema) []*jsonschema.Schema {
	seen := map[*jsonschema.Schema]bool{}
	var out []*jsonschema.Schema
	var add func(s *jsonschema.Schema)
	add = func(s *jsonschema.Schema) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
		add(s.Ref)
		for _, group := range [][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf} {
			for _, sub := range group {
				add(sub)
			}
		}
	}
	for _, s := range set {
		add(s)
	}
	return out
}

// Required reports whether the property at ptr is required by its parent
// object's schemas.
func (o *Oracle) Required(doc any, ptr string) bool {
	parent, name, ok := Parent(ptr)
	if !ok {
		return false
	}
	if _, isObj := Lookup(doc, parent).(map[string]any); !isObj {
		return false
	}
	for _, s := range o.SchemasAt(doc, parent) {
		for _, r := range s.Required {
			if r == name {
				return true
			}
		}
	}
	return false
}

// Types returns the JSON types the schemas at ptr allow (nil when they do
// not restrict it), and the formats they assert.
func (o *Oracle) Types(doc any, ptr string) (types, formats []string) {
	for _, s := range o.SchemasAt(doc, ptr) {
		types = append(types, s.Types...)
		if s.Format != "" {
			formats = append(formats, s.Format)
		}
	}
	return types, formats
}

// requiredDeps returns the property dependencies of s: 2019-09's
// dependentRequired, or the lists of names among the dependencies of the
// drafts before it (whose schema members are dependentSchemas).
func requiredDeps(s *jsonschema.Schema) map[string][]string {
	if len(s.Dependencies) == 0 {
		return s.DependentRequired
	}
	out := maps.Clone(s.DependentRequired)
	if out == nil {
		out = map[string][]string{}
	}
	for name, d := range s.Dependencies {
		if names, ok := d.([]string); ok {
			out[name] = names
		}
	}
	return out
}
