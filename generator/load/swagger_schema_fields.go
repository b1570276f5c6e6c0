package load

import (
	"encoding/json"

	"github.com/getkin/kin-openapi/openapi3"
)

// encodeSchema is json.Marshal(schema): the members of kin-openapi
// v0.152.0's Schema.MarshalYAML, in its order and under its conditions
// (swagger_schema_json.go says why).
func encodeSchema(schema *openapi3.Schema) ([]byte, error) {
	if x := schema.Always; x != nil {
		return json.Marshal(*x)
	}
	var m jsonMembers
	for k, v := range schema.Extensions {
		m.value(k, v)
	}
	refs := func(key string, x openapi3.SchemaRefs) {
		if len(x) != 0 {
			b, err := encodeSchemaRefs(x)
			m.set(key, b, err)
		}
	}
	ref := func(key string, x *openapi3.SchemaRef) {
		if x != nil {
			b, err := encodeSchemaRef(x)
			m.set(key, b, err)
		}
	}
	schemas := func(key string, x openapi3.Schemas) {
		if len(x) != 0 {
			b, err := encodeSchemas(x)
			m.set(key, b, err)
		}
	}
	boolSchema := func(key string, x openapi3.BoolSchema) {
		if x.Has != nil || x.Schema != nil {
			b, err := encodeBoolSchema(x)
			m.set(key, b, err)
		}
	}

	refs("oneOf", schema.OneOf)
	refs("anyOf", schema.AnyOf)
	refs("allOf", schema.AllOf)
	ref("not", schema.Not)
	if x := schema.Type; !x.IsEmpty() {
		m.value("type", x)
	}
	nonZero(&m, "title", schema.Title)
	nonZero(&m, "format", schema.Format)
	nonZero(&m, "description", schema.Description)
	nonEmpty(&m, "enum", schema.Enum)
	present(&m, "default", schema.Default)
	present(&m, "example", schema.Example)
	nonNil(&m, "externalDocs", schema.ExternalDocs)

	nonZero(&m, "uniqueItems", schema.UniqueItems)
	if x := schema.ExclusiveMin; x.IsSet() {
		m.value("exclusiveMinimum", x)
	}
	if x := schema.ExclusiveMax; x.IsSet() {
		m.value("exclusiveMaximum", x)
	}
	nonZero(&m, "nullable", schema.Nullable)
	nonZero(&m, "readOnly", schema.ReadOnly)
	nonZero(&m, "writeOnly", schema.WriteOnly)
	nonZero(&m, "allowEmptyValue", schema.AllowEmptyValue)
	nonZero(&m, "deprecated", schema.Deprecated)
	nonNil(&m, "xml", schema.XML)

	nonNil(&m, "minimum", schema.Min)
	nonNil(&m, "maximum", schema.Max)
	nonNil(&m, "multipleOf", schema.MultipleOf)

	nonZero(&m, "minLength", schema.MinLength)
	nonNil(&m, "maxLength", schema.MaxLength)
	nonZero(&m, "pattern", schema.Pattern)

	nonZero(&m, "minItems", schema.MinItems)
	nonNil(&m, "maxItems", schema.MaxItems)
	ref("items", schema.Items)

	nonEmpty(&m, "required", schema.Required)
	schemas("properties", schema.Properties)
	nonZero(&m, "minProperties", schema.MinProps)
	nonNil(&m, "maxProperties", schema.MaxProps)
	boolSchema("additionalProperties", schema.AdditionalProperties)
	nonNil(&m, "discriminator", schema.Discriminator)

	present(&m, "const", schema.Const)
	nonEmpty(&m, "examples", schema.Examples)
	refs("prefixItems", schema.PrefixItems)
	ref("contains", schema.Contains)
	nonNil(&m, "minContains", schema.MinContains)
	nonNil(&m, "maxContains", schema.MaxContains)
	schemas("patternProperties", schema.PatternProperties)
	schemas("dependentSchemas", schema.DependentSchemas)
	ref("propertyNames", schema.PropertyNames)
	boolSchema("unevaluatedItems", schema.UnevaluatedItems)
	boolSchema("unevaluatedProperties", schema.UnevaluatedProperties)
	ref("if", schema.If)
	ref("then", schema.Then)
	ref("else", schema.Else)
	if x := schema.DependentRequired; len(x) != 0 {
		m.value("dependentRequired", x)
	}
	schemas("$defs", schema.Defs)
	nonZero(&m, "$schema", schema.SchemaDialect)
	nonZero(&m, "$comment", schema.Comment)
	nonZero(&m, "$id", schema.SchemaID)
	nonZero(&m, "$anchor", schema.Anchor)
	nonZero(&m, "$dynamicRef", schema.DynamicRef)
	nonZero(&m, "$dynamicAnchor", schema.DynamicAnchor)
	nonZero(&m, "contentMediaType", schema.ContentMediaType)
	nonZero(&m, "contentEncoding", schema.ContentEncoding)
	ref("contentSchema", schema.ContentSchema)
	return m.object()
}

// nonZero sets key to json.Marshal(x) unless x is its type's zero value
// (an empty string, false, 0).
func nonZero[T comparable](m *jsonMembers, key string, x T) {
	var zero T
	if x != zero {
		m.value(key, x)
	}
}

// nonNil sets key to json.Marshal(x) unless x is nil.
func nonNil[T any](m *jsonMembers, key string, x *T) {
	if x != nil {
		m.value(key, x)
	}
}

// present sets key to json.Marshal(x) unless x is nil (a value of any
// JSON type).
func present(m *jsonMembers, key string, x any) {
	if x != nil {
		m.value(key, x)
	}
}

// nonEmpty sets key to json.Marshal(x) unless x has no elements.
func nonEmpty[S ~[]E, E any](m *jsonMembers, key string, x S) {
	if len(x) != 0 {
		m.value(key, x)
	}
}
