package runtime

import (
	"strings"
	"testing"
)

// tPair is a generated tuple of two numbers, the second optional, the
// rest of its items kept (or refused, as tPairClosed says).
type tPair struct {
	X    float64
	Y    *float64
	Rest []float64
}

func (v *tPair) decodeWith(r *jsonReader, t *jsonTuple) {
	var l jsonList
	if !r.list(&l, v) {
		return
	}
	for jsonNextItem(r, &l, t) {
		switch l.i {
		case 0:
			jsonFloat(&v.X, r)
		case 1:
			jsonNew(&v.Y, r, jsonFloat[float64])
		default:
			jsonAppend(&v.Rest, r, jsonFloat[float64])
		}
	}
}

// TestJSONNextItem: a tuple's items go to their positions and past them;
// at the end the array's length is checked: items past a closed tuple's
// positions are an error of the tuple's own (and a problem with a
// record), minItems and maxItems problems, the positions the array did
// not reach moot.
func TestJSONNextItem(t *testing.T) {
	open := jsonTuple{name: "Pair", positions: 2, minItems: 2, maxItems: 3}
	closed := jsonTuple{name: "Pair", positions: 2, closed: true, minItems: -1, maxItems: -1}
	for _, c := range []struct {
		doc      string
		tuple    *jsonTuple
		problems string
		moot     string
	}{
		{`[1, 2, 3]`, &open, "", ""},
		{`[1]`, &open, "must have at least 2 items", "/1"},
		{`[1, 2, 3, 4]`, &open, "must have at most 3 items", ""},
		{`[1, 2, 3]`, &closed, "Pair: 3 items, at most 2 allowed", ""},
	} {
		var v tPair
		rec, err := jsonDecodeRecorded([]byte(c.doc), func(r *jsonReader) { v.decodeWith(r, c.tuple) })
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		var got []string
		for _, p := range rec.problems {
			got = append(got, p.message)
		}
		if strings.Join(got, "; ") != c.problems || strings.Join(rec.moot, " ") != c.moot {
			t.Errorf("%s: problems %q, moot %q; want %q, %q", c.doc, got, rec.moot, c.problems, c.moot)
		}
		if c.doc == `[1, 2, 3]` && c.tuple == &open && (v.X != 1 || v.Y == nil || *v.Y != 2 || len(v.Rest) != 1 || v.Rest[0] != 3) {
			t.Errorf("%s: decoded %+v", c.doc, v)
		}
	}
	var v tPair
	err := jsonDecode([]byte(`[1, 2, 3]`), func(r *jsonReader) { v.decodeWith(r, &closed) })
	if err == nil || !strings.Contains(err.Error(), "Pair: 3 items, at most 2 allowed") {
		t.Errorf("closed tuple without a record: %v", err)
	}
}
