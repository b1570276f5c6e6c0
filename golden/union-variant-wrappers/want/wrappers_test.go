package want

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/uuid"
)

// This file is hand-written: a union variant that wraps a time, a uuid or
// another union must encode, decode and validate as the wrapped type does.

const event = `{"at":"2024-05-01T10:00:00Z","by":"9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f","match":{"op":"not","arg":["a",{"op":"any","arg":3}]}}`

func TestWrappedVariantsDecodeAsTheWrappedType(t *testing.T) {
	var ev Event
	if err := json.Unmarshal([]byte(event), &ev); err != nil {
		t.Fatal(err)
	}
	at, ok := ev.At.Value.(*WhenString)
	if !ok || !time.Time(*at).Equal(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("at: got %#v", ev.At.Value)
	}
	by, ok := ev.By.Value.(*HandleString)
	if !ok || uuid.UUID(*by).String() != "9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f" {
		t.Errorf("by: got %#v", ev.By.Value)
	}
	not, ok := ev.Match.Value.(*Op)
	if !ok {
		t.Fatalf("match: got %#v", ev.Match.Value)
	}
	inner, ok := not.Arg.Value.(*OpArgVariant1)
	if !ok {
		t.Fatalf("match.arg: got %#v", not.Arg.Value)
	}
	list, ok := Predicate(*inner).Value.(*PredicateList)
	if !ok || len(*list) != 2 {
		t.Fatalf("match.arg: got %#v", Predicate(*inner).Value)
	}
	if s, ok := (*list)[0].Value.(*PredicateString); !ok || *s != "a" {
		t.Errorf("match.arg[0]: got %#v", (*list)[0].Value)
	}
}

func TestWrappedVariantsEncodeAsTheWrappedType(t *testing.T) {
	var ev Event
	if err := json.Unmarshal([]byte(event), &ev); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	var got, want any
	json.Unmarshal(out, &got)
	json.Unmarshal([]byte(event), &want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// A name that is not a uuid is the second variant.
	var h Handle
	if err := json.Unmarshal([]byte(`"ada"`), &h); err != nil {
		t.Fatal(err)
	}
	if s, ok := h.Value.(*HandleString2); !ok || *s != "ada" {
		t.Errorf("got %#v", h.Value)
	}
}

func TestWrappedUnionValidates(t *testing.T) {
	// The wrapped union is checked through the wrapper: the nested
	// operator's op is not one of the enum's values.
	var ev Event
	doc := strings.Replace(event, `"op":"any"`, `"op":"all"`, 1)
	if err := json.Unmarshal([]byte(doc), &ev); err != nil {
		t.Fatal(err)
	}
	err := ev.Validate()
	if err == nil || !strings.Contains(err.Error(), "match.arg[1].op") {
		t.Errorf("got %v, want a problem at match.arg[1].op", err)
	}
}
