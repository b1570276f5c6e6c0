package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// localScope names the parameters and locals of one generated function of
// an operation (its Client method, its handler method, its Server method's
// signature). The operation's path parameters, named by lowering, are
// claimed first, as they are; every other name the function declares is
// claimed when the emitter first writes it, so one that a path parameter
// took gets a suffix (a path parameter called call makes the local call2).
// So no list of the emitters' locals is kept anywhere: a name is claimed
// where it is written.
type localScope struct {
	scope *naming.Scope
	// names maps each name the emitter asked for to the one it got.
	names map[string]string
}

// enterOperation starts the scope of a function of op, its path parameters
// claimed; the returned function ends it. The emitter writes one function
// at a time, so the scope is the emitter's while it does.
func (e *emitter) enterOperation(op *ir.Operation) (leave func()) {
	l := &localScope{scope: naming.NewScope(), names: map[string]string{}}
	for _, p := range op.ParamsIn(ir.InPath) {
		l.scope.Claim(p.ArgName)
	}
	outer := e.locals
	e.locals = l
	return func() { e.locals = outer }
}

// local is the name the current function gives the emitter's local want;
// outside an operation's function, want itself.
func (e *emitter) local(want string) string {
	l := e.locals
	if l == nil {
		return want
	}
	if got, ok := l.names[want]; ok {
		return got
	}
	got, _ := l.scope.Claim(want)
	l.names[want] = got
	return got
}

// id is jen.Id of local(want).
func (e *emitter) id(want string) *jen.Statement { return jen.Id(e.local(want)) }
