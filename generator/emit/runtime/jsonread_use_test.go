package runtime

import (
	"strings"
	"testing"
)

// TestJSONUse: a use's refused kinds and property bounds are checked on
// the JSON as written, with a record only, and the value is decoded
// (or skipped, when refused) either way.
func TestJSONUse(t *testing.T) {
	fields := jsonFields{typ: (*struct{})(nil), exact: true}
	decode := func(_ *struct{}, r *jsonReader) {
		if r.otherKindOrNull() {
			return
		}
		var o jsonObject
		for r.object(&o, &fields) {
			r.skip()
		}
	}
	for _, c := range []struct {
		doc     string
		refused uint8
		lo, hi  int
		want    string // the problem's message, "" for none
	}{
		{`{}`, jsonRefuseString, -1, -1, ""},
		{`"x"`, jsonRefuseString, -1, -1, "must be of type object or array or boolean or number"},
		{`null`, jsonRefuseString, -1, -1, ""},
		{`1`, jsonRefuseFraction, -1, -1, ""},
		{`1.0`, jsonRefuseFraction, -1, -1, ""},
		{`1.5`, jsonRefuseFraction | jsonRefuseArray | jsonRefuseString | jsonRefuseBoolean, -1, -1, "must be of type object or integer"},
		{`2`, jsonRefuseFraction | jsonRefuseInteger, -1, -1, "must be of type object or array or string or boolean"},
		{`[1]`, jsonRefuseObject | jsonRefuseArray | jsonRefuseString | jsonRefuseBoolean | jsonRefuseFraction | jsonRefuseInteger, -1, -1, "must be null"},
		{`{"a": 1}`, 0, 2, -1, "must have at least 2 properties"},
		{`{"a": 1, "a": 2}`, 0, 2, -1, "must have at least 2 properties"},
		{`{"a": 1, "b": {"c": 1, "d": 2}}`, 0, 2, 2, ""},
		{`{"a": 1, "b": 2, "c": 3}`, 0, -1, 2, "must have at most 2 properties"},
		{`"x"`, 0, 1, 1, ""},
	} {
		rec, err := jsonDecodeRecorded([]byte(c.doc), func(r *jsonReader) {
			jsonUse(new(struct{}), r, decode, c.refused, c.lo, c.hi)
		})
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		var got []string
		for _, p := range rec.problems {
			got = append(got, p.message)
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%s: problems %q, want %q", c.doc, got, c.want)
		}
	}
	// Without a record the value is decoded as the type's own decoding
	// does: no error for a kind the use refuses.
	if err := jsonDecode([]byte(`"x"`), func(r *jsonReader) {
		jsonUse(new(struct{}), r, decode, jsonRefuseString, 1, -1)
	}); err != nil {
		t.Errorf("without a record: %v", err)
	}
}
