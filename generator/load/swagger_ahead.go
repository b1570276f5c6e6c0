package load

import "github.com/getkin/kin-openapi/openapi2"

// swaggerAhead decodes a Swagger 2.0 document into kin-openapi's model on
// a goroutine of its own once its enums are repaired, while the schema
// compiler is set up and the conversion's own mending walk runs: decoding
// is a tenth of generating a large Swagger API. That walk changes the
// decoded value, never the bytes (a mended file gets new bytes,
// refreshJSON), so a decode of the bytes the conversion finally reads is
// the decode it would have made; when the walk did mend, the bytes are
// decoded again.
type swaggerAhead struct {
	data []byte
	done chan struct{}
	doc  openapi2.T
	err  error
	// panicked is what the decode panicked with, re-raised where the
	// result is asked for, where a panic of the decode would have been.
	panicked any
}

// decodeSwaggerAhead starts decoding data.
func decodeSwaggerAhead(data []byte) *swaggerAhead {
	a := &swaggerAhead{data: data, done: make(chan struct{})}
	go func() {
		defer close(a.done)
		defer func() { a.panicked = recover() }()
		a.err = unmarshalSwaggerRest(data, &a.doc)
	}()
	return a
}

// decode sets doc to data decoded, as unmarshalSwagger does: its
// definitions read from tree (data's value as parsed: definitionsFromTree)
// and the rest decoded, ahead when data is the slice the decode ahead
// decoded (the file was not mended since), else now. Where either part
// fails, data is decoded whole, for its error. A nil a decodes now.
func (a *swaggerAhead) decode(data []byte, tree any, doc *openapi2.T) error {
	var defs map[string]*openapi2.SchemaRef
	defsOK := true
	if top, ok := tree.(map[string]any); ok {
		if v, has := top["definitions"]; has {
			defs, defsOK = definitionsFromTree(v)
		}
	}
	var rest openapi2.T
	var err error
	if a == nil || len(data) == 0 || len(a.data) != len(data) || &a.data[0] != &data[0] {
		err = unmarshalSwaggerRest(data, &rest)
	} else {
		<-a.done
		if a.panicked != nil {
			panic(a.panicked)
		}
		rest, err = a.doc, a.err
	}
	if err != nil || !defsOK {
		return unmarshalSwagger(data, doc)
	}
	*doc = rest
	doc.Definitions = defs
	return nil
}
