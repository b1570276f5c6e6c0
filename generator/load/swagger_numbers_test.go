package load

import "testing"

// TestHasBigInteger holds the quick test that decides whether a Swagger
// 2.0 document's numbers are restored after the conversion: integers of
// 16 digits or more, not the digits of a fraction, an exponent or a string.
func TestHasBigInteger(t *testing.T) {
	for _, c := range []struct {
		json string
		want bool
	}{
		{`{"enum":[9223372036854775807]}`, true},
		{`{"enum":[-9223372036854775808]}`, true},
		{`{"maximum":1234567890123456}`, true},
		{`{"maximum":123456789012345}`, false},
		{`{"x":0.12345678901234567}`, false},
		{`{"x":1e1234567890123456}`, false},
		{`{"id":"12345678901234567"}`, false},
		{`{"a":1,"b":[2,3]}`, false},
	} {
		if got := hasBigInteger([]byte(c.json)); got != c.want {
			t.Errorf("hasBigInteger(%s) = %v, want %v", c.json, got, c.want)
		}
	}
}
