package conformance

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Drafts are the suite's draft folders that specgen is held to, newest
// first, with the $schema URI that names each.
var Drafts = []Draft{
	{Dir: "draft2020-12", URI: "https://json-schema.org/draft/2020-12/schema"},
	{Dir: "draft2019-09", URI: "https://json-schema.org/draft/2019-09/schema"},
	{Dir: "draft7", URI: "http://json-schema.org/draft-07/schema#"},
	{Dir: "draft6", URI: "http://json-schema.org/draft-06/schema#"},
	{Dir: "draft4", URI: "http://json-schema.org/draft-04/schema#"},
}

// Draft is one folder of the suite's tests/.
type Draft struct {
	Dir string // "draft2020-12"
	URI string // the $schema that selects it
}

// File is one test file of the suite: a list of groups sharing nothing but
// the file.
type File struct {
	// Name is the path under the draft folder, slash-separated
	// ("optional/format/date.json").
	Name   string
	Groups []Group
}

// Group is a schema and the tests of data against it.
type Group struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []Test          `json:"tests"`
}

// Test is one document and whether the schema accepts it.
type Test struct {
	Description string          `json:"description"`
	Data        json.RawMessage `json:"data"`
	Valid       bool            `json:"valid"`
}

// ReadDraft reads every test file of one draft (required and optional),
// in path order.
func ReadDraft(suite string, d Draft) ([]File, error) {
	dir := filepath.Join(suite, "tests", d.Dir)
	var names []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".json") {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	files := make([]File, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		if err != nil {
			return nil, err
		}
		f := File{Name: n}
		if err := json.Unmarshal(b, &f.Groups); err != nil {
			return nil, fmt.Errorf("%s/%s: %v", d.Dir, n, err)
		}
		files = append(files, f)
	}
	return files, nil
}

// Optional reports whether a test file is from the suite's optional/
// folder (format assertions, edge cases that drafts leave open).
func (f File) Optional() bool { return strings.HasPrefix(f.Name, "optional/") }
