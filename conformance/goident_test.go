package conformance

import (
	"go/token"
	"testing"
)

// TestGoIdentIsAPackageName: every file or folder name becomes a name
// specgen accepts as a Go package (SchemaStore's package.json schema was
// refused as package "package").
func TestGoIdentIsAPackageName(t *testing.T) {
	for in, want := range map[string]string{
		"package": "xpackage", "const.json": "xconst", "if-then-else.json": "if_then_else",
		"1.8": "x1_8", "": "x", "pubspec": "pubspec",
	} {
		got := goIdent(in)
		if got != want || !token.IsIdentifier(got) {
			t.Errorf("goIdent(%q) = %q, want %q", in, got, want)
		}
	}
}
