package want

import (
	"encoding/json"
	"testing"
	"time"
)

// This file is hand-written: what a user does with the strings of a
// format. A document keeps its text through decoding and encoding,
// whatever the text, and the methods give the typed values.

func TestFormatStringsRoundTrip(t *testing.T) {
	doc := `{"id":"{3F4E5C6D-7A8B-9C0D-1E2F-3A4B5C6D7E8F}","at":"2016-12-31T23:59:60Z","ended":"2025-06-01t08:45:00.5z","seen":["2025-06-01T08:45:00Z","2025-06-01T08:45:00.0Z"],"members":["not-a-uuid"],"deadlines":{"x":"yesterday"},"created":"2025-06-01T08:45:00+02:00","when":"2025-06-01T08:45:00Z"}`
	v, err := DecodeEvent([]byte(doc))
	if err != nil {
		t.Fatalf("2020-12 only annotates with format: %v", err)
	}
	out, err := json.Marshal(v)
	if err != nil || string(out) != doc {
		t.Fatalf("encoded\n%s, %v; want the document as it came\n%s", out, err, doc)
	}
	if _, err := v.At.Time(); err == nil {
		t.Error("a leap second read as a time.Time")
	}
	if _, err := v.ID.UUID(); err == nil {
		t.Error("a uuid in braces read as a uuid.UUID")
	}
	ended, err := v.Ended.Time()
	if err != nil || !ended.Equal(time.Date(2025, 6, 1, 8, 45, 0, 5e8, time.UTC)) {
		t.Errorf("ended: %v, %v", ended, err)
	}
	// Moment is an alias: the method is there.
	created, err := v.Created.Time()
	if err != nil || created.UTC().Hour() != 6 {
		t.Errorf("created: %v, %v", created, err)
	}
	when, ok := v.When.Value.(*EventWhenString)
	if !ok {
		t.Fatalf("when holds %T, want the date-time variant", v.When.Value)
	}
	if _, err := DateTimeString(*when).Time(); err != nil {
		t.Errorf("when: %v", err)
	}
}

// TestFormatStringsBuilt: a value built in Go from a time.Time and a
// uuid.UUID encodes as their text and passes Validate.
func TestFormatStringsBuilt(t *testing.T) {
	at := time.Date(2025, 6, 1, 8, 45, 0, 0, time.FixedZone("", 3600))
	id := UUIDString("3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f")
	u, err := id.UUID()
	if err != nil {
		t.Fatal(err)
	}
	v := Event{ID: NewUUIDString(u), At: NewDateTimeString(at)}
	out, err := json.Marshal(v)
	if want := `{"id":"3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f","at":"2025-06-01T08:45:00+01:00"}`; err != nil || string(out) != want {
		t.Errorf("encoded %s, %v; want %s", out, err, want)
	}
	if err := v.Validate(); err != nil {
		t.Error(err)
	}
}
