package want

import (
	"strings"
	"testing"
)

// This file is hand-written: the \u escapes of a pattern are checked as
// ECMA-262 reads them, and so is a count RE2 cannot compile (over 1000).

func TestECMAEscapesAreChecked(t *testing.T) {
	for city, valid := range map[string]bool{"Zürich": true, "Łódź": true, "Saint-Étienne": true, "東京": false, "Paris 75": false} {
		c := Contact{City: Ptr(city)}
		err := c.Validate()
		if valid && err != nil || !valid && (err == nil || !strings.Contains(err.Error(), "city")) {
			t.Errorf("%s: valid %v, Validate says %v", city, valid, err)
		}
	}
}

func TestLongCountIsChecked(t *testing.T) {
	if err := (&Contact{Code: Ptr("AB12")}).Validate(); err != nil {
		t.Errorf("AB12: %v", err)
	}
	if err := (&Contact{Code: Ptr("lower case")}).Validate(); err == nil {
		t.Error("lower case: no error")
	}
}
