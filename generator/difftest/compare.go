package difftest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Outcome is what the oracle and the generated code made of one document.
type Outcome struct {
	// Failures are the oracle's, normalized (see Failure); none: valid.
	Failures []Failure
	// DecodeErr is the error decoding into the Go type, if it failed.
	DecodeErr error
	// Paths are the JSON pointers Validate reported.
	Paths []string
	// Disagreements are where the two differ, each with the documented
	// difference that explains it, if one does.
	Disagreements []Disagreement
}

// Disagreement kinds.
const (
	// Missed: the oracle reports a failure at Path; Validate does not.
	Missed = "missed"
	// Extra: Validate reports Path; the oracle finds nothing wrong there.
	Extra = "extra"
	// Rejected: the document does not decode into the Go type, but the
	// oracle finds it valid.
	Rejected = "rejected"
	// Syntax: one side read the document as JSON and the other did not.
	Syntax = "syntax"
)

// Disagreement is one place where the oracle and the generated code differ.
type Disagreement struct {
	Kind   string
	Path   string
	Detail string // the oracle's failure, or the decoding error
	// Excuse names the entry of Differences that explains the
	// disagreement; "" when none does, which is a bug in one of them.
	Excuse string
	// keyword is the oracle's failed keyword, for Missed.
	keyword string
}

// Unexcused returns the disagreements no documented difference explains.
func (o Outcome) Unexcused() []Disagreement {
	var out []Disagreement
	for _, d := range o.Disagreements {
		if d.Excuse == "" {
			out = append(out, d)
		}
	}
	return out
}

// Valid reports the generated code's verdict.
func (o Outcome) Valid() bool { return o.DecodeErr == nil && len(o.Paths) == 0 }

// String describes the outcome for a test failure.
func (o Outcome) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "oracle: %d failures", len(o.Failures))
	for _, f := range o.Failures {
		fmt.Fprintf(&b, "\n  %q %s: %s", f.Path, f.Keyword, f.Message)
	}
	if o.DecodeErr != nil {
		fmt.Fprintf(&b, "\ngo: does not decode: %v", o.DecodeErr)
	} else {
		fmt.Fprintf(&b, "\ngo: Validate reports %q", o.Paths)
	}
	for _, d := range o.Disagreements {
		excuse := d.Excuse
		if excuse == "" {
			excuse = "UNEXPLAINED"
		}
		fmt.Fprintf(&b, "\n%s %q (%s): %s", d.Kind, d.Path, excuse, d.Detail)
	}
	return b.String()
}

// Compare runs one document through the oracle and the target and
// explains each disagreement with Differences.
func Compare(o *Oracle, t Target, data []byte) Outcome {
	var out Outcome
	doc, syntaxErr := Decode(data)
	paths, decodeErr := t.Run(data)
	out.Paths, out.DecodeErr = paths, decodeErr
	if syntaxErr != nil {
		out.Failures = []Failure{{Keyword: "syntax", Message: syntaxErr.Error()}}
		if decodeErr == nil {
			out.Disagreements = append(out.Disagreements, Disagreement{Kind: Syntax, Detail: syntaxErr.Error()})
		}
		return out
	}
	out.Failures = o.Check(doc)
	c := &context{oracle: o, doc: doc, data: data, decodeErr: decodeErr}
	switch {
	case decodeErr != nil:
		var se *json.SyntaxError
		if errors.As(decodeErr, &se) {
			out.Disagreements = append(out.Disagreements, Disagreement{Kind: Syntax, Detail: decodeErr.Error()})
		} else if len(out.Failures) == 0 {
			out.Disagreements = append(out.Disagreements, Disagreement{Kind: Rejected, Detail: decodeErr.Error()})
		}
		// A document both reject agrees; where the decoder stopped is not
		// compared (it stops at the first problem, the oracle does not).
	default:
		reported := map[string]bool{}
		for _, p := range paths {
			reported[p] = true
		}
		failed := map[string]bool{}
		for _, f := range out.Failures {
			if failed[f.Path] {
				continue
			}
			failed[f.Path] = true
			if !reported[f.Path] {
				out.Disagreements = append(out.Disagreements, Disagreement{
					Kind: Missed, Path: f.Path, Detail: f.Keyword + ": " + f.Message, keyword: f.Keyword,
				})
			}
		}
		for _, p := range paths {
			if !failed[p] {
				out.Disagreements = append(out.Disagreements, Disagreement{Kind: Extra, Path: p})
			}
		}
	}
	for i := range out.Disagreements {
		out.Disagreements[i].Excuse = c.excuse(out.Disagreements[i])
	}
	return out
}
