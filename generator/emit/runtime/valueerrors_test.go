package runtime

import (
	"errors"
	"testing"
)

// TestValidationPath: a path renders as a JSON pointer (with ~ and /
// escaped) and in dotted form with [i] for indexes.
func TestValidationPath(t *testing.T) {
	root := &validationPath{key: "a/b~c"}
	items := &validationPath{parent: root, index: 2, isIndex: true}
	leaf := &validationPath{parent: items, key: "name"}
	for _, c := range []struct {
		p              *validationPath
		pointer, field string
	}{
		{nil, "", ""},
		{root, "/a~1b~0c", "a/b~c"},
		{items, "/a~1b~0c/2", "a/b~c[2]"},
		{leaf, "/a~1b~0c/2/name", "a/b~c[2].name"},
		{&validationPath{index: 0, isIndex: true}, "/0", "[0]"},
		{&validationPath{parent: &validationPath{}, key: "x"}, "//x", "x"},
		{&validationPath{parent: leaf, index: 12345, isIndex: true}, "/a~1b~0c/2/name/12345", "a/b~c[2].name[12345]"},
	} {
		if pointer, field := c.p.render(); pointer != c.pointer || field != c.field {
			t.Errorf("render() = %q, %q, want %q, %q", pointer, field, c.pointer, c.field)
		}
		if n := testing.AllocsPerRun(10, func() { c.p.render() }); c.p != nil && n != 1 {
			t.Errorf("render() of %q allocates %v times, want 1", c.pointer, n)
		}
		if got := c.p.pointer(); got != c.pointer {
			t.Errorf("pointer() = %q, want %q", got, c.pointer)
		}
		if got := c.p.field(); got != c.field {
			t.Errorf("field() = %q, want %q", got, c.field)
		}
	}
}

// TestValueErrors: add records the location, err sorts by pointer (stably)
// and is nil when nothing failed, Error lists one problem per line.
func TestValueErrors(t *testing.T) {
	var none ValueErrors
	if err := none.err(); err != nil {
		t.Errorf("empty err() = %v, want nil", err)
	}
	var es ValueErrors
	es.add(&validationPath{key: "b"}, "second")
	es.add(nil, "whole")
	es.add(&validationPath{key: "a"}, "first")
	err := es.err()
	var got ValueErrors
	if !errors.As(err, &got) || len(got) != 3 {
		t.Fatalf("err() = %v, want three ValueErrors", err)
	}
	if want := "whole\na: first\nb: second"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if got[1].Pointer != "/a" || got[1].Field != "a" || got[1].Message != "first" || got[1].code != causeOther {
		t.Errorf("second error = %+v", *got[1])
	}
	es = nil
	es.addCause(&validationPath{key: "t"}, causeType, "must be of type string")
	es.required(&validationPath{key: "r"})
	if es[0].code != causeType || es[1].code != causeRequired || es[1].Error() != "r: is required" {
		t.Errorf("addCause, required: %+v, %+v", *es[0], *es[1])
	}
}
