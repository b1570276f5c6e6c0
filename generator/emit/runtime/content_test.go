package runtime

import "testing"

// TestContentChecks holds the content checks to the draft-07 suite's
// optional/content.json cases and to what they must reject.
func TestContentChecks(t *testing.T) {
	for _, c := range []struct {
		check func(string) bool
		name  string
		in    string
		want  bool
	}{
		{isContentJSON, "json", `{"foo": "bar"}`, true},
		{isContentJSON, "json", `{:}`, false},
		{isContentJSON, "json", ``, false},
		{isContentBase64, "base64", "eyJmb28iOiAiYmFyIn0K", true},
		{isContentBase64, "base64", "eyJmb28iOi%iYmFyIn0K", false},
		{isContentBase64, "base64", "abc", false}, // unpadded
		{isContentBase64, "base64", "", true},
		{isContentBase64JSON, "base64 json", "eyJmb28iOiAiYmFyIn0K", true},
		{isContentBase64JSON, "base64 json", "ezp9Cg==", false},
		{isContentBase64JSON, "base64 json", "{}", false},
	} {
		if got := c.check(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
}
