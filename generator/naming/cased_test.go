package naming

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestCasedASCIIAsWords holds the byte-wise casing of ASCII names to
// Words and casedWord, which it replaced for them: every Go name lowering
// gives depends on it, so a difference would rename declarations. The
// inputs are random strings over letters of both cases, digits,
// separators and the initialisms' own letters, plus the cases of
// TestExported.
func TestCasedASCIIAsWords(t *testing.T) {
	const alphabet = "aAbBdDiIsSuUrRlLpPtThHjJoOnNxX0128_- ./$"
	fixed := []string{"", "-", "--1", "ids", "IDS", "Ids", "IDs", "urls", "HTTPs", "HTTPSs", "apis",
		"utf8", "UTF8s", "s", "ss", "Xs", "minus", "-1", "-minus", "HTTPServer", "v2Beta", "ID2Name",
		"aB", "AB", "ABc", "a1B", "A1b", "user_ids_x", "x__y", "OAuth2Client", "aVeryLongWordIndeedMoreThanSixtyFourBytesLongToGrowTheBufferBeyondItsStack_x"}
	r := rand.New(rand.NewPCG(1, 2))
	inputs := fixed
	for range 200_000 {
		b := make([]byte, r.IntN(14))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, want := cased(s), casedWords(s); got != want {
			t.Fatalf("cased(%q) = %q, want %q (Words, casedWord)", s, got, want)
		}
		if got, want := EnumValue(s), enumValueWords(s); got != want {
			t.Fatalf("EnumValue(%q) = %q, want %q", s, got, want)
		}
	}
}

// enumValueWords is EnumValue as it was written before cased (the
// spelling of values without letters or digits is unchanged).
func enumValueWords(s string) string {
	if s == "" {
		return "Empty"
	}
	var b strings.Builder
	if strings.HasPrefix(s, "-") && len(s) > 1 && unicode.IsDigit(rune(s[1])) {
		b.WriteString("Minus")
	}
	for _, w := range Words(s) {
		b.WriteString(casedWord(w))
	}
	if b.Len() > 0 && b.String() != "Minus" {
		return b.String()
	}
	return spelled(s)
}
