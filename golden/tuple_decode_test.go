package golden_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	tupleonepass "github.com/specgen/specgen/golden/tuple-one-pass/want"
)

// TestTupleDecodesInOnePass holds a tuple's decoder (the reader, not
// encoding/json) to what its UnmarshalJSON gave before: the positions the
// array reaches, the rest left nil, an error for items past a closed
// tuple's positions and for a value of the wrong kind; and DecodeSegment
// reports what lies inside at its place.
func TestTupleDecodesInOnePass(t *testing.T) {
	var got tupleonepass.Segment
	if err := json.Unmarshal([]byte(`["s", {"x": 1, "y": 2.5}, ["a", 1, 2]]`), &got); err != nil {
		t.Fatal(err)
	}
	a := tupleonepass.TagsItem0("a")
	want := tupleonepass.Segment{Item0: "s", Item1: tupleonepass.Point{X: 1, Y: 2.5}, Item2: &tupleonepass.Tags{Item0: &a, Rest: []int64{1, 2}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}
	// A short array leaves the positions it does not reach as they are
	// zero, and null at an optional position is present (the zero value).
	got = tupleonepass.Segment{Item0: "old"}
	if err := json.Unmarshal([]byte(`["t", {"x": 1, "y": 2}]`), &got); err != nil || got.Item0 != "t" || got.Item2 != nil {
		t.Errorf("short array: %+v, %v", got, err)
	}
	var tags tupleonepass.Tags
	if err := json.Unmarshal([]byte(`[null]`), &tags); err != nil || tags.Item0 == nil || *tags.Item0 != "" || tags.Rest != nil {
		t.Errorf("[null]: %+v, %v", tags, err)
	}
	if err := json.Unmarshal([]byte(`["s", {"x": 1, "y": 2}, null, 4]`), &got); err == nil || !strings.Contains(err.Error(), "Segment: 4 items, at most 3 allowed") {
		t.Errorf("an item past a closed tuple: error %v", err)
	}
	var typeErr *json.UnmarshalTypeError
	if err := json.Unmarshal([]byte(`{"x": 1}`), &got); !errors.As(err, &typeErr) || typeErr.Value != "object" {
		t.Errorf("an object for a tuple: error %v, want a *json.UnmarshalTypeError", err)
	}
	if err := json.Unmarshal([]byte(`["s", {"x": 1, "y": 2}, ["a", "b"]]`), &got); !errors.As(err, &typeErr) || typeErr.Value != "string" {
		t.Errorf("a string past Tags' positions: error %v, want a *json.UnmarshalTypeError", err)
	}

	for doc, wantErrs := range map[string]string{
		`["s", {"x": 1}]`: `/1/y: is required`,
		`["s"]`:           `: must have at least 2 items`,
		`["s", {"x": 1, "y": 2}, ["a", 1, 2, 3]]`:  `/2: must have at most 3 items`,
		`["s", {"x": 1, "y": 2}, ["a", -1], true]`: `: Segment: 4 items, at most 3 allowed; : must have at most 3 items; /2/1: must be at least 0`,
	} {
		_, err := tupleonepass.DecodeSegment([]byte(doc))
		var errs tupleonepass.ValueErrors
		if !errors.As(err, &errs) {
			t.Errorf("DecodeSegment(%s): %v, want ValueErrors", doc, err)
			continue
		}
		var places []string
		for _, e := range errs {
			places = append(places, e.Pointer+": "+e.Message)
		}
		if got := strings.Join(places, "; "); got != wantErrs {
			t.Errorf("DecodeSegment(%s):\n got %s\nwant %s", doc, got, wantErrs)
		}
	}
}

// TestTupleGapValidate checks a tuple whose optional position is left out
// (nil) while an item after it is there: its JSON can only hold null at
// that position, which the schema refuses, so Validate reports what
// decoding that JSON reports, and a value that passes Validate comes back
// from its JSON the same (round trip seeds 316, 318: &"" came back).
func TestTupleGapValidate(t *testing.T) {
	gap := tupleonepass.Tags{Rest: []int64{1}}
	err := gap.Validate()
	if err == nil || err.Error() != "[0]: must not be null" {
		t.Errorf("Validate of a gap = %v, want [0]: must not be null", err)
	}
	data, err := json.Marshal(gap)
	if err != nil {
		t.Fatal(err)
	}
	if _, derr := tupleonepass.DecodeTags(data); derr == nil || derr.Error() != "[0]: must not be null" {
		t.Errorf("DecodeTags(%s) = %v, want [0]: must not be null", data, derr)
	}
	a := tupleonepass.TagsItem0A
	for _, ok := range []tupleonepass.Tags{{}, {Item0: &a}, {Item0: &a, Rest: []int64{1}}} {
		if err := ok.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v, want nil", ok, err)
			continue
		}
		data, err := json.Marshal(ok)
		if err != nil {
			t.Fatal(err)
		}
		back, err := tupleonepass.DecodeTags(data)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ok, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s came back other (-sent +got):\n%s", data, diff)
		}
	}
}
