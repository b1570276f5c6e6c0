package conformance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/specgen/specgen/conformance/mutate"
	"github.com/specgen/specgen/conformance/oracle"
)

// A real-schema corpus is a folder with one folder per schema:
//
//	NAME/schema.json          the schema, as published
//	NAME/refs/HOST/...        local copies of the remote documents it
//	                          reaches, served as http(s)://HOST/...
//	NAME/valid/*.json         documents its publisher says are valid
//	NAME/invalid/*.json       documents its publisher says are not
//
// The folders only say where documents come from: each is labelled by the
// oracle, whose verdict specgen is held to.

// RealSchema is one schema of a corpus with its documents labelled.
type RealSchema struct {
	Case
	Draft string // the $schema it names
	Size  int    // bytes
	// Published counts the documents whose oracle label differs from the
	// folder they were published in (for the report; not a failure).
	Published int
	// OracleErr is why the oracle could not compile the schema; its
	// documents are then not checked.
	OracleErr string
}

// Mutations asks ReadRealSchemas for mutated documents: PerDoc variants
// (package conformance/mutate) of every document the oracle finds valid,
// drawn from Seed, each labelled by the oracle like the others and named
// "mutant/FILE/KIND@POINTER".
type Mutations struct {
	PerDoc int
	Seed   uint64
}

// ReadRealSchemas reads the corpus at dir and labels its documents, and
// the mutants of its valid ones that mut asks for.
func ReadRealSchemas(dir string, mut Mutations) ([]RealSchema, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []RealSchema
	for _, e := range entries {
		schema := filepath.Join(dir, e.Name(), "schema.json")
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(schema); err != nil {
			continue
		}
		rs, err := readRealSchema(e.Name(), schema, mut)
		if err != nil {
			return nil, err
		}
		out = append(out, rs)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no NAME/schema.json", dir)
	}
	return out, nil
}

// readRealSchema reads one schema's folder.
func readRealSchema(name, schema string, mut Mutations) (RealSchema, error) {
	abs, err := filepath.Abs(schema)
	if err != nil {
		return RealSchema{}, err
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		return RealSchema{}, err
	}
	rs := RealSchema{Case: Case{Name: name, Schema: abs, RefMaps: refMaps(filepath.Join(filepath.Dir(abs), "refs"))},
		Draft: draftOf(src), Size: len(src)}
	o, err := oracle.Compile(abs, rs.RefMaps, false)
	if err != nil {
		rs.OracleErr = oneLineOf(err.Error())
		return rs, nil
	}
	for _, label := range []string{"valid", "invalid"} {
		files, _ := filepath.Glob(filepath.Join(filepath.Dir(abs), label, "*.json"))
		slices.Sort(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return RealSchema{}, err
			}
			valid, err := o.Valid(data)
			if err != nil {
				return RealSchema{}, fmt.Errorf("%s: %v", f, err)
			}
			if valid != (label == "valid") {
				rs.Published++
			}
			rs.Docs = append(rs.Docs, Doc{Name: label + "/" + filepath.Base(f), Data: data, Valid: valid})
		}
	}
	if mut.PerDoc > 0 {
		rs.Docs = append(rs.Docs, mutants(o, rs.Docs, name, mut)...)
	}
	return rs, nil
}

// mutants labels the variants of each valid document of docs.
func mutants(o *oracle.Oracle, docs []Doc, schema string, mut Mutations) []Doc {
	var out []Doc
	for _, d := range docs {
		if !d.Valid {
			continue
		}
		file := d.Name[strings.IndexByte(d.Name, '/')+1:]
		for _, v := range mutate.Variants(d.Data, mut.Seed, schema+"/"+d.Name, mut.PerDoc) {
			valid, err := o.Valid(v.Data)
			if err != nil {
				continue // not a document the oracle reads: no label
			}
			out = append(out, Doc{Name: "mutant/" + file + "/" + v.Name, Data: v.Data, Valid: valid})
		}
	}
	return out
}

// refMaps maps http:// and https:// of each host folder under refs.
func refMaps(refs string) []string {
	hosts, _ := os.ReadDir(refs)
	var out []string
	for _, h := range hosts {
		if h.IsDir() {
			dir := filepath.Join(refs, h.Name()) + string(filepath.Separator)
			out = append(out, "https://"+h.Name()+"/="+dir, "http://"+h.Name()+"/="+dir)
		}
	}
	return out
}

// draftOf returns the schema's $schema, shortened for the report.
func draftOf(src []byte) string {
	var s struct {
		Schema string `json:"$schema"`
	}
	if json.Unmarshal(src, &s) != nil || s.Schema == "" {
		return "none"
	}
	d := strings.TrimSuffix(strings.TrimSuffix(s.Schema, "#"), "/schema")
	return d[strings.LastIndex(d, "/")+1:]
}

func oneLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// ExplainAccepted adds the oracle's reason to each document that
// specgen accepted and the oracle does not: the harness's own reason says
// only "accepted", and the class of a disagreement is in what was missed.
func ExplainAccepted(schemas []RealSchema, results []CaseResult) {
	byName := map[string]*RealSchema{}
	for i := range schemas {
		byName[schemas[i].Name] = &schemas[i]
	}
	compiled := map[string]*oracle.Oracle{}
	for i := range results {
		r := &results[i]
		rs := byName[r.Case]
		if r.Status != Disagree || r.Reason != "accepted" || rs == nil {
			continue
		}
		o, ok := compiled[r.Case]
		if !ok {
			o, _ = oracle.Compile(rs.Schema, rs.RefMaps, false)
			compiled[r.Case] = o
		}
		for _, d := range rs.Docs {
			if d.Name == r.Doc && o != nil {
				if why, err := o.Explain(d.Data); err == nil {
					r.Reason += " (oracle: " + why + ")"
				}
				break
			}
		}
	}
}
