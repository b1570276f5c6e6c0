package emit

import (
	"errors"
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

// renderer turns built jennifer files (or parts of files) into source,
// on the worker that built them (build.go): jennifer's printing and the
// layout of its text as gofmt's, by emit/gofmt. Each is also scanned
// there for the runtime names it uses. Nothing is shared between the
// workers but the read-only runtime table.
type renderer struct {
	rt func() *runtimeTable
	// raw leaves the files unformatted (Config.Raw).
	raw bool
}

// render renders jf, part p of the file name. A jennifer tree must not
// change once it is rendered; no emitter touches another part's tree.
func (r *renderer) render(p *part, name string, jf *jen.File) {
	// jennifer's own gofmt pass (go/format.Source) cost more than all
	// the rest of rendering; gofmt.Format does the same to its raw text
	// at a fraction of the cost, and hands back to go/format what it does
	// not know how to lay out.
	jf.NoFormat = true
	var buf keptWrite
	if err := jf.Render(&buf); err != nil {
		p.renderErr = fmt.Errorf("emit %s: %w", name, err)
		return
	}
	src := buf.b
	if r.raw {
		p.src = src
		p.scan, p.scanErr = scanFile(r.rt(), File{Path: name, Src: src})
		return
	}
	// The formatter reads every token of the file; the scan for runtime
	// names reads them as it does rather than lexing the output again.
	// They are the output's tokens (golden's TestFastFormatDifferential)
	// but for the parentheses go/printer drops around a lone result type,
	// `() (T) {`, which change nothing the scan decides: T is inside a
	// signature either way, never a field's or a method's name.
	sc := newRuntimeScan(r.rt(), name)
	out, visited, err := gofmt.FormatVisit(src, sc.push)
	if err != nil {
		p.renderErr = fmt.Errorf("emit %s: %w while formatting source:\n%s", name, err, src)
		return
	}
	p.src = out
	if visited && sc.done {
		p.scan, p.scanErr = sc.out, sc.err
	} else {
		p.scan, p.scanErr = scanFile(r.rt(), File{Path: name, Src: out})
	}
}

// collect returns the files the package has, in output order, and the
// runtime names they use, sorted; the error is every rendering error, or
// else the first file's scanning error (a name that collides with the
// runtime's).
func collect(rt *runtimeTable, jobs []*fileJob) ([]File, []string, error) {
	var files []File
	var renderErr, scanErr error
	var scans []fileScan
	for _, j := range jobs {
		if !j.exists {
			continue
		}
		files = append(files, j.file)
		renderErr = joinErr(renderErr, j.renderErr)
		if scanErr == nil {
			scanErr = j.scanErr
		}
		scans = append(scans, j.scans...)
	}
	if renderErr != nil {
		return nil, nil, renderErr
	}
	if scanErr != nil {
		return nil, nil, scanErr
	}
	return files, combineRoots(rt, scans), nil
}

// joinErr joins two errors, either of which may be nil, as errors.Join
// joins a list.
func joinErr(a, b error) error {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return errors.Join(a, b)
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
