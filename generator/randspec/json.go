package randspec

import (
	"bytes"
	"encoding/json"
)

// obj is a JSON object that keeps its keys in insertion order, so that a
// document is the same bytes for the same seed.
type obj struct{ kv []kv }

type kv struct {
	k string
	v any
}

// set adds k, or replaces its value when k is there already.
func (o *obj) set(k string, v any) *obj {
	for i := range o.kv {
		if o.kv[i].k == k {
			o.kv[i].v = v
			return o
		}
	}
	o.kv = append(o.kv, kv{k, v})
	return o
}

func (o *obj) get(k string) (any, bool) {
	for _, e := range o.kv {
		if e.k == k {
			return e.v, true
		}
	}
	return nil, false
}

func (o *obj) has(k string) bool {
	_, ok := o.get(k)
	return ok
}

// MarshalJSON writes the keys in the order they were set.
func (o *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, e := range o.kv {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(e.k)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(e.v)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// o builds an object from alternating keys and values.
func o(pairs ...any) *obj {
	out := &obj{}
	for i := 0; i+1 < len(pairs); i += 2 {
		out.set(pairs[i].(string), pairs[i+1])
	}
	return out
}

// render writes v as indented JSON (indented so that the generator's
// errors point at a line of their own).
func render(v any) []byte {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err) // only our own values reach here
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		panic(err)
	}
	b.WriteByte('\n')
	return b.Bytes()
}
