package load

import (
	"fmt"
	"maps"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/loc"
)

// methods is the order operations of one path are read in.
var methods = []string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}

// openAPI loads an OpenAPI (or Swagger) document with kin-openapi, reports
// its validation problems as warnings, and reads its schemas, operations and
// security schemes.
func (l *loader) openAPI(f *File) error {
	var doc *openapi3.T
	var named []*document.Property
	var err, compileErr error
	var validation *validationAhead
	if l.doc.Format == "swagger-2.0" {
		// The schemas live in the converted document.
		if doc, f, validation, err = l.convertSwagger(f); err != nil {
			return err
		}
		named, compileErr = l.componentSchemas(f)
	} else {
		// The schema compiler reads the component schemas from the files
		// themselves, so it works while kin-openapi loads the document:
		// they share only the file set (which locks). Each is about half of
		// loading a large API.
		done := make(chan any)
		go func() {
			defer func() { done <- recover() }()
			named, compileErr = l.componentSchemas(f)
		}()
		doc, err = l.structure(f)
		if err == nil {
			validation = l.validateAhead(doc)
		}
		if p := <-done; p != nil {
			panic(p) // where a panic on the calling goroutine would be
		}
		if err != nil {
			return err // kin-openapi's error comes first, as when run in turn
		}
	}
	l.spec = f
	// The validation's notes come here, before those of what follows: it
	// runs on while the operations are read (validate_ahead.go).
	notesAt := len(l.doc.Warnings)
	if doc.Info != nil {
		l.doc.Title, l.doc.Version, l.doc.Description = doc.Info.Title, doc.Info.Version, doc.Info.Description
	}
	if len(doc.Servers) > 0 && doc.Servers[0] != nil {
		l.doc.BasePath = serverPath(doc.Servers[0])
	}
	if compileErr != nil {
		return compileErr
	}
	l.doc.Named = append(l.doc.Named, hoistRefTargets(f, named, l.bareRefs)...)
	if doc.Components != nil {
		for _, n := range slices.Sorted(maps.Keys(doc.Components.SecuritySchemes)) {
			ref := doc.Components.SecuritySchemes[n]
			if ref == nil || ref.Value == nil {
				continue
			}
			v := ref.Value
			l.doc.SecuritySchemes = append(l.doc.SecuritySchemes, &document.SecurityScheme{
				Name: n, Type: v.Type, In: v.In, ParamName: v.Name, Scheme: v.Scheme, Description: v.Description,
			})
		}
	}
	err = l.operations(f, doc)
	verr := validation.result()
	if err != nil {
		return err
	}
	l.validationNotes(notesAt, f, verr)
	return nil
}

// validationNotes puts a note for each problem verr (kin-openapi's
// validation of f) holds among the warnings, from the place at on.
func (l *loader) validationNotes(at int, f *File, verr error) {
	if verr == nil {
		return
	}
	after := slices.Clone(l.doc.Warnings[at:])
	l.doc.Warnings = l.doc.Warnings[:at]
	for _, w := range splitValidation(verr, "", nil) {
		l.warn(w.source(f), "spec does not validate: %s", w.msg)
	}
	l.doc.Warnings = append(l.doc.Warnings, after...)
}

// componentSchemas compiles the schemas under components/schemas of f, in
// the order the file lists them.
//
// Each compiles beside the walk of the one before it (compileInOrder, as a
// schema file's definitions do): compiling Coder's definitions took twice
// as long as walking them, one after the other on one core.
func (l *loader) componentSchemas(f *File) ([]*document.Property, error) {
	names := f.Keys("#/components/schemas")
	if l.walkAlone {
		var named []*document.Property
		for _, name := range names {
			s, err := l.compile(f, child("#/components/schemas", name))
			if err != nil {
				return nil, err
			}
			named = append(named, &document.Property{Name: name, Schema: s})
		}
		return named, nil
	}
	ptrs := make([]string, len(names))
	for i, name := range names {
		ptrs[i] = child("#/components/schemas", name)
	}
	queue := compileEach(l.compiler, len(names), func(i int) string {
		url, _ := l.schemaURL(f, ptrs[i])
		return url
	})
	defer queue.end()
	var named []*document.Property
	for i, name := range names {
		cs, err := queue.next()
		if err != nil {
			_, split := l.schemaURL(f, ptrs[i]) // asked already: the same answer
			return nil, l.compileError(f, ptrs[i], split, err)
		}
		s, err := l.walkCompiled(cs, false)
		if err != nil {
			return nil, err
		}
		named = append(named, &document.Property{Name: name, Schema: s})
	}
	return named, nil
}

