package runtime

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

// TestDateTimeStringTime: every RFC 3339 text but a leap second parses,
// whatever the case of t and z, to the instant time.Parse reads; text of
// no RFC 3339 date-time is an error, as the format check has it.
func TestDateTimeStringTime(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string // RFC3339Nano of the time, "" for an error
	}{
		{"2024-01-02T15:04:05Z", "2024-01-02T15:04:05Z"},
		{"2024-01-02t15:04:05z", "2024-01-02T15:04:05Z"},
		{"2024-01-02t15:04:05.125+05:30", "2024-01-02T15:04:05.125+05:30"},
		{"2024-01-02T15:04:05.000000001-08:00", "2024-01-02T15:04:05.000000001-08:00"},
		{"2016-12-31T23:59:60Z", ""},      // a leap second: valid, no time.Time
		{"2024-01-02 15:04:05Z", ""},      // a space for T
		{"2024-01-02T15:04:05", ""},       // no offset
		{"2023-02-29T00:00:00Z", ""},      // no such day
		{"2024-01-02T15:04:05+24:00", ""}, // offset out of range
		{"", ""},
		{"not a time", ""},
	} {
		got, err := DateTimeString(c.s).Time()
		if c.want == "" {
			if err == nil {
				t.Errorf("%q: Time() = %v, want an error", c.s, got)
			} else if !strings.Contains(err.Error(), `"`+c.s+`"`) {
				t.Errorf("%q: error %q does not quote the text", c.s, err)
			}
			continue
		}
		if err != nil || got.Format(time.RFC3339Nano) != c.want {
			t.Errorf("%q: Time() = %v, %v; want %s", c.s, got, err, c.want)
		}
		if isFormatDateTime(c.s) != (c.want != "" || strings.Contains(c.s, ":60")) {
			t.Errorf("%q: Time() and the format check disagree", c.s)
		}
	}
}

// TestDateTimeStringRoundTrip: NewDateTimeString writes text that is of
// the format and that Time reads back as the same instant and offset.
func TestDateTimeStringRoundTrip(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 6, 1, 12, 30, 0, 500000000, time.FixedZone("", -(7*3600+1800))),
	} {
		s := NewDateTimeString(tm)
		if !isFormatDateTime(string(s)) {
			t.Errorf("%v: %q is not of format date-time", tm, s)
		}
		back, err := s.Time()
		if err != nil || !back.Equal(tm) || back.Format(time.RFC3339Nano) != tm.Format(time.RFC3339Nano) {
			t.Errorf("%v: %q reads back as %v, %v", tm, s, back, err)
		}
	}
}

// TestUUIDStringUUID: only the 8-4-4-4-12 form parses; the forms
// uuid.Parse also reads are errors, as format uuid rejects them.
func TestUUIDStringUUID(t *testing.T) {
	want := uuid.MustParse("123e4567-e89b-12d3-a456-426614174000")
	for _, c := range []struct {
		s  string
		ok bool
	}{
		{"123e4567-e89b-12d3-a456-426614174000", true},
		{"123E4567-E89B-12D3-A456-426614174000", true},
		{"{123e4567-e89b-12d3-a456-426614174000}", false},
		{"urn:uuid:123e4567-e89b-12d3-a456-426614174000", false},
		{"123e4567e89b12d3a456426614174000", false},
		{"123e4567-e89b-12d3-a456-42661417400g", false},
		{"not-a-uuid", false},
		{"", false},
	} {
		got, err := UUIDString(c.s).UUID()
		if c.ok != (err == nil) || c.ok && got != want {
			t.Errorf("%q: UUID() = %v, %v; want ok %v", c.s, got, err, c.ok)
		}
		if c.ok != isFormatUUID(c.s) {
			t.Errorf("%q: UUID() and the format check disagree", c.s)
		}
	}
	u := uuid.MustParse("6BA7B810-9DAD-11D1-80B4-00C04FD430C8")
	s := NewUUIDString(u)
	if back, err := s.UUID(); err != nil || back != u || s != "6ba7b810-9dad-11d1-80b4-00c04fd430c8" {
		t.Errorf("NewUUIDString(%v) = %q, reads back as %v, %v", u, s, back, err)
	}
}

// TestFormatStringsJSON: both types decode and encode exactly as strings,
// whatever the text (a value that breaks the format is Validate's to
// report, not decoding's), agreeing with encoding/json, and a decode cuts
// nothing but the reader and the text.
func TestFormatStringsJSON(t *testing.T) {
	for _, text := range append([]string{"2016-12-31T23:59:60Z", "{123e4567-e89b-12d3-a456-426614174000}"}, stringCases...) {
		data, _ := json.Marshal(text)
		var want string // what encoding/json decodes (invalid UTF-8 replaced)
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		var d DateTimeString
		var u UUIDString
		if err := jsonDecode(data, func(r *jsonReader) { jsonString(&d, r) }); err != nil || string(d) != want {
			t.Errorf("%s: decoded DateTimeString %q, %v", data, d, err)
		}
		if err := jsonDecode(data, func(r *jsonReader) { jsonString(&u, r) }); err != nil || string(u) != want {
			t.Errorf("%s: decoded UUIDString %q, %v", data, u, err)
		}
		agree(t, d, func(w *jsonWriter) { jwStr(&d, w) })
		agree(t, u, func(w *jsonWriter) { jwStr(&u, w) })
	}
	var d DateTimeString
	if err := jsonDecode([]byte(`12`), func(r *jsonReader) { jsonString(&d, r) }); err == nil {
		t.Error("a number decoded into a DateTimeString")
	}
	data := []byte(`"2024-01-02T15:04:05.123456789+01:00"`)
	n := testing.AllocsPerRun(100, func() {
		if err := jsonDecode(data, func(r *jsonReader) { jsonString(&d, r) }); err != nil {
			t.Fatal(err)
		}
	})
	// The reader, and the copy of the document the string is cut from.
	if n > 2 {
		t.Errorf("%v allocations, want at most 2", n)
	}
}

// TestFormatStringsAllocs: Time and UUID of valid text allocate nothing
// (the case-folding copy aside), so reading a field costs what parsing does.
func TestFormatStringsAllocs(t *testing.T) {
	d, u := DateTimeString("2024-01-02T15:04:05.5+01:00"), UUIDString("123e4567-e89b-12d3-a456-426614174000")
	n := testing.AllocsPerRun(100, func() {
		if _, err := d.Time(); err != nil {
			t.Fatal(err)
		}
		if _, err := u.UUID(); err != nil {
			t.Fatal(err)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations, want none", n)
	}
}
