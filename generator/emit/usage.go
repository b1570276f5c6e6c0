package emit

import "github.com/specgen/specgen/generator/ir"

// usage records which runtime helpers the operations need, so that the
// generated package holds no unused code.
type usage struct {
	// parse lists the kinds of parameter values the server parses.
	parse map[ir.Kind]bool
	// enumParams is set when some parameter is an enum.
	enumParams bool
	// checkedParams is set when some operation has a parameter that can be
	// wrong (see paramsCanFail).
	checkedParams bool
	// paramsFrom lists where parameters other than path ones travel.
	paramsFrom map[ir.ParamIn]bool
	// queryArrays is set when a query parameter is an array.
	queryArrays bool
	// splitArrays is set when a header or cookie parameter is an array,
	// or a query array is not exploded.
	splitArrays bool
	// jsonBody, rawBody: request bodies of each encoding.
	jsonBody, rawBody bool
	// streams is set when an operation answers with an event stream.
	streams bool
	// auth is set when an operation requires credentials; authIn lists
	// where they travel ("header", "query", "cookie", "authorization").
	auth   bool
	authIn map[string]bool
	// basicAuth is set when a scheme is HTTP Basic.
	basicAuth bool
	// results is set when an operation has a result type.
	results bool
	// rawResponse is set when a response is raw JSON or bytes.
	rawResponse bool
}

// scanUsage fills e.uses from the operations.
func (e *emitter) scanUsage() {
	u := &usage{parse: map[ir.Kind]bool{}, paramsFrom: map[ir.ParamIn]bool{}, authIn: map[string]bool{}}
	for _, op := range e.api.Operations {
		for _, p := range op.Params {
			s, array, _ := ir.ScalarOf(p.Type)
			u.parse[s.Kind] = true
			u.enumParams = u.enumParams || s.Enum != nil
			if p.In != ir.InPath {
				u.paramsFrom[p.In] = true
			}
			if array {
				if p.In == ir.InQuery {
					u.queryArrays = true
				}
				if p.In != ir.InQuery || !p.Explode {
					u.splitArrays = true
				}
			}
		}
		u.checkedParams = u.checkedParams || paramsCanFail(op)
		if b := op.Body; b != nil && b.Chosen != nil {
			switch b.Chosen.Encoding {
			case ir.EncodingJSON:
				u.jsonBody = true
			default:
				u.rawBody = true
			}
		}
		if _, ok := op.Streaming(); ok {
			u.streams = true
		}
		if op.ResultType != "" {
			u.results = true
		}
		for _, r := range op.Responses {
			if r.Chosen != nil && (r.Chosen.Encoding == ir.EncodingRawJSON || r.Chosen.Encoding == ir.EncodingBytes) {
				u.rawResponse = true
			}
		}
		if op.Auth != nil {
			u.auth = true
			for _, s := range op.Auth.Schemes {
				if s.InAuthorization() {
					u.authIn["authorization"] = true
				} else {
					u.authIn[s.In] = true
				}
				u.basicAuth = u.basicAuth || s.IsBasic()
			}
		}
	}
	e.uses = u
}

// paramsCanFail reports whether an operation's parameters can be wrong: any
// parameter but a plain string one in the path can be (a bad number, an
// unknown enum value, a missing required one).
func paramsCanFail(op *ir.Operation) bool {
	for _, p := range op.Params {
		s, _, _ := ir.ScalarOf(p.Type)
		if p.In != ir.InPath || s.Kind != ir.KindString || s.Enum != nil {
			return true
		}
	}
	return false
}
