package runtime

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
)

// jsonAppender is a generated type that writes its own JSON.
type jsonAppender interface{ appendJSON(w *jsonWriter) }

// jwMarshal encodes v: through its appendJSON when it has one, else as
// encoding/json does. The generated client and server encode bodies with
// it; pass a pointer or a value of a generated type.
func jwMarshal(v any) ([]byte, error) {
	if a, ok := v.(jsonAppender); ok {
		var w jsonWriter
		a.appendJSON(&w)
		return w.b, w.err
	}
	return json.Marshal(v)
}

// jwEncode is the body of a generated MarshalJSON: v written by its
// appendJSON method f.
func jwEncode[T any](v T, f func(T, *jsonWriter)) ([]byte, error) {
	w := jsonWriter{b: make([]byte, 0, 64)}
	f(v, &w)
	if w.err != nil {
		return nil, w.err
	}
	return w.b, nil
}

// jwFunc writes a value of a type with no appendJSON of its own (a slice
// of generated structs), for jwMarshal.
type jwFunc func(w *jsonWriter)

func (f jwFunc) appendJSON(w *jsonWriter) { f(w) }

// jwSlice appends s as a JSON array, each item written by f; nil is null.
func jwSlice[T any](w *jsonWriter, s []T, f func(T, *jsonWriter)) {
	if s == nil {
		w.null()
		return
	}
	w.b = append(w.b, '[')
	for i := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		f(s[i], w)
	}
	w.b = append(w.b, ']')
}

// jwMap appends m as a JSON object with its keys in order, as
// encoding/json sorts them, each value written by f; nil is null.
func jwMap[T any](w *jsonWriter, m map[string]T, f func(T, *jsonWriter)) {
	if m == nil {
		w.null()
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k)
		w.b = append(w.b, ':')
		f(m[k], w)
	}
	w.b = append(w.b, '}')
}

// jwPtr appends what p points to, written by f; nil is null.
func jwPtr[T any](w *jsonWriter, p *T, f func(T, *jsonWriter)) {
	if p == nil {
		w.null()
		return
	}
	f(*p, w)
}

// jwOpt appends the member key (a comma, the name, a colon) with what p
// points to, written by f, unless p is nil: a pointer field that omitzero
// leaves out when nil, in one line of a generated encoder.
func jwOpt[T any](w *jsonWriter, key string, p *T, f func(T, *jsonWriter)) {
	if p != nil {
		w.b = append(w.b, key...)
		f(*p, w)
	}
}

// The item writers of jwSlice, jwMap and jwPtr, one per kind of value;
// each takes the named types (enums) over its kind.

func jwStr[T ~string](v T, w *jsonWriter)                { w.str(string(v)) }
func jwInt[T ~int | ~int32 | ~int64](v T, w *jsonWriter) { w.int(int64(v)) }
func jwUint[T ~uint32 | ~uint64](v T, w *jsonWriter)     { w.uint(uint64(v)) }
func jwF64[T ~float64](v T, w *jsonWriter)               { w.f64(float64(v)) }
func jwF32[T ~float32](v T, w *jsonWriter)               { w.f32(float32(v)) }
func jwBool[T ~bool](v T, w *jsonWriter)                 { w.bool(bool(v)) }
func jwUUID[T ~[16]byte](v T, w *jsonWriter)             { w.uuid(v) }
func jwTime(v time.Time, w *jsonWriter)                  { w.time(v) }
func jwBytes(v []byte, w *jsonWriter)                    { w.bytes(v) }
func jwAny(v any, w *jsonWriter)                         { w.any(v) }
func jwRaw(v json.RawMessage, w *jsonWriter)             { w.rawJSON(v) }
func jwMarshalItem[T any](v T, w *jsonWriter)            { w.marshal(v) }
func jwAppend[T jsonAppender](v T, w *jsonWriter)        { v.appendJSON(w) }

// any appends a value of unknown shape: what JSONValue and any hold after
// decoding (nil, bool, json.Number, float64, string, []any, map[string]any)
// is written here, and anything else as encoding/json writes it.
func (w *jsonWriter) any(v any) {
	switch v := v.(type) {
	case nil:
		w.null()
	case bool:
		w.bool(v)
	case string:
		w.str(v)
	case float64:
		w.f64(v)
	case json.Number:
		w.number(v)
	case []any:
		jwSlice(w, v, jwAny)
	case map[string]any:
		jwMap(w, v, jwAny)
	default:
		w.marshal(v)
	}
}

// number appends a json.Number as encoding/json does: "" is 0, and text
// that is not a JSON number is an error.
func (w *jsonWriter) number(n json.Number) {
	if n == "" {
		w.b = append(w.b, '0')
		return
	}
	if !jwIsNumber(string(n)) {
		w.fail(errors.New("json: invalid number literal " + strconv.Quote(string(n))))
		w.b = append(w.b, '0')
		return
	}
	w.b = append(w.b, n...)
}

// jwIsNumber reports whether s is a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jwIsNumber(s string) bool {
	digits := func(s string) (string, bool) {
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return s[i:], i > 0
	}
	s, _ = strings.CutPrefix(s, "-")
	if s == "" {
		return false
	}
	var ok bool
	if s[0] == '0' {
		s = s[1:]
	} else if s, ok = digits(s); !ok {
		return false
	}
	if rest, found := strings.CutPrefix(s, "."); found {
		if s, ok = digits(rest); !ok {
			return false
		}
	}
	if len(s) > 0 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		if s, ok = digits(s); !ok {
			return false
		}
	}
	return s == ""
}
