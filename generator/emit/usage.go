package emit

import "github.com/specgen/specgen/generator/ir"

// usage records which runtime helpers the operations need, so that the
// generated package holds no unused code.
type usage struct {
	// parse lists the kinds of values the server parses from text
	// (parameters, form fields).
	parse map[ir.Kind]bool
	// enumParams is set when the server checks a parsed value with its
	// Validate method (an enum, a struct object parameter, a form body).
	enumParams bool
	// checkedParams is set when some operation has a parameter that can be
	// wrong (see paramsCanFail), or a form body.
	checkedParams bool
	// paramsFrom lists where parameters other than path ones travel.
	paramsFrom map[ir.ParamIn]bool
	// Object parameters: queryPairs (client: exploded or deepObject query
	// objects), explodedHeaderObjects (client), inPairs (server, objects
	// in one value).
	queryPairs, explodedHeaderObjects, inPairs bool
	// deepItems: an indexed array within a urlencoded form field in
	// bracket notation, or within a deepObject query parameter (server).
	deepItems bool
	// pathArrays is set when a path parameter is an array of other than
	// plain strings (the client's joinItems).
	pathArrays bool
	// jsonParams is set when a parameter travels as JSON; validateInputs
	// when a struct object parameter or a form body is checked with its
	// Validate method.
	jsonParams, validateInputs bool
	// jsonBody, rawBody: request bodies read whole, as JSON or otherwise
	// (raw JSON, text, urlencoded forms).
	jsonBody, rawBody bool
	// streamBody is set when a request body is an io.Reader; form and
	// multipart when a request body is a form of that kind.
	streamBody, form, multipart bool
	// formResponse is set when a response is a urlencoded form.
	formResponse bool
	// streams is set when an operation answers with an event stream.
	streams bool
	// webSockets is set when an operation is a WebSocket; follow when one
	// has a WebSocket form (x-websocket-follow), served with
	// github.com/coder/websocket.
	webSockets, follow bool
	// auth is set when an operation requires credentials; authIn lists
	// where they travel ("header", "query", "cookie", "authorization").
	auth   bool
	authIn map[string]bool
	// rawAnswer is set when a response is a RawBody.
	rawAnswer bool
}

// scanUsage fills e.uses from the operations.
func (e *emitter) scanUsage() {
	u := &usage{parse: map[ir.Kind]bool{}, paramsFrom: map[ir.ParamIn]bool{}, authIn: map[string]bool{}}
	for _, op := range e.api.Operations {
		for _, p := range op.Params {
			e.scanParam(u, p)
		}
		u.checkedParams = u.checkedParams || paramsCanFail(op)
		if b := op.Body; b != nil && b.Chosen != nil {
			e.scanBody(u, b.Chosen)
		}
		if _, ok := op.Streaming(); ok {
			u.streams = true
		}
		u.webSockets = u.webSockets || op.WebSocket
		u.follow = u.follow || op.Follow != nil
		for _, r := range op.Responses {
			e.scanResponse(u, r)
		}
		if op.Auth != nil {
			u.auth = true
			for _, s := range op.Auth.Schemes {
				if s.InAuthorization() {
					u.authIn["authorization"] = true
				} else {
					u.authIn[string(s.In)] = true
				}
			}
		}
	}
	e.uses = u
}

// scanParam records what one parameter needs.
func (e *emitter) scanParam(u *usage, p *ir.Param) {
	if p.In != ir.InPath {
		u.paramsFrom[p.In] = true
	}
	l := p.Layout
	switch l.Kind {
	case ir.LayoutScalar:
		u.scanScalar(l.Scalar)
	case ir.LayoutArray:
		u.scanScalar(l.Scalar)
		if p.In == ir.InPath && (l.Scalar.Kind != ir.KindString || l.Scalar.Enum != nil) {
			u.pathArrays = true
		}
	case ir.LayoutObject:
		if l.Struct == nil {
			u.scanScalar(l.Scalar)
		} else {
			u.enumParams = u.enumParams || e.needs[l.Struct]
			u.validateInputs = u.validateInputs || e.needs[l.Struct]
			u.scanFields(l)
		}
		switch {
		case p.In == ir.InQuery && (p.Style == "deepObject" || p.Explode):
			u.queryPairs = true
		default:
			u.inPairs = true
			u.explodedHeaderObjects = u.explodedHeaderObjects || p.In == ir.InHeader && p.Explode
		}
	case ir.LayoutJSON:
		u.jsonParams, u.enumParams = true, true
	}
}

// scanScalar records the parser a scalar of shape s needs.
func (u *usage) scanScalar(s ir.Scalar) {
	u.parse[s.Kind] = true
	u.enumParams = u.enumParams || s.Enum != nil
}

// scanFields records the scalars of an object layout's properties, and of
// the properties of its nested objects.
func (u *usage) scanFields(l ir.Layout) {
	for _, f := range l.Fields {
		switch {
		case f.Nested == nil:
			u.scanScalar(f.Scalar)
			u.deepItems = u.deepItems || f.Array
		case f.Nested.Struct == nil:
			u.scanScalar(f.Nested.Scalar)
		default:
			u.scanFields(*f.Nested)
		}
	}
}

// scanBody records what a request body needs.
func (e *emitter) scanBody(u *usage, c *ir.Content) {
	switch c.Encoding {
	case ir.EncodingJSON:
		u.jsonBody = true
	case ir.EncodingBytes:
		u.streamBody = true
	case ir.EncodingForm, ir.EncodingMultipart:
		if c.Encoding == ir.EncodingForm {
			u.form, u.rawBody = true, true
		} else {
			u.multipart = true
		}
		u.checkedParams = u.checkedParams || !c.Form.Values
		if ref, ok := c.Type.(*ir.Ref); ok && ref.Decl != nil && !c.Form.Values {
			u.enumParams = u.enumParams || e.needs[ref.Decl]
			u.validateInputs = u.validateInputs || e.needs[ref.Decl] && c.Form.TypeName == ""
		}
		for _, ff := range c.Form.Fields {
			switch ff.Layout.Kind {
			case ir.LayoutScalar, ir.LayoutArray:
				u.scanScalar(ff.Layout.Scalar)
			case ir.LayoutJSON:
				u.jsonParams, u.enumParams = true, true
			case ir.LayoutObject:
				if ff.Layout.Struct == nil {
					u.scanScalar(ff.Layout.Scalar)
				} else {
					u.scanFields(ff.Layout)
				}
			}
		}
	default:
		u.rawBody = true
	}
}

// scanResponse records what a response needs.
func (e *emitter) scanResponse(u *usage, r *ir.Response) {
	c := r.Chosen
	if c == nil {
		return
	}
	switch c.Encoding {
	case ir.EncodingForm:
		u.formResponse = true
	case ir.EncodingRawBody:
		u.rawAnswer = true
	}
}

// paramsCanFail reports whether an operation's parameters can be wrong: any
// parameter but a plain string one in the path can be (a bad number, an
// unknown enum value, a missing required one).
func paramsCanFail(op *ir.Operation) bool {
	for _, p := range op.Params {
		s := p.Layout.Scalar
		if p.In != ir.InPath || p.Layout.Kind != ir.LayoutScalar || s.Kind != ir.KindString || s.Enum != nil {
			return true
		}
	}
	return false
}
