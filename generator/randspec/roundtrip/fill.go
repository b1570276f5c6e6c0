package roundtrip

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"time"
)

// strs are the strings drawn: plain words, and the characters that each
// parameter style and encoding must escape (a comma, a slash, a space, a
// question mark, non-ASCII), and text in the formats APIs name (a date, a
// time, an email, a URI, an address), which Validate may ask for.
var strs = []string{
	"a", "abc", "x y", "a,b", "a/b?c=d", "é", "1", "a.b", "A|B",
	"2024-01-02", "2024-01-02T03:04:05Z", "03:04:05Z", "a@example.com",
	"https://example.com/x", "127.0.0.1", "::1", "example.com", "P1D",
}

var floats = []float64{1.5, 2, 0.5, 42, 3}

var (
	timeType = reflect.TypeFor[time.Time]()
	rawType  = reflect.TypeFor[json.RawMessage]()
)

// raws are the JSON texts drawn for a json.RawMessage (a raw body or
// value): random bytes are no JSON, which encoding refuses.
var raws = []string{`"a"`, `1`, `{"k":[true,null]}`, `[]`}

// fill sets v (settable) to a random value of its type: enums take one of
// their Values(), pointers are nil a third of the time, slices and maps
// hold one or two elements, a json.RawMessage is one of raws, interfaces
// other than any stay nil (a union's variant is the caller's to set;
// Validate then refuses it), and depth bounds recursive types.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	if pickValue(r, v) {
		return
	}
	if v.Type() == rawType {
		v.SetBytes([]byte(raws[r.IntN(len(raws))]))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[r.IntN(len(strs))])
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(1 + r.IntN(99)))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(1 + r.IntN(99)))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(floats[r.IntN(len(floats))])
	case reflect.Pointer:
		if depth <= 0 || r.IntN(3) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth-1)
		if p.Elem().Kind() == reflect.Struct && p.Elem().IsZero() {
			// An empty object: form styles have no way to write one, so it
			// arrives as nothing; JSON's {} is covered by non-empty ones.
			return
		}
		v.Set(p)
	case reflect.Slice:
		if depth <= 0 {
			return
		}
		n := 1 + r.IntN(2)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(r, s.Index(i), depth-1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(r, v.Index(i), depth-1)
		}
	case reflect.Map:
		if depth <= 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for range 1 + r.IntN(2) {
			k := reflect.New(v.Type().Key()).Elem()
			fill(r, k, depth-1)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(r, e, depth-1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		if v.Type() == timeType {
			v.Set(reflect.ValueOf(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && !unionRest(v.Type(), i) {
				fill(r, v.Field(i), depth-1)
			}
		}
	case reflect.Interface:
		// At any depth: a string is a leaf, and an any left nil is a
		// JSONValue that is absent, which a map or list item cannot be
		// (it is sent as null, and arrives as null).
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(strs[r.IntN(len(strs))]))
		}
	}
}

// pickValue sets v to one of the values its type's Values method lists
// (the generated enums'), and reports whether it did.
func pickValue(r *rand.Rand, v reflect.Value) bool {
	m := v.Addr().MethodByName("Values")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
		return false
	}
	out := m.Call(nil)[0]
	if out.Kind() != reflect.Slice || out.Type().Elem() != v.Type() || out.Len() == 0 {
		return false
	}
	v.Set(out.Index(r.IntN(out.Len())))
	return true
}

// unionRest reports whether field i of struct type t is a union's Rest:
// the members decoding kept beside the variant (Value) it held, written
// only into that variant's object, so no value of its own to send.
func unionRest(t reflect.Type, i int) bool {
	f := t.Field(i)
	val, ok := t.FieldByName("Value")
	return f.Name == "Rest" && f.Type == reflect.TypeOf(map[string]json.RawMessage(nil)) && ok && val.Type.Kind() == reflect.Interface
}
