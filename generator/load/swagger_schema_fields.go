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
	str := func(key, x string) {
		if x != "" {
			m.value(key, x)
		}
	}
	flag := func(key string, x bool) {
		if x {
			m.set(key, []byte("true"), nil)
		}
	}

	refs("oneOf", schema.OneOf)
	refs("anyOf", schema.AnyOf)
	refs("allOf", schema.AllOf)
	ref("not", schema.Not)
	if x := schema.Type; !x.IsEmpty() {
		m.value("type", x)
	}
	str("title", schema.Title)
	str("format", schema.Format)
	str("description", schema.Description)
	if x := schema.Enum; len(x) != 0 {
		m.value("enum", x)
	}
	if x := schema.Default; x != nil {
		m.value("default", x)
	}
	if x := schema.Example; x != nil {
		m.value("example", x)
	}
	if x := schema.ExternalDocs; x != nil {
		m.value("externalDocs", x)
	}

	flag("uniqueItems", schema.UniqueItems)
	if x := schema.ExclusiveMin; x.IsSet() {
		m.value("exclusiveMinimum", x)
	}
	if x := schema.ExclusiveMax; x.IsSet() {
		m.value("exclusiveMaximum", x)
	}
	flag("nullable", schema.Nullable)
	flag("readOnly", schema.ReadOnly)
	flag("writeOnly", schema.WriteOnly)
	flag("allowEmptyValue", schema.AllowEmptyValue)
	flag("deprecated", schema.Deprecated)
	if x := schema.XML; x != nil {
		m.value("xml", x)
	}

	if x := schema.Min; x != nil {
		m.value("minimum", x)
	}
	if x := schema.Max; x != nil {
		m.value("maximum", x)
	}
	if x := schema.MultipleOf; x != nil {
		m.value("multipleOf", x)
	}

	if x := schema.MinLength; x != 0 {
		m.value("minLength", x)
	}
	if x := schema.MaxLength; x != nil {
		m.value("maxLength", x)
	}
	str("pattern", schema.Pattern)

	if x := schema.MinItems; x != 0 {
		m.value("minItems", x)
	}
	if x := schema.MaxItems; x != nil {
		m.value("maxItems", x)
	}
	ref("items", schema.Items)

	if x := schema.Required; len(x) != 0 {
		m.value("required", x)
	}
	schemas("properties", schema.Properties)
	if x := schema.MinProps; x != 0 {
		m.value("minProperties", x)
	}
	if x := schema.MaxProps; x != nil {
		m.value("maxProperties", x)
	}
	boolSchema("additionalProperties", schema.AdditionalProperties)
	if x := schema.Discriminator; x != nil {
		m.value("discriminator", x)
	}

	if x := schema.Const; x != nil {
		m.value("const", x)
	}
	if x := schema.Examples; len(x) != 0 {
		m.value("examples", x)
	}
	refs("prefixItems", schema.PrefixItems)
	ref("contains", schema.Contains)
	if x := schema.MinContains; x != nil {
		m.value("minContains", x)
	}
	if x := schema.MaxContains; x != nil {
		m.value("maxContains", x)
	}
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
	str("$schema", schema.SchemaDialect)
	str("$comment", schema.Comment)
	str("$id", schema.SchemaID)
	str("$anchor", schema.Anchor)
	str("$dynamicRef", schema.DynamicRef)
	str("$dynamicAnchor", schema.DynamicAnchor)
	str("contentMediaType", schema.ContentMediaType)
	str("contentEncoding", schema.ContentEncoding)
	ref("contentSchema", schema.ContentSchema)
	return m.object()
}
