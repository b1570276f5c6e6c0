package conformance

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/conformance/oracle"
	"github.com/specgen/specgen/generator/difftest"
)

// An Example is a JSON body an API description gives as an example of a
// request or an answer, or of a named schema, with the schema it is an
// example of, labelled by kin-openapi's validation of that schema (the
// oracle: it reads OpenAPI 3.0's nullable and Swagger 2.0, and 3.1 through
// JSON Schema 2020-12).
type Example struct {
	// Where names the example: "POST /pets 201 application/json
	// examples/cat", "#/components/schemas/Pet example".
	Where string
	// Schema is the key of components/schemas (definitions in Swagger
	// 2.0) the body is an instance of; List is set when the body is an
	// array of it.
	Schema string
	List   bool
	// Response is set for an example of an answer.
	Response bool
	Data     []byte // compact JSON
	// Text is set when the description gives the body as a string of
	// JSON text (Data is that JSON).
	Text bool
	// Valid is the oracle's verdict; Why is its first failure.
	Valid bool
	Why   string
}

// ReadExamples reads the examples of the JSON bodies of the API description
// at file whose schema is a named one (or an array of one), in document
// order, each labelled by the oracle.
func ReadExamples(file string) ([]Example, error) {
	doc, v31, err := loadForOracle(file)
	if err != nil {
		return nil, err
	}
	r := exampleReader{file: file, v31: v31, oracles: map[string]*oracle.Oracle{}}
	for _, path := range doc.Paths.InMatchingOrder() {
		item := doc.Paths.Value(path)
		ops := item.Operations()
		for _, method := range slices.Sorted(maps.Keys(ops)) {
			op := ops[method]
			where := method + " " + path
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				r.content(where+" request", op.RequestBody.Value.Content, false)
			}
			if op.Responses == nil {
				continue
			}
			resps := op.Responses.Map()
			for _, code := range slices.Sorted(maps.Keys(resps)) {
				if resp := resps[code]; resp != nil && resp.Value != nil {
					r.content(where+" "+code, resp.Value.Content, true)
				}
			}
		}
	}
	if doc.Components != nil {
		for _, name := range slices.Sorted(maps.Keys(doc.Components.Schemas)) {
			s := doc.Components.Schemas[name]
			if s == nil || s.Value == nil || s.Value.Example == nil {
				continue
			}
			r.add(Example{Where: "#/components/schemas/" + name + " example", Schema: name}, s.Value, s.Value.Example)
		}
	}
	return r.out, nil
}

// loadForOracle reads file with kin-openapi, converting Swagger 2.0 to
// OpenAPI 3, and says whether it is OpenAPI 3.1.
func loadForOracle(file string) (*openapi3.T, bool, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, false, err
	}
	var head struct {
		OpenAPI string `yaml:"openapi"`
		Swagger string `yaml:"swagger"`
	}
	if err := yaml.Unmarshal(src, &head); err != nil {
		return nil, false, err
	}
	if head.Swagger != "" {
		js, err := difftest.YAMLAsJSON(file)
		if err != nil {
			return nil, false, err
		}
		var doc2 openapi2.T
		if err := json.Unmarshal(js, &doc2); err != nil {
			return nil, false, err
		}
		doc, err := openapi2conv.ToV3(&doc2)
		if err != nil {
			return nil, false, err
		}
		loader := openapi3.NewLoader()
		loader.IsExternalRefsAllowed = true
		abs, _ := filepath.Abs(file)
		if err := loader.ResolveRefsIn(doc, &url.URL{Path: filepath.ToSlash(abs)}); err != nil {
			return nil, false, err
		}
		return doc, false, nil
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	doc, err := loader.LoadFromFile(file)
	if err != nil {
		return nil, false, err
	}
	return doc, strings.HasPrefix(head.OpenAPI, "3.1"), nil
}

// exampleReader collects examples.
type exampleReader struct {
	file string
	// v31 is set for OpenAPI 3.1, whose schemas oracles of JSON Schema
	// 2020-12 check (kin-openapi falls back to its 3.0 validator for some).
	v31     bool
	oracles map[string]*oracle.Oracle
	out     []Example
}

