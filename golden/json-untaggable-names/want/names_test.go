package want

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: properties whose names a struct tag cannot
// carry must encode, decode, validate and travel like any other.

const note = `{"note text":"hello","-":7,"a,b":["x","y"],"say \"hi\"":true,"back` + "`" + `tick":{"x y":3},"back\\slash":"2024-05-01T10:00:00Z","it's":1.5,"":"empty","plain":"p"}`

func sampleNote() Note {
	at := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	return Note{
		NoteText:  "hello",
		Field:     7,
		AB:        []string{"x", "y"},
		SayHi:     Ptr(true),
		BackTick:  &Inner{XY: Ptr(int64(3))},
		BackSlash: &at,
		ItS:       Ptr(1.5),
		Field2:    Ptr("empty"),
		Plain:     Ptr("p"),
	}
}

func TestUntaggableNamesDecode(t *testing.T) {
	var got Note
	if err := json.Unmarshal([]byte(note), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sampleNote(), got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestUntaggableNamesEncode(t *testing.T) {
	out, err := json.Marshal(sampleNote())
	if err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	json.Unmarshal([]byte(note), &want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// omitzero leaves absent optional properties out; required ones stay.
	out, err = json.Marshal(Note{})
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"-":0,"note text":""}` {
		t.Errorf("zero Note: got %s", out)
	}
}

// TestUntaggableNamesValidate: DecodeNote, the one call that checks a
// document completely, finds what decoding saw (a required property
// absent, one not allowed) and what Validate sees, under the JSON names.
func TestUntaggableNamesValidate(t *testing.T) {
	doc := `{"note text":"","back` + "`" + `tick":{"x y":11,"z":1}}`
	_, err := DecodeNote([]byte(doc))
	if err == nil {
		t.Fatal("an invalid note passed")
	}
	for _, want := range []string{"note text: must be at least", "-: is required", "x y: must be at most 10", "back`tick.z: is not allowed"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%v does not mention %s", err, want)
		}
	}
	// A property with a name encoding/json would match ignoring case does
	// not fill an untagged field: it is matched exactly.
	var m Note
	if err := json.Unmarshal([]byte(`{"NOTE TEXT":"x","-":1}`), &m); err != nil {
		t.Fatal(err)
	}
	if m.NoteText != "" || !strings.Contains(m.Validate().Error(), "note text") {
		t.Errorf("NOTE TEXT filled %q", m.NoteText)
	}
}

type echo struct{ Unimplemented }

func (echo) EchoNote(ctx context.Context, body Note) (Note, error) { return body, nil }

func TestUntaggableNamesRoundTrip(t *testing.T) {
	ts := httptest.NewServer(NewHandler(echo{}))
	defer ts.Close()
	c, err := NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.EchoNote(context.Background(), sampleNote())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sampleNote(), got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The server validates the untagged properties too.
	bad := sampleNote()
	bad.NoteText = ""
	if _, err := c.EchoNote(context.Background(), bad); err == nil || !strings.Contains(err.Error(), "note text") {
		t.Errorf("got %v, want a 400 naming note text", err)
	}
}

func TestUntaggableDiscriminator(t *testing.T) {
	var s Shape
	if err := json.Unmarshal([]byte(`{"shape kind":"Square","side":2}`), &s); err != nil {
		t.Fatal(err)
	}
	if sq, ok := s.Value.(*Square); !ok || *sq.Side != 2 || sq.ShapeKind != "Square" {
		t.Fatalf("got %#v", s.Value)
	}
	// Encoding fills in the discriminator the variant leaves empty.
	out, err := json.Marshal(Shape{Value: &Circle{Radius: Ptr(1.5)}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), `{"radius":1.5,"shape kind":"Circle"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if err := json.Unmarshal([]byte(`{"side":2}`), &s); err == nil || !strings.Contains(err.Error(), `no "shape kind" property`) {
		t.Errorf("no discriminator: got %v", err)
	}
}
