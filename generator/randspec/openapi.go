package randspec

import (
	"regexp"
	"slices"
	"strings"
)

// openAPI writes an OpenAPI 3.1 or 3.0 document.
func (g *gen) openAPI() *obj {
	g.refPrefix = "#/components/schemas/"
	g.declareSchemas()
	version := "3.1.0"
	if g.f == OpenAPI30 {
		version = pick(g, []string{"3.0.3", "3.0.0"})
	}
	doc := o("openapi", version, "info", o("title", "Random", "version", "1"))
	if g.chance(0.3) {
		doc.set("servers", []any{g.server()})
	}
	used := map[string]bool{}
	doc.set("paths", g.paths(func(method string, path []pathParam) *obj { return g.operation(method, path, used) }))
	if g.f == OpenAPI31 && g.chance(0.25) {
		doc.set("webhooks", g.webhooks(used))
		if g.daring && g.chance(0.2) {
			doc.kv = deleteKey(doc.kv, "paths") // 3.1 needs paths, webhooks or components
		}
	}
	comps := o("schemas", g.schemas)
	g.writeComponents(comps)
	if sec := g.securitySchemes(); len(sec.kv) > 0 {
		comps.set("securitySchemes", sec)
		var reqs []any
		for _, e := range sec.kv {
			reqs = append(reqs, o(e.k, []any{}))
		}
		doc.set("security", reqs)
	}
	doc.set("components", comps)
	return doc
}

func (g *gen) server() *obj {
	switch g.intn(3) {
	case 0:
		return o("url", "https://api.example.com/v1")
	case 1:
		return o("url", "{scheme}://{host}/v{version}", "variables", o(
			"scheme", o("default", "https", "enum", []any{"https", "http"}),
			"host", o("default", "example.com"),
			"version", o("default", "2")))
	}
	return o("url", "/api")
}

func (g *gen) securitySchemes() *obj {
	out := &obj{}
	for range g.intn(3) {
		var s *obj
		switch g.intn(5) {
		case 0:
			s = o("type", "apiKey", "in", "header", "name", pick(g, headerNames))
		case 1:
			s = o("type", "apiKey", "in", "query", "name", pick(g, []string{"token", "api_key", "call"}))
		case 2:
			s = o("type", "apiKey", "in", "cookie", "name", pick(g, []string{"session", "sid"}))
		case 3:
			s = o("type", "http", "scheme", "bearer")
		default:
			s = o("type", "http", "scheme", "basic")
		}
		out.set(pick(g, []string{"token", "Token", "bearer", "Client", "session", "basic auth"}), s)
	}
	return out
}

// pathParam is one parameter of a path template.
type pathParam struct{ name string }

var identLike = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

// paramName draws a parameter name: a generated method's local name half
// of the time.
func (g *gen) paramName() string {
	if len(g.opts.Locals) > 0 && g.chance(0.5) {
		return pick(g, g.opts.Locals)
	}
	return pick(g, paramNames)
}

// paths writes the paths object: templates with parameters whole, within a
// segment, and twins that ServeMux cannot tell apart.
func (g *gen) paths(op func(method string, params []pathParam) *obj) *obj {
	paths := &obj{}
	var last []string // the previous template's segments, for twins
	var lastParams []pathParam
	for range 1 + g.intn(5) {
		var segs []string
		var params []pathParam
		if last != nil && g.daring && g.chance(0.2) {
			// A twin: the previous template with its last parameter renamed.
			segs = append([]string{}, last...)
			params = append([]pathParam{}, lastParams...)
			if n := len(params); n > 0 && segs[len(segs)-1] == "{"+params[n-1].name+"}" {
				renamed := params[n-1].name + "Alt"
				segs[len(segs)-1] = "{" + renamed + "}"
				params[n-1] = pathParam{renamed}
			} else {
				segs = append(segs, "{other}")
				params = append(params, pathParam{"other"})
			}
		} else {
			seen := map[string]bool{}
			for range 1 + g.intn(4) {
				if g.chance(0.5) {
					segs = append(segs, pick(g, []string{"things", "items", "v1", "files", "a-b", "call", "x.y"}))
					continue
				}
				name := g.paramName()
				if !identLike.MatchString(name) || seen[name] {
					segs = append(segs, "lit")
					continue
				}
				seen[name] = true
				params = append(params, pathParam{name})
				seg := "{" + name + "}"
				if g.chance(0.15) {
					other := g.fresh("ext")
					seen[other] = true
					params = append(params, pathParam{other})
					seg = "{" + name + "}." + "{" + other + "}"
				} else if g.chance(0.1) {
					seg = "v-" + seg
				}
				segs = append(segs, seg)
			}
		}
		tmpl := "/" + strings.Join(segs, "/")
		if paths.has(tmpl) {
			continue
		}
		last, lastParams = segs, params
		item := &obj{}
		opParams := params
		if len(params) > 0 && g.chance(0.25) {
			// Declared once for the path, as most hand-written specs do.
			var declared []any
			for _, p := range params {
				declared = append(declared, g.pathParam(p.name))
			}
			item.set("parameters", declared)
			opParams = nil
		}
		for _, m := range distinct(g, []string{"get", "put", "post", "delete", "patch", "head", "options"}, 1+g.intn(3)) {
			item.set(m, op(m, opParams))
		}
		paths.set(tmpl, item)
	}
	return paths
}

