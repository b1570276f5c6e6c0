package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// appliedPatch is one change made to a peer's copy of an input, with how
// many places it touched.
type appliedPatch struct {
	Name, Why string
	Changes   int
}

// patch is a minimal fix that lets a peer generate at all: each removes one
// failure the peer reports on the unpatched file (the table quotes those
// failures verbatim). Specgen needs none of them.
type patch struct {
	Name, Why string
	Apply     func(doc map[string]any) int
}

// workspacesPatches fix the bundled copy of spec/.
var workspacesPatches = []patch{
	{
		Name:  "rename components/parameters that share a name with a schema (`Workspace` → `WorkspaceParam`, …) and their $refs",
		Why:   "oapi-codegen: duplicate typename 'Workspace' detected, can't auto-rename",
		Apply: renameClashingParameters,
	},
	streamsAsBinary,
	{
		Name:  "rename the schema `Response` (to `APIResponse`) and its $refs",
		Why:   "ogen: its output does not compile: `invalid recursive type: Response refers to itself` (its handlers declare a local alias `Response = *Response`)",
		Apply: renameSchemasOgenShadows,
	},
	formatNextToRef,
}

// coderPatches fix the 3.0 conversion of Coder's swagger.json.
var coderPatches = []patch{
	{
		Name:  "drop path parameters that are not in their path (`organization` on the two idpsync field operations)",
		Why:   "oapi-codegen: path '/api/v2/settings/idpsync/available-fields' has 0 positional parameters, but spec has 1 declared",
		Apply: dropUndeclaredPathParams,
	},
	{
		Name:  "remove repeated values from enums (the provisioner-job `status` query parameters list 13 values, 7 distinct)",
		Why:   `ogen: duplicate enum value: "\"pending\""`,
		Apply: dedupeEnums,
	},
	{
		Name:  "define the security scheme `CoderProvisionerKey` that `GET /provisionerkeys/{provisionerkey}` requires (an API key in the `Coder-Provisioner-Key` header, as Coder's server reads it)",
		Why:   `ogen: unknown security scheme "CoderProvisionerKey"`,
		Apply: defineProvisionerKeyScheme,
	},
	streamsAsBinary,
	{
		Name:  "drop the `enum` that narrows a referenced enum next to `allOf: [$ref]` (`User.status` allows 2 of `UserStatus`'s 3 values, and 51 more like it); the property keeps the referenced type",
		Why:   `ogen: reference type ".../codersdk.UserStatus" name conflict: "CodersdkUserStatus" (then "CodersdkAPIKeyScope", …)`,
		Apply: dropNarrowingEnums,
	},
	formatNextToRef,
	{
		Name:  "request bodies of media type `*/*` (swaggo omits `consumes`) get a concrete one: `application/x-www-form-urlencoded` where the schema's properties came from form fields (`x-formData-name`), `application/json` otherwise",
		Why:   `ogen: Content type "*/*" is unsupported`,
		Apply: concreteRequestMediaTypes,
	},
}

// streamsAsBinary is shared: both inputs have streaming responses.
var streamsAsBinary = patch{
	Name:  "bodies of a media type ogen cannot handle (`text/event-stream` responses, `application/x-tar` uploads) become `application/octet-stream` with a `format: binary` string schema: a byte stream, which is what they are",
	Why:   `ogen: Feature "sse server response encoding" is not implemented yet; Content type "application/x-tar" is unsupported`,
	Apply: streamsAsBinaryBodies,
}

// formatNextToRef is shared: both inputs say `allOf: [$ref: NullUUID]` with
// `format: uuid` beside it.
var formatNextToRef = patch{
	Name:  "drop a `format` beside `allOf: [$ref]` (`WorkspaceAgent.parent_id` is `allOf: [NullUUID]` with `format: uuid`)",
	Why:   "ogen: its output does not compile: `cannot use o.Value (variable of struct type WorkspaceAgentParentID) as uuid.UUID value in argument to json.EncodeUUID`",
	Apply: dropFormatBesideRef,
}

// applyPatches applies the patches in order.
func applyPatches(doc map[string]any, ps []patch) ([]appliedPatch, error) {
	var out []appliedPatch
	for _, p := range ps {
		n := p.Apply(doc)
		if n == 0 {
			return nil, fmt.Errorf("patch %q changed nothing: the input no longer has the problem, drop the patch", p.Name)
		}
		out = append(out, appliedPatch{Name: p.Name, Why: p.Why, Changes: n})
	}
	return out, nil
}

// operations calls f for every operation of the document, in path order.
func operations(doc map[string]any, f func(path string, item, op map[string]any)) {
	paths := asMap(doc["paths"])
	for _, path := range slices.Sorted(maps.Keys(paths)) {
		item := asMap(paths[path])
		for _, method := range slices.Sorted(maps.Keys(item)) {
			if op := asMap(item[method]); op != nil && method != "parameters" {
				f(path, item, op)
			}
		}
	}
}

