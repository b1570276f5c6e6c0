package load

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Swagger 2.0 documents in the wild hold constructs that kin-openapi's
// openapi2 reader, or its conversion to OpenAPI 3, rejects although their
// meaning is plain; Swagger UI and swagger2openapi read them. mendSwagger
// rewrites them in the document as read, before the conversion, each with
// a warning at its place naming the fix to the spec.

// primitiveTypes are the Swagger 2.0 type names, which a schema written as
// a bare string ("schema: string") names.
var primitiveTypes = map[string]bool{"string": true, "number": true, "integer": true, "boolean": true, "array": true, "object": true, "file": true}

// oauthFlows maps the OAuth flow names of OpenAPI 3 (which Swagger 2.0
// documents converted by hand keep) to Swagger 2.0's.
var oauthFlows = map[string]string{
	"authorization_code": "accessCode", "authorizationCode": "accessCode",
	"client_credentials": "application", "clientCredentials": "application",
}

// mendSwagger mends the Swagger 2.0 document f (see above) and reports
// whether it holds draft 4 tuples (markTuples) for mendConverted.
func (l *loader) mendSwagger(f *File) (tuples bool) {
	doc, ok := f.Value.(map[string]any)
	if !ok {
		return false
	}
	m := swaggerMender{l: l, f: f, doc: doc}
	m.inlineExternal()
	m.host()
	m.securityDefinitions()
	for _, name := range sortedKeys(doc["parameters"]) {
		if p, ok := doc["parameters"].(map[string]any)[name].(map[string]any); ok {
			m.schemaSlot(p, child("#/parameters", name))
		}
	}
	if rs, ok := doc["responses"].(map[string]any); ok {
		m.responses(rs, "#/responses")
	}
	paths, _ := doc["paths"].(map[string]any)
	for _, path := range sortedKeys(paths) {
		item, ok := paths[path].(map[string]any)
		if !ok {
			continue
		}
		itemPtr := child("#/paths", path)
		m.parameters(item, itemPtr, nil)
		for _, method := range methods {
			op, ok := item[strings.ToLower(method)].(map[string]any)
			if !ok {
				continue
			}
			opPtr := child(itemPtr, strings.ToLower(method))
			m.parameters(op, opPtr, item)
			if rs, ok := op["responses"].(map[string]any); ok {
				m.responses(rs, child(opPtr, "responses"))
			}
		}
	}
	// movedRefs and markTuples walk in key order, making every place's
	// pointer, for their warnings; most documents have nothing for them,
	// which a plain walk finds first.
	if m.anyMovedRef(doc) {
		m.movedRefs(doc, "#")
	}
	if additionalPropertiesForms(doc, "", false) {
		f.changed = true
	}
	if !anyTupleItems(doc, "") {
		return false
	}
	return m.markTuples(doc, "#", "")
}

// anyMovedRef reports whether movedRefs would find a $ref to move below
// v: it walks what movedRefs walks, in no order and with no pointers.
func (m *swaggerMender) anyMovedRef(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok {
			if _, ok := m.movedRef(ref); ok {
				return true
			}
		}
		for k, e := range x {
			if !skipRefKeys[k] && !foreignExtension(k) && m.anyMovedRef(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if m.anyMovedRef(e) {
				return true
			}
		}
	}
	return false
}

// anyTupleItems reports whether markTuples would find an items list below
// v (a member of parentKey): it walks what markTuples walks, in no order
// and with no pointers.
func anyTupleItems(v any, parentKey string) bool {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x["items"].([]any); ok && !namedMaps[parentKey] {
			return true
		}
		for k, e := range x {
			if !skipRefKeys[k] && !foreignExtension(k) && k != "examples" && anyTupleItems(e, k) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if anyTupleItems(e, "") {
				return true
			}
		}
	}
	return false
}

// swaggerMender is one mendSwagger pass over a document.
type swaggerMender struct {
	l   *loader
	f   *File
	doc map[string]any
}

func (m *swaggerMender) warn(ptr, format string, a ...any) {
	m.l.warn(m.f.Source(ptr), format, a...)
	m.f.changed = true
}

