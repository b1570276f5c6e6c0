package load

import (
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// fileStructure builds, from the decoded file f itself, the part of the
// OpenAPI 3.x structure the loader reads (info, the first server, security
// schemes and requirements, paths, operations, parameters, bodies,
// responses and their headers), in kin-openapi's types, so that
// openAPI and operations read it exactly as they read kin-openapi's load.
//
// It serves specgen diff, which prints no validation notes
// (Config.NoValidation): kin-openapi's load of even the structure-only
// view (kinView) was a sixth of a comparison, the schemas being compiled
// from the files anyway. $refs are followed through the files checkRefs
// already read. ok is false, and kin-openapi loads the document as before
// (with its own errors), at anything it does not read as kin-openapi
// would: a member of the wrong JSON type, a reference it cannot follow, a
// member named like a field but in other case (kin-openapi's decoder
// matches names case-insensitively), a path item that is a $ref with
// members of its own. Members it does not read are not checked:
// generate, which validates, still reports a broken one.
func (l *loader) fileStructure(f *File) (doc *openapi3.T, ok bool) {
	m, isObj := f.Value.(map[string]any)
	if !isObj {
		return nil, false
	}
	r := &structureReader{l: l, ok: true}
	doc = r.document(f, m)
	return doc, r.ok
}

// structureReader reads OpenAPI objects from decoded files; ok turns false
// at the first thing it cannot read as kin-openapi does.
type structureReader struct {
	l  *loader
	ok bool
}

func (r *structureReader) document(f *File, m map[string]any) *openapi3.T {
	r.fields(m, "info", "servers", "paths", "components", "security")
	doc := &openapi3.T{}
	if info := r.object(m["info"]); info != nil {
		r.fields(info, "title", "version", "description")
		doc.Info = &openapi3.Info{Title: r.str(info["title"]), Version: r.str(info["version"]), Description: r.str(info["description"])}
	}
	for _, s := range r.list(m["servers"]) {
		sm := r.object(s)
		if sm == nil {
			doc.Servers = append(doc.Servers, nil)
			continue
		}
		r.fields(sm, "url", "variables")
		server := &openapi3.Server{URL: r.str(sm["url"])}
		for name, v := range r.object(sm["variables"]) {
			if server.Variables == nil {
				server.Variables = map[string]*openapi3.ServerVariable{}
			}
			vm := r.object(v)
			r.fields(vm, "default")
			server.Variables[name] = &openapi3.ServerVariable{Default: r.str(vm["default"])}
		}
		doc.Servers = append(doc.Servers, server)
	}
	if comps := r.object(m["components"]); comps != nil {
		r.fields(comps, "securitySchemes")
		doc.Components = &openapi3.Components{}
		for name := range r.object(comps["securitySchemes"]) {
			_, _, _, sm := r.resolve(f, child("#/components/securitySchemes", name))
			r.fields(sm, "type", "in", "name", "scheme", "description")
			if doc.Components.SecuritySchemes == nil {
				doc.Components.SecuritySchemes = openapi3.SecuritySchemes{}
			}
			doc.Components.SecuritySchemes[name] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
				Type: r.str(sm["type"]), In: r.str(sm["in"]), Name: r.str(sm["name"]),
				Scheme: r.str(sm["scheme"]), Description: r.str(sm["description"]),
			}}
		}
	}
	if m["security"] != nil {
		doc.Security = r.security(m["security"])
	}
	if paths := r.object(m["paths"]); paths != nil {
		doc.Paths = openapi3.NewPathsWithCapacity(len(paths))
		for path := range paths {
			if strings.HasPrefix(path, "x-") {
				continue // an extension, as kin-openapi reads it
			}
			doc.Paths.Set(path, r.pathItem(f, child("#/paths", path)))
		}
	}
	return doc
}

// pathItem reads the path item at ptr of f, through its $ref.
func (r *structureReader) pathItem(f *File, ptr string) *openapi3.PathItem {
	m := r.object(rawAt(f, ptr))
	if m == nil {
		return &openapi3.PathItem{} // null, as kin-openapi reads it
	}
	item := &openapi3.PathItem{}
	if ref, isRef := m["$ref"].(string); isRef {
		if len(m) > 1 {
			r.ok = false // kin-openapi's way with siblings of a path item's $ref is its own
		}
		item.Ref = ref
		f, ptr = r.l.follow(f, ptr, ref)
		if m = r.object(rawAt(f, ptr)); m == nil {
			r.ok = false
			return item
		}
	}
	r.fields(m, "$ref", "parameters", "get", "put", "post", "delete", "options", "head", "patch", "trace")
	item.Parameters = r.parameters(f, child(ptr, "parameters"))
	for _, method := range methods {
		key := strings.ToLower(method)
		if m[key] == nil {
			continue
		}
		item.SetOperation(method, r.operation(f, child(ptr, key)))
	}
	return item
}

