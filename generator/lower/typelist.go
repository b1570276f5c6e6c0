package lower

import (
	"encoding/json"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// A schema of several JSON types (`type: [string, number]`, or 3.1's
// `type: [string, integer, boolean]`) is a union of one schema per type,
// as if written `oneOf: [{type: string, …}, {type: number, …}]`: each
// variant keeps the keywords that apply to its type (minLength to the
// string, minimum to the number, the enum values of its type), and a value
// is decoded as the first type, in the schema's order, that it is.

// typeVariants splits s into a union schema with a variant per type. It
// returns nil when no type is left (an enum or const allowing none of
// them).
func typeVariants(s *document.Schema) *document.Schema {
	u := &document.Schema{
		Key: s.Key, Source: s.Source, Title: s.Title, Description: s.Description,
		Deprecated: s.Deprecated, ReadOnly: s.ReadOnly, WriteOnly: s.WriteOnly,
		Nullable: s.Nullable, Default: s.Default, HasDef: s.HasDef,
		Ignored: s.Ignored, Unsupported: s.Unsupported,
	}
	for _, t := range s.Types {
		v := &document.Schema{Key: s.Key + "/type/" + t, Source: s.Source, Types: []string{t}}
		if s.HasEnum {
			v.HasEnum = true
			for _, e := range s.Enum {
				if jsonTypeIs(e, t) {
					v.Enum = append(v.Enum, e)
				}
			}
			if len(v.Enum) == 0 {
				continue // the enum allows no value of this type
			}
		}
		if s.HasConst {
			if !jsonTypeIs(s.Const, t) {
				continue
			}
			v.Const, v.HasConst = s.Const, true
		}
		switch t {
		case "string":
			v.Format, v.MinLength, v.MaxLength, v.Pattern = s.Format, s.MinLength, s.MaxLength, s.Pattern
		case "integer", "number":
			v.Format, v.Minimum, v.Maximum, v.MultipleOf = s.Format, s.Minimum, s.Maximum, s.MultipleOf
			v.ExclusiveMinimum, v.ExclusiveMaximum = s.ExclusiveMinimum, s.ExclusiveMaximum
		case "array":
			v.Items, v.PrefixItems = s.Items, s.PrefixItems
			v.MinItems, v.MaxItems, v.UniqueItems = s.MinItems, s.MaxItems, s.UniqueItems
		case "object":
			v.Properties, v.Required, v.AdditionalProperties = s.Properties, s.Required, s.AdditionalProperties
			v.PatternProperties, v.DependentRequired = s.PatternProperties, s.DependentRequired
			v.MinProperties, v.MaxProperties = s.MinProperties, s.MaxProperties
		}
		u.OneOf = append(u.OneOf, v)
	}
	if len(u.OneOf) == 0 {
		return nil
	}
	return u
}

// jsonTypeIs reports whether the loaded JSON value v is of JSON type t.
func jsonTypeIs(v any, t string) bool {
	switch x := v.(type) {
	case string:
		return t == "string"
	case bool:
		return t == "boolean"
	case json.Number:
		if t == "number" {
			return true
		}
		_, err := x.Int64()
		return t == "integer" && (err == nil || !strings.ContainsAny(x.String(), ".eE"))
	case map[string]any:
		return t == "object"
	case []any:
		return t == "array"
	}
	return false
}
