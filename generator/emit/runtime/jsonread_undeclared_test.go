package runtime

import "testing"

// TestUndeclaredRequired: a required name no field holds
// (jsonFields.undeclared) is checked on the object as written, with a
// record only: present with any value (null too) meets it; a key equal to
// it ignoring case meets it only where keys are not exact.
func TestUndeclaredRequired(t *testing.T) {
	for _, c := range []struct {
		doc   string
		exact bool
		want  []string // pointers of the problems
	}{
		{`{"a": "x", "response_id": 1}`, true, nil},
		{`{"response_id": null}`, true, nil},
		{`{"a": "x"}`, true, []string{"/response_id"}},
		{`{}`, true, []string{"/response_id"}},
		{`{"Response_ID": 1}`, true, []string{"/response_id"}},
		{`{"Response_ID": 1}`, false, nil},
		{`{"x": {"response_id": 1}}`, true, []string{"/response_id"}},
	} {
		fields := jsonFields{typ: (*struct{ A *string })(nil), fields: []jsonField{{name: "a"}}, exact: c.exact, undeclared: []string{"response_id"}}
		rec, err := jsonDecodeRecorded([]byte(c.doc), func(r *jsonReader) {
			var o jsonObject
			for r.object(&o, &fields) {
				r.skip()
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range rec.problems {
			got = append(got, p.pointer)
			if p.message != "is required" || p.code != causeRequired {
				t.Errorf("%s: %q (cause %v)", c.doc, p.message, p.code)
			}
		}
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("%s (exact %v): problems at %q, want %q", c.doc, c.exact, got, c.want)
		}
	}
	// Without a record nothing is checked: json.Unmarshal decodes the
	// struct as encoding/json does.
	fields := jsonFields{typ: (*struct{})(nil), undeclared: []string{"b"}}
	if err := jsonDecode([]byte(`{}`), func(r *jsonReader) {
		var o jsonObject
		for r.object(&o, &fields) {
			r.skip()
		}
	}); err != nil {
		t.Errorf("without a record: %v", err)
	}
}
