package diff

import (
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// RawLookup returns the JSON text of the part of a document at a JSON
// pointer ("#/paths/~1search/get/parameters/0"), with object keys sorted
// so that two spellings of the same JSON compare equal; false when the
// file or the part does not exist. load.RawJSON is one over the input
// files (diff itself reads no input: it compares IRs).
type RawLookup func(file, pointer string) (string, bool)

// CompareDegraded adds to r what the IR comparison cannot see: a part of
// either version that lowering did not type exactly (a degraded note: a
// schema typed as raw JSON, a parameter carried as its JSON text) is
// compared as raw JSON, and a difference is reported as a warning — what
// changed inside it is not known, only that it did. Parts are paired by
// JSON pointer; raw reads both versions' documents.
func CompareDegraded(r *Report, old, new *ir.API, raw RawLookup) {
	r.addDegraded(degradedParts(old, new, raw), old, new, nil, nil)
}

// CompareAll is Compare followed by CompareDegraded, the same report, with
// the degraded parts read (raw reads the documents) while the IRs are
// compared: both are the part of a comparison left after reading the two
// versions, and a second core does the one beside the other.
func CompareAll(old, new *ir.API, raw RawLookup) *Report {
	read := make(chan []degradedPart, 1)
	go func() { read <- degradedParts(old, new, raw) }()
	r, c := compare(old, new)
	r.addDegraded(<-read, old, new, c.oldUse, c.newUse)
	return r
}

// degradedPart is a part of the documents compared as raw JSON: its
// pointer, the file holding it in each version, and its JSON there.
type degradedPart struct {
	ptr, oldFile, newFile, kind string
	was, is                     string
	inOld, inNew                bool
}

// degradedParts finds the parts either version degraded and reads them
// from both; it reads the IRs and raw only, so that it can run beside
// Compare.
func degradedParts(old, new *ir.API, raw RawLookup) []degradedPart {
	parts := map[string]*degradedPart{}
	var order []string
	oldDoc, newDoc := documentOf(old).File, documentOf(new).File
	note := func(n ir.Note, isOld bool) {
		if !n.Degraded || keepsStructure[n.Kind] || n.Source.Pointer == "" || n.Source.File == "" {
			return
		}
		p := parts[n.Source.Pointer]
		if p == nil {
			p = &degradedPart{ptr: n.Source.Pointer, kind: string(n.Kind)}
			parts[n.Source.Pointer] = p
			order = append(order, n.Source.Pointer)
		}
		if isOld {
			p.oldFile = n.Source.File
		} else {
			p.newFile = n.Source.File
		}
	}
	for _, n := range old.Notes {
		note(n, true)
	}
	for _, n := range new.Notes {
		note(n, false)
	}
	var out []degradedPart
	// Only one version's main document is known to hold the part when the
	// other did not degrade it: look for it at the same pointer there.
	for _, ptr := range order {
		p := parts[ptr]
		if p.oldFile == "" && p.newFile == newDoc {
			p.oldFile = oldDoc
		}
		if p.newFile == "" && p.oldFile == oldDoc {
			p.newFile = newDoc
		}
		if p.oldFile == "" || p.newFile == "" {
			continue
		}
		p.was, p.inOld = raw(p.oldFile, ptr)
		p.is, p.inNew = raw(p.newFile, ptr)
		out = append(out, *p)
	}
	return out
}

// addDegraded reports the parts that changed. oldUse and newUse are the
// versions' usage when the caller has them (nil: computed when a schema
// needs them).
func (r *Report) addDegraded(parts []degradedPart, old, new *ir.API, oldUse, newUse *usage) {
	for _, p := range parts {
		if p.inOld && p.inNew && p.was == p.is || !p.inOld && !p.inNew {
			continue
		}
		kind, subject, opID := subjectAt(p.ptr, new, old)
		var uses []Use
		if kind == SubjectSchema {
			if newUse == nil {
				newUse, oldUse = usageOf(new), usageOf(old)
			}
			uses = usesOf(subject, new, newUse)
			if uses == nil {
				uses = usesOf(subject, old, oldUse)
			}
		}
		ch := Change{
			Level: Warning, Rule: "degraded-part-changed", Kind: kind, Subject: subject, OperationID: opID,
			Location: p.ptr, File: p.newFile, UsedBy: uses, UsedByCount: len(uses),
			Message: "changed; specgen does not type it exactly (" + p.kind + "), so only its JSON is compared: review it by hand",
		}
		switch {
		case !p.inNew:
			ch.Message = "removed; specgen did not type it exactly (" + p.kind + ")"
		case !p.inOld:
			ch.Message = "added; specgen does not type it exactly (" + p.kind + ")"
		}
		ch.ID = changeID(&ch)
		r.insert(ch)
	}
}

var kindRank = map[SubjectKind]int{SubjectAPI: 0, SubjectOperation: 1, SubjectSchema: 2}

// insert adds a change after the last one of its subject, or, for a
// subject without changes yet, after the last of its kind, keeping the
// report grouped by subject.
func (r *Report) insert(ch Change) {
	at := -1
	for i, c := range r.Changes {
		if c.Kind == ch.Kind && c.Subject == ch.Subject {
			at = i + 1
		}
	}
	if at < 0 {
		at = len(r.Changes)
		for i, c := range r.Changes {
			if kindRank[c.Kind] > kindRank[ch.Kind] {
				at = i
				break
			}
		}
	}
	r.Changes = slices.Insert(r.Changes, at, ch)
}

// keepsStructure are the kinds of degraded notes after which the IR still
// holds the whole schema (only how it travels is a convention): the IR
// comparison sees their changes, so their raw JSON is not compared.
var keepsStructure = map[ir.NoteKind]bool{
	ir.NoteParamJSON:       true,
	ir.NoteParamConvention: true,
	ir.NoteUnionByShape:    true,
	ir.NoteNotServed:       true,
}

// subjectAt finds what a JSON pointer belongs to: an operation
// ("#/paths/~1search/get/…"), a named schema ("#/components/schemas/Pet/…",
// "#/definitions/Pet/…", by the new version's Go name where it has one),
// or the API.
func subjectAt(ptr string, versions ...*ir.API) (SubjectKind, string, string) {
	seg := strings.Split(strings.TrimPrefix(ptr, "#/"), "/")
	for i, s := range seg {
		seg[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	switch {
	case len(seg) >= 3 && seg[0] == "paths":
		subject := strings.ToUpper(seg[2]) + " " + seg[1]
		for _, api := range versions {
			for _, op := range api.Operations {
				if op.Method+" "+op.Path == subject {
					return SubjectOperation, subject, op.ID
				}
			}
		}
		return SubjectOperation, subject, ""
	case len(seg) >= 3 && seg[0] == "components" && seg[1] == "schemas", len(seg) >= 2 && (seg[0] == "definitions" || seg[0] == "$defs"):
		name := seg[len(seg)-1]
		if seg[0] == "components" {
			name = seg[2]
		} else {
			name = seg[1]
		}
		for _, api := range versions {
			for _, d := range api.Decls {
				if d.SchemaName == name {
					return SubjectSchema, d.Name, ""
				}
			}
		}
		return SubjectSchema, name, ""
	}
	return SubjectAPI, "API", ""
}

// usesOf lists the places that reach the schema with Go name name in one
// version.
func usesOf(name string, api *ir.API, u *usage) []Use {
	for _, d := range api.Decls {
		if d.Name == name && isNamed(d) {
			return u.uses[d]
		}
	}
	return nil
}
