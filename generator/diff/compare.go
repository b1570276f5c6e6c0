package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// Compare reports how the API changed from old to new.
func Compare(old, new *ir.API) *Report {
	r, _ := compare(old, new)
	return r
}

// compare is Compare, returning the comparer too (its usage of each
// version serves CompareAll).
func compare(old, new *ir.API) (*Report, *comparer) {
	c := &comparer{
		pairs:  matchDecls(old.Decls, new.Decls),
		oldUse: usageOf(old),
		newUse: usageOf(new),
		inline: map[[2]*ir.Decl]bool{},
	}
	c.newNames = func(d *ir.Decl) string { return d.Name }
	c.oldNames = func(d *ir.Decl) string {
		if n, ok := c.pairs[d]; ok {
			return n.Name
		}
		return d.Name
	}
	c.apiSrc = documentOf(new)
	c.src = c.apiSrc
	c.api(old, new)
	for _, p := range matchOperations(old.Operations, new.Operations) {
		c.src = c.apiSrc
		c.operation(p)
	}
	c.schemas(old.Decls, new.Decls)
	for i := range c.changes {
		c.changes[i].ID = changeID(&c.changes[i])
	}
	return &Report{
		Old:     Version{Title: old.Title, Version: old.Version},
		New:     Version{Title: new.Title, Version: new.Version},
		Changes: c.changes,
	}, c
}

// comparer holds the state of one comparison.
type comparer struct {
	// pairs maps each named declaration of the old version to its
	// counterpart in the new one.
	pairs          map[*ir.Decl]*ir.Decl
	oldUse, newUse *usage
	// oldNames renders old types with the new names of paired declarations.
	oldNames, newNames goNames
	// inline holds the inline declaration pairs being compared, so that a
	// recursive inline schema is compared once.
	inline map[[2]*ir.Decl]bool
	// values holds the run-time schema pairs being compared (values.go),
	// so that a recursive one is compared once.
	values map[[2]*ir.ValueSchema]bool

	kind    SubjectKind
	subject string
	opID    string
	// src is where in the new version the changes being recorded are (the
	// nearest place it has), for annotations.
	src ir.Source
	// apiSrc is the new version's document, for changes that have no place
	// of their own in it (a schema removed).
	apiSrc  ir.Source
	changes []Change
}

// at sets the place changes are located at while f runs, when the new
// version has one.
func (c *comparer) at(src ir.Source, f func()) {
	saved := c.src
	if src.File != "" {
		c.src = src
	}
	f()
	c.src = saved
}

// loc is where a change is within its subject: a location in an operation
// ("query parameter owner") and a JSON path within the schema there.
type loc struct {
	where, path string
}

func (l loc) field(name string) loc {
	if l.path != "" {
		name = l.path + "." + name
	}
	return loc{l.where, name}
}

func (l loc) items() loc { return loc{l.where, l.path + "[]"} }

// variant is the place of one variant of a union: "pet.oneOf[Cat]".
func (l loc) variant(word, label string) loc {
	p := word + "[" + label + "]"
	if l.path != "" {
		p = l.path + "." + p
	}
	return loc{l.where, p}
}
func (l loc) values() loc { return loc{l.where, l.path + ".*"} }

// keyword is the place of a subschema under a keyword: "config.not".
func (l loc) keyword(name string) loc { return l.field(name) }

// add records a change of the current subject.
func (c *comparer) add(l Level, rule string, at loc, format string, a ...any) *Change {
	ch := Change{
		Level: l, Rule: rule, Kind: c.kind, Subject: c.subject,
		Location: at.where, Path: at.path, Message: fmt.Sprintf(format, a...),
		File: c.src.File, Line: c.src.Line,
	}
	if c.kind == SubjectOperation {
		ch.OperationID = c.opID
	}
	c.changes = append(c.changes, ch)
	return &c.changes[len(c.changes)-1]
}

// goNote attaches how the Go of a field or parameter changed to the first
// change recorded at that place since start, or records it on its own
// (info: the wire did not change, only the Go type, such as int ↔ int64).
func (c *comparer) goNote(start int, at loc, from, to string) {
	if from != to {
		c.goNoteAs(start, at, from+" → "+to, from, to)
	}
}