// operation reads the operation at ptr of f.
func (r *structureReader) operation(f *File, ptr string) *openapi3.Operation {
	m := r.object(rawAt(f, ptr))
	if m == nil {
		return &openapi3.Operation{}
	}
	r.fields(m, "tags", "summary", "operationId", "parameters", "requestBody", "responses", "deprecated", "security")
	op := &openapi3.Operation{
		OperationID: r.str(m["operationId"]), Summary: r.str(m["summary"]), Deprecated: r.boolean(m["deprecated"]),
		Parameters: r.parameters(f, child(ptr, "parameters")),
	}
	if tags := m["tags"]; tags != nil {
		op.Tags = make([]string, 0, len(r.list(tags)))
		for _, t := range r.list(tags) {
			op.Tags = append(op.Tags, r.str(t))
		}
	}
	for k, v := range m {
		if strings.HasPrefix(k, "x-") {
			if op.Extensions == nil {
				op.Extensions = map[string]any{}
			}
			op.Extensions[k] = v
		}
	}
	if m["requestBody"] != nil {
		ref, bf, bp, bm := r.resolve(f, child(ptr, "requestBody"))
		r.fields(bm, "required", "content")
		op.RequestBody = &openapi3.RequestBodyRef{Ref: ref, Value: &openapi3.RequestBody{
			Required: r.boolean(bm["required"]), Content: r.content(bf, child(bp, "content")),
		}}
	}
	if responses := r.object(m["responses"]); responses != nil {
		op.Responses = openapi3.NewResponsesWithCapacity(len(responses))
		for status := range responses {
			if !strings.HasPrefix(status, "x-") {
				op.Responses.Set(status, r.response(f, child(ptr, "responses", status)))
			}
		}
	}
	if m["security"] != nil {
		reqs := r.security(m["security"])
		op.Security = &reqs
	}
	return op
}

// response reads the response at ptr of f, through its $ref.
func (r *structureReader) response(f *File, ptr string) *openapi3.ResponseRef {
	ref, rf, rp, m := r.resolve(f, ptr)
	r.fields(m, "content", "headers")
	resp := &openapi3.Response{Content: r.content(rf, child(rp, "content"))}
	for name := range r.object(m["headers"]) {
		href, hf, hp, hm := r.resolve(rf, child(rp, "headers", name))
		if resp.Headers == nil {
			resp.Headers = openapi3.Headers{}
		}
		resp.Headers[name] = &openapi3.HeaderRef{Ref: href, Value: &openapi3.Header{Parameter: *r.parameter(hf, hp, hm)}}
	}
	return &openapi3.ResponseRef{Ref: ref, Value: resp}
}

// parameters reads the list of parameters at ptr of f.
func (r *structureReader) parameters(f *File, ptr string) openapi3.Parameters {
	list := r.list(rawAt(f, ptr))
	if list == nil {
		return nil
	}
	out := make(openapi3.Parameters, 0, len(list))
	for i := range list {
		ref, pf, pp, pm := r.resolve(f, child(ptr, strconv.Itoa(i)))
		out = append(out, &openapi3.ParameterRef{Ref: ref, Value: r.parameter(pf, pp, pm)})
	}
	return out
}

// parameter reads the parameter (or header) object m, at ptr of f.
func (r *structureReader) parameter(f *File, ptr string, m map[string]any) *openapi3.Parameter {
	r.fields(m, "name", "in", "style", "explode", "deprecated", "required", "schema", "content")
	p := &openapi3.Parameter{
		Name: r.str(m["name"]), In: r.str(m["in"]), Style: r.str(m["style"]),
		Deprecated: r.boolean(m["deprecated"]), Required: r.boolean(m["required"]),
		Content: r.content(f, child(ptr, "content")),
	}
	if m["explode"] != nil {
		e := r.boolean(m["explode"])
		p.Explode = &e
	}
	if m["schema"] != nil {
		p.Schema = &openapi3.SchemaRef{} // compiled from the file; only its presence is read
	}
	return p
}

// content reads the media types at ptr of f: whether each has a schema,
// and the styles of its encodings.
func (r *structureReader) content(f *File, ptr string) openapi3.Content {
	m := r.object(rawAt(f, ptr))
	if m == nil {
		return nil
	}
	out := make(openapi3.Content, len(m))
	for name, v := range m {
		mm := r.object(v)
		if mm == nil {
			r.ok = r.ok && v == nil
			out[name] = nil
			continue
		}
		r.fields(mm, "schema", "encoding")
		mt := &openapi3.MediaType{}
		if mm["schema"] != nil {
			mt.Schema = &openapi3.SchemaRef{}
		}
		for prop, e := range r.object(mm["encoding"]) {
			em := r.object(e)
			r.fields(em, "style")
			if mt.Encoding == nil {
				mt.Encoding = map[string]*openapi3.Encoding{}
			}
			mt.Encoding[prop] = &openapi3.Encoding{Style: r.str(em["style"])}
		}
		out[name] = mt
	}
	return out
}

// security reads a list of security requirements.
func (r *structureReader) security(v any) openapi3.SecurityRequirements {
	list := r.list(v)
	out := make(openapi3.SecurityRequirements, 0, len(list))
	for _, e := range list {
		req := openapi3.SecurityRequirement{}
		for name, scopes := range r.object(e) {
			req[name] = nil
			for _, s := range r.list(scopes) {
				req[name] = append(req[name], r.str(s))
			}
		}
		out = append(out, req)
	}
	return out
}

// structure returns the structure of the 3.x document f: read from the
// files when validation is off (fileStructure), else, or when the files
// hold something fileStructure does not read, kin-openapi's load.
func (l *loader) structure(f *File) (*openapi3.T, error) {
	if l.noValidation && !l.kinStructure {
		if doc, ok := l.fileStructure(f); ok {
			if l.readFiles != nil {
				*l.readFiles = true
			}
			return doc, nil
		}
	}
	return l.kinLoad(f)
}
