package load

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/document"
)

// followExtension reads an operation's x-websocket-follow extension at ptr:
//
//	x-websocket-follow:
//	  parameter: follow            # the query parameter whose presence selects it
//	  messages:                    # the schema of each message
//	    $ref: '#/components/schemas/ProvisionerJobLog'
//
// Its shape is checked here, where the pointers are; whether the parameter
// exists is lowering's to check.
func (l *loader) followExtension(f *File, ptr string) (*document.Follow, error) {
	bad := func(at, format string, a ...any) error {
		return &document.Error{Source: f.Source(at), Msg: "x-websocket-follow: " + fmt.Sprintf(format, a...)}
	}
	obj, ok := rawAt(f, ptr).(map[string]any)
	if !ok {
		return nil, bad(ptr, "want an object with parameter and messages")
	}
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if k != "parameter" && k != "messages" {
			return nil, bad(child(ptr, k), "unknown member %q (want parameter and messages)", k)
		}
	}
	param, ok := obj["parameter"].(string)
	switch {
	case obj["parameter"] == nil:
		return nil, bad(ptr, "parameter is missing: name the query parameter that selects the WebSocket")
	case !ok || param == "":
		return nil, bad(child(ptr, "parameter"), "parameter must be the name of a query parameter")
	}
	if _, ok := obj["messages"].(map[string]any); !ok {
		if obj["messages"] == nil {
			return nil, bad(ptr, "messages is missing: give the schema of each message")
		}
		return nil, bad(child(ptr, "messages"), "messages must be a schema object")
	}
	messages, err := l.compile(f, child(ptr, "messages"))
	if err != nil {
		return nil, err
	}
	return &document.Follow{Parameter: param, Messages: messages, Source: f.Source(ptr)}, nil
}

// swaggerFollowRefs points the $refs inside Swagger 2.0 operations'
// x-websocket-follow at where conversion moved the definitions
// (#/definitions/X → #/components/schemas/X): conversion leaves extensions
// as they were.
func swaggerFollowRefs(doc *openapi3.T) {
	if doc.Paths == nil {
		return
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if ext, ok := op.Extensions["x-websocket-follow"]; ok {
				op.Extensions["x-websocket-follow"] = rewriteDefinitionRefs(ext)
			}
		}
	}
}

// rewriteDefinitionRefs returns v with every local $ref to #/definitions/
// made one to #/components/schemas/.
func rewriteDefinitionRefs(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			if ref, ok := e.(string); ok && k == "$ref" && strings.HasPrefix(ref, "#/definitions/") {
				e = "#/components/schemas/" + strings.TrimPrefix(ref, "#/definitions/")
			}
			out[k] = rewriteDefinitionRefs(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = rewriteDefinitionRefs(e)
		}
		return out
	}
	return v
}
