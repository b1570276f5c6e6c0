package runtime

import (
	"errors"
	"strings"
	"testing"
)

// uShort is a string variant whose schema allows at most three characters.
type uShort string

func (v uShort) Validate() error {
	if len(v) > 3 {
		return &ValueError{Message: "too long"}
	}
	return nil
}

// uTiny allows at most one character.
type uTiny string

func (v uTiny) Validate() error {
	if len(v) > 1 {
		return &ValueError{Message: "too long"}
	}
	return nil
}

// recordingAt returns a reader of a Decode function positioned on data, a
// whole document, as a union's unmarshal receives it.
func recordingAt(data []byte) *jsonReader {
	r := &jsonReader{data: data, record: &jsonRecord{}}
	r.path = r.frames[:0]
	return r
}

// counted wraps decode, counting its calls.
func counted[P any](n *int, decode func(P, *jsonReader)) func(P, *jsonReader) {
	return func(v P, r *jsonReader) {
		*n++
		decode(v, r)
	}
}

// TestUnionFirstMatchInOrder: the first variant, in the order offered,
// that decodes and that its Validate accepts is the union's value, and
// no later variant is decoded.
func TestUnionFirstMatchInOrder(t *testing.T) {
	later := 0
	s := jsonUnion{data: []byte(`"ab"`)}
	switch {
	case jsonUnionTry(&s, "uTiny", new(uTiny), jsonString[uTiny], (*uTiny).Validate):
		t.Fatal("uTiny matched \"ab\"")
	case jsonUnionTry(&s, "uShort", new(uShort), jsonString[uShort], (*uShort).Validate):
	case jsonUnionTry(&s, "uShort", new(uShort), counted(&later, jsonString[uShort]), nil):
	}
	v, err := s.end("U", "U: none")
	if got, ok := v.(*uShort); err != nil || !ok || *got != "ab" {
		t.Fatalf("end = %#v, %v; want *uShort \"ab\"", v, err)
	}
	if later != 0 {
		t.Errorf("a variant after the match was decoded %d times", later)
	}
}

// TestUnionFallbackFirstDecoded: when no variant matches, the first that
// decoded is the value; through a record, which says why each variant
// did not match, where the union is (jsonUnion.report), below which the
// fallback's own findings are moot.
func TestUnionFallbackFirstDecoded(t *testing.T) {
	data := []byte(`"abcd"`)
	r := recordingAt(data)
	s := jsonUnion{data: data, r: r}
	switch {
	case jsonUnionTry(&s, "float64", new(float64), jsonFloat[float64], nil):
	case jsonUnionTry(&s, "uTiny", new(uTiny), jsonString[uTiny], (*uTiny).Validate):
	case jsonUnionTry(&s, "uShort", new(uShort), jsonString[uShort], (*uShort).Validate):
	}
	v, err := s.end("U", "")
	if got, ok := v.(*uTiny); err != nil || !ok || *got != "abcd" {
		t.Fatalf("end = %#v, %v; want the fallback *uTiny \"abcd\"", v, err)
	}
	want := `U: must match at least one schema of anyOf, but matches none:
  - float64: cannot be a JSON string
  - uTiny: too long
  - uShort: too long`
	if len(r.record.problems) != 1 || r.record.problems[0].message != want || r.record.moot[0] != "" {
		t.Errorf("record: %+v, moot %q; want the problem\n%s", r.record.problems, r.record.moot, want)
	}
}

// TestUnionFirstError: when nothing decodes, the error is the first
// variant's, wrapped with the union's name; when no variant was offered
// (none fit the value's shape), the value matches none of them.
func TestUnionFirstError(t *testing.T) {
	s := jsonUnion{data: []byte(`1.5`)}
	switch {
	case jsonUnionSub(&s, "int64", new(int64), jsonInt[int64]):
	case jsonUnionTry(&s, "bool", new(bool), jsonBool[bool], nil):
	}
	v, err := s.end("U", "U: the value matches none of *int64 or *bool")
	_, want := jsonDecodeInt([]byte(`1.5`))
	if v != nil || err == nil || err.Error() != "U: "+want.Error() {
		t.Fatalf("end = %#v, %v; want U: %v", v, err, want)
	}
	if inner := errors.Unwrap(err); inner == nil || inner.Error() != want.Error() {
		t.Errorf("%v does not wrap the variant's error", err)
	}

	s = jsonUnion{data: []byte(`{}`)}
	v, err = s.end("U", "U: the value matches none of *int64 or *bool")
	if v != nil || err == nil || err.Error() != "U: the value matches none of *int64 or *bool" {
		t.Fatalf("end = %#v, %v", v, err)
	}
}

