package emit

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// buildAll builds and renders every part of queue on GOMAXPROCS workers,
// each taking the next part, building its jennifer tree with an emitter
// of its own (fork), rendering it and dropping the tree: building the
// trees and rendering them are most of Emit, and on two cores the work is
// spread over both to the end. No more trees are alive at once than there
// are workers (with every file building at once, every tree was: the
// process's RSS grew by a fifth, and its page faults ate what building
// beside gained). Nothing decides a part but its own emitter and the
// read-only API and needs, and each file's parts are joined in order
// (join.go), so which worker builds what, and when, changes nothing.
func (e *emitter) buildAll(r *renderer, queue []*part) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(queue)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(queue); i = int(next.Add(1) - 1) {
				e.runPart(r, queue[i])
			}
		})
	}
	wg.Wait()
}

// runPart builds and renders p; the worker that builds the last part of a
// file before its deferred one builds that one too, and the worker that
// renders the last part of a file joins them.
func (e *emitter) runPart(r *renderer, p *part) {
	j := p.job
	f := p.build(e.fork())
	if j.deferred != nil && p != j.deferred && j.unbuilt.Add(-1) == 0 {
		e.runPart(r, j.deferred)
	}
	if p.ok {
		r.render(p, j.spec.name, f)
	}
	if j.unrendered.Add(-1) == 0 {
		e.finish(r, j)
	}
}

// finish decides whether the package has j's file and joins its parts.
// Parts whose imports do not join (two packages of one name, join.go) are
// built again as one.
func (e *emitter) finish(r *renderer, j *fileJob) {
	if j.parts[0].whole {
		j.exists = j.parts[0].ok
	}
	if !j.exists {
		return
	}
	for _, p := range j.parts {
		j.renderErr = joinErr(j.renderErr, p.renderErr)
		if j.scanErr == nil {
			j.scanErr = p.scanErr
		}
	}
	if j.renderErr != nil || j.scanErr != nil {
		return
	}
	if len(j.parts) == 1 {
		j.file = File{Path: j.spec.name, Src: j.parts[0].src}
		j.scans = []fileScan{j.parts[0].scan}
		return
	}
	srcs := make([][]byte, len(j.parts))
	for i, p := range j.parts {
		srcs[i] = p.src
	}
	if src, ok := joinParts(srcs); ok {
		j.file = File{Path: j.spec.name, Src: src}
		for _, p := range j.parts {
			j.scans = append(j.scans, p.scan)
			p.src = nil // garbage once joined
		}
		return
	}
	var units []unit
	for _, p := range j.parts {
		units = append(units, p.units...)
	}
	one := &part{job: j, units: units}
	f := one.build(e.fork())
	r.render(one, j.spec.name, f)
	j.file = File{Path: j.spec.name, Src: one.src}
	j.scans = []fileScan{one.scan}
	j.renderErr, j.scanErr = one.renderErr, one.scanErr
}

// fork returns an emitter for one part: the configuration, the API and
// the needs computed once are shared and only read; the state of a file
// being written (the patterns its Validate methods use, the scope of the
// function being written, the open slice loops) is its own. Only
// validate.gen.go declares patterns, and the parts of it before its
// patterns unit pass on what they mark (part.build); what another file
// marks is dropped, as it was when the files were built in turn.
func (e *emitter) fork() *emitter {
	return &emitter{cfg: e.cfg, api: e.api, needs: e.needs, calls: e.calls, marks: e.marks}
}
