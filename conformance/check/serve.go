package check

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Func checks one document; nil means valid.
type Func func(data []byte) error

// Serve answers verdict requests for the conformance harness: each input
// line is "KEY\tDOCUMENT" (the document as compact JSON), each output line
// is "ok", "invalid\tMESSAGE", "panic\tMESSAGE" or "unknown", in order. Every
// answer is flushed at once, so that when a check kills the process the
// harness knows which one did.
func Serve(checks map[string]Func, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<26)
	w := bufio.NewWriter(out)
	for sc.Scan() {
		key, data, _ := bytes.Cut(sc.Bytes(), []byte{'\t'})
		fmt.Fprintln(w, verdict(checks[string(key)], data))
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return sc.Err()
}

// verdict runs one check and words its outcome as a line of Serve's output.
func verdict(f Func, data []byte) (line string) {
	if f == nil {
		return "unknown"
	}
	defer func() {
		if r := recover(); r != nil {
			line = "panic\t" + oneLine(fmt.Sprint(r))
		}
	}()
	if err := f(data); err != nil {
		return "invalid\t" + oneLine(err.Error())
	}
	return "ok"
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
