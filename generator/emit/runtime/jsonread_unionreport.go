package runtime

import (
	"encoding/json"
	"errors"
	"sort"
)

// jsonTried is a variant of a union that fit the value by shape and did
// not match: its Go type's name and its trial.
type jsonTried struct {
	name string
	t    jsonTrial
}

// report ends, through a record, a union none of whose variants matched
// (in a Decode function, or on trial in another union's variant). When
// the value was meant for one of those tried (it alone fit by shape, or
// alone did not miss a const tag: unionMeant), the record says what is
// wrong with it, where it is, as if the schema were that variant's.
// Otherwise it says, where the union is, why each variant did not match
// (unionReport). Either way the union holds what it held before the
// report, the fallback, below which the report makes what Validate finds
// moot; and an error is returned, or the reader fails, only when no
// variant decoded, as before (a union on trial that decodes is a variant
// that decodes, whatever its record says), so verdicts and values are as
// they were and only the words change.
func (s *jsonUnion) report(name string) (any, error) {
	pointer, field := jsonRender(s.r.data, s.r.path, "", false)
	n := min(s.ntried, len(s.tried))
	misses := make([]unionMiss, n)
	for i := range n {
		misses[i] = unionMiss{label: s.tried[i].name, index: -1, causes: s.tried[i].causes(pointer, field)}
	}
	meant := -1
	if s.ntried == n {
		meant = unionMeant(misses, pointer)
	}
	if meant < 0 {
		head := name + ": must match at least one schema of anyOf, but matches none:"
		if s.oneOf {
			head = name + ": must match exactly one schema of oneOf, but matches none:"
		}
		msg := unionReport(head, field, misses, s.ntried-n)
		if s.fallback == nil {
			return nil, &jsonUnionError{msg: msg, err: s.first}
		}
		s.r.record.problem(s.r.data, s.r.path, "", false, msg, true)
		return s.fallback, nil
	}
	rec := s.r.record
	for _, c := range misses[meant].causes {
		rec.problems = append(rec.problems, jsonProblem{c.Pointer, c.Field, c.Message, c.code})
	}
	rec.moot = append(rec.moot, pointer)
	if s.fallback == nil && s.r.failErr == nil {
		// The union did not decode; the record says why already
		// (r.fail would say it again).
		s.r.failErr = &jsonUnionError{msg: name + ": " + s.first.Error(), err: s.first}
	}
	return s.fallback, nil
}

// causes is what the trial found, located from the document's root (the
// union is at pointer, field): its record's problems, its Validate's
// findings the record leaves standing, or, with neither, its error.
func (m *jsonTried) causes(pointer, field string) ValueErrors {
	var out ValueErrors
	if rec := m.t.rec; rec != nil {
		for _, p := range rec.problems {
			out = append(out, &ValueError{Pointer: pointer + p.pointer, Field: jsonJoinField(field, p.field), Message: p.message, code: p.code})
		}
		for _, e := range m.t.found {
			if rec.keeps(e) {
				out = append(out, &ValueError{Pointer: pointer + e.Pointer, Field: jsonJoinField(field, e.Field), Message: e.Message, code: e.code})
			}
		}
	}
	if len(out) == 0 && m.t.err != nil {
		msg := m.t.err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(m.t.err, &te) {
			// The record's words, not encoding/json's.
			msg = "cannot be a JSON " + te.Value
		}
		out = append(out, &ValueError{Pointer: pointer, Field: field, Message: msg})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return out
}

// jsonNotKind says, for the error of a union no variant of which fits the
// value by shape, what the value is when it is no object (an object that
// fits none lacks a required property, which the error names).
func jsonNotKind(data []byte) string {
	switch k := jsonKind(data); k {
	case "object", "":
		return ""
	case "array":
		return ", not an array"
	default:
		return ", not a " + k
	}
}
