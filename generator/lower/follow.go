package lower

import (
	"strings"
	"unicode"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// followName claims the method name of an operation's follow form
// (x-websocket-follow): the operation's name with a leading "Get" made
// "Follow" (GetWorkspaceBuildLogs → FollowWorkspaceBuildLogs), else
// "Follow" before it.
func (l *lowerer) followName(methods *naming.Scope, op *ir.Operation, o *document.Operation) {
	if o.Follow == nil {
		return
	}
	rest := op.Name
	if after, ok := strings.CutPrefix(op.Name, "Get"); ok && after != "" && unicode.IsUpper(rune(after[0])) {
		rest = after
	}
	want := "Follow" + rest
	name, renamed := methods.Claim(want)
	if renamed {
		l.noteAs(ir.NoteRenamed, o.Follow.Source, "operation %s: its follow form is named %s: %s is taken", op.Name, name, want)
	}
	op.Follow = &ir.Follow{Name: name, Source: o.Follow.Source}
}

// followForm completes an operation's follow form once its parameters are
// lowered: the parameter that selects it and the messages' type. The
// follow form sends nothing but its parameters, so an operation with a
// request body, or one that is a WebSocket already, cannot have one.
func (l *lowerer) followForm(op *ir.Operation, o *document.Operation) {
	if op.Follow == nil {
		return
	}
	f := o.Follow
	switch {
	case op.WebSocket:
		l.fail(f.Source, "", "x-websocket-follow: operation %s is a WebSocket already", op.Name)
		op.Follow = nil
		return
	case o.Body != nil:
		l.fail(f.Source, "", "x-websocket-follow: operation %s takes a request body, which a WebSocket handshake cannot carry", op.Name)
		op.Follow = nil
		return
	}
	for _, p := range op.Params {
		if p.In == ir.InQuery && p.WireName == f.Parameter {
			op.Follow.Param = p
		}
	}
	switch {
	case op.Follow.Param == nil:
		l.fail(f.Source, "", "x-websocket-follow: operation %s has no query parameter %q", op.Name, f.Parameter)
		op.Follow = nil
		return
	case op.Follow.Param.Required:
		// The plain form never sends it, so it could never be called.
		l.fail(f.Source, "", "x-websocket-follow: parameter %q of operation %s is required; its presence must be what selects the WebSocket", f.Parameter, op.Name)
		op.Follow = nil
		return
	}
	op.Follow.Message = l.typeOf(f.Messages, op.Follow.Name+"Message")
	// The parameter's presence is the choice of method, so neither form's
	// params struct has it: a Follow field the plain form could not send
	// would be silently dropped.
	kept := op.Params[:0:0]
	for _, p := range op.Params {
		if p != op.Follow.Param {
			kept = append(kept, p)
		}
	}
	op.Params = kept
}
