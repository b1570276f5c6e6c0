package golden_test

import (
	"testing"

	tupleonepass "github.com/specgen/specgen/golden/tuple-one-pass/want"
	wrappers "github.com/specgen/specgen/golden/union-variant-wrappers/want"
)

// TestValidateNil calls Validate on nil pointers of every kind of
// declaration that validates through a pointer (a struct, a tuple, a
// union, a wrapped scalar): nil is a value left out, valid, as a nil field
// is to the object holding it. It must neither panic nor allocate; a
// value that is there is still checked.
func TestValidateNil(t *testing.T) {
	for name, validate := range map[string]func() error{
		"struct":           (*tupleonepass.Point)(nil).Validate,
		"tuple":            (*tupleonepass.Segment)(nil).Validate,
		"tuple with rest":  (*tupleonepass.Tags)(nil).Validate,
		"struct of unions": (*wrappers.Event)(nil).Validate,
		"union":            (*wrappers.Handle)(nil).Validate,
		"wrapped scalar":   (*wrappers.HandleString2)(nil).Validate,
	} {
		if err := validate(); err != nil {
			t.Errorf("%s: Validate of nil = %v, want nil", name, err)
		}
		if n := testing.AllocsPerRun(10, func() { _ = validate() }); n != 0 {
			t.Errorf("%s: Validate of nil allocates %v times", name, n)
		}
	}
	if err := (&tupleonepass.Point{Y: 11}).Validate(); err == nil {
		t.Error("Point{Y: 11}.Validate() = nil, want its maximum broken")
	}
}
