package conformance

import (
	"fmt"
	"io"
)

// ExampleSummary counts the outcomes of an examples run.
type ExampleSummary struct {
	Docs, Skipped, Examples int
	// Agree counts examples whose verdicts agree: AgreeValid of them both
	// valid, the others both invalid (the example is wrong for its schema).
	Agree, AgreeValid, Disagree, NoType, NoOracle, Panics int
	// Text counts the examples given as a string of JSON text.
	Text int
	// RoundTrips counts valid examples whose value did not survive
	// encoding and decoding again.
	RoundTrips int
	// Unreadable counts invalid answer examples json.Unmarshal (a client's
	// lenient reading) refuses too; InvalidAnswers counts invalid answer
	// examples.
	Unreadable, InvalidAnswers int
}

// SummarizeExamples counts an examples run.
func SummarizeExamples(docs []ExampleDoc, results []ExampleResult) ExampleSummary {
	var s ExampleSummary
	s.Docs = len(docs)
	for _, d := range docs {
		if d.Skipped != "" {
			s.Skipped++
		}
	}
	for _, r := range results {
		s.Examples++
		switch r.Status {
		case ExAgree:
			s.Agree++
			if r.Generated {
				s.AgreeValid++
			}
		case ExDisagree:
			s.Disagree++
		case ExNoType:
			s.NoType++
		case ExPanic:
			s.Panics++
		case ExNoOracle:
			s.NoOracle++
		}
		if r.Text {
			s.Text++
		}
		if r.RoundTrip != "" {
			s.RoundTrips++
		}
		if r.Response && r.Status != ExNoType && r.Status != ExPanic && !r.Generated {
			s.InvalidAnswers++
			if r.Unreadable {
				s.Unreadable++
			}
		}
	}
	return s
}

// WriteExampleReport writes the summary, one line per document, and one
// line per example that is not a plain agreement.
func WriteExampleReport(w io.Writer, docs []ExampleDoc, results []ExampleResult) {
	s := SummarizeExamples(docs, results)
	fmt.Fprintf(w, "documents %d (skipped %d), examples %d: agree %d (both valid %d, both invalid %d), disagree %d, no type %d, no oracle %d, panic %d; given as JSON text %d; round trip failed %d; invalid answers %d, unreadable by json.Unmarshal %d\n",
		s.Docs, s.Skipped, s.Examples, s.Agree, s.AgreeValid, s.Agree-s.AgreeValid, s.Disagree, s.NoType, s.NoOracle, s.Panics, s.Text, s.RoundTrips, s.InvalidAnswers, s.Unreadable)
	for _, d := range docs {
		fmt.Fprintf(w, "DOC\t%s\t%d\t%s\n", d.File, d.Examples, d.Skipped)
	}
	for _, r := range results {
		switch {
		case r.Status == ExDisagree:
			fmt.Fprintf(w, "DISAGREE\t%s\t%s\toracle valid=%v %s\tspecgen valid=%v %s\n", r.Doc, r.Where, r.Valid, r.Why, r.Generated, r.Message)
		case r.Status == ExPanic:
			fmt.Fprintf(w, "PANIC\t%s\t%s\t%s\n", r.Doc, r.Where, r.Message)
		case r.RoundTrip != "":
			fmt.Fprintf(w, "ROUNDTRIP\t%s\t%s\t%s\n", r.Doc, r.Where, r.RoundTrip)
		case r.Unreadable && r.Response:
			fmt.Fprintf(w, "UNREADABLE\t%s\t%s\t%s\n", r.Doc, r.Where, r.Message)
		case r.Status == ExAgree && !r.Generated:
			fmt.Fprintf(w, "BOTH-INVALID\t%s\t%s\toracle %s\tspecgen %s\n", r.Doc, r.Where, r.Why, r.Message)
		case r.Status == ExNoOracle:
			fmt.Fprintf(w, "NOORACLE\t%s\t%s\t%s\n", r.Doc, r.Where, r.Why)
		case r.Status == ExNoType:
			fmt.Fprintf(w, "NOTYPE\t%s\t%s\t%s\n", r.Doc, r.Where, r.Schema)
		}
	}
}
