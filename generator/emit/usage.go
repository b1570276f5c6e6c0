package emit

import (
	"github.com/specgen/specgen/generator/ir"
)

// What the spec-dependent emitters ask about the API as a whole. Which
// runtime helpers a package needs is not among it: that follows from the
// names the generated code uses (runtime_copy.go). These are the few
// choices of spec-dependent code itself (a Client field for credentials,
// the ping option's doc comment), each read off the operations where it is
// asked, so nothing is kept in step with what the emitters write.

// anyOperation reports whether some operation satisfies is.
func (e *emitter) anyOperation(is func(*ir.Operation) bool) bool {
	for _, op := range e.api.Operations {
		if is(op) {
			return true
		}
	}
	return false
}

// hasAuth reports whether some operation takes credentials of a scheme
// the generated code sends and checks.
func (e *emitter) hasAuth() bool {
	return e.anyOperation(sendsCredentials)
}

// sendsCredentials reports whether an operation takes credentials of a
// scheme the generated code sends and checks (ir.Auth.Schemes); one whose
// every alternative names a scheme it cannot check takes none.
func sendsCredentials(op *ir.Operation) bool {
	return op.Auth != nil && len(op.Auth.Schemes) > 0
}

// hasStreams reports whether some operation answers with an event stream.
func (e *emitter) hasStreams() bool {
	return e.anyOperation(func(op *ir.Operation) bool { _, ok := op.Streaming(); return ok })
}

// hasFollow reports whether some operation has a WebSocket form
// (x-websocket-follow), served with github.com/coder/websocket.
func (e *emitter) hasFollow() bool {
	return e.anyOperation(func(op *ir.Operation) bool { return op.Follow != nil })
}

// checksInputs reports whether some route collects input problems in an
// inputCheck: a parameter that can be wrong, or a form body.
func (e *emitter) checksInputs() bool {
	return e.anyOperation(func(op *ir.Operation) bool {
		if paramsCanFail(op) {
			return true
		}
		b := op.Body
		if b == nil || b.Chosen == nil {
			return false
		}
		c := b.Chosen
		return (c.Encoding == ir.EncodingForm || c.Encoding == ir.EncodingMultipart) && !c.Form.Values
	})
}

// paramsCanFail reports whether an operation's parameters can be wrong: any
// parameter but a plain string one in the path can be (a bad number, an
// unknown enum value, a missing required one), and one whose schema has
// rules (a path segment's pattern).
func paramsCanFail(op *ir.Operation) bool {
	for _, p := range op.Params {
		s := p.Layout.Scalar
		if p.In != ir.InPath || p.Layout.Kind != ir.LayoutScalar || s.Kind != ir.KindString || s.Enum != nil || paramRules(p) {
			return true
		}
	}
	return false
}
