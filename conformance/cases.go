package conformance

import (
	"fmt"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
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
	// AssertFormat generates as -assert-format does (the oracle that
	// labelled Docs must have asserted formats too).
	AssertFormat bool
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
	// Noted is set when generating the case's schema noted that Validate
	// does not check something of it (a degraded construct or an
	// unchecked keyword, see uncheckedNotes): a disagreement specgen
	// warned about, where any other is a bug.
	Noted bool
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
	noted := map[string]bool{}
	var units []*unit
	for i := range cases {
		u, notes, err := w.generateCase(&cases[i])
		noted[cases[i].Name] = len(notes) > 0
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
			results = append(results, CaseResult{Case: c.Name, Status: or(status, Agree), Reason: reason, Noted: noted[c.Name]})
			continue
		}
		for _, d := range c.Docs {
			asked = append(asked, len(results))
			reqs = append(reqs, request{key: key, data: compact(d.Data)})
			results = append(results, CaseResult{Case: c.Name, Doc: d.Name, Valid: d.Valid, Noted: noted[c.Name]})
		}
	}
	for i, a := range w.verdicts(reqs) {
		r := &results[asked[i]]
		r.Status, r.Reason = judge(r.Valid, a)
	}
	return results, nil
}

// generateCase runs specgen on one case's schema as a package of its own;
// notes are those that say Validate leaves something unchecked.
func (w *workspace) generateCase(c *Case) (u *unit, notes []string, err error) {
	pkg := goIdent(c.Name)
	r, err := generator.Run(generator.Config{Package: pkg, Schemas: []string{c.Schema}, RefMaps: c.RefMaps, AssertFormat: c.AssertFormat})
	if err != nil {
		return nil, nil, err
	}
	if err := gofmtClean(r.Files); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", c.Schema, err)
	}
	notes = uncheckedNotes(r.Diagnostics)
	u = &unit{Dir: caseDraft.Dir + "/" + pkg, Pkg: pkg, Files: r.Files, Groups: []int{0}, Roots: map[int]string{},
		Draft: caseDraft, File: &File{Name: c.Name}}
	for _, decl := range r.API.Decls {
		// The first declaration at the root is its type (a type list's
		// variants share its place); the check calls its Decode function.
		if _, seen := u.Roots[0]; !seen && decl.Source.File == c.Schema && decl.Source.Pointer == "#" && decl.DecodeName != "" {
			u.Roots[0] = decl.DecodeName
		}
	}
	if len(u.Roots) == 0 {
		return nil, notes, fmt.Errorf("%s: no Go type declared for the root schema", c.Schema)
	}
	return u, notes, nil
}

// uncheckedNotes returns the notes that say generated code does not hold
// to all of the schema: degraded constructs, unchecked keywords, members
// not kept (additional properties of a struct).
func uncheckedNotes(diags []generator.Note) []string {
	var out []string
	for _, d := range diags {
		if d.Degraded || d.Kind == ir.NoteUnchecked || d.Kind == ir.NoteNotGenerated {
			out = append(out, d.String())
		}
	}
	return out
}

func or(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}
