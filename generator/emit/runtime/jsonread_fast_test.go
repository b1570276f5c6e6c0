package runtime

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"
)

// FuzzJSONFastPaths holds each fast path of the reader to the code it
// stands in for: what it accepts, it reads to the same value; what it
// refuses is left to that code (and FuzzJSONRead holds the whole to
// encoding/json).
func FuzzJSONFastPaths(f *testing.F) {
	for _, s := range []string{
		"2024-01-02T03:04:05Z", "2024-02-29T23:59:59.123456789Z", "2023-02-29T00:00:00Z", "0000-01-01T00:00:00.1Z",
		"2024-01-02T03:04:05+01:00", "2024-13-02T03:04:05Z", "2024-01-02T03:04:60Z", "2024-01-02T03:04:05.Z",
		"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "5F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0", "5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg",
		"plain ascii text of some length", "tab\there", `quote"`, `back\slash`, "é", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		if got, want := jsonPlainLen(b), plainLenByByte(b); got != want {
			t.Errorf("jsonPlainLen(%q) = %d, want %d", s, got, want)
		}
		if got, ok := jsonParseTime(b); ok {
			var want time.Time
			if err := want.UnmarshalJSON([]byte(strconv.Quote(s))); err != nil {
				t.Errorf("jsonParseTime(%q) = %v, UnmarshalJSON fails: %v", s, got, err)
			} else if got != want {
				t.Errorf("jsonParseTime(%q) = %#v, UnmarshalJSON gives %#v", s, got, want)
			}
		}
		var got [16]byte
		if jsonParseUUID(&got, b) {
			want, err := uuid.ParseBytes(b)
			if err != nil || got != want {
				t.Errorf("jsonParseUUID(%q) = %x, uuid.ParseBytes gives %x, %v", s, got, want, err)
			}
		}
	})
}

func plainLenByByte(s []byte) int {
	for i, c := range s {
		if c < ' ' || c == '"' || c == '\\' || c >= 0x80 {
			return i
		}
	}
	return len(s)
}

// TestJSONFastPathsTakeTheUsualForms: the forms servers send are the ones
// read by the fast paths (the fuzz test alone would pass if they read
// nothing).
func TestJSONFastPathsTakeTheUsualForms(t *testing.T) {
	for _, s := range []string{"2024-01-02T03:04:05Z", "2024-01-02T03:04:05.5Z", "2024-02-29T23:59:59.123456789Z"} {
		if _, ok := jsonParseTime([]byte(s)); !ok {
			t.Errorf("jsonParseTime(%q) refused", s)
		}
	}
	var u [16]byte
	if !jsonParseUUID(&u, []byte("5f1e2d3c-4b5a-6978-8796-A5B4C3D2E1F0")) {
		t.Error("jsonParseUUID refused a canonical UUID")
	}
	long := bytes.Repeat([]byte("abcdefgh"), 4)
	for i := range len(long) {
		for _, c := range []byte{'"', '\\', 0x1f, 0x80, 0xff} {
			s := bytes.Clone(long)
			s[i] = c
			if n := jsonPlainLen(s); n != i {
				t.Errorf("jsonPlainLen with %#x at %d = %d", c, i, n)
			}
		}
	}
}

// TestJSONTimeLooseForms: a date-time in a form RFC 3339 refuses that
// servers send (Jira's +0000) is read, and recorded as the problem
// time.Time's UnmarshalJSON gives; a form no layout knows still fails.
func TestJSONTimeLooseForms(t *testing.T) {
	want := time.Date(2021, 1, 17, 12, 34, 0, 0, time.FixedZone("", 0))
	for _, s := range []string{`"2021-01-17T12:34:00.000+0000"`, `"2021-01-17T12:34:00+00"`, `"2021-01-17 12:34:00Z"`} {
		var v time.Time
		if err := jsonDecode([]byte(s), func(r *jsonReader) { jsonTime(&v, r) }); err != nil || !v.Equal(want) {
			t.Errorf("%s: %v, %v", s, v, err)
		}
		var strict time.Time
		wantMsg := strict.UnmarshalJSON([]byte(s))
		rec, err := jsonDecodeRecorded([]byte(s), func(r *jsonReader) { jsonTime(&v, r) })
		if err != nil || rec == nil || len(rec.problems) != 1 || wantMsg == nil || rec.problems[0].message != wantMsg.Error() {
			t.Errorf("%s recorded: %+v, %v", s, rec, err)
		}
	}
	var v time.Time
	if err := jsonDecode([]byte(`"17/01/2021"`), func(r *jsonReader) { jsonTime(&v, r) }); err == nil {
		t.Error("a date in no known form decoded")
	}
}
