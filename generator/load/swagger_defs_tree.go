package load

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi2"
)

// A Swagger 2.0 document's definitions are read into kin-openapi's model
// from the decoded file, not from its JSON text. kin-openapi's
// SchemaRef.UnmarshalJSON reads a schema's bytes six times over and, for
// the extensions, decodes the whole of it into maps at every level of
// nesting: Coder's definitions took 26 ms of CPU to decode, twice its
// paths. definitionsFromTree builds what json.Unmarshal of the
// definitions' JSON builds, for the schemas whose every member it knows
// how kin-openapi reads; for any other (a $ref with siblings, whose
// names kin-openapi keeps where nothing else can set them, a member
// whose name differs from a keyword's only in case, a value of a type
// kin-openapi refuses or a kind of value the file's parser never makes)
// that schema is decoded from its JSON as before.
// TestDefinitionsFromTreeSame holds the two to the same result.

// definitionsFromTree is json.Unmarshal of the JSON of v (a document's
// "definitions" member as parsed) into a map[string]*openapi2.SchemaRef.
func definitionsFromTree(v any) (map[string]*openapi2.SchemaRef, bool) {
	if v == nil {
		return nil, true
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	out := make(map[string]*openapi2.SchemaRef, len(m))
	for k, e := range m {
		if !utf8.ValidString(k) {
			return nil, false
		}
		r, ok := schemaRefFromTree(e)
		if !ok {
			return nil, false
		}
		out[k] = r
	}
	return out, true
}

// schemaRefFromTree is json.Unmarshal of v's JSON into a *SchemaRef:
// read from the tree where schemaRefFast knows how, else decoded from
// v's JSON; false where encoding/json fails.
func schemaRefFromTree(v any) (*openapi2.SchemaRef, bool) {
	if r, ok := schemaRefFast(v); ok {
		return r, true
	}
	var r *openapi2.SchemaRef
	return r, viaJSON(v, &r)
}

// schemaRefFast reads v as json.Unmarshal reads its JSON into a
// *SchemaRef, where it knows how: false for anything else.
func schemaRefFast(v any) (*openapi2.SchemaRef, bool) {
	if v == nil {
		return nil, true
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, false // kin-openapi refuses it: its error
	}
	for k := range m {
		if k != "$ref" && strings.EqualFold(k, "$ref") {
			return nil, false // encoding/json would read it as the $ref
		}
	}
	if ref, isStr := m["$ref"].(string); isStr && ref != "" {
		if len(m) != 1 {
			return nil, false // siblings: kept in an unexported field
		}
		if !utf8.ValidString(ref) {
			return nil, false
		}
		return &openapi2.SchemaRef{Ref: ref}, true
	}
	s, ok := schemaFromTree(m)
	if !ok {
		return nil, false
	}
	return &openapi2.SchemaRef{Value: s}, true
}

// schemaMembersKin are the members openapi2.Schema reads into fields, and
// the others its UnmarshalJSON drops from the extensions.
var (
	schemaMembersKin = map[string]bool{
		"allOf": true, "not": true, "type": true, "title": true, "format": true, "description": true,
		"enum": true, "default": true, "example": true, "externalDocs": true, "uniqueItems": true,
		"exclusiveMinimum": true, "exclusiveMaximum": true, "readOnly": true, "writeOnly": true,
		"allowEmptyValue": true, "deprecated": true, "xml": true, "minimum": true, "maximum": true,
		"multipleOf": true, "minLength": true, "maxLength": true, "pattern": true, "minItems": true,
		"maxItems": true, "items": true, "required": true, "properties": true, "minProperties": true,
		"maxProperties": true, "additionalProperties": true, "discriminator": true,
	}
	schemaDroppedKin = map[string]bool{"oneOf": true, "anyOf": true, "nullable": true}
)

// schemaFromTree is json.Unmarshal of m's JSON into an openapi2.Schema.
func schemaFromTree(m map[string]any) (*openapi2.Schema, bool) {
	s := &openapi2.Schema{}
	var ext map[string]any
	for k, v := range m {
		if !schemaMembersKin[k] {
			if foldsToMember(k) || !utf8.ValidString(k) {
				return nil, false // encoding/json would read it into a field
			}
			if schemaDroppedKin[k] {
				continue
			}
			g, ok := genericFromTree(v)
			if !ok {
				return nil, false
			}
			if ext == nil {
				ext = map[string]any{}
			}
			ext[k] = g
			continue
		}
		if !setSchemaMember(s, k, v) {
			return nil, false
		}
	}
	s.Extensions = ext
	return s, true
}

// foldsToMember reports whether k names a member of schemaMembersKin in
// another case.
func foldsToMember(k string) bool {
	for name := range schemaMembersKin {
		if len(name) == len(k) && strings.EqualFold(name, k) {
			return true
		}
	}
	return false
}

// setSchemaMember sets the field of s that member k names to v, as
// encoding/json does; false where that is an error or not certain. A JSON
// null leaves a field as it is.
func setSchemaMember(s *openapi2.Schema, k string, v any) bool {
	if v == nil {
		return true
	}
	ok := true
	switch k {
	case "allOf":
		s.AllOf, ok = schemaRefsFromTree(v)
	case "not":
		s.Not, ok = schemaRefFromTree(v)
	case "items":
		s.Items, ok = schemaRefFromTree(v)
	case "properties":
		s.Properties, ok = definitionsFromTree(v)
	case "title":
		s.Title, ok = stringFromTree(v)
	case "format":
		s.Format, ok = stringFromTree(v)
	case "description":
		s.Description, ok = stringFromTree(v)
	case "pattern":
		s.Pattern, ok = stringFromTree(v)
	case "discriminator":
		s.Discriminator, ok = stringFromTree(v)
	case "enum":
		var list []any
		if list, ok = v.([]any); ok {
			var g any
			g, ok = genericFromTree(list)
			s.Enum, _ = g.([]any)
		}
	case "default":
		s.Default, ok = genericFromTree(v)
	case "example":
		s.Example, ok = genericFromTree(v)
	case "uniqueItems":
		s.UniqueItems, ok = v.(bool)
	case "exclusiveMinimum":
		s.ExclusiveMin, ok = v.(bool)
	case "exclusiveMaximum":
		s.ExclusiveMax, ok = v.(bool)
	case "readOnly":
		s.ReadOnly, ok = v.(bool)
	case "writeOnly":
		s.WriteOnly, ok = v.(bool)
	case "allowEmptyValue":
		s.AllowEmptyValue, ok = v.(bool)
	case "deprecated":
		s.Deprecated, ok = v.(bool)
	case "minimum":
		s.Min, ok = floatFromTree(v)
	case "maximum":
		s.Max, ok = floatFromTree(v)
	case "multipleOf":
		s.MultipleOf, ok = floatFromTree(v)
	case "minLength":
		ok = uintFromTree(v, &s.MinLength)
	case "minItems":
		ok = uintFromTree(v, &s.MinItems)
	case "minProperties":
		ok = uintFromTree(v, &s.MinProps)
	case "maxLength":
		s.MaxLength, ok = uintPtrFromTree(v)
	case "maxItems":
		s.MaxItems, ok = uintPtrFromTree(v)
	case "maxProperties":
		s.MaxProps, ok = uintPtrFromTree(v)
	case "required":
		s.Required, ok = stringsFromTree(v)
	case "type":
		ok = viaJSON(v, &s.Type)
	case "externalDocs":
		ok = viaJSON(v, &s.ExternalDocs)
	case "xml":
		ok = viaJSON(v, &s.XML)
	case "additionalProperties":
		ok = viaJSON(v, &s.AdditionalProperties)
	default:
		return false
	}
	return ok
}

// schemaRefsFromTree is json.Unmarshal of v's JSON into SchemaRefs.
func schemaRefsFromTree(v any) (openapi2.SchemaRefs, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make(openapi2.SchemaRefs, len(list))
	for i, e := range list {
		if out[i], ok = schemaRefFromTree(e); !ok {
			return nil, false
		}
	}
	return out, true
}

func stringFromTree(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok && utf8.ValidString(s)
}

// stringsFromTree is a list of strings; a null among them is where
// encoding/json's rules are not worth repeating (false).
func stringsFromTree(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(list))
	for i, e := range list {
		if out[i], ok = stringFromTree(e); !ok {
			return nil, false
		}
	}
	return out, true
}

