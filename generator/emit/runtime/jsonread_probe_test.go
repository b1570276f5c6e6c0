package runtime

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// FuzzJSONProbe holds jsonProbe, a tagged union's discriminator, to
// json.Unmarshal into a struct with the tagged field: the same tag (or
// none), or both fail with errors of the same type. Syntax errors are out
// of its reach (a union's data has been checked before), so only valid
// JSON is compared.
func FuzzJSONProbe(f *testing.F) {
	for _, s := range []string{
		`{"kind":"cat"}`, `{"KIND":"dog","kind":"cat"}`, `{"Kind":"dog"}`, `{"kind":"a","kind":"b"}`, `{"kind":null}`,
		`{"kind":5}`, `{"kind":{"x":1},"other":[1,"kind"]}`, `{}`, `[]`, `"kind"`, `3`, `{"k\u0069nd":"esc"}`, `{"kind":"caf\u00e9"}`,
		`{"ſind":"fold"}`, `{"kind":"cat","kind":null}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		data := []byte(s)
		if !json.Valid(data) {
			return
		}
		var want struct {
			Tag *string `json:"kind"`
		}
		wantErr := json.Unmarshal(data, &want)
		var got *string
		err := jsonProbe(data, "kind", &got)
		if reflect.TypeOf(err) != reflect.TypeOf(wantErr) {
			t.Fatalf("%s: error %v, encoding/json %v", s, err, wantErr)
		}
		// Only a value that is not an object is worded otherwise (the
		// struct's type is named without its tag).
		if err != nil && err.Error() != wantErr.Error() && strings.HasPrefix(strings.TrimSpace(s), "{") {
			t.Fatalf("%s: error %q, encoding/json %q", s, err, wantErr)
		}
		if wantErr == nil && !reflect.DeepEqual(got, want.Tag) {
			t.Fatalf("%s: tag %v, encoding/json %v", s, deref(got), deref(want.Tag))
		}
	})
}

func deref(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

// FuzzJSONKeys holds jsonKeys and jsonProbeExact, which a union reads
// instead of json.Unmarshal into a map[string]json.RawMessage, to that
// map: the same keys present; the member "shape kind" read as a string
// from it (exact key only), or both fail.
func FuzzJSONKeys(f *testing.F) {
	for _, s := range []string{
		`{"a":1,"b":null}`, `{"A":1}`, `{"a":{"b":[1,{"c":2}]}}`, `{}`, `[]`, `3`, `null`, `{"\u0061":1}`,
		`{"shape kind":"circle"}`, `{"Shape Kind":"circle"}`, `{"shape kind":null}`, `{"shape kind":1}`, `{"shape kind":"a","shape kind":"b"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		data := []byte(s)
		if !json.Valid(data) {
			return
		}
		var members map[string]json.RawMessage
		mapErr := json.Unmarshal(data, &members)
		keys := jsonKeys(data)
		if jsonKind(data) == "object" {
			if len(keys) != len(members) {
				t.Fatalf("%s: keys %v, encoding/json %v", s, keys, members)
			}
			for k := range members {
				if !keys[k] {
					t.Fatalf("%s: key %q missing", s, k)
				}
			}
		} else if keys != nil {
			t.Fatalf("%s: keys %v of a value that is not an object", s, keys)
		}
		var want *string
		wantErr := mapErr
		if m, ok := members["shape kind"]; ok && mapErr == nil {
			wantErr = json.Unmarshal(m, &want)
		}
		var got *string
		err := jsonProbeExact(data, "shape kind", &got)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("%s: error %v, encoding/json %v", s, err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: tag %v, encoding/json %v", s, deref(got), deref(want))
		}
	})
}
