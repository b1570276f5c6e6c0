package conformance

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Expectations are the committed statuses of one draft's tests, by ID.
type Expectations map[string]string

// WriteExpectations writes one line per test: status, file, group.test and
// the suite's descriptions (for the reader; they are not read back).
func WriteExpectations(w io.Writer, results []Result) error {
	bw := bufio.NewWriter(w)
	for _, r := range results {
		what := strings.Join(strings.Fields(r.What), " ")
		fmt.Fprintf(bw, "%-8s %s  # %s\n", r.Status, r.ID(), what)
	}
	return bw.Flush()
}

// ReadExpectations reads what WriteExpectations wrote.
func ReadExpectations(r io.Reader) (Expectations, error) {
	e := Expectations{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want STATUS FILE GROUP.TEST, got %q", n, sc.Text())
		}
		e[f[1]+" "+f[2]] = f[0]
	}
	return e, sc.Err()
}
