package load

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestCompileEarlySameDocuments checks that compiling a schema file
// before it is mended (compile_early.go) loads every schema of loadCorpus
// to the document, or the error, that compiling it after gives.
func TestCompileEarlySameDocuments(t *testing.T) {
	sameLoads(t, func(c *Config) { c.mendFirst = true })
	// Each schema again with an empty required list, which the early
	// copy drops as repairEnums does, at the root and in a definition.
	var dropped [][]byte
	for _, src := range loadCorpus(t) {
		if s := string(src); strings.HasPrefix(s, "{") && !strings.Contains(s, `"required"`) && !strings.Contains(s, `"$defs"`) {
			dropped = append(dropped, []byte(`{"required":[],"$defs":{"e":{"type":"object","required":[]}},`+s[1:]))
		}
	}
	sameLoadsOf(t, dropped, func(c *Config) { c.mendFirst = true })
}

// TestCompileEarlyKeptOrDropped checks when the early compile is kept: for
// a file nothing changes, and not for one that is mended, whose $refs are
// mended or lead to another file, or that does not load; the documents and
// errors are those of compiling after mending either way.
func TestCompileEarlyKeptOrDropped(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "other.json"), []byte(`{"$defs":{"o":{"type":"integer"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, src   string
		kept, fails bool
	}{
		{"plain", `{"title":"S","type":"object","properties":{"a":{"type":"string","pattern":"^[a-z]+$"},"b":{"$ref":"#/$defs/d"}},"$defs":{"d":{"type":"integer","minimum":1},"e":{"type":"string","pattern":"^[a-z]+$"}}}`, true, false},
		{"draft-07", `{"$schema":"http://json-schema.org/draft-07/schema#","title":"S","properties":{"a":{"$ref":"#/definitions/d"}},"definitions":{"d":{"type":"string"}}}`, true, false},
		{"repeated enum", `{"title":"S","type":"string","enum":["a","a","b"]}`, false, false},
		{"ECMA pattern", `{"title":"S","type":"string","pattern":"^(?!x)[a-z]+$"}`, false, false},
		{"empty required", `{"title":"S","type":"object","required":[],"properties":{"a":{"type":"string"}}}`, true, false},
		{"empty required, repeated enum", `{"title":"S","type":"object","required":[],"properties":{"a":{"enum":["a","a"]}}}`, false, false},
		{"empty required, draft 4", `{"$schema":"http://json-schema.org/draft-04/schema#","title":"S","type":"object","required":[],"properties":{"a":{"type":"string"}}}`, false, false},
		{"empty oneOf", `{"title":"S","type":"object","oneOf":[],"properties":{"a":{"type":"string"}}}`, false, false},
		{"empty required, YAML", "title: S\ntype: object\nrequired: []\n", false, false},
		{"other file", `{"title":"S","type":"object","properties":{"a":{"$ref":"other.json#/$defs/o"}}}`, false, false},
		{"dangling ref", `{"title":"S","type":"object","properties":{"a":{"$ref":"#/$defs/nowhere"}}}`, false, false},
		{"missing file", `{"title":"S","type":"object","properties":{"a":{"$ref":"missing.json#/$defs/o"}}}`, false, true},
		{"bad definition", `{"title":"S","type":"string","$defs":{"ok":{"type":"string"},"loop1":{"$ref":"#/$defs/loop2"},"loop2":{"$ref":"#/$defs/loop1"}}}`, true, true},
		{"not a schema", `[1,2]`, false, true},
	}
	for _, c := range cases {
		p := filepath.Join(dir, "s.schema.json")
		if err := os.WriteFile(p, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		var kept bool
		doc, err := Load(Config{Schemas: []string{p}, keptEarly: &kept})
		want, wantErr := Load(Config{Schemas: []string{p}, mendFirst: true})
		switch {
		case (err != nil) != c.fails:
			t.Errorf("%s: error %v", c.name, err)
		case (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error():
			t.Errorf("%s: %v; compiled after mending: %v", c.name, err, wantErr)
		case err == nil && !reflect.DeepEqual(doc, want):
			t.Errorf("%s: the documents differ", c.name)
		}
		// A load that fails before take is never told.
		if kept != c.kept && !(c.fails && !c.kept) {
			t.Errorf("%s: kept %v, want %v", c.name, kept, c.kept)
		}
	}
}
