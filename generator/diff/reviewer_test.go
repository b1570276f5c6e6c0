package diff

import (
	"regexp"
	"strings"
	"testing"
)

// TestAnnotationEscapes: workflow command data and properties are escaped
// as the Actions runner reads them.
func TestAnnotationEscapes(t *testing.T) {
	r := &Report{Changes: []Change{{
		ID: "0123456789ab", Level: Breaking, Kind: SubjectSchema, Subject: "Pet",
		Path: "a", Message: "100% new\nline", File: "api/x,y:z.yaml", Line: 7,
	}}}
	var b strings.Builder
	if err := WriteGitHub(&b, r, ""); err != nil {
		t.Fatal(err)
	}
	want := "::error file=api/x%2Cy%3Az.yaml,line=7,title=breaking%3A schema Pet::a: 100%25 new%0Aline id 0123456789ab\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}

// TestAcceptedDoNotFail: accepted changes are reported and counted but do
// not count for -fail-on.
func TestAcceptedDoNotFail(t *testing.T) {
	r := &Report{Changes: []Change{
		{ID: "aaaaaaaaaaaa", Level: Breaking},
		{ID: "bbbbbbbbbbbb", Level: Warning},
	}}
	list, err := ReadAcceptList(strings.NewReader("# agreed\naaaaaaaaaaaa breaking, agreed with the team\n\ncccccccccccc\n"), "accept.txt")
	if err != nil {
		t.Fatal(err)
	}
	if unused := r.Accept(list); len(unused) != 1 || unused[0] != "cccccccccccc" {
		t.Errorf("unused ids %v, want [cccccccccccc]", unused)
	}
	if r.Has(Breaking) || !r.Has(Warning) {
		t.Errorf("Has(Breaking) %v, Has(Warning) %v: want false, true", r.Has(Breaking), r.Has(Warning))
	}
	if s := r.Summary(); s.Accepted != 1 || s.Breaking != 1 {
		t.Errorf("summary %+v", s)
	}
	if _, err := ReadAcceptList(strings.NewReader("xyz\n"), "accept.txt"); err == nil || !strings.Contains(err.Error(), "accept.txt:1:") {
		t.Errorf("bad id: %v", err)
	}
}

// TestFilterKeepsReachedSchemas: a schema change is kept when a matching
// operation reaches the schema; API changes are always kept.
func TestFilterKeepsReachedSchemas(t *testing.T) {
	r := &Report{Changes: []Change{
		{Kind: SubjectAPI, Subject: "API"},
		{Kind: SubjectOperation, Subject: "GET /pets", OperationID: "listPets"},
		{Kind: SubjectOperation, Subject: "GET /users"},
		{Kind: SubjectSchema, Subject: "Pet", UsedBy: []Use{{Operation: "GET /pets", OperationID: "listPets"}}},
		{Kind: SubjectSchema, Subject: "User", UsedBy: []Use{{Operation: "GET /users"}}},
	}}
	r.Apply(Filter{Operation: regexp.MustCompile("^listPets$")})
	var got []string
	for _, c := range r.Changes {
		got = append(got, c.Subject)
	}
	if strings.Join(got, ",") != "API,GET /pets,Pet" {
		t.Errorf("kept %v", got)
	}
}
