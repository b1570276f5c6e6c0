package runtime

import (
	"bytes"
	"encoding/json"
	"maps"
	"testing"
)

// TestJSONRest: the members a union keeps are those its variant does not
// declare, each as rawJSON writes it, so that writing them back and
// reading them again gives the same text; they go into the object the
// variant wrote, in name order, after its own members, except a name the
// variant held now declares; a variant written as null takes none.
func TestJSONRest(t *testing.T) {
	declares := func(name string) bool { return jsonNamedFold(name, "id") }
	rest := jsonRest([]byte(`{"ID": 1, "z": "<b>", "a": [1, {"k" : null}]}`), declares)
	if len(rest) != 2 || string(rest["z"]) != `"\u003cb\u003e"` || string(rest["a"]) != `[1,{"k":null}]` {
		t.Fatalf("jsonRest = %q", rest)
	}
	if r := jsonRest([]byte(`{"id": 1}`), declares); r != nil {
		t.Errorf("jsonRest of declared members only = %q, want nil", r)
	}
	if r := jsonRest([]byte(`[1]`), declares); r != nil {
		t.Errorf("jsonRest of an array = %q, want nil", r)
	}
	for _, c := range []struct {
		variant, want string
		declares      func(string) bool
	}{
		{`{"id":1}`, `{"id":1,"a":[1,{"k":null}],"z":"\u003cb\u003e"}`, declares},
		{`{}`, `{"a":[1,{"k":null}],"z":"\u003cb\u003e"}`, declares},
		{`{"z":2}`, `{"z":2,"a":[1,{"k":null}]}`, func(n string) bool { return n == "z" }},
		{`null`, `null`, declares},
	} {
		w := jsonWriter{b: []byte("[")}
		s := len(w.b)
		w.raw(c.variant)
		jwRest(&w, s, rest, c.declares)
		if got := string(w.b[1:]); got != c.want {
			t.Errorf("%s: wrote %s, want %s", c.variant, got, c.want)
		}
		if again := jsonRest(w.b[1:], declares); c.variant == `{}` && !maps.EqualFunc(again, rest, func(a, b json.RawMessage) bool { return bytes.Equal(a, b) }) {
			t.Errorf("%s: read back %q, want %q", c.variant, again, rest)
		}
	}
}
