package load

import (
	"errors"
	"io"
	"maps"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Loading a schema file ran on one core from the parse to the walk: its
// $refs were checked and it was mended (checkRefs, repairEnums: a tenth of
// loading FHIR's schema), then copied for the compiler, then compiled,
// while the other core was idle. Nearly every file is one that neither
// changes: its copy is the same before them as after. So a lone schema
// file is copied first and compiled on a goroutine of its own (root, then
// definitions, as schemaFile takes them) while the $refs are checked and
// the file mended (compileEarly); then take keeps that compile if the file
// was not changed, or only by dropping empty lists the copy dropped too
// (droppedEmpty), and the copy is the one serveValue would have made (the
// same patterns hidden), and otherwise drops it for the compile after
// mending, as before. The compiler reads only its copy; until take decides,
// it reads no file (its LoadURL waits), and after, what it reads goes
// through the fileSet as any compile's does.

// earlyCompile is a schema file's compile started before it is mended.
type earlyCompile struct {
	f        *File
	draft    *jsonschema.Draft // the draft it was compiled in
	compiler *jsonschema.Compiler
	gate     *metaGate
	copier   *docCopier
	// queue compiles the file's root, then its definitions (defURLs).
	queue *compileQueue
	// decided is closed once take has set valid; the compiler's LoadURL
	// waits for it.
	decided chan struct{}
	valid   bool
	// refsMended says f was changed before repairEnums (checkRefs).
	refsMended bool
	// settled says decided is closed (read and written by the loader's
	// goroutine only).
	settled bool
}

// errNotEarly is what the early compiler's LoadURL answers once its
// compile is dropped.
var errNotEarly = errors.New("the early compile was dropped")

// compileEarly starts compiling the copy of the lone schema file of cfg
// before it is mended, or returns nil where that is not done: for an
// OpenAPI document, several files, a file served as text, and where tests
// ask for the old ways.
func (l *loader) compileEarly(cfg Config, spec *File, schemaFiles []*File) *earlyCompile {
	if spec != nil || len(schemaFiles) != 1 || cfg.textOnly || cfg.walkAlone || cfg.compilerChecksMeta || cfg.mendFirst {
		return nil
	}
	f := schemaFiles[0]
	if isOpenAPIDoc(f) || isOpenAPIFragment(f) {
		return nil
	}
	e := &earlyCompile{f: f, draft: schemaDraft(f, jsonschema.Draft2020), compiler: jsonschema.NewCompiler(), decided: make(chan struct{})}
	e.compiler.Draft = e.draft
	e.compiler.ExtractAnnotations = true
	if e.gate = gateMetaSchema(e.compiler); e.gate == nil {
		return nil
	}
	values := newValueServer(e.compiler)
	if values == nil {
		return nil
	}
	opts := wholeRefs(f, e.draft)
	opts.hide, opts.dropEmpty = f.goReads, f.fromJSON
	doc, c, ok := servedCopy(e.gate, f, opts)
	if !ok {
		return nil
	}
	e.copier = c
	values.put(f.URL, doc)
	e.compiler.LoadURL = func(url string) (io.ReadCloser, error) {
		<-e.decided
		if !e.valid {
			return nil, errNotEarly
		}
		return l.fs.loadURL(url)
	}
	root, _ := l.schemaURL(f, "#")
	e.queue = compileInOrder(e.compiler, append([]string{root}, l.defURLs(f, definitionsOf(f))...))
	return e
}

// refsChecked notes whether checking the $refs changed the file.
func (e *earlyCompile) refsChecked() {
	if e != nil {
		e.refsMended = e.f.changed
	}
}

// take decides whether the early compile stands, now that every file is
// read, checked and mended in draft: it does where the file is the only
// one, was not changed, has no resources of other drafts (served split)
// and its copy hid only patterns repairPattern found Go reads. The
// loader then compiles with it and its queue gives schemaFile the root
// and the definitions. Otherwise the compile is dropped and take returns
// false.
func (e *earlyCompile) take(l *loader, draft *jsonschema.Draft) bool {
	if e == nil {
		return false
	}
	f := e.f
	e.valid = len(l.fs.order) == 1 && l.fs.order[0] == f && !e.refsMended && !f.mendedOther &&
		draft == e.draft && l.fs.dialectResources(f, draft) == nil && maps.Equal(f.dropped, e.copier.dropped)
	if len(f.dropped) > 0 {
		// The gate judged the copy without the dropped lists, and f with
		// them: the same verdict where f was plain already.
		e.valid = e.valid && (e.copier.verdict == gatePlain || e.copier.verdict == gatePlainNamed)
	}
	for p := range e.copier.hidden {
		e.valid = e.valid && f.goPatterns[p]
	}
	if !e.valid {
		e.end()
		return false
	}
	l.compiler, l.fs.metaGate, l.earlyQueue = e.compiler, e.gate, e.queue
	f.anchorFree = !e.copier.anchors
	close(e.decided)
	e.settled = true
	return true
}

// end drops the compile unless take kept it and stops its queue (Load
// ends it, kept or not, as schemaFile ends its own). A kept compile is
// waited for; a dropped one is not (it would hold the loader up for a
// compile of nothing): its compiler reads only its copy, and its LoadURL
// fails.
func (e *earlyCompile) end() {
	if e == nil {
		return
	}
	if !e.settled {
		e.valid, e.settled = false, true
		close(e.decided)
	}
	if e.valid {
		e.queue.end()
		return
	}
	e.queue.stop.Store(true)
}

// aheadOfDefinitions starts converting the definitions the early queue
// has compiled so far (it had a head start: most) beside their walk, from
// the last (ahead.go), as the root's schemas are; the walk takes them, and
// the rest as they come, from q. The caller stops the walk ahead.
func (l *loader) aheadOfDefinitions(q *compileQueue) {
	var roots []*jsonschema.Schema
	for len(q.results) > 0 {
		r, ok := <-q.results
		if !ok {
			break
		}
		q.taken = append(q.taken, r)
		if r.cs != nil {
			roots = append(roots, r.cs)
		}
	}
	l.walker.startAhead(roots...)
}
