package conformance

import (
	"bytes"
	"strings"
	"testing"

	"github.com/specgen/specgen/conformance/check"
)

// TestJudge: an answer agrees only when it matches the suite's verdict;
// panics and deaths are crashes whatever the suite says.
func TestJudge(t *testing.T) {
	for _, c := range []struct {
		valid  bool
		answer string
		want   string
	}{
		{true, "ok", Agree},
		{false, "invalid\tx: too short", Agree},
		{false, "ok", Disagree},
		{true, "invalid\tx: too short", Disagree},
		{true, "panic\tnil map", Crashed},
		{false, "crashed\tsignal: killed", Crashed},
	} {
		if got, _ := judge(c.valid, c.answer); got != c.want {
			t.Errorf("judge(%v, %q) = %s, want %s", c.valid, c.answer, got, c.want)
		}
	}
}

// TestExpectationsRoundTrip: what WriteExpectations writes reads back as
// the same statuses, descriptions with '#' and spaces included.
func TestExpectationsRoundTrip(t *testing.T) {
	in := []Result{
		{File: "anchor.json", Group: 0, Test: 1, Status: Agree, What: "a # b / c\td"},
		{File: "optional/format/date.json", Group: 3, Test: 0, Status: Refused},
	}
	var b bytes.Buffer
	if err := WriteExpectations(&b, in); err != nil {
		t.Fatal(err)
	}
	got, err := ReadExpectations(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["anchor.json 0.1"] != Agree || got["optional/format/date.json 3.0"] != Refused {
		t.Errorf("read back %v", got)
	}
}

// TestWithDraft: object schemas without $schema get the folder's draft;
// others are left as the suite wrote them.
func TestWithDraft(t *testing.T) {
	const uri = "http://json-schema.org/draft-07/schema#"
	for in, want := range map[string]string{
		`{}`:                       `{"$schema":"` + uri + `"}`,
		` {"type": "string"} `:     `{"$schema":"` + uri + `","type": "string"}`,
		`{"$schema": "x", "a": 1}`: `{"$schema": "x", "a": 1}`,
		`true`:                     `true`,
	} {
		if got := string(withDraft([]byte(in), uri)); got != want {
			t.Errorf("withDraft(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestServe: one answer line per request, in order, a panic caught as an
// answer of its own.
func TestServe(t *testing.T) {
	checks := map[string]check.Func{
		"len": func(b []byte) error {
			if len(b) > 3 {
				return errString("too\nlong")
			}
			return nil
		},
		"boom": func([]byte) error { panic("boom") },
	}
	var out bytes.Buffer
	in := "len\t12\nlen\t12345\nboom\t1\nnone\t1\n"
	if err := check.Serve(checks, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := "ok\ninvalid\ttoo long\npanic\tboom\nunknown\n"
	if out.String() != want {
		t.Errorf("Serve wrote %q, want %q", out.String(), want)
	}
}

type errString string

func (e errString) Error() string { return string(e) }
