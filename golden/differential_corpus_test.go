package golden_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/difftest"
	"github.com/specgen/specgen/generator/sharedtest"
)

// corpusTargets are the generated types of gen/coder that documents of the
// Workspace corpus are decoded into, by schema name ([] for a JSON array).
var corpusTargets = map[string]difftest.Target{
	"Workspace":                              difftest.TargetOf("Workspace", coder.DecodeWorkspace),
	"[]Workspace":                            difftest.SliceOf("[]Workspace", coder.DecodeWorkspace),
	"WorkspaceBuild":                         difftest.TargetOf("WorkspaceBuild", coder.DecodeWorkspaceBuild),
	"[]WorkspaceBuild":                       difftest.SliceOf("[]WorkspaceBuild", coder.DecodeWorkspaceBuild),
	"[]ProvisionerJob":                       difftest.SliceOf("[]ProvisionerJob", coder.DecodeProvisionerJob),
	"[]ProvisionerJobLog":                    difftest.SliceOf("[]ProvisionerJobLog", coder.DecodeProvisionerJobLog),
	"[]WorkspaceBuildParameter":              difftest.SliceOf("[]WorkspaceBuildParameter", coder.DecodeWorkspaceBuildParameter),
	"[]WorkspaceResource":                    difftest.SliceOf("[]WorkspaceResource", coder.DecodeWorkspaceResource),
	"WorkspacesResponse":                     difftest.TargetOf("WorkspacesResponse", coder.DecodeWorkspacesResponse),
	"Response":                               difftest.TargetOf("Response", coder.DecodeResponse),
	"ResolveAutostartResponse":               difftest.TargetOf("ResolveAutostartResponse", coder.DecodeResolveAutostartResponse),
	"WorkspaceBuildTimings":                  difftest.TargetOf("WorkspaceBuildTimings", coder.DecodeWorkspaceBuildTimings),
	"CreateWorkspaceRequest":                 difftest.TargetOf("CreateWorkspaceRequest", coder.DecodeCreateWorkspaceRequest),
	"CreateWorkspaceBuildRequest":            difftest.TargetOf("CreateWorkspaceBuildRequest", coder.DecodeCreateWorkspaceBuildRequest),
	"UpdateWorkspaceRequest":                 difftest.TargetOf("UpdateWorkspaceRequest", coder.DecodeUpdateWorkspaceRequest),
	"UpdateWorkspaceAutostartRequest":        difftest.TargetOf("UpdateWorkspaceAutostartRequest", coder.DecodeUpdateWorkspaceAutostartRequest),
	"UpdateWorkspaceAutomaticUpdatesRequest": difftest.TargetOf("UpdateWorkspaceAutomaticUpdatesRequest", coder.DecodeUpdateWorkspaceAutomaticUpdatesRequest),
	"UpdateWorkspaceDormancy":                difftest.TargetOf("UpdateWorkspaceDormancy", coder.DecodeUpdateWorkspaceDormancy),
	"UpdateWorkspaceTTLRequest":              difftest.TargetOf("UpdateWorkspaceTTLRequest", coder.DecodeUpdateWorkspaceTTLRequest),
	"PutExtendWorkspaceRequest":              difftest.TargetOf("PutExtendWorkspaceRequest", coder.DecodePutExtendWorkspaceRequest),
	"PostWorkspaceUsageRequest":              difftest.TargetOf("PostWorkspaceUsageRequest", coder.DecodePostWorkspaceUsageRequest),
}

// corpusSchemas locates the schemas of the corpus sources that are not
// examples of an operation (whose schema the operation gives).
var corpusSchemas = map[string][2]string{
	"Workspace":      {"../spec/workspace.schema.json", "#"},
	"WorkspaceBuild": {"../spec/workspace.schema.json", "#/$defs/codersdk.WorkspaceBuild"},
	"ProvisionerJob": {"../spec/workspace.schema.json", "#/$defs/codersdk.ProvisionerJob"},
}