// operationID gives op an id most of the time, from a pool of colliding
// names, made unique in the document (used) as the formats require.
func (g *gen) operationID(op *obj, used map[string]bool) {
	if !g.chance(0.8) {
		return
	}
	id := pick(g, operationIDs)
	if used[id] {
		id = g.fresh(id)
	}
	used[id] = true
	op.set("operationId", id)
}

// operation writes one OpenAPI 3 operation.
func (g *gen) operation(method string, path []pathParam, used map[string]bool) *obj {
	op := &obj{}
	g.operationID(op, used)
	if g.chance(0.3) {
		op.set("summary", pick(g, []string{"Does a thing.", "Watches things via WebSockets", "Lists things"}))
	}
	if g.chance(0.1) {
		op.set("deprecated", true)
	}
	var params []any
	for _, p := range path {
		params = append(params, g.pathParam(p.name))
	}
	seen := map[string]bool{}
	params = append(params, g.sharedParams(seen, false)...)
	for range g.intn(5) {
		in := pick(g, []string{"query", "query", "header", "cookie"})
		name := g.paramName()
		if in == "header" && g.chance(0.5) {
			name = pick(g, headerNames)
		}
		if seen[in+" "+strings.ToLower(name)] {
			continue
		}
		seen[in+" "+strings.ToLower(name)] = true
		params = append(params, g.maybeReuse(g.parameter(in, name)))
	}
	if len(params) > 0 {
		op.set("parameters", params)
	}
	if method == "post" || method == "put" || method == "patch" || g.chance(0.05) {
		if g.chance(0.7) {
			body := g.requestBody()
			if g.chance(0.15) {
				body = g.reuse("requestBodies", body)
			}
			op.set("requestBody", body)
		}
	}
	if !g.nested && g.chance(0.08) {
		op.set("callbacks", g.callbacks(used))
	}
	if g.chance(0.08) {
		op.set("x-websocket", true)
		op.set("responses", o("101", o("description", "Switching protocols.")))
		return op
	}
	op.set("responses", g.responses())
	return op
}

// parameter writes a parameter of a place, in a style that place allows,
// of a shape drawn for it.
func (g *gen) parameter(in, name string) *obj {
	p := o("name", name, "in", in)
	if in == "path" || g.chance(0.3) {
		p.set("required", true)
	}
	if g.chance(0.12) {
		p.set("content", o("application/json", o("schema", g.schema(2))))
		return p
	}
	shape := g.intn(12)
	if !g.daring {
		shape = g.supportedShape(in)
	}
	leaf := g.leaf
	if !g.daring {
		leaf = func() any { return g.leafScalar() }
	}
	var schema any
	switch shape {
	case 0, 1, 2, 3:
		schema = leaf()
	case 4, 5:
		schema = o("type", "array", "items", leaf())
	case 6:
		schema = g.flatObject()
	case 7:
		schema = o("type", "object", "properties", o("inner", g.flatObject(), "n", g.integer()))
	case 8:
		schema = o("type", "object", "additionalProperties", leaf())
	case 9:
		schema = o("type", "object")
	case 10:
		schema = o("type", "array", "items", pick(g, []any{g.flatObject(), o("type", "array", "items", g.str())}))
	default:
		schema = g.union(0)
	}
	p.set("schema", schema)
	styles := map[string][]string{
		"path":   {"", "", "simple", "label", "matrix"},
		"query":  {"", "", "form", "spaceDelimited", "pipeDelimited", "deepObject"},
		"header": {"", "simple"},
		"cookie": {"", "form"},
	}[in]
	if !g.daring {
		styles = g.supportedStyles(in, shape)
	}
	if s := pick(g, styles); s != "" {
		p.set("style", s)
	}
	if g.chance(0.3) {
		p.set("explode", g.chance(0.5))
	}
	return p
}

