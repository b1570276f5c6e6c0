package runtime

import "testing"

func TestValueValid(t *testing.T) {
	// isString is a check as the emitters write one: it reports a value
	// that is not a string at p.
	isString := func(v any, p *validationPath, errs *ValueErrors) {
		if _, ok := v.(string); !ok {
			errs.add(p, "must be of type string")
		}
	}
	for _, c := range []struct {
		v    any
		want bool
	}{
		{"x", true},
		{1.5, false},
		{nil, false},
	} {
		if got := valueValid(isString, c.v); got != c.want {
			t.Errorf("valueValid(isString, %#v) = %v, want %v", c.v, got, c.want)
		}
	}
}
