package load

import (
	"encoding/json"
	"reflect"
	"unicode/utf8"
	"unsafe"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schema compiler (jsonschema v5) reads a document only as JSON text,
// which it decodes with encoding/json: for a schema file specgen has
// already parsed, that decode was a tenth of loading a large schema, and a
// file that was mended was encoded again first (refreshJSON) only for it
// to be decoded. So a schema file is given to the compiler as a value: a
// copy of the decoded file, made as the compiler would have decoded its
// text (the same maps, lists, strings and json.Numbers), put in the
// compiler's table of documents before it asks for the file
// (valueServer.put). The copy checks each value on the way and gives up
// where the text could decode differently (a number json.Marshal would
// refuse, a string that is not UTF-8, a type the parsers do not make);
// the file is then served as text, as before.
//
// The compiler also compiles every `pattern` with Go's regexp, a sixth of
// its work on a large schema, only to keep it in the compiled schema,
// where specgen reads the pattern's text back (walk.go). Where nothing
// checks the document against a meta-schema (metagate.go: it is plain),
// the copy gives each pattern that repairPattern found Go reads a
// placeholder instead; the walk reads the pattern from the file.
// TestCompilerDocSameAsText holds the copy to the decoded text.

// patternPlaceholder is the pattern the compiler compiles in place of each
// one it is not given: a short literal, quick to compile.
const patternPlaceholder = "specgen"

// valueServer puts documents in a compiler's table by reflection (the
// table is unexported; metagate.go reaches into the compiler the same
// way). nil when this version of jsonschema keeps it otherwise, and then
// every file is served as text.
type valueServer struct {
	table    reflect.Value // map[string]*resource, settable
	resource reflect.Type  // resource
}

// newValueServer returns the server for c's table, or nil.
func newValueServer(c *jsonschema.Compiler) *valueServer {
	f := reflect.ValueOf(c).Elem().FieldByName("resources")
	if !f.IsValid() || f.Kind() != reflect.Map || f.Type().Key().Kind() != reflect.String ||
		f.Type().Elem().Kind() != reflect.Pointer || f.Type().Elem().Elem().Kind() != reflect.Struct {
		return nil
	}
	res := f.Type().Elem().Elem()
	for name, kind := range map[string]reflect.Kind{"url": reflect.String, "floc": reflect.String, "doc": reflect.Interface} {
		if sf, ok := res.FieldByName(name); !ok || sf.Type.Kind() != kind {
			return nil
		}
	}
	return &valueServer{table: reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), resource: res}
}

// put adds doc to the table as the document at url, as the compiler's
// AddResource would after decoding it; a url already there is left alone.
func (s *valueServer) put(url string, doc any) {
	key := reflect.ValueOf(url)
	if s.table.MapIndex(key).IsValid() {
		return
	}
	r := reflect.New(s.resource)
	set := func(name string, v reflect.Value) {
		f := r.Elem().FieldByName(name)
		reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(v)
	}
	set("url", key)
	set("floc", reflect.ValueOf("#"))
	set("doc", reflect.ValueOf(&doc).Elem())
	s.table.SetMapIndex(key, r)
}

// serveValue gives the compiler f's value in place of its text when it
// can (see above) and reports whether it did; the caller then leaves f's
// JSON to be made when something reads it.
func (fs *fileSet) serveValue(vs *valueServer, f *File) bool {
	if vs == nil || isOpenAPIDoc(f) || isOpenAPIFragment(f) {
		return false
	}
	opts := wholeRefs(f, fs.draft)
	if len(f.goPatterns) > 0 {
		opts.hide = func(p string) bool { return f.goPatterns[p] }
	}
	doc, c, ok := servedCopy(fs.metaGate, f, opts)
	if !ok {
		return false
	}
	vs.put(f.URL, doc)
	f.anchorFree = !c.anchors
	return true
}

