package difftest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"gopkg.in/yaml.v3"
)

// Oracle validates documents with santhosh-tekuri/jsonschema: draft
// 2020-12 unless the schema names another, with formats asserted unless
// OracleOptions.FormatAsDraft.
type Oracle struct {
	Schema *jsonschema.Schema
	index  *schemaIndex
	// formatAsDraft is OracleOptions.FormatAsDraft.
	formatAsDraft bool
	// formatStrings is OracleOptions.FormatStrings.
	formatStrings bool
	// apiDescription is OracleOptions.APIDescription.
	apiDescription bool
}

// NewOracle compiles the schema at pointer ("#", "#/$defs/X",
// "#/components/schemas/Y") of file, a JSON Schema or an OpenAPI 3.1
// document (YAML or JSON, whose schemas are JSON Schema).
// Its format checks are asserted in every draft, as a generation from an
// OpenAPI document checks typed fields' formats.
func NewOracle(file, pointer string) (*Oracle, error) {
	return NewOracleWith(file, pointer, OracleOptions{})
}

// NewArrayOracle is NewOracle for a JSON array of what the schema at
// pointer describes (a list response).
func NewArrayOracle(file, pointer string) (*Oracle, error) {
	return NewOracleWith(file, pointer, OracleOptions{Array: true})
}

// OracleOptions say how NewOracleWith compiles a schema.
type OracleOptions struct {
	// Array makes the oracle judge a JSON array of what the schema
	// describes.
	Array bool
	// FormatAsDraft asserts format only where the schema's draft does
	// (draft-07 and earlier, or a metaschema's vocabulary), as a
	// generation from JSON Schema files alone without -assert-format does.
	FormatAsDraft bool
	// FormatStrings says the code under test keeps strings of format uuid
	// and date-time as their text (UUIDString, DateTimeString: a JSON
	// Schema file generated without -typed-formats), so the differences
	// that come from uuid.UUID and time.Time (typedFormatDifference) do
	// not excuse a disagreement.
	FormatStrings bool
	// APIDescription says the code under test was generated from an
	// OpenAPI or Swagger document, whose unions keep the variants a type
	// beside them does not allow (apiTypeBesideUnion).
	APIDescription bool
}

// NewOracleWith is NewOracle with options.
func NewOracleWith(file, pointer string, opt OracleOptions) (*Oracle, error) {
	o, err := newOracle(file, pointer, opt.Array, !opt.FormatAsDraft)
	if err != nil {
		return nil, err
	}
	o.formatStrings = opt.FormatStrings
	o.apiDescription = opt.APIDescription
	return o, nil
}

func newOracle(file, pointer string, array, assertFormat bool) (*Oracle, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = assertFormat
	// External $refs may name YAML files, which the compiler cannot read.
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		if p, ok := strings.CutPrefix(s, "file://"); ok {
			if ext := filepath.Ext(p); ext == ".yaml" || ext == ".yml" {
				src, err := YAMLAsJSON(filepath.FromSlash(p))
				if err != nil {
					return nil, err
				}
				return io.NopCloser(bytes.NewReader(src)), nil
			}
		}
		return jsonschema.LoadURL(s)
	}
	url := "file://" + filepath.ToSlash(abs)
	var src []byte
	if ext := filepath.Ext(abs); ext == ".yaml" || ext == ".yml" {
		// The compiler reads JSON only: hand it the YAML as JSON.
		src, err = YAMLAsJSON(abs)
	} else {
		src, err = os.ReadFile(abs)
	}
	if err != nil {
		return nil, err
	}
	if err := c.AddResource(url, bytes.NewReader(src)); err != nil {
		return nil, err
	}
	if err := addEmbedded(c, url, src); err != nil {
		return nil, err
	}
	target := url + pointer
	if array {
		wrapper, _ := json.Marshal(map[string]any{"type": "array", "items": map[string]any{"$ref": target}})
		target = url + ".array.json"
		if err := c.AddResource(target, bytes.NewReader(wrapper)); err != nil {
			return nil, err
		}
	}
	s, err := c.Compile(target)
	if err != nil {
		return nil, err
	}
	return &Oracle{Schema: s, index: indexSchemas(s), formatAsDraft: !assertFormat}, nil
}