// supportedShape draws a parameter shape (as numbered in parameter) that
// README lists as supported in a place: scalars and arrays of them
// anywhere, objects of scalars outside the path, nested objects, maps and
// free-form objects in the query.
func (g *gen) supportedShape(in string) int {
	switch in {
	case "path":
		return pick(g, []int{0, 1, 4})
	case "query":
		return pick(g, []int{0, 1, 4, 6, 7, 8, 9})
	}
	return pick(g, []int{0, 1, 4, 6})
}

// supportedStyles are the styles README lists for a place and shape.
func (g *gen) supportedStyles(in string, shape int) []string {
	switch {
	case in != "query":
		return []string{""}
	case shape == 4 || shape == 5:
		return []string{"", "form", "spaceDelimited", "pipeDelimited"}
	case shape == 7:
		return []string{"deepObject"}
	case shape >= 6:
		return []string{"", "form", "deepObject"}
	}
	return []string{"", "form"}
}

// flatObject is an object of scalar properties.
func (g *gen) flatObject() *obj {
	props := &obj{}
	for _, name := range distinct(g, []string{"a", "b", "role", "limit", "from", "ID", "id"}, 1+g.intn(3)) {
		props.set(name, g.leafScalar())
	}
	return o("type", "object", "properties", props)
}

// leafScalar is a scalar schema, never a reference.
func (g *gen) leafScalar() *obj {
	switch g.intn(5) {
	case 0:
		return g.integer()
	case 1:
		return o("type", "boolean")
	case 2:
		return g.enum()
	}
	return g.str()
}

func (g *gen) requestBody() *obj {
	content := &obj{}
	for _, m := range distinct(g, requestMedia, 1+g.intn(2)) {
		content.set(m, g.mediaType(m, true))
	}
	b := o("content", content)
	if g.chance(0.5) {
		b.set("required", true)
	}
	return b
}

func (g *gen) responses() *obj {
	out := &obj{}
	media := responseMedia
	if !g.daring {
		media = slices.DeleteFunc(slices.Clone(media), func(m string) bool { return m == "multipart/form-data" })
	}
	success := false // whether a 2xx answer came before
	for _, code := range distinct(g, statusCodes, 1+g.intn(3)) {
		r := o("description", "An answer.")
		media := media
		if !g.daring && (success || code[0] != '2') {
			media = slices.DeleteFunc(slices.Clone(media), func(m string) bool { return m == "text/event-stream" })
		}
		success = success || code[0] == '2'
		if code != "204" && g.chance(0.8) {
			content := &obj{}
			for _, m := range distinct(g, media, 1+g.intn(2)) {
				content.set(m, g.mediaType(m, false))
			}
			r.set("content", content)
		}
		if g.chance(0.15) {
			r.set("headers", g.responseHeaders())
		}
		if g.chance(0.1) {
			r = g.reuse("responses", r)
		}
		out.set(code, r)
	}
	return out
}

// mediaType writes a media type object whose schema suits the media type.
func (g *gen) mediaType(media string, request bool) *obj {
	switch {
	case media == "application/x-www-form-urlencoded":
		if g.chance(0.2) {
			return o()
		}
		props := &obj{}
		enc := &obj{}
		for _, name := range distinct(g, propNames, 1+g.intn(4)) {
			switch g.intn(5) {
			case 0:
				props.set(name, o("type", "array", "items", g.leafScalar()))
			case 1:
				props.set(name, o("type", "object", "properties", o("x", g.leafScalar(), "y", o("type", "object", "properties", o("z", g.str())))))
				if g.chance(0.6) {
					enc.set(name, o("style", "deepObject", "explode", true))
				}
			default:
				props.set(name, g.leafScalar())
			}
		}
		m := o("schema", o("type", "object", "properties", props))
		if len(enc.kv) > 0 {
			m.set("encoding", enc)
		}
		return m
	case media == "multipart/form-data":
		props := &obj{}
		for _, name := range distinct(g, propNames, 1+g.intn(4)) {
			switch g.intn(4) {
			case 0:
				props.set(name, o("type", "string", "format", "binary"))
			case 1:
				props.set(name, o("type", "array", "items", o("type", "string", "format", "binary")))
			default:
				props.set(name, g.schema(1))
			}
		}
		return o("schema", o("type", "object", "properties", props))
	case strings.HasPrefix(media, "text/") && media != "text/event-stream":
		if g.chance(0.3) {
			return o()
		}
		return o("schema", g.str())
	case media == "text/event-stream":
		return o("schema", g.schema(2))
	case strings.Contains(media, "json"), media == "application/xml":
		return o("schema", g.schema(3))
	}
	// Bytes: octet-stream, images, archives, wildcards.
	if g.chance(0.3) {
		return o()
	}
	return o("schema", o("type", "string", "format", "binary"))
}
