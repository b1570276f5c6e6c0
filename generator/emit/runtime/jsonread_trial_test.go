package runtime

import (
	"reflect"
	"testing"
)

// TestKeepVariantLocatesLikeSub: a union's variant decoded once by
// jsonTryVariant and kept by jsonKeepVariant leaves in the reader's record
// what decoding it again through r.sub left there, located below the
// union's place (a key that needs unescaping, an index).
func TestKeepVariantLocatesLikeSub(t *testing.T) {
	fields := jsonFields{typ: (*struct{ A, B *string })(nil), fields: []jsonField{{name: "a", flags: jsonRequired | jsonNotNull}, {name: "b"}}}
	decode := func(_ *struct{}, r *jsonReader) {
		var o jsonObject
		for r.object(&o, &fields) {
			var s *string
			if o.field >= 0 {
				s = jsonStrPtr(s, r, nil)
			} else {
				r.skip()
			}
			_ = s
		}
	}
	outer := []byte(`{"k\u00e9y": [0, 1, {"b": "x", "c": [1]}]}`)
	inner := []byte(`{"b": "x", "c": [1]}`)
	at := func() *jsonReader {
		r := &jsonReader{data: outer, record: &jsonRecord{}}
		r.path = r.frames[:0]
		r.frame(0).member(2, 10, nil, -1) // the key k\u00e9y, as written
		r.frame(1).index = 2
		return r
	}
	viaSub := at()
	if err := viaSub.sub(inner, func(r *jsonReader) { decode(nil, r) }); err != nil {
		t.Fatal(err)
	}
	viaTrial := at()
	trial := jsonTryVariant(inner, new(struct{}), decode, nil)
	if trial.err != nil || trial.ok {
		t.Fatalf("trial: err %v, ok %v; want a variant that decodes with problems", trial.err, trial.ok)
	}
	if err := jsonKeepVariant(viaTrial, &trial); err != nil {
		t.Fatal(err)
	}
	if len(viaSub.record.problems) == 0 || !reflect.DeepEqual(viaSub.record, viaTrial.record) {
		t.Errorf("kept: %+v\nsub:  %+v", viaTrial.record, viaSub.record)
	}
}