// goNoteAs is goNote with the note's words given.
func (c *comparer) goNoteAs(start int, at loc, note, from, to string) {
	for i := start; i < len(c.changes); i++ {
		ch := &c.changes[i]
		if ch.Location == at.where && ch.Path == at.path && ch.Go == "" && altersGoType(ch.Rule) {
			ch.Go = note
			return
		}
	}
	msg := "Go type changed; the values are the same"
	switch {
	case from == "*"+to:
		msg = "Go field no longer a pointer"
	case to == "*"+from:
		msg = "Go field now a pointer"
	}
	c.add(Info, "go-type-changed", at, "%s", msg).Go = note
}

// altersGoType reports whether a change of a rule can be why the Go type
// at its place changed: a change of type, of nullability or of
// requiredness (the null policy makes optional fields pointers), or an
// enum appearing or going. A Go note never rides on a description change.
func altersGoType(rule string) bool {
	for _, p := range []string{"type-", "nullable-", "field-required", "field-optional", "field-renamed",
		"parameter-required", "parameter-optional", "enum-added", "enum-removed", "schema-extracted", "schema-inlined", "schema-replaced"} {
		if strings.HasPrefix(rule, p) {
			return true
		}
	}
	return false
}

// docs reports description and deprecation changes (info only).
func (c *comparer) docs(at loc, oldDoc, newDoc string, oldDep, newDep bool) {
	switch {
	case !oldDep && newDep:
		c.add(Info, "deprecated", at, "deprecated")
	case oldDep && !newDep:
		c.add(Info, "undeprecated", at, "no longer deprecated")
	}
	switch {
	case sameText(oldDoc, newDoc):
	case oldDoc == "":
		c.add(Info, "description-added", at, "description added")
	case newDoc == "":
		c.add(Info, "description-removed", at, "description removed")
	default:
		c.add(Info, "description-changed", at, "description changed")
	}
}

// defaults reports a changed default value (info: defaults document what
// the server assumes; specgen does not apply them).
func (c *comparer) defaults(at loc, old, new any) {
	if value(old) != value(new) {
		c.add(Info, "default-changed", at, "default changed from %s to %s", value(old), value(new))
	}
}

// api compares what applies to the whole document.
func (c *comparer) api(old, new *ir.API) {
	c.kind, c.subject = SubjectAPI, "API"
	at := loc{}
	if old.Title != new.Title {
		c.add(Info, "title-changed", at, "title changed from %q to %q", old.Title, new.Title)
	}
	if old.Version != new.Version {
		c.add(Info, "version-changed", at, "version changed from %q to %q", old.Version, new.Version)
	}
	if !sameText(old.Description, new.Description) {
		c.add(Info, "description-changed", at, "description changed")
	}
	if old.BasePath != new.BasePath {
		c.add(Breaking, "base-path-changed", at, "base path changed from %q to %q: every URL moves", old.BasePath, new.BasePath)
	}
	c.securitySchemes(old.SecuritySchemes, new.SecuritySchemes)
}

// schemas compares the named declarations, in order of Go name.
func (c *comparer) schemas(old, new []*ir.Decl) {
	type entry struct{ old, new *ir.Decl }
	var entries []entry
	paired := map[*ir.Decl]bool{}
	for o, n := range c.pairs {
		entries = append(entries, entry{o, n})
		paired[n] = true
	}
	for _, o := range old {
		if _, ok := c.pairs[o]; !ok && isNamed(o) {
			entries = append(entries, entry{old: o})
		}
	}
	for _, n := range new {
		if !paired[n] && isNamed(n) {
			entries = append(entries, entry{new: n})
		}
	}
	name := func(e entry) string {
		if e.new != nil {
			return e.new.Name
		}
		return e.old.Name
	}
	// Go names are unique within a version, so a name is shared at most by
	// a removed schema, a paired one and an added one: in that order.
	rank := func(e entry) int {
		switch {
		case e.new == nil:
			return 0
		case e.old != nil:
			return 1
		}
		return 2
	}
	sort.Slice(entries, func(i, j int) bool {
		if a, b := name(entries[i]), name(entries[j]); a != b {
			return a < b
		}
		return rank(entries[i]) < rank(entries[j])
	})
	c.kind = SubjectSchema
	for _, e := range entries {
		c.subject = name(e)
		start := len(c.changes)
		c.src = c.apiSrc
		if e.new != nil {
			c.src = e.new.Source
		}
		c.schema(e.old, e.new)
		if start == len(c.changes) {
			continue
		}
		uses := usedBy(e.old, e.new, c.oldUse, c.newUse)
		for i := start; i < len(c.changes); i++ {
			c.changes[i].UsedBy, c.changes[i].UsedByCount = uses, len(uses)
		}
	}
}

