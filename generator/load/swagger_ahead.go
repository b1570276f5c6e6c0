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
		a.err = unmarshalSwagger(data, &a.doc)
	}()
	return a
}

// decode sets doc to data decoded: the decode made ahead when data is the
// slice it decoded (the file was not mended since), else a decode of data
// now. A nil a decodes now.
func (a *swaggerAhead) decode(data []byte, doc *openapi2.T) error {
	if a == nil || len(data) == 0 || len(a.data) != len(data) || &a.data[0] != &data[0] {
		return unmarshalSwagger(data, doc)
	}
	<-a.done
	if a.panicked != nil {
		panic(a.panicked)
	}
	*doc = a.doc
	return a.err
}
