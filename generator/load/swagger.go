package load

import (
	"github.com/specgen/specgen/generator/document"
	"net/url"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/loc"
)

// convertSwagger converts a Swagger 2.0 document to OpenAPI 3.0 in process
// and registers the result as a virtual file next to the original, whose
// positions map back to the original where the structure allows.
func (l *loader) convertSwagger(f *File) (*openapi3.T, *File, *validationAhead, error) {
	tuples := l.mendSwagger(f)
	if err := f.refreshJSON(); err != nil {
		return nil, nil, nil, err
	}
	var doc2 openapi2.T
	if err := l.swagger.decode(f.JSON, f.Value, &doc2); err != nil {
		src := loc.Source{File: f.Path}
		if strings.Contains(err.Error(), "schema object or a boolean") {
			if ptr, ok := findBadSchema(f, ""); ok {
				src = f.Source(ptr)
			}
		}
		return nil, nil, nil, &document.Error{Source: src, Msg: "cannot read Swagger 2.0 document: " + err.Error(), Err: err}
	}
	// External refs (a Swagger 2.0 document split over files) are
	// resolved from the files checkRefs read, relative to f.
	u, _ := url.Parse(f.URL)
	view, err := kinView(f)
	if err != nil {
		return nil, nil, nil, &document.Error{Source: loc.Source{File: f.Path}, Msg: "cannot convert Swagger 2.0 to OpenAPI 3: " + err.Error(), Err: err}
	}
	f.kinJSON = view
	doc3, err := openapi2conv.ToV3WithLoader(&doc2, l.kinLoader(), u)
	f.kinJSON = nil
	if err != nil {
		return nil, nil, nil, &document.Error{Source: loc.Source{File: f.Path}, Msg: "cannot convert Swagger 2.0 to OpenAPI 3: " + err.Error(), Err: err}
	}
	restoreMediaTypes(&doc2, doc3)
	swaggerFollowRefs(doc3)
	// doc3 is complete: nothing below changes it.
	validation := l.validateAhead(doc3)
	data, err := marshalConverted(doc3)
	if err == nil {
		// Warnings are placed in f through the pointer map the converted
		// file gets below.
		data, err = l.mendConverted(&File{Path: f.Path, origin: f, mapPointer: swaggerPointer}, data, tuples)
	}
	if err == nil {
		data, err = restoreBigIntegers(f, data)
	}
	if err != nil {
		return nil, nil, nil, &document.Error{Source: loc.Source{File: f.Path}, Msg: "cannot convert Swagger 2.0 to OpenAPI 3: " + err.Error(), Err: err}
	}
	vf, err := l.fs.add(f.Path, f.URL+".openapi3.json", data)
	if err != nil {
		return nil, nil, nil, err
	}
	vf.origin = f
	vf.mapPointer = swaggerPointer
	return doc3, vf, validation, nil
}

// swaggerPointer maps a pointer in the converted document to the original.
func swaggerPointer(p string) string {
	for _, m := range swaggerMoves {
		if rest, ok := strings.CutPrefix(p, m[1]); ok {
			return m[0] + rest
		}
	}
	// document.Response content: …/responses/200/content/application~1json/schema
	// was …/responses/200/schema.
	if i := strings.Index(p, "/content/"); i >= 0 && strings.Contains(p[:i], "/responses/") {
		rest := p[i+len("/content/"):]
		if j := strings.Index(rest, "/"); j >= 0 {
			return p[:i] + rest[j:]
		}
		return p[:i]
	}
	return p
}
