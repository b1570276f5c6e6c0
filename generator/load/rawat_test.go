package load

import (
	"fmt"
	"testing"
)

// TestDigitsIndexAsSscanf: where digitsIndex reads a token, Sscanf's %d
// reads the same index (rawAt leaves every other token to Sscanf).
func TestDigitsIndexAsSscanf(t *testing.T) {
	read := 0
	for _, tok := range []string{"0", "7", "007", "10", "123456789", "1234567890", "", "-1", "+2", " 3", "4x", "x", "1e2", "٣"} {
		got, ok := digitsIndex(tok)
		if !ok {
			continue
		}
		read++
		var want int
		if _, err := fmt.Sscanf(tok, "%d", &want); err != nil || want != got {
			t.Errorf("digitsIndex(%q) = %d; Sscanf reads %d (%v)", tok, got, want, err)
		}
	}
	if read != 5 {
		t.Errorf("digitsIndex read %d of the tokens, want the 5 of decimal digits only", read)
	}
}