// corpusDoc is one base document with the schema it is checked against.
type corpusDoc struct {
	name   string // where it came from
	schema string // key of corpusTargets
	file   string // the schema's file and pointer, for the oracle
	ptr    string
	array  bool // the oracle wants an array of the schema at ptr
	data   []byte
}

// TestWorkspaceCorpusDifferential holds gen/coder's Validate to the oracle
// on the real payloads and API examples listed in
// testdata/differential/sources.json and on every mutant of each: decoded
// into the generated type (a document that does not decode is invalid) and
// validated, each must get the oracle's verdict and failing JSON pointers,
// except where a documented difference (difftest.Differences) explains it.
func TestWorkspaceCorpusDifferential(t *testing.T) {
	docs := corpusDocs(t)
	oracles := map[string]*difftest.Oracle{}
	for _, d := range docs {
		key := d.file + d.ptr
		if d.array {
			key += "[]"
		}
		o := oracles[key]
		if o == nil {
			var err error
			if d.array {
				o, err = difftest.NewArrayOracle(d.file, d.ptr)
			} else {
				o, err = difftest.NewOracle(d.file, d.ptr)
			}
			if err != nil {
				t.Fatalf("%s: %v", d.name, err)
			}
			oracles[key] = o
		}
		target, ok := corpusTargets[d.schema]
		if !ok {
			t.Errorf("%s: no generated type for schema %s in corpusTargets", d.name, d.schema)
			continue
		}
		doc, err := difftest.Decode(d.data)
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		bases := []any{doc}
		// Coder's docs show uuid.NullUUID as the object its schema
		// describes, which the override (and Coder's servers) write as a
		// string: with the string, the rest of the document is tested too.
		if wire := difftest.WireForm(o, doc, "uuid.NullUUID", "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f"); !reflect.DeepEqual(wire, doc) {
			bases = append(bases, wire)
		}
		t.Run(d.name, func(t *testing.T) { runDifferential(t, o, target, bases) })
	}
}

