package runtime

import (
	"strconv"
	"strings"
	"testing"
)

// TestUnionMeant: the variant a value was meant for is the one tried, or
// the one left when those missing a const tag of the value's own members
// (causeTag) are set aside; a tag deeper down, or two left, choose none.
// The code decides, not the words: a tag reworded still counts, and the
// words of one without the code do not.
func TestUnionMeant(t *testing.T) {
	miss := func(ptr string, code causeCode, msg string) unionMiss {
		return unionMiss{index: -1, causes: ValueErrors{{Pointer: ptr, Message: msg, code: code}}}
	}
	for _, c := range []struct {
		name   string
		misses []unionMiss
		want   int
	}{
		{"one tried", []unionMiss{miss("/pet/lives", causeOther, "must be at most 9")}, 0},
		{"cat's tag missed", []unionMiss{miss("/pet/kind", causeTag, `must be "cat"`), miss("/pet/bark", causeOther, "too short")}, 1},
		{"both tags missed", []unionMiss{miss("/pet/kind", causeTag, `must be "cat"`), miss("/pet/kind", causeTag, `must be "dog"`)}, -1},
		{"no tag", []unionMiss{miss("/pet/a", causeOther, "x"), miss("/pet/b", causeOther, "y")}, -1},
		{"tag deeper down", []unionMiss{miss("/pet/owner/kind", causeTag, `must be "cat"`), miss("/pet/b", causeOther, "y")}, -1},
		{"tag of the union itself", []unionMiss{miss("/pet", causeTag, `must be "cat"`), miss("/pet/b", causeOther, "y")}, -1},
		{"tag of an empty key", []unionMiss{miss("/pet/", causeTag, `must be "cat"`), miss("/pet/b", causeOther, "y")}, 1},
		{"all alike", []unionMiss{miss("/pet/type", causeOther, "must not be null"), miss("/pet/type", causeOther, "must not be null")}, 0},
		{"tag reworded", []unionMiss{miss("/pet/kind", causeTag, "ought to equal cat"), miss("/pet/bark", causeOther, "too short")}, 1},
		{"tag's words, no code", []unionMiss{miss("/pet/kind", causeOther, `must be "cat"`), miss("/pet/bark", causeOther, "too short")}, -1},
		{"other codes are no tag", []unionMiss{miss("/pet/kind", causeRequired, "is required"), miss("/pet/bark", causeType, "must be of type string")}, -1},
	} {
		if got := unionMeant(c.misses, "/pet"); got != c.want {
			t.Errorf("%s: unionMeant = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestUnionReportBounded: a report lists so many variants, so many causes
// each and so many lines of a nested report, and is cut at a line past
// unionReportBytes, so a union of unions many levels deep says a bounded
// amount.
func TestUnionReportBounded(t *testing.T) {
	nested := "must match at least one schema of anyOf, but matches none:"
	for i := range 30 {
		nested += "\n  - V" + strconv.Itoa(i) + ": x: too long"
	}
	var misses []unionMiss
	for i := range 10 {
		var causes ValueErrors
		for j := range 5 {
			causes = append(causes, &ValueError{Field: "f" + strconv.Itoa(j), Message: "bad"})
		}
		causes[0].Message = nested
		misses = append(misses, unionMiss{label: "V" + strconv.Itoa(i), index: -1, causes: causes})
	}
	got := unionReport("U: must match exactly one schema of oneOf, but matches none:", "", misses[:1], 0)
	want := `U: must match exactly one schema of oneOf, but matches none:
  - V0:
      f0: must match at least one schema of anyOf, but matches none:
        - V0: x: too long
        - V1: x: too long
        - V2: x: too long
        - V3: x: too long
        - V4: x: too long
        - V5: x: too long
        - V6: x: too long
        - V7: x: too long
        - V8: x: too long
        - V9: x: too long
        - V10: x: too long
      …
      f1: bad
      f2: bad
      … and 2 more`
	if got != want {
		t.Errorf("one variant:\n%s\nwant\n%s", got, want)
	}
	got = unionReport("U: head", "", misses, 3)
	if len(got) > unionReportBytes+len("\n  …") || !strings.HasSuffix(got, "\n  …") {
		t.Errorf("ten variants: %d bytes, ends %q", len(got), got[max(len(got)-20, 0):])
	}
	short := make([]unionMiss, 10)
	for i := range short {
		short[i] = unionMiss{label: "V", index: i, causes: ValueErrors{{Message: "bad"}}}
	}
	if got := unionReport("U: head", "", short, 1); !strings.HasSuffix(got, "  - V/7: bad\n  … and 3 more") {
		t.Errorf("ten short variants:\n%s", got)
	}
}

// TestValueOneOfNames: a oneOf two or more of whose variants match names
// them; one that none matches reports the variant the value fits by
// shape alone where it is.
func TestValueOneOfNames(t *testing.T) {
	var errs ValueErrors
	p := &validationPath{key: "x"}
	valueOneOf(p, &errs, nil, ValueErrors{{Pointer: "/x", Message: "no"}}, nil, nil)
	if len(errs) != 1 || errs[0].Error() != "x: matches more than one schema of oneOf (oneOf/0, oneOf/2 and oneOf/3); exactly one may match" {
		t.Errorf("errs = %v", errs)
	}
	errs = nil
	valueOneOf(p, &errs, ValueErrors{{Pointer: "/x", Message: "no"}}, nil, nil)
	if len(errs) != 1 || errs[0].Message != "matches more than one schema of oneOf (oneOf/1 and oneOf/2); exactly one may match" {
		t.Errorf("errs = %v", errs)
	}
	errs = nil
	valueOneOf(p, &errs,
		ValueErrors{{Pointer: "/x", Field: "x", Message: "must be of type string", code: causeType}},
		ValueErrors{{Pointer: "/x/n", Field: "x.n", Message: "must be at least 1"}},
		ValueErrors{{Pointer: "/x/id", Field: "x.id", Message: "is required", code: causeRequired}})
	if len(errs) != 1 || errs[0].Error() != "x.n: must be at least 1" {
		t.Errorf("errs = %v", errs)
	}
}

// TestUnionMisfitAsksCode: a JSON value's variant is set aside as one the
// value does not fit by shape for the code of a cause (causeType where the
// union is, causeRequired at a member), whatever its words: reworded, the
// same variant is reported; the old words without the code set nothing
// aside, and every variant is listed.
func TestUnionMisfitAsksCode(t *testing.T) {
	p := &validationPath{key: "x"}
	found := func(typeCode, requiredCode causeCode, typeMsg, requiredMsg string) []ValueErrors {
		return []ValueErrors{
			{{Pointer: "/x", Field: "x", Message: typeMsg, code: typeCode}},
			{{Pointer: "/x/n", Field: "x.n", Message: "must be at least 1"}},
			{{Pointer: "/x/id", Field: "x.id", Message: requiredMsg, code: requiredCode}},
			{{Pointer: "/x/a/id", Field: "x.a.id", Message: "lacks id", code: causeRequired}},
		}
	}
	var errs ValueErrors
	valueOneOf(p, &errs, found(causeType, causeRequired, "is no string", "is missing")[:3]...)
	if len(errs) != 1 || errs[0].Error() != "x.n: must be at least 1" {
		t.Errorf("reworded: errs = %v", errs)
	}
	errs = nil
	valueOneOf(p, &errs, found(causeOther, causeOther, "must be of type string", "is required")[:3]...)
	if len(errs) != 1 || errs[0].Pointer != "/x" || strings.Count(errs[0].Message, "\n  - oneOf/") != 3 {
		t.Errorf("words without codes: errs = %v", errs)
	}
	// A required property deeper down is no misfit: two variants fit.
	errs = nil
	valueOneOf(p, &errs, found(causeType, causeRequired, "is no string", "is missing")[1:]...)
	if len(errs) != 1 || errs[0].Pointer != "/x" || !strings.Contains(errs[0].Message, "oneOf/0: n: must be at least 1") || !strings.Contains(errs[0].Message, "oneOf/2: a.id: lacks id") {
		t.Errorf("required deeper down: errs = %v", errs)
	}
}

// TestValueOneOfOneMatchAllocs: a oneOf that one variant matches adds no
// allocation to those its variants' checks made, whatever the others found.
func TestValueOneOfOneMatchAllocs(t *testing.T) {
	p := &validationPath{key: "x"}
	miss := ValueErrors{{Pointer: "/x", Message: "no"}}
	var errs ValueErrors
	if n := testing.AllocsPerRun(100, func() { valueOneOf(p, &errs, miss, nil, miss) }); n != 0 || len(errs) != 0 {
		t.Errorf("valueOneOf with one match: %v allocations, errs %v", n, errs)
	}
}

// TestUnionCausesKeepCodes: a sum type's variant on trial hands the report
// its record's problems and its Validate's findings with their codes, and
// the problems of the variant meant go on in the record with theirs, so
// that a union around this one asks the same codes.
func TestUnionCausesKeepCodes(t *testing.T) {
	tried := jsonTried{name: "Cat", t: jsonTrial{
		rec:   &jsonRecord{problems: []jsonProblem{{"/kind", "kind", "ought to equal cat", causeTag}}},
		found: ValueErrors{{Pointer: "/id", Field: "id", Message: "is missing", code: causeRequired}},
	}}
	got := tried.causes("/pet", "pet")
	if len(got) != 2 || got[0].Pointer != "/pet/id" || got[0].code != causeRequired || got[1].Pointer != "/pet/kind" || got[1].code != causeTag {
		t.Fatalf("causes = %+v", got)
	}
	if !unionTagMissed(got, "/pet") {
		t.Errorf("the tag's code was lost: %+v", got)
	}
	rec := &jsonRecord{}
	r := &jsonReader{data: []byte(`{}`), record: rec}
	u := jsonUnion{r: r, ntried: 2, tried: [4]jsonTried{tried, {name: "Dog", t: jsonTrial{rec: &jsonRecord{}, found: ValueErrors{{Pointer: "/bark", Message: "is no number", code: causeType}}}}}}
	u.fallback = 1
	if _, err := u.report("Pet"); err != nil {
		t.Fatal(err)
	}
	if len(rec.problems) != 1 || rec.problems[0].message != "is no number" || rec.problems[0].code != causeType {
		t.Errorf("the meant variant's problems: %+v", rec.problems)
	}
}

// TestValueAnyOf: an anyOf none of whose variants matches reports, like a
// oneOf, the causes of the one variant the value fits by shape where they
// are, or else one error where it is that lists each variant, labelled
// anyOf/i.
func TestValueAnyOf(t *testing.T) {
	p := &validationPath{key: "x"}
	var errs ValueErrors
	valueAnyOf(p, &errs,
		ValueErrors{{Pointer: "/x", Field: "x", Message: "is no string", code: causeType}},
		ValueErrors{{Pointer: "/x/n", Field: "x.n", Message: "must be at least 1"}})
	if len(errs) != 1 || errs[0].Error() != "x.n: must be at least 1" {
		t.Errorf("one fits: errs = %v", errs)
	}
	errs = nil
	valueAnyOf(p, &errs,
		ValueErrors{{Pointer: "/x/m", Field: "x.m", Message: "must be at most 2"}},
		ValueErrors{{Pointer: "/x/n", Field: "x.n", Message: "must be at least 1"}})
	want := "x: must match at least one schema of anyOf, but matches none:\n  - anyOf/0: m: must be at most 2\n  - anyOf/1: n: must be at least 1"
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("two fit: errs = %v\nwant %s", errs, want)
	}
}
