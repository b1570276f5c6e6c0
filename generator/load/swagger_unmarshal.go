package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
)

// unmarshalSwagger is json.Unmarshal(data, doc) for a Swagger 2.0
// document, with its two large members — definitions and paths — decoded
// at once and apart from the rest. kin-openapi's T.UnmarshalJSON decodes
// the whole document twice (into the struct, then into a map for the
// top-level extensions) and every nested schema through its own
// json.Unmarshal; decoding was a tenth of generating a large Swagger API,
// all of it on one core.
//
// The result is the same: both members are fields of T that
// T.UnmarshalJSON drops from the extensions, and each is decoded with the
// same types' decoders. data is specgen's own JSON (no duplicate keys).
// Where the split might decide otherwise — encoding/json matches field
// names without regard to case, so a top-level "Paths" would decode into
// the same field — and on any error (whose text is kin-openapi's), the
// whole document is decoded as before.
func unmarshalSwagger(data []byte, doc *openapi2.T) error {
	if err := unmarshalSwaggerSplit(data, doc); err != nil {
		*doc = openapi2.T{}
		return json.Unmarshal(data, doc)
	}
	return nil
}

// errNoSplit sends unmarshalSwagger to the plain decode.
var errNoSplit = errors.New("decode the whole document")

func unmarshalSwaggerSplit(data []byte, doc *openapi2.T) error {
	var defs map[string]*openapi2.SchemaRef
	var paths map[string]*openapi2.PathItem
	if err := unmarshalSplit(data, doc, map[string]any{"definitions": &inHalves[*openapi2.SchemaRef]{&defs}, "paths": &paths}); err != nil {
		return err
	}
	doc.Definitions, doc.Paths = defs, paths
	return nil
}

// restOf is the members of top not in big, as one JSON object; errNoSplit
// when one differs from a name of big only in case.
func restOf(top map[string]json.RawMessage, big map[string]any) ([]byte, error) {
	var rest bytes.Buffer
	rest.WriteByte('{')
	for _, k := range slices.Sorted(maps.Keys(top)) {
		if _, ok := big[k]; ok {
			continue
		}
		for name := range big {
			if strings.EqualFold(k, name) {
				return nil, errNoSplit
			}
		}
		if rest.Len() > 1 {
			rest.WriteByte(',')
		}
		key, _ := json.Marshal(k) // a string always encodes
		rest.Write(key)
		rest.WriteByte(':')
		rest.Write(top[k])
	}
	rest.WriteByte('}')
	return rest.Bytes(), nil
}

// unmarshalSwaggerRest is unmarshalSwaggerSplit without the definitions
// (decode reads them from the parsed file): doc.Definitions stays nil.
func unmarshalSwaggerRest(data []byte, doc *openapi2.T) error {
	var defs json.RawMessage
	var paths map[string]*openapi2.PathItem
	if err := unmarshalSplit(data, doc, map[string]any{"definitions": &defs, "paths": &inHalves[*openapi2.PathItem]{&paths}}); err != nil {
		return err
	}
	doc.Paths = paths
	return nil
}

// inHalves decodes a JSON object into *m as json.Unmarshal does (each
// member into a value of its own), with its members in two halves at
// once (byHalves): a Swagger 2.0 document's definitions took twice as
// long to decode as its paths, beside them. Anything but an object is
// json.Unmarshal's to decode (or refuse).
type inHalves[T any] struct{ m *map[string]T }

func (h *inHalves[T]) UnmarshalJSON(raw []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil || members == nil {
		return json.Unmarshal(raw, h.m)
	}
	m, err := byHalves(slices.Sorted(maps.Keys(members)), func(k string) (T, error) {
		var v T
		err := json.Unmarshal(members[k], &v)
		return v, err
	})
	if err != nil {
		return err
	}
	*h.m = m
	return nil
}
