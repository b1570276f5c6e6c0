package load

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Converting the compiled schemas of a large schema file (walker.schema)
// took as long as compiling them, on one core while the other was idle.
// Most of a schema's conversion is its own (walker.local: its place in
// the file, its keywords that hold no schema); only linking it to the
// schemas it names must follow the walk's order, which decides which of
// two schemas at one place is kept. So while the walk goes through the
// schemas from the first, a walk ahead (walkAhead) converts them on
// another goroutine from the last, and the walk takes what it finds done.
// Each schema is claimed once: whichever of the two reaches it first
// converts it (the walk converts one the walk ahead is still on itself).
// The walk ahead only reads, and ends before the walk does. A compile may
// run beside it (the early compile's definitions, compile_early.go): the
// compiler makes new schemas only, never changing those the walk reads
// (compile_ahead.go).

// walkAhead converts the schemas below one root beside the walk.
type walkAhead struct {
	mu sync.Mutex
	// parts holds each schema claimed: nil while it is being converted,
	// or when the walk claimed it.
	parts map[*jsonschema.Schema]*localSchema
	stop  atomic.Bool
	done  chan struct{}
}

// startAhead starts converting the schemas below roots beside the walk,
// which takes the roots in order, but for those it converted already.
func (w *walker) startAhead(roots ...*jsonschema.Schema) {
	a := &walkAhead{parts: map[*jsonschema.Schema]*localSchema{}, done: make(chan struct{})}
	w.ahead = a
	seen := make(map[*jsonschema.Schema]bool, len(w.memo))
	for cs := range w.memo {
		seen[cs] = true
	}
	stack := slices.Clone(roots)
	go func() {
		defer close(a.done)
		for len(stack) > 0 && !a.stop.Load() {
			cs := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if cs == nil || seen[cs] {
				continue
			}
			seen[cs] = true
			a.mu.Lock()
			_, claimed := a.parts[cs]
			if !claimed {
				a.parts[cs] = nil
			}
			a.mu.Unlock()
			if !claimed {
				p := w.local(cs)
				a.mu.Lock()
				a.parts[cs] = &p
				a.mu.Unlock()
			}
			// Pushed first, taken last: the walk goes the other way.
			stack = appendSubschemas(stack, cs)
		}
	}()
}

// stopAhead ends the walk ahead and waits for it.
func (w *walker) stopAhead() {
	if a := w.ahead; a != nil {
		a.stop.Store(true)
		<-a.done
		w.ahead = nil
	}
}

// take returns cs converted by the walk ahead; ok is false (and cs
// claimed for the walk) when it is not done.
func (a *walkAhead) take(cs *jsonschema.Schema) (p localSchema, ok bool) {
	if a == nil {
		return p, false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	done, claimed := a.parts[cs]
	if !claimed {
		a.parts[cs] = nil
	}
	if done == nil {
		return p, false
	}
	return *done, true
}

// appendSubschemas appends the schemas cs names, in the order the walk
// links them.
func appendSubschemas(list []*jsonschema.Schema, cs *jsonschema.Schema) []*jsonschema.Schema {
	list = append(list, cs.Ref, cs.DynamicRef, cs.RecursiveRef)
	for _, sub := range cs.Properties {
		list = append(list, sub)
	}
	if ap, ok := cs.AdditionalProperties.(*jsonschema.Schema); ok {
		list = append(list, ap)
	}
	for _, sub := range cs.PatternProperties {
		list = append(list, sub)
	}
	for _, sub := range cs.DependentSchemas {
		list = append(list, sub)
	}
	for _, dep := range cs.Dependencies {
		if sub, ok := dep.(*jsonschema.Schema); ok {
			list = append(list, sub)
		}
	}
	list = append(list, cs.PropertyNames)
	switch it := cs.Items.(type) {
	case *jsonschema.Schema:
		list = append(list, it)
	case []*jsonschema.Schema:
		list = append(list, it...)
	}
	if ai, ok := cs.AdditionalItems.(*jsonschema.Schema); ok {
		list = append(list, ai)
	}
	list = append(list, cs.Contains, cs.Items2020)
	list = append(list, cs.PrefixItems...)
	list = append(list, cs.AllOf...)
	list = append(list, cs.AnyOf...)
	list = append(list, cs.OneOf...)
	return append(list, cs.Not, cs.If, cs.Then, cs.Else, cs.UnevaluatedProperties, cs.UnevaluatedItems)
}
