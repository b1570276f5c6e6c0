package load

import (
	"bytes"
	"encoding/json"
	"net/url"
	"reflect"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
)

// kinLoadSplit is newLoader().LoadFromDataWithPath(data, location) for an
// OpenAPI 3 document, with its two large members — components and paths —
// decoded at once and apart from the rest. kin-openapi's T.UnmarshalJSON
// decodes the whole document twice (into its structs, then into a map for
// the top-level extensions) and every nested object through a
// json.Unmarshal of its own: on Coder's API (OpenAPI 3.0) that decode was
// a third of loading, on one core, while the schema compiler beside it
// needed a third of that.
//
// The result is the loader's: LoadFromDataWithPath decodes data into a
// new T, which the loader remembers as the document at location, and then
// resolves its $refs (ResolveRefsIn). Here the loader is first given a
// stub document at location (so it remembers that T, sets its URL and
// root, and has nothing to resolve); the stub then takes every exported
// field of the document decoded in parts, and its $refs are resolved by
// the same loader. The parts decode as the whole does (unmarshalSplit).
// Any error, in the parts or in the stub, loads data the plain way with a
// fresh loader, which returns kin-openapi's own error.
func kinLoadSplit(newLoader func() *openapi3.Loader, data []byte, location *url.URL) (*openapi3.T, error) {
	doc, kl, ok := kinDecodeSplit(newLoader, data, location)
	if !ok {
		return newLoader().LoadFromDataWithPath(data, location)
	}
	if err := kl.ResolveRefsIn(doc, location); err != nil {
		return nil, err
	}
	return doc, nil
}

// kinStub is the smallest document kin-openapi loads: nothing to resolve.
var kinStub = []byte(`{"openapi":"3.0.0","info":{"title":"","version":""},"paths":{}}`)

// kinDecodeSplit decodes data in parts into the T a fresh loader holds as
// the document at location; false on any error.
func kinDecodeSplit(newLoader func() *openapi3.Loader, data []byte, location *url.URL) (*openapi3.T, *openapi3.Loader, bool) {
	var parts struct {
		components *openapi3.Components
		paths      *openapi3.Paths
	}
	var decoded openapi3.T
	err := unmarshalSplit(data, &decoded, map[string]any{"components": &componentsInParts{&parts.components}, "paths": &parts.paths})
	if err != nil {
		return nil, nil, false
	}
	decoded.Components, decoded.Paths = parts.components, parts.paths
	kl := newLoader()
	stub, err := kl.LoadFromDataWithPath(kinStub, location)
	if err != nil {
		return nil, nil, false
	}
	copyExported(reflect.ValueOf(stub).Elem(), reflect.ValueOf(&decoded).Elem())
	return stub, kl, true
}

// copyExported sets every exported field of dst (a struct) to src's; the
// unexported ones (the document's URL, what validation marks) stay dst's.
func copyExported(dst, src reflect.Value) {
	for i := range dst.NumField() {
		if dst.Type().Field(i).IsExported() {
			dst.Field(i).Set(src.Field(i))
		}
	}
}

// unmarshalSplit is json.Unmarshal(data, doc) where doc's type drops the
// members named in big from its own decoding (a T of kin-openapi: they
// are fields, never extensions), with each member of big decoded into its
// target apart, on goroutines of their own, and the rest of data into
// doc. The caller sets the fields of doc from the targets. data is
// specgen's own JSON (no duplicate keys). A top-level member whose name
// differs from one of big only in case (encoding/json matches field
// names without regard to case, so it would decode into the same field)
// is refused with errNoSplit, as is any error: the caller decodes whole.
func unmarshalSplit(data []byte, doc any, big map[string]any) error {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return err
	}
	rest, err := restOf(top, big)
	if err != nil {
		return err
	}
	errs := make([]error, 0, len(big)+1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for name, target := range big {
		if raw, ok := top[name]; ok {
			wg.Go(func() {
				if err := json.Unmarshal(compacted(raw), target); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			})
		}
	}
	restErr := json.Unmarshal(compacted(rest), doc)
	wg.Wait()
	if restErr != nil {
		return restErr
	}
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// compacted is raw without the white space between its tokens (the same
// JSON value, every string as it was). kin-openapi's decoders read each
// nested object's bytes several times over (a check, the decode into its
// struct, the decode of its extensions, once per level), one call per
// byte, and a file as people write it is a third to a half indentation.
// JSON that specgen encoded has none (no line break says so at once).
func compacted(raw []byte) []byte {
	if bytes.IndexByte(raw, '\n') < 0 {
		return raw
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return raw // the decode reports it
	}
	return buf.Bytes()
}

// componentsInParts decodes the document's components as json.Unmarshal
// does into a *Components, with their schemas (most of them) decoded
// apart from the rest, in two halves at once: Components.UnmarshalJSON,
// like T's, decodes everything twice, the second time into maps for its
// extensions, of which schemas is none.
type componentsInParts struct{ c **openapi3.Components }

func (p *componentsInParts) UnmarshalJSON(raw []byte) error {
	if string(raw) == "null" {
		*p.c = nil // as encoding/json leaves a pointer for null
		return nil
	}
	var c openapi3.Components
	var schemas map[string]*openapi3.SchemaRef
	if err := unmarshalSplit(raw, &c, map[string]any{"schemas": &inHalves[*openapi3.SchemaRef]{&schemas}}); err != nil {
		return err
	}
	c.Schemas = schemas
	*p.c = &c
	return nil
}
