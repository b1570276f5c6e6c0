package runtime

import (
	"encoding"
	"encoding/json"
)

// Decoders of the Go shapes generated types are made of. Each takes the
// value to fill first, so that a method expression ((*Workspace).decodeJSON)
// is one too. null leaves a value that cannot be nil as it is and sets one
// that can to nil, as encoding/json does.

// jsonString decodes a string into any string type (enums included: any
// value of the base type is taken, Validate judges it).
func jsonString[T ~string](v *T, r *jsonReader) {
	switch c := r.peek(); c {
	case '"':
		*v = T(r.str())
	case 'n':
		r.literal("null")
	default:
		r.mismatch(jsonKindOf(c), v)
	}
}

// jsonBool decodes true or false.
func jsonBool[T ~bool](v *T, r *jsonReader) {
	switch c := r.peek(); c {
	case 't':
		r.literal("true")
		*v = true
	case 'f':
		r.literal("false")
		*v = false
	case 'n':
		r.literal("null")
	default:
		r.mismatch(jsonKindOf(c), v)
	}
}

// jsonPtr decodes into the value *p points to, allocating it when nil.
func jsonPtr[T any](p **T, r *jsonReader, dec func(*T, *jsonReader)) {
	if r.peek() == 'n' {
		r.literal("null")
		*p = nil
		return
	}
	if *p == nil {
		*p = new(T)
	}
	dec(*p, r)
}

// jsonSlice decodes an array, element by element, into the elements the
// slice has (as encoding/json does, which reuses them) and appended ones.
// The array's syntax is read by list and item, compiled once: only what
// needs T is compiled for every element type.
func jsonSlice[T any](s *[]T, r *jsonReader, dec func(*T, *jsonReader)) {
	var l jsonList
	if !r.list(&l, s) {
		if l.null {
			*s = nil
		}
		return
	}
	items := *s
	for r.item(&l) {
		if l.i < cap(items) {
			items = items[:l.i+1]
		} else {
			// append of make, not slices.Grow: the same growth, which
			// the compiler does itself rather than through an
			// instantiation of Grow for every element type.
			items = append(items[:l.i], make([]T, r.more(&l))...)[:l.i+1]
		}
		dec(&items[l.i], r)
	}
	if l.i == 0 {
		*s = []T{}
		return
	}
	*s = items[:l.i]
}

// jsonSliceNotNull is jsonSlice for items whose schema does not allow
// null (JSON Schema documents): a null item is recorded as a problem
// (where decoding records them) rather than decoded as the zero value
// Validate might pass.
func jsonSliceNotNull[T any](s *[]T, r *jsonReader, dec func(*T, *jsonReader)) {
	jsonSlice(s, r, func(v *T, r *jsonReader) {
		if !jsonNullRecorded(r) {
			dec(v, r)
		}
	})
}

// jsonNullRecorded skips a null the schema does not allow where the Go
// value cannot show it (a slice's item, a tuple's position) and reports
// it as a problem of the record, true; without a record (UnmarshalJSON)
// null decodes as encoding/json has it, so false.
func jsonNullRecorded(r *jsonReader) bool {
	if r.record == nil || r.peek() != 'n' {
		return false
	}
	r.skip()
	r.record.problem(r.data, r.path, "", false, "must not be null", true)
	return true
}

// jsonList is the state of one array being read into a slice.
type jsonList struct {
	// i is the index of the current item, then the number of items.
	i       int
	depth   int
	start   int // the offset of '['
	started bool
	// null is set when the value was null.
	null bool
}

// list starts reading an array into a slice (typ points to it, for the
// error of another kind of value): false for null (l.null), another kind
// of value (recorded and skipped) and on an error.
func (r *jsonReader) list(l *jsonList, typ any) bool {
	switch c := r.peek(); c {
	case '[':
	case 'n':
		r.literal("null")
		l.null = true
		return false
	default:
		r.mismatch(jsonKindOf(c), typ)
		return false
	}
	l.start = r.pos
	if !r.enter() {
		return false
	}
	l.depth = len(r.path)
	return true
}

// more estimates how many items of the array list started are still to
// come (the current one included), from the size of those read so far and
// what is left of the data, so that a slice grows to hold them at once
// rather than by doubling, copying every item each time. An estimate is
// too big when the array is not the last of the document, so it is never
// more than 8 times the items read.
func (r *jsonReader) more(l *jsonList) int {
	if l.i == 0 {
		return 1
	}
	per := max((r.pos-l.start)/l.i, 1)
	return min((len(r.data)-r.pos)/per+1, 8*l.i)
}

// item moves to the next item of the array list started, entering its
// index in the path: false at the end of the array or on an error.
func (r *jsonReader) item(l *jsonList) bool {
	if l.started {
		r.path = r.path[:l.depth]
		l.i++
		if r.endOf(']') {
			r.depth--
			return false
		}
	} else {
		l.started = true
		if r.next(']') {
			r.depth--
			return false
		}
	}
	if r.err != nil {
		r.depth--
		return false
	}
	r.frame(l.depth).index = l.i
	return true
}

// jsonMap decodes an object into a map, each value into a new element.
func jsonMap[T any](m *map[string]T, r *jsonReader, dec func(*T, *jsonReader)) {
	jsonMapNamed(m, r, dec, nil, true)
}

