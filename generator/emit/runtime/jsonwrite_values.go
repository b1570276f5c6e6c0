package runtime

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// jsonAppender is a pointer to a generated type, which writes its own
// JSON.
type jsonAppender interface{ appendJSON(w *jsonWriter) }

// jwBuffers keeps the writers' buffers between encodings: a body grows its
// buffer once, not on every call.
var jwBuffers = sync.Pool{New: func() any { return new(jsonWriter) }}

// jwEncode writes v with its appendJSON and returns a copy of the bytes
// (the buffer goes back to jwBuffers), or the first error.
//
// It is never inlined: every MarshalJSON calls it.
//
//go:noinline
func jwEncode(v jsonAppender) ([]byte, error) {
	return jwEncodeWith(v.appendJSON)
}

// jwEncodeWith is jwEncode of what f writes.
func jwEncodeWith(f func(w *jsonWriter)) ([]byte, error) {
	w := jwBuffers.Get().(*jsonWriter)
	f(w)
	var out []byte
	err := w.err
	if err == nil {
		out = append(make([]byte, 0, len(w.b)+1), w.b...) // +1: room for the newline an answer ends with
	}
	if cap(w.b) <= 1<<24 {
		w.b, w.err = w.b[:0], nil
		jwBuffers.Put(w)
	}
	return out, err
}

// jwMarshal encodes v: through its appendJSON when it has one (a pointer
// to a generated type, or a jwFunc), else as encoding/json does. The
// generated client and server encode bodies with it.
func jwMarshal(v any) ([]byte, error) {
	if a, ok := v.(jsonAppender); ok {
		return jwEncode(a)
	}
	return json.Marshal(v)
}

// jwFunc writes a value of a type with no appendJSON of its own (a slice
// of generated structs), for jwMarshal.
type jwFunc func(w *jsonWriter)

func (f jwFunc) appendJSON(w *jsonWriter) { f(w) }

// jwSlice appends s as a JSON array, each item written by f; nil is null.
// It is never inlined: Go compiles an instantiation of it for every struct
// element type anyway, and a copy of its loop in each caller besides cost
// Coder's whole API 170 kB of machine code (docs/build-cost.md), for one
// call saved per array.
//
//go:noinline
func jwSlice[T any](w *jsonWriter, s []T, f func(*T, *jsonWriter)) {
	if s == nil {
		w.null()
		return
	}
	w.b = append(w.b, '[')
	for i := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		f(&s[i], w)
	}
	w.b = append(w.b, ']')
}

// jwMap appends m as a JSON object with its keys in order, as
// encoding/json sorts them, each value written by f; nil is null.
func jwMap[T any](w *jsonWriter, m map[string]T, f func(*T, *jsonWriter)) {
	if m == nil {
		w.null()
		return
	}
	keys := make([]string, 0, 8) // on the stack unless m is larger
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	var v T // f may keep its argument: one variable, not one per member
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k)
		w.b = append(w.b, ':')
		v = m[k]
		f(&v, w)
	}
	w.b = append(w.b, '}')
}

// jwPtr appends what p points to, written by f; nil is null.
func jwPtr[T any](w *jsonWriter, p *T, f func(*T, *jsonWriter)) {
	if p == nil {
		w.null()
		return
	}
	f(p, w)
}

// jwOpt appends the member key (a comma, the name, a colon) with what p
// points to, written by f, unless p is nil: a pointer field that omitzero
// leaves out when nil, in one line of a generated encoder.
func jwOpt[T any](w *jsonWriter, key string, p *T, f func(*T, *jsonWriter)) {
	if p != nil {
		w.b = append(w.b, key...)
		f(p, w)
	}
}

// The item writers of jwSlice, jwMap and jwPtr, one per kind of value;
// each takes the named types (enums) over its kind.

func jwStr[T ~string](v *T, w *jsonWriter)                { w.str(string(*v)) }
func jwInt[T ~int | ~int32 | ~int64](v *T, w *jsonWriter) { w.int(int64(*v)) }
func jwUint[T ~uint32 | ~uint64](v *T, w *jsonWriter)     { w.uint(uint64(*v)) }
func jwF64[T ~float64](v *T, w *jsonWriter)               { w.f64(float64(*v)) }
func jwF32[T ~float32](v *T, w *jsonWriter)               { w.f32(float32(*v)) }
func jwBool[T ~bool](v *T, w *jsonWriter)                 { w.bool(bool(*v)) }
func jwUUID[T ~[16]byte](v *T, w *jsonWriter)             { w.uuid(*v) }
func jwTime(v *time.Time, w *jsonWriter)                  { w.time(*v) }
func jwBytes(v *[]byte, w *jsonWriter)                    { w.bytes(*v) }
func jwAny(v *any, w *jsonWriter)                         { w.any(*v) }
func jwRaw(v *json.RawMessage, w *jsonWriter)             { w.rawJSON(*v) }
func jwMarshalItem[T any](v *T, w *jsonWriter)            { w.marshal(*v) }

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

// isZeroJSON reports whether omitzero leaves v out, as encoding/json's
// omitzero decides: its IsZero method says so (with a value or a pointer
// receiver), else it is its type's zero value. Encoders call it only for a
// field of a type specgen does not declare (a -type override): whether
// such a type can be compared with == is not known when the code is
// generated, so a type without IsZero is judged by reflection, the one
// use of reflect on the encoding side (docs/no-reflection.md); giving the
// type an IsZero method avoids it.
func isZeroJSON[T any](v T) bool {
	if z, ok := any(v).(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	if z, ok := any(&v).(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	return reflect.ValueOf(&v).Elem().IsZero()
}
