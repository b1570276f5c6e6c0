package runtime

import (
	"slices"
	"strings"
)

// The JSON values a use of a type refuses (jsonUse), one bit each: a
// number with a fractional part and one without (1.0 has none) apart, so
// that a list that names integer and not number refuses only the first.
const (
	jsonRefuseObject uint8 = 1 << iota
	jsonRefuseArray
	jsonRefuseString
	jsonRefuseBoolean
	jsonRefuseFraction
	jsonRefuseInteger
)

// jsonUse decodes a use of a declared type whose schema adds to the type
// what the type's own decoding does not check, beside a $ref (2019-09 on,
// where a $ref's siblings apply) to a struct: refused, the JSON values a
// type list beside it does not allow (0 for none), where the struct's
// schema gives no type and so its decoding takes every kind; lo and hi,
// minProperties and maxProperties of the use (-1 for none), which the Go
// struct, holding only its declared properties, cannot count. Both are
// checked on the JSON itself, with a record only: json.Unmarshal decodes
// as the type's own decoding does. null is left to the use's null policy
// (jsonNotNull, a slice's NullRejected), which the type list has set.
func jsonUse[T any](v *T, r *jsonReader, dec func(*T, *jsonReader), refused uint8, lo, hi int) {
	if r.record == nil || r.err != nil {
		dec(v, r)
		return
	}
	c := r.peek()
	if refused != 0 && c != 'n' && jsonRefuses(r, c, refused) {
		r.record.problemCause(r.data, r.path, "", false, "must be "+jsonAllowedNames(refused), true, causeType)
		r.skip()
		return
	}
	if c == '{' && (lo >= 0 || hi >= 0) {
		if n, ok := jsonMembersAhead(r); ok {
			r.record.count(r.data, r.path, n, lo, hi)
		}
	}
	dec(v, r)
}

// jsonRefuses reports whether refused holds the value starting with c at
// the reader, without moving the reader.
func jsonRefuses(r *jsonReader, c byte, refused uint8) bool {
	switch c {
	case '{':
		return refused&jsonRefuseObject != 0
	case '[':
		return refused&jsonRefuseArray != 0
	case '"':
		return refused&jsonRefuseString != 0
	case 't', 'f':
		return refused&jsonRefuseBoolean != 0
	}
	numbers := refused & (jsonRefuseFraction | jsonRefuseInteger)
	if numbers == 0 || numbers == jsonRefuseFraction|jsonRefuseInteger {
		return numbers != 0
	}
	sub := jsonReader{data: r.data, pos: r.pos}
	n := sub.number()
	if sub.err != nil {
		return false // the decoding that follows reports it
	}
	if jvIsInteger(string(n)) {
		return refused&jsonRefuseInteger != 0
	}
	return refused&jsonRefuseFraction != 0
}

// jsonAllowedNames says what a use that refuses refused allows, null
// aside, for a problem: "of type object or string".
func jsonAllowedNames(refused uint8) string {
	var names []string
	for i, name := range []string{"object", "array", "string", "boolean"} {
		if refused&(1<<i) == 0 {
			names = append(names, name)
		}
	}
	switch refused & (jsonRefuseFraction | jsonRefuseInteger) {
	case 0:
		names = append(names, "number")
	case jsonRefuseFraction:
		names = append(names, "integer")
	}
	if len(names) == 0 {
		return "null"
	}
	return "of type " + strings.Join(names, " or ")
}

// jsonMembersAhead counts the members of the object at the reader's
// position without moving the reader; ok is false on a syntax error, which
// the decoding that follows reports. A key written twice is one member, as
// the reference validator reads the object: keys are compared unescaped
// (read by key, as decoding reads them), so "a" and "\u0061" are one.
func jsonMembersAhead(r *jsonReader) (n int, ok bool) {
	sub := jsonReader{data: r.data, pos: r.pos, depth: r.depth}
	if !sub.enter() {
		return 0, false
	}
	if sub.next('}') {
		return 0, true
	}
	var keys []string
	for sub.err == nil {
		if sub.peek() != '"' {
			return 0, false
		}
		_, _, key := sub.key()
		if sub.err != nil {
			return 0, false
		}
		if !slices.Contains(keys, string(key)) {
			keys = append(keys, string(key))
		}
		sub.skip()
		if sub.endOf('}') {
			break
		}
	}
	return len(keys), sub.err == nil
}
