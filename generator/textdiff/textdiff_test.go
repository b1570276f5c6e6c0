package textdiff

import (
	"strings"
	"testing"
)

func TestUnifiedEqual(t *testing.T) {
	if d := Unified("a", "b", "x\ny\n", "x\ny\n"); d != "" {
		t.Fatalf("equal inputs gave a diff:\n%s", d)
	}
}

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nl\n"
	new := "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nl\nk\n"
	want := `--- old
+++ new
@@ -1,7 +1,7 @@
 a
 b
 c
-d
+D
 e
 f
 g
@@ -9,3 +9,4 @@
 i
 j
 l
+k
`
	if got := Unified("old", "new", old, new); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestUnifiedAddToEmpty(t *testing.T) {
	got := Unified("/dev/null", "f", "", "x\n")
	if !strings.Contains(got, "@@ -0,0 +1 @@\n+x\n") {
		t.Fatalf("got:\n%s", got)
	}
}

// TestUnifiedApplies checks the edit script reproduces the new text for
// many random-ish pairs.
func TestUnifiedApplies(t *testing.T) {
	texts := []string{"", "a\n", "a\nb\n", "b\na\n", "a\nb\nc\n", "c\nb\na\n", "a\na\nb\nb\n", "x\ny\nz\nx\ny\n"}
	for _, o := range texts {
		for _, n := range texts {
			a, b := splitLines(o), splitLines(n)
			var gotA, gotB []string
			for _, op := range edits(a, b) {
				switch op.kind {
				case ' ':
					gotA = append(gotA, a[op.a])
					gotB = append(gotB, b[op.b])
				case '-':
					gotA = append(gotA, a[op.a])
				case '+':
					gotB = append(gotB, b[op.b])
				}
			}
			if strings.Join(gotA, "") != o || strings.Join(gotB, "") != n {
				t.Errorf("%q → %q: script rebuilds %q → %q", o, n, strings.Join(gotA, ""), strings.Join(gotB, ""))
			}
		}
	}
}