// content adds the examples of the JSON media types of a body.
func (r *exampleReader) content(where string, content openapi3.Content, response bool) {
	for _, mt := range slices.Sorted(maps.Keys(content)) {
		media := content[mt]
		if media == nil || !jsonMedia(mt) || media.Schema == nil || media.Schema.Value == nil {
			continue
		}
		name, list, schema := namedTarget(media.Schema)
		if name == "" {
			continue
		}
		base := Example{Where: where + " " + mt, Schema: name, List: list, Response: response}
		if media.Example != nil {
			e := base
			e.Where += " example"
			r.add(e, schema, media.Example)
		}
		for _, key := range slices.Sorted(maps.Keys(media.Examples)) {
			ex := media.Examples[key]
			if ex == nil || ex.Value == nil || ex.Value.Value == nil {
				continue
			}
			e := base
			e.Where += " examples/" + key
			r.add(e, schema, ex.Value.Value)
		}
	}
}

// add labels one example and keeps it. A string that holds JSON, given for
// a schema that is not a string's, is read as the JSON it holds: the body
// written as text, as many descriptions do (and documentation renderers
// show it).
func (r *exampleReader) add(e Example, schema *openapi3.Schema, value any) {
	if text, ok := value.(string); ok && !(schema.Type != nil && schema.Type.Is("string")) {
		var v any
		if json.Unmarshal([]byte(text), &v) == nil {
			value, e.Text = v, true
		}
	}
	data, err := json.Marshal(value)
	if err != nil {
		return // a YAML value JSON cannot hold (a map with non-string keys)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return
	}
	e.Data = data
	e.Valid, e.Why = r.oracle(e, schema, v)
	r.out = append(r.out, e)
}

// oracle validates v against schema: OpenAPI 3.1 with jsonschema v6, the
// others with kin-openapi. A panic of the validator is a verdict of its
// own.
func (r *exampleReader) oracle(e Example, schema *openapi3.Schema, v any) (valid bool, why string) {
	defer func() {
		if p := recover(); p != nil {
			valid, why = false, fmt.Sprintf("oracle panicked: %v", p)
		}
	}()
	if r.v31 {
		key := exampleKey(e)
		o := r.oracles[key]
		if o == nil {
			ptr := "#/components/schemas/" + strings.ReplaceAll(strings.ReplaceAll(e.Schema, "~", "~0"), "/", "~1")
			var err error
			if o, err = oracle.CompileAt(r.file, ptr, e.List); err != nil {
				return false, "oracle: " + oneLineOf(err.Error())
			}
			r.oracles[key] = o
		}
		why, err := o.Explain(e.Data)
		if err != nil {
			return false, err.Error()
		}
		return why == "", why
	}
	if err := schema.VisitJSON(v); err != nil {
		return false, oneLineOf(err.Error())
	}
	return true, ""
}

// namedTarget returns the component a body's schema names, whether the
// body is an array of it, and the schema to validate the body with.
func namedTarget(ref *openapi3.SchemaRef) (string, bool, *openapi3.Schema) {
	if name := componentName(ref.Ref); name != "" {
		return name, false, ref.Value
	}
	v := ref.Value
	if v.Type != nil && v.Type.Is("array") && v.Items != nil && ref.Ref == "" {
		if name := componentName(v.Items.Ref); name != "" && v.Items.Value != nil {
			return name, true, v
		}
	}
	return "", false, nil
}

// componentName is X of a local "#/components/schemas/X" (or Swagger
// 2.0's "#/definitions/X").
func componentName(ref string) string {
	for _, prefix := range []string{"#/components/schemas/", "#/definitions/"} {
		if name, ok := strings.CutPrefix(ref, prefix); ok && !strings.Contains(name, "/") {
			return strings.ReplaceAll(strings.ReplaceAll(name, "~1", "/"), "~0", "~")
		}
	}
	return ""
}

// jsonMedia reports whether a media type's bodies are JSON.
func jsonMedia(mt string) bool {
	mt, _, _ = strings.Cut(strings.ToLower(mt), ";")
	mt = strings.TrimSpace(mt)
	return mt == "application/json" || strings.HasSuffix(mt, "+json")
}
