package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"

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
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return err
	}
	var rest bytes.Buffer
	rest.WriteByte('{')
	for _, k := range slices.Sorted(maps.Keys(top)) {
		switch {
		case k == "paths" || k == "definitions":
			continue
		case strings.EqualFold(k, "paths") || strings.EqualFold(k, "definitions"):
			return errNoSplit
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

	var defs map[string]*openapi2.SchemaRef
	var defsErr error
	var wg sync.WaitGroup
	if raw, ok := top["definitions"]; ok {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defsErr = json.Unmarshal(raw, &defs)
		}()
	}
	var paths map[string]*openapi2.PathItem
	var pathsErr error
	if raw, ok := top["paths"]; ok {
		pathsErr = json.Unmarshal(raw, &paths)
	}
	restErr := json.Unmarshal(rest.Bytes(), doc)
	wg.Wait()
	for _, err := range []error{defsErr, pathsErr, restErr} {
		if err != nil {
			return err
		}
	}
	doc.Definitions, doc.Paths = defs, paths
	return nil
}