func dropUndeclaredPathParams(doc map[string]any) int {
	n := 0
	operations(doc, func(path string, _, op map[string]any) {
		var keep []any
		for _, p := range asSlice(op["parameters"]) {
			pm := asMap(p)
			if pm["in"] == "path" && !strings.Contains(path, "{"+fmt.Sprint(pm["name"])+"}") {
				n++
				continue
			}
			keep = append(keep, p)
		}
		if op["parameters"] != nil {
			op["parameters"] = keep
		}
	})
	return n
}

func dedupeEnums(doc map[string]any) int {
	n := 0
	eachObject(doc, func(m map[string]any) {
		e, ok := m["enum"].([]any)
		if !ok {
			return
		}
		seen := map[string]bool{}
		var out []any
		for _, x := range e {
			if k := fmt.Sprintf("%T:%v", x, x); !seen[k] {
				seen[k] = true
				out = append(out, x)
			}
		}
		if len(out) < len(e) {
			m["enum"] = out
			n++
		}
	})
	return n
}

func streamsAsBinaryBodies(doc map[string]any) int {
	n := 0
	binary := func(content map[string]any) {
		for _, mt := range []string{"text/event-stream", "application/x-tar"} {
			if _, ok := content[mt]; ok {
				delete(content, mt)
				content["application/octet-stream"] = map[string]any{"schema": map[string]any{"type": "string", "format": "binary"}}
				n++
			}
		}
	}
	operations(doc, func(_ string, _, op map[string]any) {
		binary(asMap(asMap(op["requestBody"])["content"]))
		for _, r := range asMap(op["responses"]) {
			binary(asMap(asMap(r)["content"]))
		}
	})
	return n
}

func dropNarrowingEnums(doc map[string]any) int {
	return deleteBesideRef(doc, "enum")
}

func concreteRequestMediaTypes(doc map[string]any) int {
	n := 0
	operations(doc, func(_ string, _, op map[string]any) {
		content := asMap(asMap(op["requestBody"])["content"])
		mt, ok := content["*/*"]
		if !ok {
			return
		}
		delete(content, "*/*")
		concrete := "application/json"
		for _, p := range asMap(asMap(asMap(mt)["schema"])["properties"]) {
			if asMap(p)["x-formData-name"] != nil {
				concrete = "application/x-www-form-urlencoded"
			}
		}
		content[concrete] = mt
		n++
	})
	return n
}

func dropFormatBesideRef(doc map[string]any) int {
	return deleteBesideRef(doc, "format")
}

// deleteBesideRef deletes keyword from every schema that is
// `allOf: [{$ref}]` plus siblings.
func deleteBesideRef(doc map[string]any, keyword string) int {
	n := 0
	eachObject(doc, func(m map[string]any) {
		if all := asSlice(m["allOf"]); len(all) == 1 && asMap(all[0])["$ref"] != nil && m[keyword] != nil {
			delete(m, keyword)
			n++
		}
	})
	return n
}

// eachObject calls f for every JSON object in v, parents first, keys in
// sorted order.
func eachObject(v any, f func(map[string]any)) {
	switch t := v.(type) {
	case map[string]any:
		f(t)
		for _, k := range slices.Sorted(maps.Keys(t)) {
			eachObject(t[k], f)
		}
	case []any:
		for _, x := range t {
			eachObject(x, f)
		}
	}
}

// renameSchemasOgenShadows renames schemas called like the type aliases
// ogen declares inside its handlers.
func renameSchemasOgenShadows(doc map[string]any) int {
	schemas := asMap(asMap(doc["components"])["schemas"])
	renamed := map[string]string{}
	for _, name := range []string{"Request", "Params", "Response"} {
		if s, ok := schemas[name]; ok {
			renamed["#/components/schemas/"+name] = "#/components/schemas/API" + name
			schemas["API"+name] = s
			delete(schemas, name)
		}
	}
	rewriteRefs(doc, renamed)
	return len(renamed)
}

// rewriteRefs replaces every $ref found in renamed.
func rewriteRefs(v any, renamed map[string]string) {
	eachObject(v, func(m map[string]any) {
		if ref, ok := m["$ref"].(string); ok && renamed[ref] != "" {
			m["$ref"] = renamed[ref]
		}
	})
}

func defineProvisionerKeyScheme(doc map[string]any) int {
	schemes := ensureMap(ensureMap(doc, "components"), "securitySchemes")
	if _, ok := schemes["CoderProvisionerKey"]; ok {
		return 0
	}
	schemes["CoderProvisionerKey"] = map[string]any{"type": "apiKey", "in": "header", "name": "Coder-Provisioner-Key"}
	return 1
}

func renameClashingParameters(doc map[string]any) int {
	comps := asMap(doc["components"])
	params, schemas := asMap(comps["parameters"]), asMap(comps["schemas"])
	renamed := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(params)) {
		if _, clash := schemas[name]; clash {
			renamed["#/components/parameters/"+name] = "#/components/parameters/" + name + "Param"
			params[name+"Param"] = params[name]
			delete(params, name)
		}
	}
	rewriteRefs(doc, renamed)
	return len(renamed)
}