// servedCopy is the copy of f that the compiler behind gate is given in
// place of f's text, and its copier (which patterns it hid, whether f
// holds anchors); false where f is to be served as text. opts says which
// patterns the copy may give a placeholder, which lists it drops and
// against what it writes $refs whole.
func servedCopy(gate *metaGate, f *File, opts docCopier) (any, *docCopier, bool) {
	// The gate's walk and the copy read f.Value at once; the copy hides
	// patterns on the bet that the document is plain (nearly every one
	// is), and is made again without if the compiler checks it.
	verdicts := make(chan gateVerdict, 1)
	go func() { verdicts <- gate.verdict(f.Value, true) }()
	c := opts
	c.ok = true
	doc := c.schema(f.Value)
	verdict := <-verdicts
	if verdict == gateValidate {
		return nil, nil, false // the gate's check reads the text
	}
	if verdict == gatePlainNamed && !f.changed {
		if !hasRootMember(f.JSON, "$schema") {
			// Served whole: the compiler checks it against its draft.
			verdict = gateCompiler
		}
	}
	again := opts
	if verdict == gateCompiler {
		// The compiler reads the patterns and the $refs as written.
		again.hide, again.refBase = nil, ""
	}
	if c.ids {
		// A schema names its own base: $refs are left to the compiler.
		again.refBase = ""
	}
	if len(c.hidden) > 0 && again.hide == nil || c.whole && again.refBase == "" {
		c = again
		c.ok = true
		doc = c.schema(f.Value)
	}
	c.verdict = verdict
	if !c.ok {
		return nil, nil, false
	}
	if m, ok := doc.(map[string]any); ok && verdict == gatePlainNamed {
		delete(m, "$schema")
	}
	return doc, &c, true
}

// docCopier copies a decoded file as the compiler decodes its JSON text.
type docCopier struct {
	// hide says which patterns are given a placeholder (none when nil);
	// hidden are those that were.
	hide   func(string) bool
	hidden map[string]bool
	// dropEmpty drops the empty lists repairEnums drops (droppedEmpty);
	// dropped counts them by object.
	dropEmpty bool
	dropped   map[uintptr]int
	// refBase, when set, is the URL the $refs that are a plain fragment
	// are written against, whole (compiler_refs.go); whole says one was,
	// and ids that a schema declares an id (idKey), against which they
	// resolve instead.
	refBase, idKey string
	whole, ids     bool
	// verdict is the gate's on the document copied (servedCopy).
	verdict gateVerdict
	// ok turns false at a value the text could decode differently.
	ok bool
	// anchors says a member is named $dynamicAnchor or $recursiveAnchor.
	anchors bool
}

// schema copies v in a schema position (as rootWriter walks one).
func (c *docCopier) schema(v any) any {
	m, isMap := v.(map[string]any)
	if !isMap {
		return c.value(v)
	}
	out := make(map[string]any, len(m))
	for k, e := range m {
		c.key(k)
		if c.refBase != "" {
			if c.refWhole(out, k, e) {
				continue
			}
		}
		if c.dropEmpty && droppedEmpty(k, e) {
			if c.dropped == nil {
				c.dropped = map[uintptr]int{}
			}
			c.dropped[mapID(m)]++
			continue
		}
		switch {
		case k == "pattern":
			if p, ok := e.(string); ok && c.hide != nil && c.hide(p) {
				if c.hidden == nil {
					c.hidden = map[string]bool{}
				}
				c.hidden[p] = true
				out[k] = patternPlaceholder
				continue
			}
			out[k] = c.value(e)
		case schemaMembers[k] || k == "items":
			if list, ok := e.([]any); ok {
				out[k] = c.list(list, c.schema)
			} else {
				out[k] = c.schema(e)
			}
		case schemaMaps[k] || k == "dependencies":
			if mm, ok := e.(map[string]any); ok {
				sub := make(map[string]any, len(mm))
				for name, s := range mm {
					c.key(name)
					sub[name] = c.schema(s)
				}
				out[k] = sub
			} else {
				out[k] = c.value(e)
			}
		case schemaLists[k]:
			if list, ok := e.([]any); ok {
				out[k] = c.list(list, c.schema)
			} else {
				out[k] = c.value(e)
			}
		default:
			out[k] = c.value(e)
		}
	}
	return out
}

// value copies data, and members that are no schema.
func (c *docCopier) value(v any) any {
	switch x := v.(type) {
	case nil, bool:
		return x
	case string:
		if !utf8.ValidString(x) {
			c.ok = false
		}
		return x
	case json.Number:
		if !validNumber(string(x)) {
			c.ok = false
		}
		return x
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			c.key(k)
			out[k] = c.value(e)
		}
		return out
	case []any:
		return c.list(x, c.value)
	}
	c.ok = false
	return v
}

func (c *docCopier) key(k string) {
	if !utf8.ValidString(k) {
		c.ok = false
	}
	if k == "$dynamicAnchor" || k == "$recursiveAnchor" {
		c.anchors = true
	}
}

func (c *docCopier) list(list []any, element func(any) any) []any {
	out := make([]any, len(list))
	for i, e := range list {
		out[i] = element(e)
	}
	return out
}
