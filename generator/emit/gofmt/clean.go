package gofmt

import (
	"bytes"
	"fmt"
	"go/format"
)

// CheckClean returns an error when src, the file at path, is not what
// go/format.Source makes of it (or does not parse), naming the first line
// that differs. Format's output is held to it on every real spec and schema
// the corpus runs generate (golden's TestRealSpecs, conformance's cases)
// and on every golden file: the one check, beside the formatter it holds.
func CheckClean(path string, src []byte) error {
	want, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("%s does not parse: %w", path, err)
	}
	if bytes.Equal(want, src) {
		return nil
	}
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(src, []byte("\n"))
	line := 1
	for line <= len(wl) && line <= len(gl) && bytes.Equal(wl[line-1], gl[line-1]) {
		line++
	}
	return fmt.Errorf("%s is not gofmt-clean: line %d is %q, go/format makes it %q", path, line, lineAt(gl, line), lineAt(wl, line))
}

// lineAt returns line n (from 1) of lines, or "" past the end.
func lineAt(lines [][]byte, n int) []byte {
	if n > len(lines) {
		return nil
	}
	return lines[n-1]
}
