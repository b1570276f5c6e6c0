package diff

import "testing"

// TestUsedByLine: long lists of uses are cut with a count of the rest, and
// the Markdown line names each operation once.
func TestUsedByLine(t *testing.T) {
	g := Group{Kind: SubjectSchema, Subject: "Pet"}
	if got := g.UsedByLine(2); got != "" {
		t.Errorf("no uses: %q, want empty", got)
	}
	g.UsedBy = []Use{
		{Operation: "GET /pets", Place: "response 200"},
		{Operation: "POST /pets", Place: "request body"},
		{Operation: "POST /pets", Place: "response 201"},
		{Operation: "GET /pets/{id}", Place: "response 200"},
	}
	if got, want := g.UsedByLine(2), "used by 4: GET /pets (response 200), POST /pets (request body), +2 more"; got != want {
		t.Errorf("UsedByLine(2) = %q, want %q", got, want)
	}
	if got, want := operationsLine(g.UsedBy, 2), "GET /pets, POST /pets +1 more"; got != want {
		t.Errorf("operationsLine = %q, want %q", got, want)
	}
	if got, want := operationsLine(g.UsedBy, 3), "GET /pets, POST /pets, GET /pets/{id}"; got != want {
		t.Errorf("operationsLine = %q, want %q", got, want)
	}
}
