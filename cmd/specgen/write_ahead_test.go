package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
)

// TestWriteFilesReadAhead: what was read ahead stands in for a file only
// while the file is as it was read. A file changed after the read ahead
// (another size, or the same size at another time) is read again, so the
// new package is written over it even where it equals what was read ahead;
// an unchanged file is left alone (its mtime kept); a file added after
// the read ahead is seen, and a generated file removed since is not
// counted.
func TestWriteFilesReadAhead(t *testing.T) {
	dir := t.TempDir()
	gen := func(body string) []byte { return []byte("// " + emit.Header + "\n\npackage p\n\n" + body + "\n") }
	write := func(name string, src []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"a.gen.go", "b.gen.go", "c.gen.go", "d.gen.go", "gone.gen.go"} {
		write(name, gen("// "+name))
		if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
	ahead := readGeneratedAhead(dir)
	<-ahead.done

	write("a.gen.go", gen("// a.gen.go, edited by hand")) // another size
	write("b.gen.go", gen("// B.GEN.GO"))                 // the same size, a new mtime
	write("new.gen.go", gen("// new.gen.go"))
	if err := os.Remove(filepath.Join(dir, "gone.gen.go")); err != nil {
		t.Fatal(err)
	}

	files := []generator.File{
		{Path: "a.gen.go", Src: gen("// a.gen.go")},
		{Path: "b.gen.go", Src: gen("// b.gen.go")},
		{Path: "c.gen.go", Src: gen("// c.gen.go")},
		{Path: "d.gen.go", Src: gen("// d.gen.go, new")},
	}
	written, err := writeFiles(dir, files, ahead)
	if err != nil {
		t.Fatal(err)
	}
	// a and b changed on disk after the read ahead: both rewritten; d
	// differs; new.gen.go is stale generated code, removed.
	if written != 4 {
		t.Errorf("written = %d, want 4 (a, b, d rewritten, new.gen.go removed)", written)
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(dir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(f.Src) {
			t.Errorf("%s = %q, want %q", f.Path, got, f.Src)
		}
	}
	if info, err := os.Stat(filepath.Join(dir, "c.gen.go")); err != nil || !info.ModTime().Equal(old) {
		t.Errorf("c.gen.go was rewritten (mtime %v, err %v): it had not changed", info.ModTime(), err)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.gen.go")); !os.IsNotExist(err) {
		t.Errorf("new.gen.go, added after the read ahead, was not removed: %v", err)
	}
}
