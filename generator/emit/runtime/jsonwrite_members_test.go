package runtime

import (
	"testing"
	"time"
)

// tObj is a generated type for optObj: it writes itself as {}.
type tObj struct{}

func (*tObj) appendJSON(w *jsonWriter) { w.b = append(w.b, "{}"...) }

// TestOptMembers: each writer of an optional member writes its key and
// value when the pointer is set and nothing when it is nil, so a nil
// field is left out as omitzero leaves it.
func TestOptMembers(t *testing.T) {
	s, b, i, f := "a\"b", true, int64(-3), 1.5
	u := [16]byte{0x12, 0x34}
	tm := time.Date(2026, 12, 6, 20, 0, 0, 0, time.UTC)
	var w jsonWriter
	w.member("{\"k\":1")
	w.optStr(",\"s\":", &s)
	w.optStr(",\"ns\":", nil)
	w.optBool(",\"b\":", &b)
	w.optBool(",\"nb\":", nil)
	w.optInt(",\"i\":", &i)
	w.optInt(",\"ni\":", nil)
	w.optF64(",\"f\":", &f)
	w.optF64(",\"nf\":", nil)
	w.optUUID(",\"u\":", &u)
	w.optUUID(",\"nu\":", nil)
	w.optTime(",\"t\":", &tm)
	w.optTime(",\"nt\":", nil)
	w.optObj(",\"o\":", true, &tObj{})
	w.optObj(",\"no\":", false, (*tObj)(nil))
	w.member("}")
	want := `{"k":1,"s":"a\"b","b":true,"i":-3,"f":1.5,"u":"12340000-0000-0000-0000-000000000000","t":"2026-12-06T20:00:00Z","o":{}}`
	if got := string(w.b); got != want || w.err != nil {
		t.Errorf("got  %s (%v)\nwant %s", got, w.err, want)
	}
}