// kinLoad loads a 3.x document with external references allowed.
func (l *loader) kinLoad(f *File) (*openapi3.T, error) {
	u, _ := url.Parse(f.URL)
	view, err := l.kinView(f)
	if err != nil {
		return nil, &document.Error{Source: loc.Source{File: f.Path}, Msg: "cannot load OpenAPI document: " + err.Error(), Err: err}
	}
	doc, err := kinLoadSplit(l.kinLoader, view, u)
	if err != nil {
		return nil, kinLoadError(f, err)
	}
	return doc, nil
}

// kinLoader is a kin-openapi loader with external references allowed,
// served from the files already read.
func (l *loader) kinLoader() *openapi3.Loader {
	kl := openapi3.NewLoader()
	kl.IsExternalRefsAllowed = true
	// Serve referenced files from the files already read (checkRefs read
	// every one), as JSON: kin-openapi otherwise reads and parses a file
	// again for every $ref into it, which was most of the time of loading
	// spec/ with its refs into workspace.schema.json. Only local files are
	// read, as everywhere else.
	kl.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
		if u.Scheme != "" && u.Scheme != "file" {
			if f, ok, err := l.fs.readRemote(u.String()); ok {
				if err != nil {
					return nil, err
				}
				return f.JSON, nil
			}
			return nil, fmt.Errorf("%s: %s", u, notFetched)
		}
		abs := (&url.URL{Scheme: "file", Path: u.Path}).String()
		f, ok := l.fs.atURL(abs)
		if !ok {
			var err error
			if f, err = l.fs.readPath(l.fs.rel(u.Path)); err != nil {
				return nil, err
			}
		}
		if f.kinJSON != nil {
			return f.kinJSON, nil
		}
		if isOpenAPIFragment(f) && !isOpenAPIDoc(f) {
			return l.kinFragmentView(f)
		}
		return f.JSON, nil
	}
	return kl
}

// serverPath returns the path of a server URL ("https://x/api/v2" →
// "/api/v2"). Variables take their defaults ("/{version}/api" with version
// v1 → "/v1/api"); a leading variable without one stands for the scheme and
// host ("{Endpoint}/luis/v2.0" → "/luis/v2.0"). A path still holding a
// variable has no one base path: "".
func serverPath(s *openapi3.Server) string {
	raw := s.URL
	for _, name := range slices.Sorted(maps.Keys(s.Variables)) {
		if v := s.Variables[name]; v != nil && v.Default != "" {
			raw = strings.ReplaceAll(raw, "{"+name+"}", v.Default)
		}
	}
	if strings.HasPrefix(raw, "{") {
		i := strings.IndexByte(raw, '/')
		if i < 0 {
			return ""
		}
		raw = raw[i:]
	}
	u, err := url.Parse(raw)
	if err != nil || strings.ContainsAny(u.Path, "{}") {
		return ""
	}
	return strings.TrimSuffix(u.Path, "/")
}

func (l *loader) operations(f *File, doc *openapi3.T) error {
	if doc.Paths == nil {
		return nil
	}
	paths := f.Keys("#/paths")
	if len(paths) == 0 {
		paths = doc.Paths.Keys()
	}
	for _, path := range paths {
		item := doc.Paths.Value(path)
		if item == nil {
			continue
		}
		itemFile, itemPtr := l.follow(f, child("#/paths", path), item.Ref)
		for _, method := range methods {
			op := item.GetOperation(method)
			if op == nil {
				continue
			}
			o, err := l.operation(itemFile, child(itemPtr, strings.ToLower(method)), path, method, item, op, doc)
			if err != nil {
				return err
			}
			l.doc.Operations = append(l.doc.Operations, o)
		}
	}
	return nil
}

