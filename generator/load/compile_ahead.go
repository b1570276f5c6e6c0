package load

import (
	"errors"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// A large schema file's definitions were compiled and walked one after
// the other, each compile waiting for the walk before it, on one core
// while the other was idle (the synthetic schema of issue #13: 350
// definitions, 18 ms of compiling and 20 ms of walking). The compiler and
// the walk share nothing but the compiled schemas: once Compile returns,
// every schema it reached is complete, and a later Compile only makes new
// ones (jsonschema v5 compiles a place once and returns the schema it
// made then). So the compiler goes ahead on a goroutine of its own
// (compileInOrder), in the walk's order, while the walk takes each result in
// turn and links only schemas whose compile has returned: the documents
// are the walk's alone, and an error is the first one the order meets,
// as before (a definition that does not compile ends the compiler there).
// The compiler writes only into itself and into what fileSet guards; the
// walk, the only reader of compiled schemas, never writes to them.

// compiledSchema is the compiler's answer for one URL.
type compiledSchema struct {
	cs  *jsonschema.Schema
	err error
}

// compileQueue compiles URLs in order beside the caller.
type compileQueue struct {
	results chan compiledSchema
	// taken are results taken from results before next asked for them.
	taken []compiledSchema
	stop  atomic.Bool
	done  chan struct{}
}

// compileInOrder starts compiling urls with c, in order, on a goroutine of
// its own; it stops after the first error. The caller takes the results
// with next, in the same order, and ends the queue with end.
func compileInOrder(c *jsonschema.Compiler, urls []string) *compileQueue {
	return compileEach(c, len(urls), func(i int) string { return urls[i] })
}

// compileEach is compileInOrder for n URLs that urlAt makes, on the
// compiler's goroutine, each just before it is compiled: an OpenAPI
// document's schema URLs number its split roots in the order they are
// first asked for (splitFor), which the compiles ask for too.
func compileEach(c *jsonschema.Compiler, n int, urlAt func(i int) string) *compileQueue {
	q := &compileQueue{results: make(chan compiledSchema, n), done: make(chan struct{})}
	go func() {
		defer close(q.done)
		defer close(q.results)
		for i := range n {
			if q.stop.Load() {
				return
			}
			cs, err := compileWith(c, urlAt(i))
			q.results <- compiledSchema{cs, err}
			if err != nil {
				return
			}
		}
	}()
	return q
}

// next returns the next URL's schema, waiting for it; after an error (or
// end) there is none.
func (q *compileQueue) next() (*jsonschema.Schema, error) {
	if len(q.taken) > 0 {
		r := q.taken[0]
		q.taken = q.taken[1:]
		return r.cs, r.err
	}
	r, ok := <-q.results
	if !ok {
		return nil, errors.New("no schema: the compiler stopped before it")
	}
	return r.cs, r.err
}

// end stops the compiler after the URL it is on and waits for it: the
// caller may return before taking every result (an error).
func (q *compileQueue) end() {
	q.stop.Store(true)
	<-q.done
}
