package emit

import (
	"runtime"
	"sync/atomic"

	"github.com/dave/jennifer/jen"
)

// builtFile is one spec-dependent file being built on a goroutine of its
// own, and what came of it once done is closed.
type builtFile struct {
	done chan struct{}
	f    *jen.File
	ok   bool
}

// built returns the tree of the spec-dependent file g and whether the
// package has that file, once it is built; the first call starts building
// every file at once (buildFiles).
func (e *emitter) built(g specFile) (*jen.File, bool) {
	if e.builds == nil {
		e.builds = e.buildFiles()
	}
	b := e.builds[g.name]
	<-b.done
	// The tree is the renderer's from here, and garbage once rendered:
	// the emitter keeps no hold on it.
	f := b.f
	b.f = nil
	return f, b.ok
}

// buildFiles starts building every spec-dependent file, GOMAXPROCS of
// them at a time, each with an emitter of its own (fork): building the
// trees is about a third of a large schema's generation after loading,
// and on two cores the files built beside the main goroutine shorten the
// run by what they cost. The workers take the files in output order, and
// no more of them at once than there are cores: with every file building
// at once, every tree was alive at once (the process's RSS grew by a
// fifth, and its page faults ate what building beside gained). Nothing
// decides a file but its own emitter and the read-only API and needs, so
// which worker builds it changes nothing; Emit takes the files in output
// order.
func (e *emitter) buildFiles() map[string]*builtFile {
	specs := e.specFiles()
	out := make(map[string]*builtFile, len(specs))
	order := make([]*builtFile, len(specs))
	for i, s := range specs {
		order[i] = &builtFile{done: make(chan struct{})}
		out[s.name] = order[i]
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(specs)) {
		go func() {
			for i := int(next.Add(1) - 1); i < len(specs); i = int(next.Add(1) - 1) {
				b := order[i]
				fe := e.fork()
				b.f = fe.newFile()
				b.ok = fe.specFiles()[i].gen(b.f)
				close(b.done)
			}
		}()
	}
	return out
}

// fork returns an emitter for one file: the configuration, the API and
// the needs computed once are shared and only read; the state of a file
// being written (the patterns its Validate methods use, the scope of the
// function being written, the open slice loops) is its own. Only
// validate.gen.go declares patterns, and no file before it marks any, so
// what another file marks is dropped, as it was when the files were built
// in turn.
func (e *emitter) fork() *emitter {
	return &emitter{cfg: e.cfg, api: e.api, needs: e.needs}
}
