package conformance

import (
	"fmt"

	"github.com/specgen/specgen/generator"
)

// Case is one schema file outside the official suite (a real schema, a
// random one) and the documents to check against it, each labelled by the
// oracle (package conformance/oracle).
type Case struct {
	// Name is unique among the cases of a run; it names the Go package.
	Name    string
	Schema  string   // path of the schema file
	RefMaps []string // -ref / -ref-dir maps, "URL=PATH"
	Docs    []Doc
}

// Doc is one document and the oracle's verdict on it.
type Doc struct {
	Name  string
	Data  []byte
	Valid bool
}

// CaseResult is the outcome of checking one document of a case, or of the
// case itself (Doc empty) when it has no document or was not generated.
type CaseResult struct {
	Case, Doc string
	Valid     bool // the oracle's verdict
	Status    string
	Reason    string
}

// caseDraft groups the units of cases in the verdict program's keys.
var caseDraft = Draft{Dir: "cases"}

// RunCases generates each case's schema into a package of its own with
// specgen's default options (as users run it), builds one verdict program
// over all of them, and checks every document by the one documented call
// (package check), comparing with the oracle's label. workspaceName keeps
// the work modules of different kinds of run apart.
func RunCases(repo, workspaceName string, cases []Case) ([]CaseResult, error) {
	w, err := newWorkspaceNamed(repo, workspaceName)
	if err != nil {
		return nil, err
	}
	refused := map[string]string{}
	broken := map[string]string{}
	var units []*unit
	for i := range cases {
		u, err := w.generateCase(&cases[i])
		if err != nil {
			refused[cases[i].Name] = w.clean(err.Error())
			continue
		}
		if err := w.writeUnit(u); err != nil {
			return nil, err
		}
		units = append(units, u)
	}
	if units, err = w.buildSplitting(units, broken); err != nil {
		return nil, err
	}
	generated := map[string]bool{}
	for _, u := range units {
		generated[u.File.Name] = true
	}
	var results []CaseResult
	var reqs []request
	var asked []int
	for _, c := range cases {
		key := groupKey(caseDraft, c.Name, 0)
		status, reason := "", ""
		switch {
		case refused[c.Name] != "":
			status, reason = Refused, refused[c.Name]
		case broken[key] != "":
			status, reason = Broken, broken[key]
		case !generated[c.Name]:
			status, reason = Refused, "no Go type declared for the root schema"
		}
		if len(c.Docs) == 0 || status != "" {
			results = append(results, CaseResult{Case: c.Name, Status: or(status, Agree), Reason: reason})
			continue
		}
		for _, d := range c.Docs {
			asked = append(asked, len(results))
			reqs = append(reqs, request{key: key, data: compact(d.Data)})
			results = append(results, CaseResult{Case: c.Name, Doc: d.Name, Valid: d.Valid})
		}
	}
	for i, a := range w.verdicts(reqs) {
		r := &results[asked[i]]
		r.Status, r.Reason = judge(r.Valid, a)
	}
	return results, nil
}

// generateCase runs specgen on one case's schema as a package of its own.
func (w *workspace) generateCase(c *Case) (*unit, error) {
	pkg := goIdent(c.Name)
	r, err := generator.Run(generator.Config{Package: pkg, Schemas: []string{c.Schema}, RefMaps: c.RefMaps})
	if err != nil {
		return nil, err
	}
	u := &unit{Dir: caseDraft.Dir + "/" + pkg, Pkg: pkg, Files: r.Files, Groups: []int{0}, Roots: map[int]string{},
		Draft: caseDraft, File: &File{Name: c.Name}}
	for _, decl := range r.API.Decls {
		if decl.Source.File == c.Schema && decl.Source.Pointer == "#" {
			u.Roots[0] = decl.Name
		}
	}
	if len(u.Roots) == 0 {
		return nil, fmt.Errorf("%s: no Go type declared for the root schema", c.Schema)
	}
	return u, nil
}

func or(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}