// corpusDocs reads the base documents, each once.
func corpusDocs(t *testing.T) []corpusDoc {
	t.Helper()
	var manifest struct {
		Sources []struct {
			Path     string `json:"path"`
			Schema   string `json:"schema"`
			Examples bool   `json:"examples"`
		} `json:"sources"`
	}
	raw, err := os.ReadFile("testdata/differential/sources.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	ops := openAPIOperations(t)
	var out []corpusDoc
	seen := map[string]bool{}
	add := func(d corpusDoc) {
		var b bytes.Buffer
		if json.Compact(&b, d.data) == nil {
			d.data = b.Bytes()
		}
		if seen[d.schema+string(d.data)] {
			return
		}
		seen[d.schema+string(d.data)] = true
		out = append(out, d)
	}
	for _, src := range manifest.Sources {
		text := sharedtest.Read(t, src.Path)
		if src.Examples {
			for _, ex := range apiExamples(text) {
				op, ok := ops[ex.method+" "+ex.path]
				if !ok {
					t.Errorf("%s: %s %s is not an operation of spec/openapi.yaml", src.Path, ex.method, ex.path)
					continue
				}
				schema, ptr, array := op.response, op.responsePtr, false
				if ex.body {
					schema, ptr = op.body, op.bodyPtr
				}
				if schema == "" {
					continue // an operation whose answer has no schema (raw state)
				}
				add(corpusDoc{name: src.Path + " " + ex.method + " " + ex.path + " " + ex.what, schema: schema,
					file: "../spec/openapi.yaml", ptr: ptr, array: array, data: ex.data})
			}
			continue
		}
		name := strings.TrimPrefix(src.Schema, "[]")
		loc, ok := corpusSchemas[name]
		if !ok {
			t.Fatalf("%s: schema %s has no entry in corpusSchemas", src.Path, src.Schema)
		}
		add(corpusDoc{name: src.Path, schema: src.Schema, file: loc[0], ptr: loc[1],
			array: strings.HasPrefix(src.Schema, "[]"), data: firstJSON(t, src.Path, text)})
	}
	return out
}

// firstJSON returns the first JSON object or array in text (a seed has
// prose before its payload).
func firstJSON(t *testing.T, name string, text []byte) []byte {
	t.Helper()
	i := bytes.IndexAny(text, "{[")
	if i < 0 {
		t.Fatalf("%s holds no JSON", name)
	}
	var raw json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(text[i:])).Decode(&raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return raw
}

// apiExample is a request body or response example of Coder's API docs.
type apiExample struct {
	method, path, what string
	body               bool
	data               []byte
}

var (
	operationLine = regexp.MustCompile(`(?m)^(GET|POST|PUT|PATCH|DELETE) (/\S*)\s*$`)
	exampleMarker = regexp.MustCompile(`(?m)^(Body parameter|2\d\d Response)\s*$`)
)

// apiExamples finds, under each "METHOD /path" line of a docs page, the
// JSON after "Body parameter" and after "200 Response".
func apiExamples(text []byte) []apiExample {
	var out []apiExample
	ops := operationLine.FindAllSubmatchIndex(text, -1)
	for i, op := range ops {
		end := len(text)
		if i+1 < len(ops) {
			end = ops[i+1][0]
		}
		section := text[op[1]:end]
		for _, m := range exampleMarker.FindAllSubmatchIndex(section, -1) {
			rest := bytes.TrimLeft(section[m[1]:], " \t\r\n")
			if len(rest) == 0 || (rest[0] != '{' && rest[0] != '[') {
				continue
			}
			var raw json.RawMessage
			if json.NewDecoder(bytes.NewReader(rest)).Decode(&raw) != nil {
				continue
			}
			what := string(section[m[2]:m[3]])
			out = append(out, apiExample{
				method: string(text[op[2]:op[3]]), path: string(text[op[4]:op[5]]),
				what: what, body: what == "Body parameter", data: raw,
			})
		}
	}
	return out
}

// operation is what the corpus needs of an operation of spec/openapi.yaml:
// the schema names (keys of corpusTargets) and pointers of its JSON
// request body and 2xx response.
type operation struct {
	body, bodyPtr, response, responsePtr string
}

// openAPIOperations reads spec/openapi.yaml's operations by "METHOD /path".
func openAPIOperations(t *testing.T) map[string]operation {
	t.Helper()
	src, err := os.ReadFile("../spec/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]struct{ Schema map[string]any } `yaml:"content"`
			} `yaml:"requestBody"`
			Responses map[string]struct {
				Content map[string]struct{ Schema map[string]any } `yaml:"content"`
			} `yaml:"responses"`
		} `yaml:"paths"`
	}
	if err := yaml.Unmarshal(src, &spec); err != nil {
		t.Fatal(err)
	}
	out := map[string]operation{}
	for path, methods := range spec.Paths {
		for method, op := range methods {
			base := "#/paths/" + escapeToken(path) + "/" + method
			o := operation{}
			if c, ok := op.RequestBody.Content["application/json"]; ok {
				o.body, o.bodyPtr = schemaName(c.Schema), base+"/requestBody/content/application~1json/schema"
			}
			for code, r := range op.Responses {
				if c, ok := r.Content["application/json"]; ok && strings.HasPrefix(code, "2") {
					o.response = schemaName(c.Schema)
					o.responsePtr = base + "/responses/" + code + "/content/application~1json/schema"
				}
			}
			out[strings.ToUpper(method)+" "+path] = o
		}
	}
	return out
}

// schemaName names a response or body schema as corpusTargets does: the
// last part of its $ref, without a qualifier, [] in front for an array.
func schemaName(s map[string]any) string {
	if items, ok := s["items"].(map[string]any); ok && s["type"] == "array" {
		if n := schemaName(items); n != "" {
			return "[]" + n
		}
		return ""
	}
	ref, _ := s["$ref"].(string)
	switch {
	case ref == "":
		return ""
	case strings.HasSuffix(ref, "workspace.schema.json"):
		return "Workspace"
	}
	name := ref[strings.LastIndexByte(ref, '/')+1:]
	return name[strings.LastIndexByte(name, '.')+1:]
}

func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}
