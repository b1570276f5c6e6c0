package diff

import "github.com/specgen/specgen/generator/ir"

// dir is the set of directions a value travels in.
type dir uint8

const (
	inRequest  dir = 1 << iota // client → server: parameters, request bodies
	inResponse                 // server → client: response bodies and headers
	bothWays   = inRequest | inResponse
)

// widened is the level of a change that lets a value hold more than before:
// a client reading a response may meet what it does not handle.
func widened(d dir) Level {
	switch {
	case d&inResponse != 0:
		return Breaking
	case d != 0:
		return NonBreaking
	}
	return Info
}

// narrowed is the level of a change that lets a value hold less than
// before: a request that was valid may now be rejected.
func narrowed(d dir) Level {
	switch {
	case d&inRequest != 0:
		return Breaking
	case d != 0:
		return NonBreaking
	}
	return Info
}

// changed is the level of a change that neither widens nor narrows (a type
// change, a removal): breaking wherever the value travels.
func changed(d dir) Level {
	if d == 0 {
		return Info
	}
	return Breaking
}

// usage finds the directions every declaration of api travels in, following
// fields, items and map values from the operations' parameters, bodies and
// responses.
func usage(api *ir.API) map[*ir.Decl]dir {
	u := map[*ir.Decl]dir{}
	for _, op := range api.Operations {
		for _, p := range op.Params {
			walkUse(u, p.Type, inRequest)
		}
		if op.Body != nil {
			for _, c := range op.Body.Contents {
				walkUse(u, c.Type, inRequest)
			}
		}
		for _, r := range op.Responses {
			for _, c := range r.Contents {
				walkUse(u, c.Type, inResponse)
			}
			for _, h := range r.Headers {
				walkUse(u, h.Type, inResponse)
			}
		}
	}
	return u
}

func walkUse(u map[*ir.Decl]dir, t ir.Type, d dir) {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl == nil || u[t.Decl]&d == d {
			return
		}
		u[t.Decl] |= d
		walkUse(u, t.Decl.Type, d)
	case *ir.Struct:
		for _, f := range t.Fields {
			walkUse(u, f.Type, fieldDir(d, f))
		}
	case *ir.Slice:
		walkUse(u, t.Elem, d)
	case *ir.Map:
		walkUse(u, t.Elem, d)
	}
}

// fieldDir removes the directions a property never travels in: readOnly
// properties are not sent in requests, writeOnly ones not in responses.
func fieldDir(d dir, fs ...*ir.Field) dir {
	for _, f := range fs {
		if f == nil {
			continue
		}
		if f.ReadOnly {
			d &^= inRequest
		}
		if f.WriteOnly {
			d &^= inResponse
		}
	}
	return d
}
