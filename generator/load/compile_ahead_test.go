package load

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestCompileAheadSameErrors checks that compiling a schema file's
// definitions beside the walk (compile_ahead.go) meets the same error
// first as compiling each after the walk of the one before: definitions
// that do not compile (a $ref loop, an anchor that is not there) after
// and before good ones and values that are no schema, which are warned
// about in their place. TestWalkAheadSameDocuments compares the documents
// of the whole corpus the same way.
func TestCompileAheadSameErrors(t *testing.T) {
	defs := map[string]string{
		"ok":        `{"type":"string"}`,
		"ok2":       `{"type":"object","properties":{"a":{"$ref":"#/$defs/ok"}}}`,
		"loop1":     `{"$ref":"#/$defs/loop2"}`,
		"loop2":     `{"$ref":"#/$defs/loop1"}`,
		"badAnchor": `{"$ref":"#nowhere"}`,
		"text":      `"not a schema"`,
	}
	orders := [][]string{
		{"ok", "text", "ok2"},
		{"ok", "text", "badAnchor", "loop1", "loop2", "ok2"},
		{"ok", "loop1", "loop2", "text", "badAnchor"},
		{"text", "loop2", "ok", "loop1"},
		{"badAnchor", "ok", "text"},
	}
	wantErr := []string{"", "#nowhere not found", "infinite loop", "infinite loop", "#nowhere not found"}
	for i, order := range orders {
		var members []string
		for _, name := range order {
			members = append(members, fmt.Sprintf("%q:%s", name, defs[name]))
		}
		// Draft 7's $defs is no keyword: a value that is no schema is
		// warned about, not refused by the meta-schema.
		p := writeSchema(t, `{"$schema":"http://json-schema.org/draft-07/schema#","title":"S","properties":{"a":{"$ref":"#/$defs/ok"}},"$defs":{`+strings.Join(members, ",")+`}}`)
		doc, err := Load(Config{Schemas: []string{p}})
		alone, aloneErr := Load(Config{Schemas: []string{p}, walkAlone: true})
		switch {
		case (err == nil) != (aloneErr == nil) || err != nil && err.Error() != aloneErr.Error():
			t.Errorf("%v: %v; compiled in turn: %v", order, err, aloneErr)
		case wantErr[i] == "" && err != nil, wantErr[i] != "" && (err == nil || !strings.Contains(err.Error(), wantErr[i])):
			t.Errorf("%v: error %v, want one with %q", order, err, wantErr[i])
		case err == nil && !reflect.DeepEqual(doc, alone):
			t.Errorf("%v: the documents differ", order)
		case err == nil && (len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].Msg, "$defs/text is not a schema")):
			t.Errorf("%v: warnings %v, want the one for text", order, doc.Warnings)
		}
	}
}

// TestCompileAheadReadsFiles checks that definitions whose $refs lead to
// files the root does not reach (read while the walk runs) load as they
// do compiled in turn; run with -race, it also checks that the compiler
// reading them does not race the walk.
func TestCompileAheadReadsFiles(t *testing.T) {
	dir := t.TempDir()
	var defs, others []string
	for i := range 30 {
		// Each definition reaches a file of its own: the compiler reads
		// the next one while the walk converts this one.
		defs = append(defs, fmt.Sprintf(`"d%d":{"type":"object","properties":{"a":{"$ref":"other%d.json#/$defs/o"},"b":{"$ref":"#/$defs/d%d"}}}`, i, i, max(i-1, 0)))
		others = append(others, fmt.Sprintf(`{"$defs":{"o":{"type":"array","items":{"$ref":"#/$defs/p"}},"p":{"type":"integer","minimum":%d}}}`, i))
	}
	for i, o := range others {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("other%d.json", i)), []byte(o), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(dir, "s.schema.json")
	if err := os.WriteFile(p, []byte(`{"title":"S","type":"string","$defs":{`+strings.Join(defs, ",")+`}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Load(Config{Schemas: []string{p}})
	alone, aloneErr := Load(Config{Schemas: []string{p}, walkAlone: true})
	if err != nil || aloneErr != nil {
		t.Fatalf("%v; compiled in turn: %v", err, aloneErr)
	}
	// 30 definitions, the root, and each other file's o and p (named
	// where they live).
	if len(doc.Named) != 91 || !reflect.DeepEqual(doc, alone) {
		t.Errorf("%d named schemas; the documents differ: %v", len(doc.Named), !reflect.DeepEqual(doc, alone))
	}
}
