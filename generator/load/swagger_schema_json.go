package load

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// The converted document's component schemas, encoded as kin-openapi
// encodes them, without its cost. kin-openapi's Schema.MarshalJSON builds a
// map of 61 entries and more for every schema (MarshalYAML), json.Marshal
// encodes the map by reflection, and every parent compacts each child's
// bytes again: for Coder's API about a tenth of a generation's CPU, most of
// it in making and clearing those maps. encodeSchemaRef writes the same
// members under the same conditions (kin-openapi v0.152.0's
// Schema.MarshalYAML, field by field), sorted as encoding/json sorts a
// map's keys, each value that is not a schema encoded by json.Marshal as
// the map's value would be; what it cannot see (a $ref with sibling
// keywords, kept in unexported fields) goes to kin-openapi's own encoder.
// TestSchemaJSONSameBytes compares the two on every schema of every
// Swagger 2.0 document the tests have.

// encodeSchemas is json.Marshal(schemas) for a components.schemas map.
func encodeSchemas(schemas openapi3.Schemas) ([]byte, error) {
	if schemas == nil {
		return []byte("null"), nil
	}
	keys := make([]string, 0, len(schemas))
	for k := range schemas {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b []byte
	b = append(b, '{')
	for i, k := range keys {
		v, err := encodeSchemaRef(schemas[k])
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONKey(b, k)
		b = append(b, v...)
	}
	return append(b, '}'), nil
}

// encodeSchemaRefs is json.Marshal(refs) for a list of schemas (oneOf…).
func encodeSchemaRefs(refs openapi3.SchemaRefs) ([]byte, error) {
	if refs == nil {
		return []byte("null"), nil
	}
	b := []byte{'['}
	for i, r := range refs {
		v, err := encodeSchemaRef(r)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, v...)
	}
	return append(b, ']'), nil
}

// encodeSchemaRef is json.Marshal(x): a reference as kin-openapi writes it,
// else the schema.
func encodeSchemaRef(x *openapi3.SchemaRef) ([]byte, error) {
	if x == nil || x.Ref != "" || x.Value == nil {
		return json.Marshal(x)
	}
	return encodeSchema(x.Value)
}

// encodeBoolSchema is json.Marshal(&x) for additionalProperties and its
// like: a boolean, a schema or null.
func encodeBoolSchema(x openapi3.BoolSchema) ([]byte, error) {
	switch {
	case x.Has != nil:
		return json.Marshal(*x.Has)
	case x.Schema != nil:
		return encodeSchemaRef(x.Schema)
	}
	return []byte("null"), nil
}

// jsonMembers collects an object's members, a later one with an earlier
// one's key replacing it (as a map entry set twice would).
type jsonMembers struct {
	keys []string
	vals [][]byte
	err  error
}

func (m *jsonMembers) set(key string, val []byte, err error) {
	if m.err != nil {
		return
	}
	if err != nil {
		m.err = err
		return
	}
	if i := slices.Index(m.keys, key); i >= 0 {
		m.vals[i] = val
		return
	}
	m.keys = append(m.keys, key)
	m.vals = append(m.vals, val)
}

// value sets key to json.Marshal(v).
func (m *jsonMembers) value(key string, v any) {
	b, err := json.Marshal(v)
	m.set(key, b, err)
}

// object writes the members sorted by key, as encoding/json writes a map.
func (m *jsonMembers) object() ([]byte, error) {
	if m.err != nil {
		return nil, m.err
	}
	order := make([]int, len(m.keys))
	n := 2
	for i := range order {
		order[i] = i
		n += len(m.keys[i]) + len(m.vals[i]) + 4
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(m.keys[a], m.keys[b]) })
	b := make([]byte, 0, n)
	b = append(b, '{')
	for i, j := range order {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONKey(b, m.keys[j])
		b = append(b, m.vals[j]...)
	}
	return append(b, '}'), nil
}

// appendJSONKey appends key as encoding/json writes a map key: quoted,
// escaped (HTML characters included), and a colon.
func appendJSONKey(b []byte, key string) []byte {
	plain := true
	for i := 0; i < len(key) && plain; i++ {
		c := key[i]
		plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	if plain {
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		return b
	}
	q, _ := json.Marshal(key) // a string always encodes
	b = append(b, q...)
	return append(b, ':')
}
