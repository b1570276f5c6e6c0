package gofmt

import (
	"go/token"
	"testing"
)

// TestKeyword checks keyword against token.Lookup for every keyword and
// some identifiers near them.
func TestKeyword(t *testing.T) {
	var words []string
	for tk := token.BREAK; tk <= token.VAR; tk++ {
		words = append(words, tk.String())
	}
	words = append(words, "a", "breaks", "Break", "x", "fun", "types", "zz", "_", "vars", "ifx")
	for _, w := range words {
		if got, want := keyword(w), token.Lookup(w); got != want {
			t.Errorf("keyword(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestScanOperator checks every operator and delimiter go/token knows.
func TestScanOperator(t *testing.T) {
	for tk := token.ADD; tk <= token.TILDE; tk++ {
		if !tk.IsOperator() {
			continue // the gap between operators_end and additional_beg
		}
		lit := tk.String()
		if end, got := scanOperator(lit+" x", 0); got != tk || end != len(lit) {
			t.Errorf("scanOperator(%q) = %v, %d; want %v, %d", lit, got, end, tk, len(lit))
		}
	}
}
