package conformance

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExamplesHarness runs the examples harness on a description whose
// examples meet each of its verdicts, and checks every one.
func TestExamplesHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated package")
	}
	docs, results, err := RunExamples("..", []string{"testdata/examples/api.yaml", "testdata/examples/api31.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Skipped != "" || docs[1].Skipped != "" {
		t.Fatalf("documents: %+v", docs)
	}
	type verdict struct {
		Where                     string
		Oracle, Specgen           bool
		Status                    string
		Unreadable, RoundTripLost bool
		Text                      bool
	}
	var got []verdict
	for _, r := range results {
		got = append(got, verdict{r.Where, r.Valid, r.Generated, r.Status, r.Unreadable, r.RoundTrip != "", r.Text})
	}
	want := []verdict{
		{"GET /pets 200 application/json example", false, false, ExAgree, false, false, false},
		{"POST /pets request application/json examples/good", true, true, ExAgree, false, false, false},
		{"POST /pets request application/json examples/negative", false, false, ExAgree, false, false, false},
		{"POST /pets 201 application/json example", false, false, ExAgree, true, false, false},
		{"#/components/schemas/Pet example", true, true, ExAgree, false, false, false},
		{"GET /tags 200 application/json examples/text", false, false, ExAgree, true, false, true},
		{"GET /tags 200 application/json examples/two", true, true, ExAgree, false, false, false},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("verdicts (-want +got):\n%s", d)
	}
	s := SummarizeExamples(docs, results)
	if s.InvalidAnswers != 3 || s.Unreadable != 2 || s.AgreeValid != 3 || s.Text != 1 {
		t.Errorf("summary: %+v", s)
	}
}
