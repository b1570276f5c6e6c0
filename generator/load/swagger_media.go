package load

import (
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"
)

// restoreMediaTypes puts back two things Swagger 2.0 says that the
// conversion to OpenAPI 3 loses:
//
//   - formData parameters travel as application/x-www-form-urlencoded, or
//     as multipart/form-data when one is a file. An operation that lists
//     no consumes gets a request body of media type */* from kin-openapi;
//     it becomes the form media type Swagger 2.0 implies.
//   - a body of formData parameters is required when one of them is;
//     kin-openapi only marks the properties required;
//   - a 2xx response without a schema, of an operation that produces a
//     media type other than JSON, is that media type's bytes (an init
//     script as text/plain, an archive as application/x-tar). It is read as
//     `schema: {type: file}`, a string of format binary, in every media
//     type the operation produces; without this the converted response
//     would have no body at all.
func restoreMediaTypes(doc2 *openapi2.T, doc3 *openapi3.T) {
	if doc3.Paths == nil {
		return
	}
	for path, item2 := range doc2.Paths {
		item3 := doc3.Paths.Value(path)
		if item2 == nil || item3 == nil {
			continue
		}
		for method, op2 := range item2.Operations() {
			op3 := item3.GetOperation(method)
			if op3 == nil {
				continue
			}
			restoreFormBody(doc2, item2, op2, op3)
			requireFormBody(item2, op2, op3)
			restoreFileResponses(doc2, op2, op3)
		}
	}
}

// restoreFormBody names the form media type of a formData body that
// kin-openapi left as */*.
func restoreFormBody(doc2 *openapi2.T, item *openapi2.PathItem, op2 *openapi2.Operation, op3 *openapi3.Operation) {
	if len(op2.Consumes) > 0 || len(doc2.Consumes) > 0 || op3.RequestBody == nil || op3.RequestBody.Value == nil {
		return
	}
	content := op3.RequestBody.Value.Content
	any := content["*/*"]
	if any == nil {
		return
	}
	form, file := false, false
	for _, params := range []openapi2.Parameters{op2.Parameters, item.Parameters} {
		for _, p := range params {
			if p != nil && p.In == "formData" {
				form = true
				file = file || p.Type != nil && p.Type.Is("file")
			}
		}
	}
	if !form {
		return
	}
	delete(content, "*/*")
	if file {
		content["multipart/form-data"] = any
	} else {
		content["application/x-www-form-urlencoded"] = any
	}
}

// requireFormBody marks a body of formData parameters required when one of
// them is.
func requireFormBody(item *openapi2.PathItem, op2 *openapi2.Operation, op3 *openapi3.Operation) {
	if op3.RequestBody == nil || op3.RequestBody.Value == nil {
		return
	}
	for _, params := range []openapi2.Parameters{op2.Parameters, item.Parameters} {
		for _, p := range params {
			if p != nil && p.In == "formData" && p.Required {
				op3.RequestBody.Value.Required = true
				return
			}
		}
	}
}

// restoreFileResponses gives schema-less 2xx responses of an operation
// that produces non-JSON media types a binary body in each of them.
func restoreFileResponses(doc2 *openapi2.T, op2 *openapi2.Operation, op3 *openapi3.Operation) {
	produces := op2.Produces
	if len(produces) == 0 {
		produces = doc2.Produces
	}
	nonJSON := false
	for _, mt := range produces {
		nonJSON = nonJSON || !isJSONMediaType(mt)
	}
	if !nonJSON || op3.Responses == nil || op2.Responses == nil {
		return
	}
	for status, r2 := range op2.Responses.Map() {
		code, err := strconv.Atoi(status)
		if err != nil || code < 200 || code > 299 || code == 204 || r2 == nil || r2.Ref != "" || r2.Schema != nil {
			continue
		}
		r3 := op3.Responses.Value(status)
		if r3 == nil || r3.Value == nil || len(r3.Value.Content) > 0 {
			continue
		}
		r3.Value.Content = openapi3.Content{}
		for _, mt := range produces {
			r3.Value.Content[mt] = openapi3.NewMediaType().WithSchema(openapi3.NewStringSchema().WithFormat("binary"))
		}
	}
}

// isJSONMediaType reports whether a media type carries JSON.
func isJSONMediaType(mt string) bool {
	mt = strings.ToLower(strings.TrimSpace(strings.SplitN(mt, ";", 2)[0]))
	_, sub, ok := strings.Cut(mt, "/")
	return ok && (sub == "json" || strings.HasSuffix(sub, "+json"))
}
