package load

import (
	"encoding/json"
	"maps"
	"slices"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
)

// marshalConverted is json.Marshal(doc) for the OpenAPI 3 document that
// the Swagger 2.0 conversion produced, byte for byte, with its two large
// members — components and paths, each about half of a real API —
// encoded at once. kin-openapi encodes every nested object through its own
// MarshalJSON and json.Marshal, so encoding is a tenth of generating a
// large Swagger 2.0 API, all of it on one core.
//
// The members are encoded as json.Marshal(member) and put back as
// json.RawMessage. encoding/json compacts (and HTML-escapes) a
// Marshaler's output the same way whether the Marshaler is the member
// itself or a RawMessage holding the member's encoding, and compacting
// or escaping twice changes nothing, so the bytes are json.Marshal(doc)'s
// (TestMarshalConvertedSameBytes).
func marshalConverted(doc *openapi3.T) ([]byte, error) {
	y, err := doc.MarshalYAML()
	if err != nil {
		return nil, err
	}
	m, ok := y.(map[string]any)
	if !ok {
		return json.Marshal(doc)
	}
	comps, hasComps := m["components"]
	var wg sync.WaitGroup
	var compRaw []byte
	var compErr error
	if hasComps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			compRaw, compErr = marshalComponents(doc.Components, comps)
		}()
	}
	paths, err := marshalPaths(doc.Paths, m["paths"])
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if compErr != nil {
		return nil, compErr
	}
	if hasComps {
		m["components"] = json.RawMessage(compRaw)
	}
	m["paths"] = json.RawMessage(paths)
	return json.Marshal(m)
}

// marshalComponents is json.Marshal(comps) for the document's components,
// with their schemas (most of a converted Swagger 2.0 document) encoded by
// encodeSchemas instead of kin-openapi (swagger_schema_json.go).
func marshalComponents(c *openapi3.Components, comps any) ([]byte, error) {
	if c == nil {
		return json.Marshal(comps)
	}
	y, err := c.MarshalYAML()
	m, ok := y.(map[string]any)
	if err != nil || !ok {
		return json.Marshal(comps)
	}
	if s, ok := m["schemas"].(openapi3.Schemas); ok {
		raw, err := encodeSchemas(s)
		if err != nil {
			return nil, err
		}
		m["schemas"] = json.RawMessage(raw)
	}
	return json.Marshal(m)
}

// marshalPaths is json.Marshal(y) for the document's paths p (y is p as
// doc.MarshalYAML gave it), with the path items encoded in two halves at
// once (byHalves): each is kin-openapi's MarshalJSON of a path item, and
// paths are the half of a converted document that kin-openapi encodes
// itself. The items are put back as json.RawMessage, which is the same
// encoding (marshalConverted).
func marshalPaths(p *openapi3.Paths, y any) ([]byte, error) {
	py, err := p.MarshalYAML()
	items, ok := py.(map[string]any)
	if err != nil || !ok || len(items) < 2 {
		return json.Marshal(y)
	}
	raw, err := byHalves(slices.Sorted(maps.Keys(items)), func(k string) (json.RawMessage, error) {
		return json.Marshal(items[k])
	})
	if err != nil {
		return nil, err
	}
	return json.Marshal(raw)
}
