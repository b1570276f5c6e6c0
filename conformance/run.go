package conformance

import (
	"fmt"
	"path/filepath"
	"strings"
)

// The statuses of a test.
const (
	Agree    = "agree"    // the check's verdict is the suite's
	Disagree = "disagree" // it is not
	Refused  = "refused"  // specgen would not generate the schema
	Broken   = "broken"   // the generated package does not compile
	Crashed  = "crashed"  // the check panicked, hung or killed the program
)

// Result is the outcome of one test.
type Result struct {
	Draft  string // "draft2020-12"
	File   string // "optional/format/date.json"
	Group  int
	Test   int
	Status string
	// What is the group's and the test's description in the suite.
	What string
	// Reason says why, for any status but agree: the generator's error,
	// the compiler's, or the check's message when it disagrees by
	// rejecting a valid document.
	Reason string
}

// ID names the test in expectation files: "anchor.json 3.1".
func (r Result) ID() string { return fmt.Sprintf("%s %d.%d", r.File, r.Group, r.Test) }

// maxBuildRounds bounds how often the build splits failing packages: a
// package of many groups fails, is split into one per group, and those
// that still fail are broken.
const maxBuildRounds = 4

// Run generates, builds and checks every test of the drafts, with the
// suite at suite and specgen's checkout at repo.
func Run(repo, suite string, drafts []Draft) ([]Result, error) {
	w, err := newWorkspace(repo)
	if err != nil {
		return nil, err
	}
	w.remotes = filepath.Join(suite, "remotes") + string(filepath.Separator)
	refused := map[string]string{}
	broken := map[string]string{}
	type draftFiles struct {
		d     Draft
		files []File
	}
	var all []draftFiles
	var units []*unit
	for _, d := range drafts {
		files, err := ReadDraft(suite, d)
		if err != nil {
			return nil, err
		}
		all = append(all, draftFiles{d, files})
		for i := range files {
			units = append(units, w.generateFile(d, &files[i], refused)...)
		}
	}
	for _, u := range units {
		if err := w.writeUnit(u); err != nil {
			return nil, err
		}
	}
	if units, err = w.buildSplitting(units, broken); err != nil {
		return nil, err
	}
	roots := map[string]bool{}
	for _, u := range units {
		for g := range u.Roots {
			roots[u.key(g)] = true
		}
	}
	var results []Result
	var reqs []request
	var asked []int // index in results of each request
	for _, df := range all {
		for _, f := range df.files {
			for g, grp := range f.Groups {
				key := groupKey(df.d, f.Name, g)
				for t, test := range grp.Tests {
					r := Result{Draft: df.d.Dir, File: f.Name, Group: g, Test: t, What: grp.Description + " / " + test.Description}
					switch {
					case refused[key] != "":
						r.Status, r.Reason = Refused, refused[key]
					case broken[key] != "":
						r.Status, r.Reason = Broken, broken[key]
					case !roots[key]:
						r.Status, r.Reason = Refused, "no Go type declared for the root schema"
					default:
						asked = append(asked, len(results))
						reqs = append(reqs, request{key: key, data: compact(test.Data)})
						// Valid travels in Status until the answer comes.
						r.Status = fmt.Sprint(test.Valid)
					}
					results = append(results, r)
				}
			}
		}
	}
	for i, a := range w.verdicts(reqs) {
		r := &results[asked[i]]
		r.Status, r.Reason = judge(r.Status == "true", a)
	}
	return results, nil
}

// judge turns the program's answer into a status, given the suite's verdict.
func judge(valid bool, answer string) (status, reason string) {
	kind, msg, _ := strings.Cut(answer, "\t")
	switch kind {
	case "ok", "invalid":
		if (kind == "ok") == valid {
			return Agree, ""
		}
		if kind == "ok" {
			return Disagree, "accepted"
		}
		return Disagree, "rejected: " + msg
	case "panic", "crashed":
		return Crashed, msg
	}
	return Crashed, "unexpected answer " + answer
}

// buildSplitting builds the verdict program, splitting packages that do
// not compile into one per group and dropping the groups that still fail
// (recorded in broken).
func (w *workspace) buildSplitting(units []*unit, broken map[string]string) ([]*unit, error) {
	for round := 0; ; round++ {
		failed, err := w.build(units)
		if err != nil || len(failed) == 0 {
			return units, err
		}
		if round == maxBuildRounds {
			return nil, fmt.Errorf("the verdict program still does not build after %d rounds", round)
		}
		var next []*unit
		for _, u := range units {
			msg, bad := failed[u]
			if !bad {
				next = append(next, u)
				continue
			}
			if err := w.removeUnit(u); err != nil {
				return nil, err
			}
			if len(u.Groups) == 1 {
				broken[u.key(u.Groups[0])] = w.clean(msg)
				continue
			}
			refused := map[string]string{}
			for _, v := range w.generateApart(u.Draft, u.File, u.Groups, refused) {
				if err := w.writeUnit(v); err != nil {
					return nil, err
				}
				next = append(next, v)
			}
		}
		units = next
	}
}
