package runtime

import (
	"strconv"
	"strings"
	"testing"
)

// TestUnionMeant: the variant a value was meant for is the one tried, or
// the one left when those missing a const tag of the value's own members
// are set aside; a tag deeper down, or two left, choose none.
func TestUnionMeant(t *testing.T) {
	tag := func(ptr, msg string) unionMiss {
		return unionMiss{index: -1, causes: ValueErrors{{Pointer: ptr, Message: msg}}}
	}
	for _, c := range []struct {
		name   string
		misses []unionMiss
		want   int
	}{
		{"one tried", []unionMiss{tag("/pet/lives", "must be at most 9")}, 0},
		{"cat's tag missed", []unionMiss{tag("/pet/kind", `must be "cat"`), tag("/pet/bark", "too short")}, 1},
		{"both tags missed", []unionMiss{tag("/pet/kind", `must be "cat"`), tag("/pet/kind", `must be "dog"`)}, -1},
		{"no tag", []unionMiss{tag("/pet/a", "x"), tag("/pet/b", "y")}, -1},
		{"tag deeper down", []unionMiss{tag("/pet/owner/kind", `must be "cat"`), tag("/pet/b", "y")}, -1},
		{"all alike", []unionMiss{tag("/pet/type", "must not be null"), tag("/pet/type", "must not be null")}, 0},
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
		ValueErrors{{Pointer: "/x", Field: "x", Message: "must be of type string"}},
		ValueErrors{{Pointer: "/x/n", Field: "x.n", Message: "must be at least 1"}},
		ValueErrors{{Pointer: "/x/id", Field: "x.id", Message: "is required"}})
	if len(errs) != 1 || errs[0].Error() != "x.n: must be at least 1" {
		t.Errorf("errs = %v", errs)
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