func (l *loader) operation(f *File, ptr, path, method string, item *openapi3.PathItem, op *openapi3.Operation, doc *openapi3.T) (*document.Operation, error) {
	o := &document.Operation{
		ID: op.OperationID, Method: method, Path: path, Summary: op.Summary,
		Description: textAt(f, ptr, "description"), Deprecated: op.Deprecated, Tags: op.Tags,
		Source: f.Source(ptr),
	}
	if n, ok := op.Extensions["x-go-name"].(string); ok {
		o.GoName = n
	}
	if ws, ok := op.Extensions["x-websocket"].(bool); ok {
		o.WebSocket = &ws
	}
	if _, ok := op.Extensions["x-websocket-follow"]; ok {
		follow, err := l.followExtension(f, child(ptr, "x-websocket-follow"))
		if err != nil {
			return nil, err
		}
		o.Follow = follow
	}
	seen := map[string]bool{}
	addParams := func(params openapi3.Parameters, base string) error {
		for i, pr := range params {
			if pr == nil || pr.Value == nil {
				continue
			}
			key := pr.Value.In + ":" + pr.Value.Name
			if seen[key] {
				continue // an operation-level parameter overrides the path item's
			}
			seen[key] = true
			pf, pp := l.follow(f, child(base, "parameters", strconv.Itoa(i)), pr.Ref)
			p, err := l.param(pf, pp, pr.Value)
			if err != nil {
				return err
			}
			o.Params = append(o.Params, p)
		}
		return nil
	}
	if err := addParams(op.Parameters, ptr); err != nil {
		return nil, err
	}
	if err := addParams(item.Parameters, strings.TrimSuffix(ptr, "/"+strings.ToLower(method))); err != nil {
		return nil, err
	}
	if rb := op.RequestBody; rb != nil && rb.Value != nil {
		bf, bp := l.follow(f, child(ptr, "requestBody"), rb.Ref)
		content, err := l.content(bf, child(bp, "content"), rb.Value.Content)
		if err != nil {
			return nil, err
		}
		o.Body = &document.Body{Required: rb.Value.Required, Description: textAt(bf, bp, "description"), Content: content, Source: bf.Source(bp)}
	}
	if op.Responses != nil {
		for _, status := range sortStatuses(op.Responses.Keys()) {
			rr := op.Responses.Value(status)
			if rr == nil || rr.Value == nil {
				continue
			}
			rf, rp := l.follow(f, child(ptr, "responses", status), rr.Ref)
			content, err := l.content(rf, child(rp, "content"), rr.Value.Content)
			if err != nil {
				return nil, err
			}
			r := &document.Response{Status: status, Content: content, Source: rf.Source(rp), Description: textAt(rf, rp, "description")}
			for _, hn := range slices.Sorted(maps.Keys(rr.Value.Headers)) {
				hr := rr.Value.Headers[hn]
				if hr == nil || hr.Value == nil {
					continue
				}
				hf, hp := l.follow(rf, child(rp, "headers", hn), hr.Ref)
				p := hr.Value.Parameter
				p.Name, p.In = hn, "header"
				h, err := l.param(hf, hp, &p)
				if err != nil {
					return nil, err
				}
				r.Headers = append(r.Headers, h)
			}
			o.Responses = append(o.Responses, r)
		}
	}
	reqs, reqFile, reqPtr := doc.Security, l.spec, "#/security"
	if op.Security != nil {
		reqs, reqFile, reqPtr = *op.Security, f, child(ptr, "security")
	}
	if op.Security != nil || doc.Security != nil {
		o.Security = []document.SecurityRequirement{}
		for i, req := range reqs {
			o.Security = append(o.Security, document.SecurityRequirement{
				Schemes: slices.Sorted(maps.Keys(req)), Source: reqFile.Source(child(reqPtr, strconv.Itoa(i))),
			})
		}
	}
	return o, nil
}