// jsonDecodeInt is what decoding data into an int64 on its own says.
func jsonDecodeInt(data []byte) (int64, error) {
	var n int64
	err := jsonDecode(data, func(r *jsonReader) { jsonInt(&n, r) })
	return n, err
}

// TestUnionSubTakenAsDecoded: a variant offered with jsonUnionSub is the
// value as soon as it decodes, ahead of an earlier variant's fallback.
func TestUnionSubTakenAsDecoded(t *testing.T) {
	s := jsonUnion{data: []byte(`"abcd"`)}
	switch {
	case jsonUnionTry(&s, "uTiny", new(uTiny), jsonString[uTiny], (*uTiny).Validate):
	case jsonUnionSub(&s, "string", new(string), jsonString[string]):
	}
	v, err := s.end("U", "")
	if got, ok := v.(*string); err != nil || !ok || *got != "abcd" {
		t.Fatalf("end = %#v, %v; want *string \"abcd\"", v, err)
	}
}

// TestUnionOneOfSecondMatch: on its own a oneOf stops at its first match;
// through a Decode function's reader every variant is tried, and a second
// match is recorded where the union is exclusive, never otherwise.
func TestUnionOneOfSecondMatch(t *testing.T) {
	data := []byte(`"a"`)
	offer := func(s *jsonUnion, second *int) {
		switch {
		case jsonUnionOne(s, "uShort", new(uShort), jsonString[uShort], (*uShort).Validate):
		case jsonUnionOne(s, "uTiny", new(uTiny), counted(second, jsonString[uTiny]), (*uTiny).Validate):
		}
	}
	for _, c := range []struct {
		name      string
		r         *jsonReader
		exclusive bool
		tries     int
		report    string
	}{
		{"alone", nil, true, 0, ""},
		{"recorded", recordingAt(data), true, 1, "matches more than one schema of oneOf (uShort and uTiny); exactly one may match"},
		{"not exclusive", recordingAt(data), false, 1, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			second := 0
			s := jsonUnion{data: data, r: c.r, exclusive: c.exclusive}
			offer(&s, &second)
			v, err := s.end("U", "")
			if got, ok := v.(*uShort); err != nil || !ok || *got != "a" {
				t.Fatalf("end = %#v, %v; want the first match *uShort", v, err)
			}
			if second != c.tries {
				t.Errorf("second variant decoded %d times, want %d", second, c.tries)
			}
			var got []string
			if c.r != nil {
				for _, p := range c.r.record.problems {
					got = append(got, p.message)
				}
			}
			if strings.Join(got, "; ") != c.report {
				t.Errorf("record: %q, want %q", got, c.report)
			}
		})
	}
}

// TestUnionKeepsVariantRecord: the problems decoding the kept variant
// found (a required member absent) join the document's record, as if the
// variant had been decoded through its reader.
func TestUnionKeepsVariantRecord(t *testing.T) {
	fields := jsonFields{typ: (*struct{ A *string })(nil), fields: []jsonField{{name: "a", flags: jsonRequired | jsonNotNull}}}
	decode := func(v *struct{ A *string }, r *jsonReader) {
		var o jsonObject
		for r.object(&o, &fields) {
			if o.field == 0 {
				v.A = jsonStrPtr(v.A, r, nil)
			} else {
				r.skip()
			}
		}
	}
	data := []byte(`{"b": 1}`)
	r := recordingAt(data)
	s := jsonUnion{data: data, r: r}
	switch {
	case jsonUnionTry(&s, "A", new(struct{ A *string }), decode, nil):
	}
	v, err := s.end("U", "")
	if v == nil || err != nil {
		t.Fatalf("end = %#v, %v; want the fallback", v, err)
	}
	want, err := jsonDecodeRecorded(data, func(r *jsonReader) { decode(new(struct{ A *string }), r) })
	if err != nil {
		t.Fatal(err)
	}
	if len(want.problems) == 0 || len(r.record.problems) != len(want.problems) || r.record.problems[0] != want.problems[0] {
		t.Errorf("record %+v, want %+v", r.record.problems, want.problems)
	}
}