// schema compares one named declaration.
func (c *comparer) schema(o, n *ir.Decl) {
	at := loc{}
	switch {
	case o == nil:
		c.add(NonBreaking, "schema-added", at, "added (%s)", describeBody(n))
		return
	case n == nil:
		if c.oldUse.dirs[o] != 0 {
			// Its uses are reported where they changed.
			c.add(Info, "schema-removed", at, "removed; no operation uses it any more").Go = "type " + o.Name + " removed"
		} else {
			c.add(Breaking, "schema-removed", at, "removed").Go = "type " + o.Name + " removed"
		}
		return
	}
	d := c.oldUse.dirs[o] | c.newUse.dirs[n]
	if d == 0 {
		d = bothWays // a schema no operation uses is judged both ways
	}
	if o.Name != n.Name {
		c.add(Info, "go-type-renamed", at, "Go type renamed").Go = o.Name + " → " + n.Name
	}
	c.docs(at, o.Doc, n.Doc, o.Deprecated, n.Deprecated)
	start := len(c.changes)
	if !sameShape(o, n) {
		// Judged as its uses are (compareType relates the two), so that the
		// schema and the places that use it agree.
		c.typeChange(c.relateDecls(o, n), d, at, describeBody(o), describeBody(n))
	} else {
		c.declBody(at, o, n, d)
	}
	if shapeOf(o) == shapeOther || shapeOf(o) != shapeOf(n) {
		if from, to := c.oldNames.goBody(o), c.newNames.goBody(n); from != to {
			c.goNoteAs(start, at, n.Name+": "+from+" → "+to, from, to)
		}
	}
}

// relateDecls relates two declarations of different shapes by the values
// they accept, as compareType relates two uses of them.
func (c *comparer) relateDecls(o, n *ir.Decl) relation {
	ot, nt := &ir.Ref{Decl: o}, &ir.Ref{Decl: n}
	if rel, ok := c.unionVsType(ot, nt); ok {
		return rel
	}
	return relate(ot, nt)
}

// shape is what kind of Go declaration a schema becomes, for telling a
// change of body (struct → union) from changes within one.
type shape int

const (
	shapeOther  shape = iota // an alias, a named array or map, a tuple
	shapeStruct              // an object with properties
	shapeEnum                // an enum, or a oneOf of consts
	shapeUnion               // a oneOf/anyOf of other schemas
)

func shapeOf(d *ir.Decl) shape {
	switch t := d.Type.(type) {
	case *ir.Struct:
		return shapeStruct
	case *ir.Enum:
		return shapeEnum
	case *ir.Union:
		if _, ok := constUnion(t); ok {
			return shapeEnum
		}
		return shapeUnion
	}
	return shapeOther
}

// sameShape reports whether two declarations are both structs, both enums
// (however spelled), both unions, or both something else (an alias, a
// named array or map).
func sameShape(o, n *ir.Decl) bool { return shapeOf(o) == shapeOf(n) }

// describeBody says what a declaration is, without its name.
func describeBody(d *ir.Decl) string {
	switch t := d.Type.(type) {
	case *ir.Struct:
		return "object"
	case *ir.Union:
		if s, ok := constUnion(t); ok {
			return "enum of " + kindText[s.kind]
		}
		return unionText(t)
	case *ir.Enum:
		return "enum of " + kindText[t.Base.Kind]
	default:
		return describe(t)
	}
}

// declBody compares what two declarations of the same shape stand for.
func (c *comparer) declBody(at loc, o, n *ir.Decl, d dir) {
	switch shapeOf(o) {
	case shapeStruct:
		c.compareStruct(at, o.Type.(*ir.Struct), n.Type.(*ir.Struct), d)
	case shapeEnum:
		c.compareEnum(at, o, n, d)
	case shapeUnion:
		c.compareUnion(at, o.Type.(*ir.Union), n.Type.(*ir.Union), d)
	default:
		c.compareType(at, o.Type, n.Type, d)
	}
}

// documentOf returns the file of a version's first operation or schema,
// for changes with no place of their own.
func documentOf(api *ir.API) ir.Source {
	for _, op := range api.Operations {
		if op.Source.File != "" {
			return ir.Source{File: op.Source.File}
		}
	}
	for _, d := range api.Decls {
		if d.Source.File != "" {
			return ir.Source{File: d.Source.File}
		}
	}
	return ir.Source{}
}
