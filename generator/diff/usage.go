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

// widenedValues is the level of a change that lets a value hold values of
// its type it could not hold before (an enum value added, a bound or
// format dropped): only clients that check the values, such as specgen's
// Validate, fail on a response.
func widenedValues(d dir) Level {
	if d&inResponse != 0 {
		return Warning
	}
	return widened(d)
}

// removed is the level of a property removed: a client reading it from a
// response fails; one still sending it in a request fails only against a
// server that refuses unknown properties.
func removed(d dir) Level {
	switch {
	case d&inResponse != 0:
		return Breaking
	case d != 0:
		return Warning
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
