package gofmt_test

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

func TestQuick(t *testing.T) {
	files, _ := filepath.Glob("/tmp/ff/*/*.gen.go")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		want, err := format.Source(src)
		if err != nil {
			t.Fatal(err)
		}
		got, st, err := gofmt.FormatStats(src)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			os.WriteFile("/tmp/ff/got", got, 0o644)
			os.WriteFile("/tmp/ff/want", want, 0o644)
			t.Fatalf("%s differs", f)
		}
		t.Logf("%s %+v", f, st)
	}
}
