package want

import (
	"strings"
	"testing"
)

// This file is hand-written: the \u escapes of a pattern are checked as
// ECMA-262 reads them, and a pattern RE2 cannot compile is not checked.

func TestECMAEscapesAreChecked(t *testing.T) {
	for city, valid := range map[string]bool{"Zürich": true, "Łódź": true, "Saint-Étienne": true, "東京": false, "Paris 75": false} {
		c := Contact{City: Ptr(city)}
		err := c.Validate()
		if valid && err != nil || !valid && (err == nil || !strings.Contains(err.Error(), "city")) {
			t.Errorf("%s: valid %v, Validate says %v", city, valid, err)
		}
	}
}

func TestUncompilablePatternIsNotChecked(t *testing.T) {
	c := Contact{Code: Ptr("lower case")}
	if err := c.Validate(); err != nil {
		t.Errorf("got %v", err)
	}
}