// Failure is one thing the oracle found wrong with a document.
type Failure struct {
	// Path is the JSON pointer of the value at fault. For required,
	// dependentRequired and additionalProperties it is the property (absent
	// or not allowed), not the object, so that it lines up with the
	// generated code's errors.
	Path    string
	Keyword string
	Message string
}

// Check validates doc (decoded with UseNumber, see Decode) and returns its
// failures, sorted by path; none means valid.
func (o *Oracle) Check(doc any) []Failure {
	err := o.Schema.Validate(doc)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []Failure{{Path: "", Keyword: "error", Message: err.Error()}}
	}
	var out []Failure
	all := leaves(ve)
	for _, leaf := range all {
		out = append(out, o.normalize(doc, leaf)...)
	}
	if len(out) == 0 {
		// Every failure was a null branch that normalize leaves to its
		// sibling's failures, and there is no sibling: a union of only
		// nulls given something else (golden/union-only-null). The value
		// is still invalid where the first of them says.
		out = []Failure{{Path: instancePointer(all[0].InstanceLocation), Keyword: "type", Message: all[0].Message}}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// leaves returns the errors that have no causes: the keywords that failed.
func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// normalize turns one failed keyword into failures located at the value at
// fault.
func (o *Oracle) normalize(doc any, ve *jsonschema.ValidationError) []Failure {
	s, keyword, rest := o.index.keyword(ve.AbsoluteKeywordLocation)
	at := instancePointer(ve.InstanceLocation)
	f := func(path string) Failure { return Failure{Path: path, Keyword: keyword, Message: ve.Message} }
	obj, _ := Lookup(doc, at).(map[string]any)
	switch {
	case s == nil:
	case keyword == "type" && len(s.Types) == 1 && s.Types[0] == "null":
		// The null branch of a nullable union (anyOf [X, {type: null}])
		// failing on a value that is not null: the failures of the X
		// branch say what is wrong.
		return nil
	case keyword == "required" && obj != nil:
		var out []Failure
		for _, name := range s.Required {
			if _, ok := obj[name]; !ok {
				out = append(out, f(Child(at, name)))
			}
		}
		return out
	case (keyword == "dependentRequired" || keyword == "dependencies") && len(rest) == 2:
		var i int
		fmt.Sscan(rest[1], &i)
		if deps := requiredDeps(s)[rest[0]]; i < len(deps) {
			return []Failure{f(Child(at, deps[i]))}
		}
	case keyword == "additionalProperties" && obj != nil:
		var out []Failure
		for _, name := range slices.Sorted(maps.Keys(obj)) {
			if !declares(s, name) {
				out = append(out, f(Child(at, name)))
			}
		}
		return out
	}
	return []Failure{f(at)}
}

// instancePointer turns jsonschema's instance location, whose tokens are
// URL path-escaped, into a plain JSON pointer.
func instancePointer(loc string) string {
	toks := strings.Split(loc, "/")
	for i, t := range toks {
		if u, err := url.PathUnescape(t); err == nil {
			toks[i] = u
		}
	}
	return strings.Join(toks, "/")
}

// declares reports whether s lists name in properties or matches it with
// patternProperties.
func declares(s *jsonschema.Schema, name string) bool {
	if _, ok := s.Properties[name]; ok {
		return true
	}
	for re := range s.PatternProperties {
		if re.MatchString(name) {
			return true
		}
	}
	return false
}

// Decode reads a JSON document the way the oracle wants it: numbers as
// json.Number, so that none loses precision, and nothing after the value.
func Decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON value")
	}
	return v, nil
}

// YAMLAsJSON reads a YAML file and returns it as JSON, its keys written as
// strings (a YAML key 200 as "200").
func YAMLAsJSON(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return json.Marshal(stringKeys(v))
}

// stringKeys turns the map[any]any values a YAML decoder may produce into
// map[string]any, which encoding/json can write.
func stringKeys(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = stringKeys(e)
		}
		return x
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(k)] = stringKeys(e)
		}
		return out
	case []any:
		for i, e := range x {
			x[i] = stringKeys(e)
		}
	}
	return v
}

// trimFragment drops "#…" from a location.
func trimFragment(loc string) string {
	if i := strings.IndexByte(loc, '#'); i >= 0 {
		return loc[:i]
	}
	return loc
}
