package load

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestUnescapeAsEncodingJSON checks that the parser's own decoding of
// escaped strings (jsonunescape.go) gives what encoding/json gives, or
// leaves the string to it: 200,000 random strings of escapes (every one
// JSON has, wrong ones, \u in and out of the surrogates, cut short),
// plain and multi-byte text, quotes and control characters.
func TestUnescapeAsEncodingJSON(t *testing.T) {
	pieces := []string{`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00e9`, `\u00E9`, `\u0000`, `\u001f`,
		`\u20ac`, `\uD83D`, `\uDE00`, `\uD83D\uDE00`, `\uFFFF`, `\u12`, `\u12G4`, `\x`, `\a`, `\'`, `\`, `\ `,
		"a", "Zz 9", "é", "€", "😀", "\x01", "\"", "\xff", "\u2028", "<>&"}
	rng := rand.New(rand.NewPCG(13, 13))
	fast, left := 0, 0
	for range 200_000 {
		text := ""
		for range 1 + rng.IntN(6) {
			text += pieces[rng.IntN(len(pieces))]
		}
		got, ok := unescape([]byte(text))
		var want string
		err := json.Unmarshal([]byte(`"`+text+`"`), &want)
		switch {
		case !ok:
			left++
		case err != nil:
			t.Fatalf("%q: decoded as %q; encoding/json: %v", text, got, err)
		case got != want:
			t.Fatalf("%q: decoded as %q; encoding/json: %q", text, got, want)
		default:
			fast++
		}
	}
	if fast < 50_000 || left < 50_000 {
		t.Errorf("%d decoded, %d left to encoding/json: the test compares too little", fast, left)
	}
}