// floatFromTree is a number read as encoding/json reads it into a
// *float64.
func floatFromTree(v any) (*float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return nil, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		return nil, false
	}
	return &f, true
}

// uintFromTree sets *dst to a number read as encoding/json reads it into
// a uint64 (digits only: "1.0" is its error).
func uintFromTree(v any, dst *uint64) bool {
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	u, err := strconv.ParseUint(string(n), 10, 64)
	if err != nil {
		return false
	}
	*dst = u
	return true
}

func uintPtrFromTree(v any) (*uint64, bool) {
	var u uint64
	if !uintFromTree(v, &u) {
		return nil, false
	}
	return &u, true
}

// genericFromTree is v as encoding/json decodes its JSON into an any:
// numbers become float64, strings must be valid UTF-8 (encoding/json
// would replace what is not).
func genericFromTree(v any) (any, bool) {
	switch x := v.(type) {
	case nil, bool:
		return x, true
	case string:
		return x, utf8.ValidString(x)
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		return f, err == nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			var ok bool
			if out[i], ok = genericFromTree(e); !ok {
				return nil, false
			}
		}
		return out, true
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			g, ok := genericFromTree(e)
			if !ok || !utf8.ValidString(k) {
				return nil, false
			}
			out[k] = g
		}
		return out, true
	}
	return nil, false // a kind the JSON parser never makes
}

// viaJSON decodes v's JSON into dst with encoding/json, for the members
// kin-openapi reads with decoders of their own (type, xml, externalDocs,
// additionalProperties): small, or read by kin-openapi's OpenAPI 3 model.
//
// v's JSON is json.Marshal(v): the text of v in the file's JSON as
// specgen encodes it (refreshJSON), or the same value written otherwise
// (numbers are json.Number, kept as written; invalid UTF-8 becomes U+FFFD
// byte by byte, in encoding and in decoding alike).
func viaJSON(v any, dst any) bool {
	b, err := json.Marshal(v)
	return err == nil && json.Unmarshal(b, dst) == nil
}