// jsonMapNamed is jsonMap for an object whose members must be named by a
// pattern (patternProperties with additionalProperties false; named is nil
// for any name): the value of a member the pattern does not name is skipped, not decoded as the
// pattern's schema (it is no such value: Validate reports the member as not
// allowed, and nothing about its content), and the key kept as a zero value.
// Unless nullOK, a null value is recorded as a problem (where decoding
// records them) rather than decoded as the zero value Validate might pass.
func jsonMapNamed[T any](m *map[string]T, r *jsonReader, dec func(*T, *jsonReader), named func(string) bool, nullOK bool) {
	switch c := r.peek(); c {
	case '{':
	case 'n':
		r.literal("null")
		*m = nil
		return
	default:
		r.mismatch(jsonKindOf(c), m)
		return
	}
	if !r.enter() {
		return
	}
	if *m == nil {
		*m = map[string]T{}
	}
	depth := len(r.path)
	if !r.next('}') {
		for r.err == nil {
			at, end, key := r.key()
			if r.err != nil {
				break
			}
			k := r.keep(key)
			r.frame(depth).member(at, end, nil, -1)
			var e T
			if r.record != nil {
				if _, again := (*m)[k]; again {
					r.record.forget(jsonPointer(r.data, r.path[:depth], k))
				}
			}
			switch {
			case named != nil && !named(k):
				r.skip()
			case !nullOK && r.peek() == 'n' && r.record != nil:
				// A Go value cannot tell null from its zero value; the
				// pattern's schema does not allow null (JSON Schema).
				r.skip()
				r.record.problem(r.data, r.path[:depth], k, true, "must not be null", true)
			default:
				dec(&e, r)
			}
			r.path = r.path[:depth]
			(*m)[k] = e
			if r.endOf('}') {
				break
			}
		}
	}
	r.depth--
}

// jsonText decodes a string through the type's UnmarshalText
// (uuid.UUID), as encoding/json does.
func jsonText[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](v *T, r *jsonReader) {
	switch c := r.peek(); c {
	case '"':
		if err := P(v).UnmarshalText(r.stringBytes()); err != nil && r.err == nil {
			r.fail(err)
		}
	case 'n':
		r.literal("null")
	default:
		r.mismatch(jsonKindOf(c), v)
	}
}

// jsonUnmarshaler hands the value's JSON to the type's own UnmarshalJSON
// (time.Time, types from overrides, sum types).
func jsonUnmarshaler[T any, P interface {
	*T
	json.Unmarshaler
}](v *T, r *jsonReader) {
	raw := r.value()
	if r.err != nil {
		return
	}
	if err := P(v).UnmarshalJSON(raw); err != nil {
		r.fail(err)
	}
}

// value reads past the next value and returns its text.
func (r *jsonReader) value() []byte {
	r.ws()
	start := r.pos
	r.skip()
	return r.data[start:r.pos]
}

// jsonAny decodes any value as encoding/json decodes into an interface:
// map[string]any, []any, float64, string, bool or nil.
func jsonAny(v *any, r *jsonReader) {
	switch c := r.peek(); c {
	case '{':
		var m map[string]any
		jsonMap(&m, r, jsonAny)
		*v = m
	case '[':
		var s []any
		jsonSlice(&s, r, jsonAny)
		*v = s
	case '"':
		*v = r.str()
	case 't', 'f':
		var b bool
		jsonBool(&b, r)
		*v = b
	case 'n':
		r.literal("null")
		*v = nil
	default:
		s := r.number()
		if r.err != nil {
			return
		}
		f, ok := jsonParseFloat(s, 64)
		if !ok {
			r.mismatchSkipped("number "+string(s), "", (*float64)(nil))
			return
		}
		*v = f
	}
}

// jsonStd decodes a value with encoding/json: types specgen does not
// declare (-type overrides, with whatever methods they have) and []byte
// (base64).
func jsonStd[T any](v *T, r *jsonReader) {
	raw := r.value()
	if r.err != nil {
		return
	}
	// A type with its own UnmarshalJSON (uuid.NullUUID) gets the value's
	// text, as from encoding/json, which would check the syntax again first.
	var err error
	if u, ok := any(v).(json.Unmarshaler); ok {
		err = u.UnmarshalJSON(raw)
	} else {
		err = json.Unmarshal(raw, v)
	}
	if err != nil {
		r.fail(err)
	}
}

// sub decodes data, a value inside r's document, with decode, for a sum
// type choosing its variant: the error is what encoding/json would say
// of data alone, and when there is none, the problems a record found are
// kept in r's, located below r. r is nil when the sum type is decoded on
// its own (UnmarshalJSON).
func (r *jsonReader) sub(data []byte, decode func(*jsonReader)) error {
	if r == nil || r.record == nil {
		return jsonDecode(data, decode)
	}
	c := jsonReader{data: data, record: &jsonRecord{trial: r.record.trial}, memo: r.memo}
	// r's path, its keys unescaped: they are not in c's data.
	c.path = c.frames[:0]
	for i := range r.path {
		fr := &r.path[i]
		if fr.index >= 0 {
			c.path = append(c.path, jsonFrame{index: fr.index})
		} else {
			c.path = append(c.path, jsonFrame{index: -1, name: fr.text(r.data)})
		}
	}
	c.document(decode)
	r.memo = c.memo
	err := c.result()
	if err == nil {
		r.record.problems = append(r.record.problems, c.record.problems...)
		r.record.moot = append(r.record.moot, c.record.moot...)
		r.record.counted = append(r.record.counted, c.record.counted...)
	}
	return err
}

// decodeWith hands the next value's text to unmarshal (a sum type's),
// with the reader for its variants.
func (r *jsonReader) decodeWith(unmarshal func([]byte, *jsonReader) error) {
	raw := r.value()
	if r.err != nil {
		return
	}
	if err := unmarshal(raw, r); err != nil {
		r.fail(err)
	}
}
