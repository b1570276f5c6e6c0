package load

import "testing"

// TestTokenPathString: a path's pointer is the one child builds, escapes
// included, and a sibling's path does not change a string already made.
func TestTokenPathString(t *testing.T) {
	root := rootPath()
	if got := root.String(); got != "#" {
		t.Errorf("root = %q", got)
	}
	a := root.with("paths").with("/a/{id}")
	made := a.String()
	if want := child("#", "paths", "/a/{id}"); made != want {
		t.Errorf("got %q, want %q", made, want)
	}
	b := root.with("x~y").with("50%")
	if want := child("#", "x~y", "50%"); b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	if made != "#/paths/~1a~1{id}" {
		t.Errorf("a string made earlier changed: %q", made)
	}
}
