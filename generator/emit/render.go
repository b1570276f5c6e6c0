package emit

import (
	"errors"
	"fmt"
	"sync"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

// renderer turns built jennifer files into source in the background, each
// from the moment its emitter returns: rendering (jennifer's printing and
// the layout of its text as gofmt's, by emit/gofmt) is a large part of a
// run, so it runs beside the building of the files after it rather than
// after all of them. Each file is also scanned there for the runtime
// names it uses.
// Nothing is shared between the goroutines but the read-only runtime
// table, and the results are collected in the order the files were
// started, so the output does not depend on which finishes first.
type renderer struct {
	rt func() *runtimeTable
	// raw leaves the files unformatted (Config.Raw).
	raw  bool
	wg   sync.WaitGroup
	jobs []*renderJob
}

// renderJob is one file being rendered and what came of it.
type renderJob struct {
	file File
	// renderErr is jennifer's (no file); scanErr a runtime name the file
	// declares.
	renderErr, scanErr error
	scan               fileScan
}

// start renders jf as the file name in the background. A file's jennifer
// tree must not change after it is started; no emitter touches another
// file's tree.
func (r *renderer) start(name string, jf *jen.File) {
	j := &renderJob{}
	r.jobs = append(r.jobs, j)
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		// jennifer's own gofmt pass (go/format.Source) cost more than
		// all the rest of rendering; gofmt.Format does the same to its
		// raw text at a fraction of the cost, and hands back to
		// go/format what it does not know how to lay out.
		jf.NoFormat = true
		var buf keptWrite
		if err := jf.Render(&buf); err != nil {
			j.renderErr = fmt.Errorf("emit %s: %w", name, err)
			return
		}
		src := buf.b
		if r.raw {
			j.file = File{Path: name, Src: src}
			j.scan, j.scanErr = scanFile(r.rt(), j.file)
			return
		}
		// The formatter reads every token of the file; the scan for
		// runtime names reads them as it does rather than lexing the
		// output again. They are the output's tokens (golden's
		// TestFastFormatDifferential) but for the parentheses go/printer
		// drops around a lone result type, `() (T) {`, which change
		// nothing the scan decides: T is inside a signature either way,
		// never a field's or a method's name.
		sc := newRuntimeScan(r.rt(), name)
		out, visited, err := gofmt.FormatVisit(src, sc.push)
		if err != nil {
			j.renderErr = fmt.Errorf("emit %s: %w while formatting source:\n%s", name, err, src)
			return
		}
		j.file = File{Path: name, Src: out}
		if visited && sc.done {
			j.scan, j.scanErr = sc.out, sc.err
		} else {
			j.scan, j.scanErr = scanFile(r.rt(), j.file)
		}
	}()
}

// wait returns the rendered files in the order they were started and the
// runtime names they use, sorted; the error is every rendering error, or
// else the first file's scanning error (a name that collides with the
// runtime's).
func (r *renderer) wait() ([]File, []string, error) {
	r.wg.Wait()
	files := make([]File, len(r.jobs))
	var renderErrs []error
	var scanErr error
	scans := make([]fileScan, len(r.jobs))
	for i, j := range r.jobs {
		files[i] = j.file
		if j.renderErr != nil {
			renderErrs = append(renderErrs, j.renderErr)
		}
		if scanErr == nil {
			scanErr = j.scanErr
		}
		scans[i] = j.scan
	}
	if err := errors.Join(renderErrs...); err != nil {
		return nil, nil, err
	}
	if scanErr != nil {
		return nil, nil, scanErr
	}
	return files, combineRoots(r.rt(), scans), nil
}

// keptWrite is the writer jennifer renders a file into. (*jen.File).Render
// prints the whole file into a buffer of its own and writes it with one
// Write, then drops that buffer: keptWrite keeps the slice it is given
// rather than copying it, which for a large schema saved copying (and
// allocating fresh pages for) its 5 MB of raw Go once more. A second
// Write, which jennifer v1.7 never makes, is appended to a copy, so
// nothing it was given earlier is written to. TestRenderKeepsOwnBytes
// checks that a file's bytes do not change when the next is rendered.
type keptWrite struct{ b []byte }

func (w *keptWrite) Write(p []byte) (int, error) {
	if w.b == nil {
		w.b = p
	} else {
		w.b = append(w.b[:len(w.b):len(w.b)], p...)
	}
	return len(p), nil
}
