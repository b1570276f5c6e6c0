package wholenum

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPlain(t *testing.T) {
	for _, c := range []struct{ in, want, rewritten string }{
		{`{"a":1.0,"b":"1.0","c":[1e3,-0.0,-0,2.5,1e400,7]}`, `{"a":1,"b":"1.0","c":[1000,0,0,2.5,1e400,7]}`, "1.0 1e3 -0.0 -0"},
		{`{"s":"x\"1.0","n":10E-1}`, `{"s":"x\"1.0","n":1}`, "10E-1"},
		{`[0e-99999,1e-99999,18446744073709551615.0,18446744073709551616.0]`, `[0,1e-99999,18446744073709551615,18446744073709551616.0]`, "0e-99999 18446744073709551615.0"},
		{`{"a":1.0`, `{"a":1.0`, ""}, // not JSON: left as it is
		{`[1,2]`, `[1,2]`, ""},
	} {
		got, rewritten := Plain([]byte(c.in))
		if string(got) != c.want || strings.Join(rewritten, " ") != c.rewritten {
			t.Errorf("Plain(%s) = %s, %q; want %s, %q", c.in, got, rewritten, c.want, c.rewritten)
		}
	}
}

func TestOnly(t *testing.T) {
	var v struct {
		N int64
		S string
	}
	err := json.Unmarshal([]byte(`{"N":1.0}`), &v)
	if !Only(err, []string{"1.0"}) {
		t.Errorf("Only(%v) = false", err)
	}
	if Only(err, []string{"2.0"}) {
		t.Error("Only with another number = true")
	}
	if err := json.Unmarshal([]byte(`{"S":1.0}`), &v); Only(err, []string{"1.0"}) {
		t.Errorf("Only(%v) = true for a string field", err)
	}
	if err := json.Unmarshal([]byte(`{"N":"x"}`), &v); Only(err, []string{"1.0"}) {
		t.Errorf("Only(%v) = true", err)
	}
}
