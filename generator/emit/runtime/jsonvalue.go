// The fixed support code of generated JSON values: the JSONValue type and
// the comparisons that the generated checks of schemas without a Go shape
// call. Its unexported names start with jv, which nothing else in a
// generated package uses.

package runtime

import (
	"encoding/json"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// JSONValue is any JSON value, held as decoded: V is nil (null), bool,
// json.Number (the number's text, so nothing of its precision is lost),
// string, []any or map[string]any of the same. A JSONValue left out of a
// document is the zero value; a JSON null is JSONNull(), which encodes as
// null where the zero value is omitted (omitzero).
type JSONValue struct {
	V any
	// null is set for a decoded null, which V alone cannot tell from a
	// value left out.
	null bool
}

// JSONNull returns the JSON value null.
func JSONNull() JSONValue { return JSONValue{null: true} }

// IsZero reports whether v was left out (neither decoded nor set).
func (v JSONValue) IsZero() bool { return v.V == nil && !v.null }

// UnmarshalJSON keeps numbers as json.Number.
func (v *JSONValue) UnmarshalJSON(b []byte) error { return jsonDecode(b, v.decodeJSON) }

// decodeJSON reads the value with the reader, in the same pass as the
// document around it (no encoding/json, no reflection).
func (v *JSONValue) decodeJSON(r *jsonReader) {
	var x any
	jvRead(&x, r)
	if r.err == nil {
		*v = JSONValue{V: x, null: x == nil}
	}
}

// jvRead decodes any value as JSONValue holds it: as jsonAny does, save
// that a number is kept as its text (json.Number), as encoding/json's
// UseNumber has it.
func jvRead(v *any, r *jsonReader) {
	switch c := r.peek(); c {
	case '{':
		var m map[string]any
		jsonMap(&m, r, jvRead)
		*v = m
	case '[':
		var s []any
		jsonSlice(&s, r, jvRead)
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
		if s := r.number(); r.err == nil {
			*v = json.Number(s)
		}
	}
}

// MarshalJSON writes V as encoding/json writes it (jsonWriter.any).
func (v JSONValue) MarshalJSON() ([]byte, error) {
	var w jsonWriter
	w.any(v.V)
	return w.b, w.err
}

// jvParse decodes a JSON text of the schema (an enum value, a const) the
// way UnmarshalJSON does; the text is the generator's, so it is valid.
func jvParse(text string) any {
	var v JSONValue
	if err := v.UnmarshalJSON([]byte(text)); err != nil {
		panic(err)
	}
	return v.V
}

// jvNumber returns the decimal text of a number held in v (json.Number, or
// a Go number set by hand).
func jvNumber(v any) (string, bool) {
	switch n := v.(type) {
	case json.Number:
		return string(n), true
	case float64:
		return strconv.FormatFloat(n, 'g', -1, 64), true
	case float32:
		return strconv.FormatFloat(float64(n), 'g', -1, 32), true
	case int:
		return strconv.Itoa(n), true
	case int64:
		return strconv.FormatInt(n, 10), true
	}
	return "", false
}

// jvIsType reports whether v is of the JSON type t; "integer" is any
// number with no fractional part (1.0 included).
func jvIsType(v any, t string) bool {
	switch t {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "number":
		_, ok := jvNumber(v)
		return ok
	case "integer":
		n, ok := jvNumber(v)
		return ok && jvIsInteger(n)
	}
	return false
}

// jvIsInteger reports whether the decimal text n has no fractional part.
func jvIsInteger(n string) bool {
	if !strings.ContainsAny(n, ".eE") {
		return true
	}
	if f, err := strconv.ParseFloat(n, 64); err == nil && math.Abs(f) < 1<<53 {
		if f != math.Trunc(f) {
			return false
		}
	}
	r, ok := new(big.Rat).SetString(n)
	return ok && r.IsInt()
}

// jvCompare compares two decimal texts as numbers: -1, 0 or 1. Floats
// decide when they differ (rounding keeps order); equal floats are
// compared exactly.
func jvCompare(a, b string) int {
	fa, errA := strconv.ParseFloat(a, 64)
	fb, errB := strconv.ParseFloat(b, 64)
	if errA == nil && errB == nil {
		switch {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
	}
	ra, okA := new(big.Rat).SetString(a)
	rb, okB := new(big.Rat).SetString(b)
	if !okA || !okB {
		return strings.Compare(a, b)
	}
	return ra.Cmp(rb)
}

// jvMultipleOf reports whether n is an integer multiple of m, exactly.
func jvMultipleOf(n, m string) bool {
	rn, okN := new(big.Rat).SetString(n)
	rm, okM := new(big.Rat).SetString(m)
	if !okN || !okM || rm.Sign() == 0 {
		return false
	}
	return rn.Quo(rn, rm).IsInt()
}

// jvEqual is JSON equality: numbers by value (1 == 1.0), arrays item by
// item, objects member by member, never across types (false != 0).
func jvEqual(a, b any) bool {
	if x, ok := a.(float64); ok {
		// What jsonAny decodes a number to: compared without formatting
		// it (jvNumber allocates its text).
		if y, ok := b.(float64); ok {
			return x == y
		}
	}
	if na, ok := jvNumber(a); ok {
		nb, ok := jvNumber(b)
		return ok && jvCompare(na, nb) == 0
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !jvEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !jvEqual(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

// jvIn reports whether v equals one of list.
func jvIn(v any, list []any) bool {
	for _, x := range list {
		if jvEqual(v, x) {
			return true
		}
	}
	return false
}

// jvEvaluated records which members of an object and items of an array
// the keywords of a schema, and the subschemas that passed, evaluated: what
// unevaluatedProperties and unevaluatedItems apply to is the rest.
type jvEvaluated struct {
	props    map[string]bool
	items    int  // items [0, items) evaluated
	allItems bool // every item evaluated
	matched  map[int]bool
}

// prop marks the member k evaluated.
func (e *jvEvaluated) prop(k string) {
	if e.props == nil {
		e.props = map[string]bool{}
	}
	e.props[k] = true
}

// match marks item i evaluated (by contains).
func (e *jvEvaluated) match(i int) {
	if e.matched == nil {
		e.matched = map[int]bool{}
	}
	e.matched[i] = true
}

// upTo marks the first n items evaluated.
func (e *jvEvaluated) upTo(n int) { e.items = max(e.items, n) }

// item reports whether item i was evaluated.
func (e *jvEvaluated) item(i int) bool { return e.allItems || i < e.items || e.matched[i] }

// jvDuplicate returns the first two equal items of a.
func jvDuplicate(a []any) (int, int, bool) {
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if jvEqual(a[i], a[j]) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}
