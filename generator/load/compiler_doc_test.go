package load

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/sharedtest"
	"github.com/specgen/specgen/internal/synthschema"
)

// TestValueServerInstalled checks that this module's version of jsonschema
// keeps its documents where valueServer puts them: without it every file
// would silently be served as text again.
func TestValueServerInstalled(t *testing.T) {
	c := jsonschema.NewCompiler()
	vs := newValueServer(c)
	if vs == nil {
		t.Fatal("no value server for this jsonschema")
	}
	vs.put("file:///s.json", map[string]any{"type": "string", "pattern": "^a+$"})
	cs, err := c.Compile("file:///s.json")
	if err != nil {
		t.Fatal(err)
	}
	if cs.Pattern == nil || cs.Pattern.String() != "^a+$" || len(cs.Types) != 1 || cs.Types[0] != "string" {
		t.Errorf("the compiler did not compile the value put in its table: %+v", cs)
	}
}

// TestServeValueHidesPatterns checks that the compiler compiles the
// placeholder for a pattern Go reads, and the document keeps the pattern.
func TestServeValueHidesPatterns(t *testing.T) {
	p := writeSchema(t, `{"title":"S","type":"object","properties":{"a":{"type":"string","pattern":"^[a-z]+$"}},"enum":[{"pattern":"^[a-z]+$"}]}`)
	fs := newFileSet()
	f, err := fs.readPath(p)
	if err != nil {
		t.Fatal(err)
	}
	repairEnums(f, fileDialect{draft2020: true}, fs.warn)
	c := jsonschema.NewCompiler()
	fs.metaGate = gateMetaSchema(c)
	if !fs.serveValue(newValueServer(c), f) {
		t.Fatal("not served as a value")
	}
	cs, err := c.Compile(f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got := cs.Properties["a"].Pattern.String(); got != patternPlaceholder {
		t.Errorf("the compiler compiled %q, not the placeholder", got)
	}
	if got := fmt.Sprint(cs.Enum); got != "[map[pattern:^[a-z]+$]]" {
		t.Errorf("an enum value (data) changed: %s", got)
	}
	doc, err := Load(Config{Schemas: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Named[0].Schema.Properties[0].Schema.Pattern; got != "^[a-z]+$" {
		t.Errorf("pattern %q, want the file's", got)
	}
}

// TestServeValueSameAsText checks that a schema file given to the compiler
// as a value loads to the same document, or fails with the same error, as
// served as JSON text (loadCorpus).
func TestServeValueSameAsText(t *testing.T) {
	sameLoads(t, func(c *Config) { c.textOnly = true })
}

// TestWalkAheadSameDocuments checks that converting a schema file's
// schemas beside the walk (ahead.go) gives the documents and errors the
// walk alone gives (loadCorpus).
func TestWalkAheadSameDocuments(t *testing.T) {
	sameLoads(t, func(c *Config) { c.walkAlone = true })
}

// sameLoads loads every schema of loadCorpus as it is and with other
// changed, and fails where the documents or the errors differ.
func sameLoads(t *testing.T, other func(*Config)) {
	sameLoadsOf(t, loadCorpus(t), other)
}

// sameLoadsOf is sameLoads over the schemas of corpus.
func sameLoadsOf(t *testing.T, corpus [][]byte, other func(*Config)) {
	dir := t.TempDir()
	same, failed := 0, 0
	for i, src := range corpus {
		p := filepath.Join(dir, fmt.Sprintf("s%d.schema.json", i))
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := Config{Schemas: []string{p}}
		doc, err := Load(cfg)
		other(&cfg)
		want, wantErr := Load(cfg)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Errorf("%.300s: %v; the other way: %v", src, err, wantErr)
			continue
		}
		if err != nil {
			failed++
			continue
		}
		if !reflect.DeepEqual(doc, want) {
			t.Errorf("%.300s: the documents differ", src)
			continue
		}
		same++
	}
	if same < 1000 || failed == 0 {
		t.Errorf("%d documents the same, %d errors the same: the test compares too little", same, failed)
	}
	t.Logf("%d documents and %d errors the same", same, failed)
}

// loadCorpus is every schema of the JSON-Schema-Test-Suite (each draft, as
// written and, mended, with its enums repeated), the golden schema files,
// a synthetic large schema, and the cases where a value is not served
// (a number json.Marshal refuses, an escaped $schema key).
func loadCorpus(t *testing.T) [][]byte {
	var schemas [][]byte
	for _, draft := range []string{"draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"} {
		for _, g := range suiteSchemas(t, draft) {
			schemas = append(schemas, g.schema)
			// Mended (a repeated enum value): the text was made again.
			if s := string(g.schema); strings.HasPrefix(s, "{") && !strings.Contains(s, `"enum"`) {
				schemas = append(schemas, []byte(`{"enum":[1,1,"a"],`+s[1:]))
			}
		}
	}
	golden, _ := filepath.Glob("../../golden/*/*.schema.json")
	if len(golden) < 20 {
		t.Fatalf("only %d golden schema files", len(golden))
	}
	for _, file := range golden {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		schemas = append(schemas, data)
	}
	return append(schemas, synthschema.Config(200_000),
		[]byte(`{"title":"S","properties":{"a":{"type":"number","maximum":01}}}`),
		[]byte(`{"title":"S","enum":[1,1],"properties":{"a":{"type":"number","maximum":1.}}}`),
		[]byte(`{"\u0024schema":"http://json-schema.org/draft-07/schema#","title":"S","properties":{"a":{"pattern":"^a$"}}}`),
		[]byte(`{"$schema":"http://json-schema.org/draft-07/schema#","title":"S","properties":{"a":{"pattern":"^a$","maxLength":-1}}}`),
		[]byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"S","properties":{"a":{"pattern":"^a$","enum":["x","x"]}}}`),
		[]byte(`{"title":"S","properties":{"a":{"pattern":"(?=a)b"},"b":{"pattern":5}}}`),
		[]byte(`{"title":"S","$defs":{"a":{"$dynamicAnchor":"n","pattern":"^a"}},"properties":{"a":{"$dynamicRef":"#n"}}}`))
}

func writeSchema(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "s.schema.json")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// suiteSchema is one schema of the JSON-Schema-Test-Suite.
type suiteSchema struct {
	file   string
	group  int
	schema json.RawMessage
}

// suiteSchemas reads the schema of every test group of one draft of the
// JSON-Schema-Test-Suite.
func suiteSchemas(t *testing.T, draft string) []suiteSchema {
	files, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "corpus/json-schema-test-suite/tests/"+draft), "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no suite files (%v)", draft, err)
	}
	var out []suiteSchema
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var groups []struct {
			Schema json.RawMessage `json:"schema"`
		}
		if err := json.Unmarshal(data, &groups); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for i, g := range groups {
			out = append(out, suiteSchema{file: file, group: i, schema: g.Schema})
		}
	}
	return out
}
