package randspec

import "strings"

// swagger writes a Swagger 2.0 document: definitions, parameters in the
// path, query, headers, body and formData (files among them), with every
// collectionFormat, and consumes/produces at both levels.
func (g *gen) swagger() *obj {
	g.refPrefix = "#/definitions/"
	g.declareSchemas()
	doc := o("swagger", "2.0", "info", o("title", "Random", "version", "1"))
	if g.chance(0.5) {
		doc.set("basePath", "/api")
	}
	if g.chance(0.5) {
		doc.set("consumes", distinct(g, []string{"application/json", "application/x-www-form-urlencoded", "multipart/form-data", "application/x-tar"}, 1+g.intn(2)))
	}
	if g.chance(0.5) {
		doc.set("produces", distinct(g, []string{"application/json", "text/plain", "application/octet-stream"}, 1+g.intn(2)))
	}
	used := map[string]bool{}
	doc.set("paths", g.paths(func(method string, path []pathParam) *obj { return g.swaggerOperation(method, path, used) }))
	doc.set("definitions", g.schemas)
	g.writeComponents(doc)
	return doc
}

func (g *gen) swaggerOperation(method string, path []pathParam, used map[string]bool) *obj {
	op := &obj{}
	g.operationID(op, used)
	var params []any
	for _, p := range path {
		params = append(params, g.pathParam(p.name))
	}
	seen := map[string]bool{}
	form, body := false, false
	params = append(params, g.sharedParams(seen, false)...)
	for range g.intn(5) {
		in := pick(g, []string{"query", "query", "header", "formData", "body"})
		if (in == "body" && (form || body)) || (in == "formData" && body) {
			continue // a body excludes formData, and there is one at most
		}
		name := g.paramName()
		if seen[in+" "+strings.ToLower(name)] {
			continue
		}
		seen[in+" "+strings.ToLower(name)] = true
		form = form || in == "formData"
		body = body || in == "body"
		params = append(params, g.maybeReuse(g.swaggerParam(in, name)))
	}
	if len(params) > 0 {
		op.set("parameters", params)
	}
	if g.chance(0.3) {
		op.set("consumes", distinct(g, []string{"application/json", "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream"}, 1))
	}
	if g.chance(0.3) {
		op.set("produces", distinct(g, []string{"application/json", "text/plain", "application/octet-stream", "image/png"}, 1+g.intn(2)))
	}
	responses := &obj{}
	for _, code := range distinct(g, []string{"200", "201", "204", "400", "default"}, 1+g.intn(2)) {
		r := o("description", "An answer.")
		if code != "204" && g.chance(0.7) {
			if g.chance(0.15) {
				r.set("schema", o("type", "file"))
			} else {
				r.set("schema", g.schema(2))
			}
		}
		if g.chance(0.1) {
			r.set("headers", o("X-Rate-Limit", o("type", "integer"), "X-Tags", o("type", "array", "items", o("type", "string"), "collectionFormat", "csv")))
		}
		if g.chance(0.1) {
			responses.set(code, g.reuse("responses", r))
			continue
		}
		responses.set(code, r)
	}
	op.set("responses", responses)
	return op
}

// swaggerParam writes a 2.0 parameter: body parameters carry a schema,
// the others the schema's keywords themselves.
func (g *gen) swaggerParam(in, name string) *obj {
	p := o("name", name, "in", in)
	if in == "path" || in == "body" && g.chance(0.5) || g.chance(0.3) {
		p.set("required", true)
	}
	if in == "body" {
		return p.set("schema", g.schema(3))
	}
	if in == "formData" && g.chance(0.3) {
		return p.set("type", "file")
	}
	if g.chance(0.3) {
		p.set("type", "array")
		p.set("items", g.swaggerScalar())
		p.set("collectionFormat", pick(g, []string{"csv", "ssv", "tsv", "pipes", "multi"}))
		return p
	}
	for _, e := range g.swaggerScalar().kv {
		p.set(e.k, e.v)
	}
	return p
}

func (g *gen) swaggerScalar() *obj {
	switch g.intn(5) {
	case 0:
		return g.integer()
	case 1:
		return o("type", "boolean")
	case 2:
		return o("type", "string", "enum", pick(g, enumStrings))
	case 3:
		return o("type", "number")
	}
	s := o("type", "string")
	if f := pick(g, []string{"", "uuid", "date-time", "byte", "date"}); f != "" {
		s.set("format", f)
	}
	return s
}

// jsonSchema writes a standalone 2020-12 schema: a root object whose
// properties use the $defs.
func (g *gen) jsonSchema() *obj {
	g.refPrefix = "#/$defs/"
	g.declareSchemas()
	root := g.object(2)
	doc := o("$schema", "https://json-schema.org/draft/2020-12/schema", "title", "Random")
	for _, e := range root.kv {
		doc.set(e.k, e.v)
	}
	doc.set("$defs", g.schemas)
	return doc
}