// host splits a host written as a URL ("https://api.example.com/v1") into
// host, scheme and base path, where Swagger 2.0 keeps them apart.
func (m *swaggerMender) host() {
	host, ok := m.doc["host"].(string)
	if !ok || !strings.ContainsAny(host, "/") {
		return
	}
	raw := host
	if !strings.Contains(raw, "://") {
		raw = "//" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return
	}
	m.doc["host"] = u.Host
	read := "host " + u.Host
	if _, has := m.doc["schemes"]; !has && u.Scheme != "" {
		m.doc["schemes"] = []any{u.Scheme}
		read += ", scheme " + u.Scheme
	}
	if base, _ := m.doc["basePath"].(string); base == "" && strings.Trim(u.Path, "/") != "" {
		m.doc["basePath"] = u.Path
		read += ", base path " + u.Path
	}
	m.warn("#/host", "host %q is a URL, not a host name: read as %s (write the scheme in schemes and the path in basePath)", host, read)
}

// securityDefinitions renames OpenAPI 3's OAuth flow names to Swagger
// 2.0's, and leaves out a scheme of a type or flow Swagger 2.0 does not
// have (security schemes are documentation in the generated code).
func (m *swaggerMender) securityDefinitions() {
	defs, _ := m.doc["securityDefinitions"].(map[string]any)
	for _, name := range sortedKeys(defs) {
		d, ok := defs[name].(map[string]any)
		if !ok {
			continue
		}
		ptr := child("#/securityDefinitions", name)
		switch t, _ := d["type"].(string); t {
		case "basic", "apiKey":
		case "oauth2":
			flow, _ := d["flow"].(string)
			switch {
			case oauthFlows[flow] != "":
				d["flow"] = oauthFlows[flow]
				m.warn(child(ptr, "flow"), "flow %q is OpenAPI 3's name: read as Swagger 2.0's %q", flow, oauthFlows[flow])
			case flow != "implicit" && flow != "accessCode" && flow != "password" && flow != "application":
				delete(defs, name)
				m.warn(child(ptr, "flow"), "flow %q is none of Swagger 2.0's (implicit, accessCode, password, application): the security scheme %s is left out", flow, name)
			}
		default:
			delete(defs, name)
			m.warn(child(ptr, "type"), "type %q is none of Swagger 2.0's (basic, apiKey, oauth2): the security scheme %s is left out", t, name)
		}
	}
}

// responses mends the responses of one map: a response written as a
// string, and each response's schema.
func (m *swaggerMender) responses(rs map[string]any, ptr string) {
	for _, status := range sortedKeys(rs) {
		at := child(ptr, status)
		switch r := rs[status].(type) {
		case map[string]any:
			m.schemaSlot(r, at)
		case string:
			if strings.HasPrefix(r, "#/") || strings.Contains(r, ".json") || strings.Contains(r, ".yaml") || strings.Contains(r, ".yml") {
				rs[status] = map[string]any{"$ref": r}
				m.warn(at, "response %s is the string %q: read as a $ref to it (write {$ref: ...})", status, r)
			} else {
				rs[status] = map[string]any{"description": r}
				m.warn(at, "response %s is the string %q: read as its description (write {description: ...})", status, r)
			}
		default:
			rs[status] = map[string]any{"description": ""}
			m.warn(at, "response %s is %s, not a response object: read as a response without a body", status, describeValue(r))
		}
	}
}

// schemaSlot mends the schema of a parameter or a response (holder, at
// ptr) when it is not an object: a list of one schema (a stray "- " in
// YAML) is that schema, a list of several all of them (allOf), a type name
// ("schema: string") a schema of that type, true any value; anything else
// is left out.
func (m *swaggerMender) schemaSlot(holder map[string]any, ptr string) {
	s, ok := holder["schema"]
	if !ok || s == nil {
		return
	}
	at := child(ptr, "schema")
	switch x := s.(type) {
	case map[string]any:
		return
	case []any:
		switch len(x) {
		case 0:
			delete(holder, "schema")
			m.warn(at, "schema is an empty list: left out (write the schema itself)")
		case 1:
			holder["schema"] = x[0]
			m.warn(at, "schema is a list of one schema: read as that schema (write it without the list)")
		default:
			holder["schema"] = map[string]any{"allOf": x}
			m.warn(at, "schema is a list of %d schemas: read as allOf of them (write one schema; allOf if all apply)", len(x))
		}
	case string:
		if primitiveTypes[x] {
			holder["schema"] = map[string]any{"type": x}
			m.warn(at, "schema is the type name %q: read as {type: %s} (write the schema as an object)", x, x)
			return
		}
		delete(holder, "schema")
		m.warn(at, "schema is the string %q, not a schema: left out (write the schema as an object)", x)
	case bool:
		if x {
			holder["schema"] = map[string]any{}
			m.warn(at, "schema is true, which Swagger 2.0 does not allow: read as any value (write {})")
			return
		}
		delete(holder, "schema")
		m.warn(at, "schema is false, which Swagger 2.0 does not allow: left out")
	default:
		delete(holder, "schema")
		m.warn(at, "schema is %s, not a schema: left out (write the schema as an object)", describeValue(s))
	}
}

