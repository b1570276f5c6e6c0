package runtime

import "errors"

// jsonUnion is one decoding of a sum type that tells its variants apart by
// shape: the generated unmarshal tests each variant's JSON type and
// required properties and hands the variants that fit, in schema order, to
// jsonUnionSub, jsonUnionTry or jsonUnionOne until one of them reports
// that the choice is made; end then says which variant the union holds.
// What depends on the schema (the order, the tests, the decoding and
// Validate of each variant) is the generated code's; what every union does
// with it is here, once.
//
//	s := jsonUnion{data: data, r: r}
//	switch {
//	case jsonUnionTry(&s, new(Cat), (*Cat).decodeJSON, (*Cat).Validate):
//	case kind == "string" && jsonUnionSub(&s, new(Name), jsonString[Name]):
//	}
//	v, err := s.end("Pet", "Pet: the value matches none of *Cat or *Name")
type jsonUnion struct {
	data []byte
	r    *jsonReader // the document's reader, nil on its own
	// exclusive is set for a oneOf whose variants' checks are complete
	// enough to tell a value that two of them match (see the emitter's
	// exclusiveChecked): only then is a second match reported.
	exclusive bool

	// done is set when a variant is chosen before the variants run out:
	// value, with err what keeping it returned.
	done  bool
	value any
	err   error

	// first is the first error of a variant that fit by shape but did
	// not decode: it says best what is wrong (1.5 where only an integer
	// fits).
	first error
	// fallback is the first variant that decoded but did not match its
	// schema, kept when none matches (an object decodes into any struct).
	fallback      any
	fallbackTrial jsonTrial
	// kept is a oneOf's first variant that matched, with its Go type's
	// name for the report of a second (jsonOneOfTwice).
	kept      any
	keptTrial jsonTrial
	keptName  string

	// memo is the memo of the unions on trial in the variants of a union
	// not itself on trial (jsonTrialOf), once the first of them made it.
	memo *jsonMemo
}

// jsonUnionSub decodes data into v, a new variant that is taken as it
// decodes (a scalar with nothing to check), through the union's reader
// (r.sub): a variant that decodes is the union's value.
func jsonUnionSub[P any](s *jsonUnion, v P, decode func(P, *jsonReader)) bool {
	err := s.r.sub(s.data, func(r *jsonReader) { decode(v, r) })
	if err == nil {
		s.done, s.value = true, v
		return true
	}
	if s.first == nil {
		s.first = err
	}
	return false
}

// jsonUnionTry decodes data into v, a new variant held to its schema
// (jsonTryVariant): the first that matches is the union's value, its
// record joining r's (jsonKeepVariant); one that decodes without matching
// becomes the fallback if it is the first to.
func jsonUnionTry[P any](s *jsonUnion, v P, decode func(P, *jsonReader), check func(P) error) bool {
	v, t := jsonTrialOf(s, v, decode, check)
	if t.ok {
		s.done, s.value = true, v
		s.err = jsonKeepVariant(s.r, &t)
		return true
	}
	s.missed(v, t)
	return false
}

// jsonUnionOne is jsonUnionTry for a variant of a oneOf, named name: the
// first variant that matches is kept, and on its own (no record) decoding
// ends there; through a Decode function the later variants are tried too,
// and one that matches as well is recorded as a problem (jsonOneOfTwice)
// where the union is exclusive: the union can hold one variant, the schema
// allows exactly one to match.
func jsonUnionOne[P any](s *jsonUnion, name string, v P, decode func(P, *jsonReader), check func(P) error) bool {
	v, t := jsonTrialOf(s, v, decode, check)
	if !t.ok {
		s.missed(v, t)
		return false
	}
	if s.kept != nil {
		if s.exclusive {
			jsonOneOfTwice(s.r, s.keptName, name)
		}
		return false
	}
	s.kept, s.keptTrial, s.keptName = v, t, name
	if !jsonRecording(s.r) {
		s.done, s.value = true, v
		return true
	}
	return false
}

// missed notes a variant v whose trial t did not match: the fallback if it
// decoded and is the first to, else, if the first to fail, its error.
func (s *jsonUnion) missed(v any, t jsonTrial) {
	if t.err == nil && s.fallback == nil {
		s.fallback, s.fallbackTrial = v, t
	}
	if s.first == nil {
		s.first = t.err
	}
}

// end returns the variant the union holds, a pointer to the new variant,
// in this order: the one chosen while trying, a oneOf's match, the
// fallback; else nil and the first variant's error, prefixed with name,
// the union's Go type, or, when no variant fit by shape, none, the
// union's error for that ("Pet: the value matches none of *Cat or
// *Dog", a constant, as errors.New would hold it).
func (s *jsonUnion) end(name, none string) (any, error) {
	switch {
	case s.done:
		return s.value, s.err
	case s.kept != nil:
		return s.kept, jsonKeepVariant(s.r, &s.keptTrial)
	case s.fallback != nil:
		return s.fallback, jsonKeepVariant(s.r, &s.fallbackTrial)
	case s.first != nil:
		return nil, &jsonUnionError{msg: name + ": " + s.first.Error(), err: s.first}
	}
	return nil, errors.New(none)
}

// jsonUnionError is a union's error that is its first variant's, wrapped
// as fmt.Errorf's %w would (the same text, Unwrap), without formatting.
type jsonUnionError struct {
	msg string
	err error
}

func (e *jsonUnionError) Error() string { return e.msg }

func (e *jsonUnionError) Unwrap() error { return e.err }
