package main

import (
	"encoding/json"
	"fmt"
)

// synthSpec returns an OpenAPI 3.0 document of at least minBytes (indented
// JSON): n resources, each with a schema of fifteen properties of every
// common kind, an enum, a list type and five CRUD operations. Resources
// refer to each other in groups of ten (resource i to i-1), so $ref chains
// are as short as in real APIs: kin-openapi validates a referenced schema
// again for every schema that reaches it, so one chain through thousands of
// resources makes loading quadratic (measured: 4 MB took 17 s in kin-openapi
// alone) and would measure that instead of generation. The output is the
// same on every call.
func synthSpec(minBytes int) ([]byte, int, error) {
	n := 100
	for {
		data, err := json.MarshalIndent(synthDoc(n), "", "  ")
		if err != nil {
			return nil, 0, err
		}
		if len(data) >= minBytes {
			return data, n, nil
		}
		// Resources are all alike in size: scale, then add one for rounding.
		n = n*minBytes/len(data) + 1
	}
}

func synthDoc(n int) map[string]any {
	schemas := map[string]any{
		"Owner": obj([]string{"id"}, map[string]any{
			"id":    str("uuid", "The owner's ID."),
			"name":  str("", "The owner's display name."),
			"email": str("email", "Where the owner reads mail."),
		}),
	}
	paths := map[string]any{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Resource%04d", i)
		ref := func(s string) map[string]any { return map[string]any{"$ref": "#/components/schemas/" + s} }
		props := map[string]any{
			"id":          str("uuid", "The resource's ID."),
			"name":        str("", "A unique, human-readable name."),
			"description": str("", "Free text shown in the dashboard."),
			"status":      ref(name + "Status"),
			"created_at":  str("date-time", "When the resource was created."),
			"updated_at":  str("date-time", "When the resource last changed."),
			"labels":      map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "string"}, "description": "Labels set by the owner."},
			"tags":        map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
			"count":       map[string]any{"type": "integer", "format": "int32", "minimum": 0},
			"ratio":       map[string]any{"type": "number", "maximum": 1},
			"enabled":     map[string]any{"type": "boolean"},
			"owner":       ref("Owner"),
			"entries": map[string]any{"type": "array", "items": obj([]string{"key"}, map[string]any{
				"key":   str("", "The entry's key."),
				"value": map[string]any{"type": "integer", "format": "int64"},
			})},
		}
		if i%10 > 0 {
			props["previous"] = ref(fmt.Sprintf("Resource%04d", i-1))
		}
		schemas[name] = obj([]string{"id", "name", "status"}, props)
		schemas[name+"Status"] = map[string]any{"type": "string", "enum": []any{"pending", "active", "suspended", "deleting", "deleted"}}
		schemas[name+"List"] = obj([]string{"items"}, map[string]any{
			"items": map[string]any{"type": "array", "items": ref(name)},
			"next":  str("", "The cursor of the next page, if any."),
		})
		base := fmt.Sprintf("/resources%04d", i)
		idParam := map[string]any{"name": "id", "in": "path", "required": true, "schema": str("uuid", "")}
		one := jsonResponse(ref(name))
		paths[base] = map[string]any{
			"get": op("list"+name, "List resources.", []any{
				map[string]any{"name": "limit", "in": "query", "schema": map[string]any{"type": "integer"}},
				map[string]any{"name": "cursor", "in": "query", "schema": map[string]any{"type": "string"}},
			}, nil, jsonResponse(ref(name+"List"))),
			"post": op("create"+name, "Create a resource.", nil, ref(name), one),
		}
		paths[base+"/{id}"] = map[string]any{
			"get":    op("get"+name, "Get a resource.", []any{idParam}, nil, one),
			"put":    op("update"+name, "Replace a resource.", []any{idParam}, ref(name), one),
			"delete": op("delete"+name, "Delete a resource.", []any{idParam}, nil, map[string]any{"description": "Deleted."}),
		}
	}
	return map[string]any{
		"openapi":    "3.0.3",
		"info":       map[string]any{"title": "Synthetic API", "version": "1.0"},
		"paths":      paths,
		"components": map[string]any{"schemas": schemas},
	}
}

// deepSpec returns an OpenAPI 3.0 document whose one schema nests inline
// objects depth levels deep, each level with a few scalar properties besides
// the next level.
func deepSpec(depth int) ([]byte, error) {
	var node map[string]any = map[string]any{"type": "string", "enum": []any{"leaf"}}
	for i := depth - 1; i >= 0; i-- {
		node = obj([]string{"level"}, map[string]any{
			"level": map[string]any{"type": "integer"},
			"name":  str("", fmt.Sprintf("The name at level %d.", i)),
			"child": node,
		})
	}
	doc := map[string]any{
		"openapi": "3.0.3",
		"info":    map[string]any{"title": "Deep", "version": "1.0"},
		"paths": map[string]any{"/deep": map[string]any{
			"get": op("getDeep", "Get the deep value.", nil, nil, jsonResponse(map[string]any{"$ref": "#/components/schemas/Deep"})),
		}},
		"components": map[string]any{"schemas": map[string]any{"Deep": node}},
	}
	return json.MarshalIndent(doc, "", "  ")
}

func obj(required []string, props map[string]any) map[string]any {
	req := make([]any, len(required))
	for i, r := range required {
		req[i] = r
	}
	return map[string]any{"type": "object", "required": req, "properties": props}
}

func str(format, description string) map[string]any {
	s := map[string]any{"type": "string"}
	if format != "" {
		s["format"] = format
	}
	if description != "" {
		s["description"] = description
	}
	return s
}

func op(id, summary string, params []any, body, ok map[string]any) map[string]any {
	o := map[string]any{"operationId": id, "summary": summary, "responses": map[string]any{"200": ok}}
	if params != nil {
		o["parameters"] = params
	}
	if body != nil {
		o["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": body}}}
	}
	return o
}

func jsonResponse(schema map[string]any) map[string]any {
	return map[string]any{"description": "OK", "content": map[string]any{"application/json": map[string]any{"schema": schema}}}
}