// parameters mends the parameters of a path item or an operation (in
// holder, at ptr; item is the operation's path item): each one's schema,
// and the body parameters beyond the first, or beside form parameters,
// which one request cannot carry (the first body is kept).
func (m *swaggerMender) parameters(holder map[string]any, ptr string, item map[string]any) {
	list, ok := holder["parameters"].([]any)
	if !ok {
		return
	}
	for i, p := range list {
		if pm, ok := p.(map[string]any); ok {
			m.schemaSlot(pm, child(ptr, "parameters", strconv.Itoa(i)))
		}
	}
	if item == nil {
		return
	}
	form := false
	for _, l := range [][]any{list, listAt(item, "parameters")} {
		for _, p := range l {
			form = form || m.paramIn(p) == "formData"
		}
	}
	kept := list[:0:0]
	body := false
	for i, p := range list {
		if m.paramIn(p) == "body" {
			at := child(ptr, "parameters", strconv.Itoa(i))
			switch {
			case body:
				m.warn(at, "a second body parameter: left out, as a request has one body (merge them into one schema)")
				continue
			case form:
				m.warn(at, "a body parameter beside form parameters: left out, as a request has one body (use one or the other)")
				continue
			}
			body = true
		}
		kept = append(kept, p)
	}
	if len(kept) != len(list) {
		holder["parameters"] = kept
	}
}

// paramIn returns where a parameter (or the one its local $ref names) is.
func (m *swaggerMender) paramIn(p any) string {
	pm, _ := p.(map[string]any)
	if ref, ok := pm["$ref"].(string); ok && strings.HasPrefix(ref, "#/") {
		pm, _ = rawAt(m.f, ref).(map[string]any)
	}
	in, _ := pm["in"].(string)
	return in
}

// movedRefs points the $refs into the schema of a body parameter or of a
// response of the document's own (#/parameters/Body/schema,
// #/responses/Pet/schema/properties/name) where the conversion moves
// those schemas (into a request body's or a response's content), which it
// does not do for the refs themselves. A target that is itself a $ref is
// followed instead.
func (m *swaggerMender) movedRefs(v any, ptr string) {
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok {
			if moved, ok := m.movedRef(ref); ok {
				x["$ref"] = moved
				m.warn(child(ptr, "$ref"), "$ref %q points into a schema the conversion to OpenAPI 3 moves: read as %q (refer to a definition instead)", ref, moved)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if !skipRefKeys[k] && !foreignExtension(k) {
				m.movedRefs(x[k], child(ptr, k))
			}
		}
	case []any:
		for i, e := range x {
			m.movedRefs(e, child(ptr, strconv.Itoa(i)))
		}
	}
}

// movedRef returns where ref, a ref into a body parameter's or a
// response's schema, points in the converted document.
func (m *swaggerMender) movedRef(ref string) (string, bool) {
	toks := pointerTokens(ref)
	if !strings.HasPrefix(ref, "#/") || len(toks) < 3 || toks[2] != "schema" || toks[0] != "parameters" && toks[0] != "responses" {
		return "", false
	}
	holder, _ := rawAt(m.f, child("#", toks[:2]...)).(map[string]any)
	rest := toks[3:]
	if target, ok := holder["schema"].(map[string]any); ok && len(rest) == 0 {
		if next, ok := target["$ref"].(string); ok && onlyRef(target) {
			return next, true
		}
	}
	var media string
	switch {
	case toks[0] == "parameters" && holder["in"] == "body":
		media = "*/*"
		if c := listAt(m.doc, "consumes"); len(c) > 0 {
			media, _ = c[0].(string)
		}
		return child("#/components/requestBodies", toks[1], "content", media, "schema") + strings.TrimPrefix(child("#", rest...), "#"), true
	case toks[0] == "responses" && holder != nil:
		media = "application/json"
		if p := listAt(m.doc, "produces"); len(p) > 0 {
			media, _ = p[0].(string)
		}
		return child("#/components/responses", toks[1], "content", media, "schema") + strings.TrimPrefix(child("#", rest...), "#"), true
	}
	return "", false
}

