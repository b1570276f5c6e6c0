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
	// name for the report of a second (jsonOneOfTwice); also names the
	// next that match too, nalso counts them.
	kept      any
	keptTrial jsonTrial
	keptName  string
	also      [2]string
	nalso     int
	// oneOf is set when the variants are a oneOf's (jsonUnionOne).
	oneOf bool

	// tried holds the first variants that fit by shape and did not
	// match, in schema order, for the report of why none did
	// (jsonUnion.report); ntried counts them all. A fixed array, so a
	// union whose variant matches allocates nothing for them.
	tried  [4]jsonTried
	ntried int

	// memo is the memo of the unions on trial in the variants of a union
	// not itself on trial (jsonTrialOf), once the first of them made it.
	memo *jsonMemo
}

// jsonUnionSub decodes data into v, a new variant that is taken as it
// decodes (a scalar with nothing to check), through the union's reader
// (r.sub): a variant that decodes is the union's value.
func jsonUnionSub[P any](s *jsonUnion, name string, v P, decode func(P, *jsonReader)) bool {
	err := s.r.sub(s.data, func(r *jsonReader) { decode(v, r) })
	if err == nil {
		s.done, s.value = true, v
		return true
	}
	s.missed(name, nil, jsonTrial{err: err})
	return false
}

// jsonUnionTry decodes data into v, a new variant held to its schema
// (jsonTryVariant): the first that matches is the union's value, its
// record joining r's (jsonKeepVariant); one that decodes without matching
// becomes the fallback if it is the first to.
func jsonUnionTry[P any](s *jsonUnion, name string, v P, decode func(P, *jsonReader), check func(P) error) bool {
	v, t := jsonTrialOf(s, v, decode, check)
	if t.ok {
		s.done, s.value = true, v
		s.err = jsonKeepVariant(s.r, &t)
		return true
	}
	s.missed(name, v, t)
	return false
}

// jsonUnionOne is jsonUnionTry for a variant of a oneOf, named name: the
// first variant that matches is kept, and on its own (no record) decoding
// ends there; through a Decode function the later variants are tried too,
// and one that matches as well is recorded as a problem (jsonOneOfTwice)
// where the union is exclusive: the union can hold one variant, the schema
// allows exactly one to match.
func jsonUnionOne[P any](s *jsonUnion, name string, v P, decode func(P, *jsonReader), check func(P) error) bool {
	s.oneOf = true
	v, t := jsonTrialOf(s, v, decode, check)
	if !t.ok {
		s.missed(name, v, t)
		return false
	}
	if s.kept != nil {
		if s.exclusive && s.keptName != name {
			if s.nalso < len(s.also) {
				s.also[s.nalso] = name
			}
			s.nalso++
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

// missed notes a variant, name, whose trial t did not match: the fallback
// if it decoded (into v) and is the first to, else, if the first to fail,
// its error; and, among the first four, for the report.
func (s *jsonUnion) missed(name string, v any, t jsonTrial) {
	if t.err == nil && s.fallback == nil {
		s.fallback, s.fallbackTrial = v, t
	}
	if s.first == nil {
		s.first = t.err
	}
	if s.ntried < len(s.tried) {
		s.tried[s.ntried] = jsonTried{name: name, t: t}
	}
	s.ntried++
}

// end returns the variant the union holds, a pointer to the new variant,
// in this order: the one chosen while trying, a oneOf's match (a record
// keeps the others that match too, jsonOneOfTwice); when none matched,
// through a Decode function's record, what report says; else
// the fallback, or nil and the first variant's error, prefixed with name,
// the union's Go type. When no variant fit by shape, the error is none,
// which says what the variants take ("Pet: must be an object with
// \"name\" (Cat) or a string (Name)"), and the value's JSON type.
func (s *jsonUnion) end(name, none string) (any, error) {
	switch {
	case s.done:
		return s.value, s.err
	case s.kept != nil:
		if s.nalso > 0 {
			jsonOneOfTwice(s.r, s.keptName, s.also[:min(s.nalso, len(s.also))], s.nalso)
		}
		return s.kept, jsonKeepVariant(s.r, &s.keptTrial)
	case s.ntried == 0:
		return nil, errors.New(none + jsonNotKind(s.data))
	case jsonRecording(s.r):
		return s.report(name)
	case s.fallback != nil:
		return s.fallback, jsonKeepVariant(s.r, &s.fallbackTrial)
	}
	return nil, &jsonUnionError{msg: name + ": " + s.first.Error(), err: s.first}
}

// jsonUnionError is a union's error that is its first variant's, wrapped
// as fmt.Errorf's %w would (the same text, Unwrap), without formatting,
// or the report of why no variant matched.
type jsonUnionError struct {
	msg string
	err error
}

func (e *jsonUnionError) Error() string { return e.msg }

func (e *jsonUnionError) Unwrap() error { return e.err }