func (l *loader) param(f *File, ptr string, p *openapi3.Parameter) (*document.Param, error) {
	out := &document.Param{
		Name: p.Name, In: p.In, Description: textAt(f, ptr, "description"), Required: p.Required || p.In == "path",
		Deprecated: p.Deprecated, Style: p.Style, Explode: p.Explode, Source: f.Source(ptr),
	}
	switch {
	case p.Schema != nil:
		s, err := l.compile(f, child(ptr, "schema"))
		if err != nil {
			return nil, err
		}
		out.Schema = s
	case len(p.Content) > 0:
		content, err := l.content(f, child(ptr, "content"), p.Content)
		if err != nil {
			return nil, err
		}
		out.Schema, out.ContentType = content[0].Schema, content[0].Name
	}
	return out, nil
}

func (l *loader) content(f *File, ptr string, c openapi3.Content) ([]*document.MediaType, error) {
	names := f.Keys(ptr)
	if len(names) == 0 {
		names = slices.Sorted(maps.Keys(c))
	}
	var out []*document.MediaType
	// Media types of one body or answer that write the same schema (Swagger
	// 2.0's consumes and produces, converted, copy it to each) share one:
	// one type, not a copy named Request2 for a media type that may not
	// even be generated.
	type written struct {
		raw    any
		schema *document.Schema
	}
	var seen []written
	for _, name := range names {
		mt := c[name]
		if mt == nil {
			continue
		}
		m := &document.MediaType{Name: name}
		for prop, enc := range mt.Encoding {
			if enc == nil || enc.Style == "" {
				continue
			}
			if m.Encoding == nil {
				m.Encoding = map[string]document.PropertyEncoding{}
			}
			m.Encoding[prop] = document.PropertyEncoding{Style: enc.Style}
		}
		if mt.Schema != nil {
			at := child(ptr, name, "schema")
			raw := rawAt(f, at)
			for _, w := range seen {
				if reflect.DeepEqual(w.raw, raw) {
					m.Schema = w.schema
					break
				}
			}
			if m.Schema == nil {
				s, err := l.compile(f, at)
				if err != nil {
					return nil, err
				}
				m.Schema = s
				seen = append(seen, written{raw, s})
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// follow returns where an object really is: (f, ptr) itself, or the target
// of its $ref.
func (l *loader) follow(f *File, ptr, ref string) (*File, string) {
	// A reference may lead to another ($ref to a header in a file of
	// common definitions, which refers to one in a file of headers): the
	// place to read is the end of the chain. kin-openapi resolved it, so
	// it ends; the bound only guards against a loop it did not catch.
	for hops := 0; ref != "" && hops < 32; hops++ {
		target, frag, err := resolveRef(f.URL, ref)
		if err != nil {
			return f, ptr
		}
		tf, ok := l.fs.known(target)
		if !ok {
			return f, ptr
		}
		f, ptr = tf, "#"+frag
		next, _ := rawAt(f, ptr).(map[string]any)
		ref, _ = next["$ref"].(string)
	}
	return f, ptr
}

// sortStatuses orders response keys numerically, ranges (2XX) after the
// codes they cover, and default last.
func sortStatuses(keys []string) []string {
	rank := func(k string) float64 {
		if k == "default" {
			return 1000
		}
		if n, err := strconv.Atoi(k); err == nil {
			return float64(n)
		}
		if len(k) == 3 && (k[1] == 'X' || k[1] == 'x') {
			return float64(k[0]-'0')*100 + 99.5
		}
		return 999
	}
	out := append([]string(nil), keys...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank(out[i]), rank(out[j])
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

// textAt returns the text member key of the object at ptr in f (a
// description): read from the file, which kin-openapi's view may lack
// (kinView).
func textAt(f *File, ptr, key string) string {
	m, _ := rawAt(f, ptr).(map[string]any)
	return str(m[key])
}