// listAt returns the list at key of an object, or nil.
func listAt(m map[string]any, key string) []any {
	l, _ := m[key].([]any)
	return l
}

// sortedKeys returns the keys of an object in order, nil for anything else.
func sortedKeys(v any) []string {
	m, _ := v.(map[string]any)
	return slices.Sorted(maps.Keys(m))
}

// tupleMark holds, through the conversion, an items list (draft 4's tuple
// form, which Swagger 2.0 does not allow and kin-openapi's reader cannot
// hold): the conversion keeps a schema's extensions, and mendConverted puts
// the list back, where the schema compiler reads it as draft 4 does.
const tupleMark = "x-specgen-tuple"

// markTuples replaces each items list below v with a schema holding it
// under tupleMark, and reports whether it found one.
func (m *swaggerMender) markTuples(v any, ptr, parentKey string) bool {
	found := false
	switch x := v.(type) {
	case map[string]any:
		if list, ok := x["items"].([]any); ok && !namedMaps[parentKey] {
			x["items"] = map[string]any{tupleMark: list}
			m.warn(child(ptr, "items"), "items is a list, which Swagger 2.0 does not allow: read as draft 4 reads it, a tuple (write one schema; one of several needs OpenAPI 3's anyOf)")
			found = true
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if !skipRefKeys[k] && !foreignExtension(k) && k != "examples" {
				found = m.markTuples(x[k], child(ptr, k), k) || found
			}
		}
	case []any:
		for i, e := range x {
			found = m.markTuples(e, child(ptr, strconv.Itoa(i)), "") || found
		}
	}
	return found
}

// swaggerMoves are Swagger 2.0's places and where the conversion to
// OpenAPI 3 moves them: mendConverted points refs along them, and
// swaggerPointer maps converted pointers back.
var swaggerMoves = [][2]string{
	{"#/definitions/", "#/components/schemas/"},
	{"#/parameters/", "#/components/parameters/"},
	{"#/responses/", "#/components/responses/"},
	{"#/securityDefinitions/", "#/components/securitySchemes/"},
}

// mendConverted mends the converted document (JSON): it puts back the
// lists markTuples held (when tuples is set), and points each $ref the
// conversion left at a Swagger 2.0 place (it rewrites refs only where it
// reads a schema keyword Swagger 2.0 has: not inside patternProperties,
// for one) where the conversion moved that place, with a warning at vf's
// place of it.
func (l *loader) mendConverted(vf *File, data []byte, tuples bool) ([]byte, error) {
	if !tuples && !bytes.Contains(data, []byte(`"#/definitions/`)) && !bytes.Contains(data, []byte(`"#/parameters/`)) && !bytes.Contains(data, []byte(`"#/responses/`)) {
		return data, nil
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	// inTuple: the refs in a list markTuples held were never the
	// conversion's to rewrite, and are rewritten without a word. names:
	// v maps names to objects, where a property called default or value
	// is a schema, not data (isData).
	var walk func(v any, ptr string, inTuple, names bool) any
	walk = func(v any, ptr string, inTuple, names bool) any {
		switch x := v.(type) {
		case map[string]any:
			if list, ok := x[tupleMark].([]any); ok && len(x) == 1 {
				return walk(list, ptr, true, false)
			}
			if ref, ok := x["$ref"].(string); ok && !names {
				for _, m := range swaggerMoves {
					if strings.HasPrefix(ref, m[0]) {
						x["$ref"] = m[1] + strings.TrimPrefix(ref, m[0])
						if !inTuple {
							l.warn(vf.Source(child(ptr, "$ref")), "$ref %q is left at Swagger 2.0's place by the conversion to OpenAPI 3 (it sits where Swagger 2.0 has no schema keyword): pointed where the conversion moved it, %q", ref, x["$ref"])
						}
						break
					}
				}
			}
			for _, k := range slices.Sorted(maps.Keys(x)) {
				if !isData(k, names) && (names || k != "examples") {
					x[k] = walk(x[k], child(ptr, k), inTuple, namesAt(k, names))
				}
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e, child(ptr, strconv.Itoa(i)), inTuple, false)
			}
		}
		return v
	}
	return json.Marshal(walk(doc, "#", false, false))
}
