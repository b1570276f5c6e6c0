package emit

import (
	"encoding/json"
	"testing"
)

// TestMemberNameAsEncodingJSON checks the quick path of memberName (plain
// printable ASCII quoted as it is) against encoding/json for names on both
// sides of it: escapes, HTML-unsafe bytes, control bytes, non-ASCII and
// invalid UTF-8.
func TestMemberNameAsEncodingJSON(t *testing.T) {
	for _, name := range []string{
		"", "id", "created_at", "x-rate-limit", "a b", "$ref", "@type", "~0/1",
		`say "hi"`, `back\slash`, "<tag>", "a&b", "tab\there", "nl\n", "\x7f",
		"héllo", "日本", "\u2028", "\xff", "'single'", "{}[]:,",
	} {
		want, _ := json.Marshal(name)
		if got := memberName(name); got != string(want) {
			t.Errorf("memberName(%q) = %s, want %s", name, got, want)
		}
	}
}
