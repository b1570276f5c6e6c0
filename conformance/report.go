package conformance

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// statuses lists the statuses in report order.
var statuses = []string{Agree, Disagree, Refused, Broken, Crashed}

// tally counts tests by status.
type tally map[string]int

func (t tally) total() int {
	n := 0
	for _, c := range t {
		n += c
	}
	return n
}

// Report prints, for each draft, the counts of the required and optional
// tests and then one line per file; with reasons, the reason of every test
// that does not agree follows its file's line.
func Report(w io.Writer, results []Result, reasons bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	header := "file\t" + fmt.Sprint(statuses[0])
	for _, s := range statuses[1:] {
		header += "\t" + s
	}
	header += "\t"
	var draft, file string
	var byFile tally
	var required, optional tally
	var lines []string
	flushFile := func() {
		if file != "" {
			fmt.Fprintf(tw, "%s\t%s\n", file, counts(byFile))
			if reasons {
				tw.Flush()
				for _, l := range lines {
					fmt.Fprintln(w, l)
				}
			}
		}
		byFile, lines = tally{}, nil
	}
	flushDraft := func() {
		flushFile()
		if draft != "" {
			fmt.Fprintf(tw, "%s required\t%s\n", draft, counts(required))
			fmt.Fprintf(tw, "%s optional\t%s\n\n", draft, counts(optional))
			tw.Flush()
		}
		required, optional, file = tally{}, tally{}, ""
	}
	for _, r := range results {
		if r.Draft != draft {
			flushDraft()
			draft = r.Draft
			fmt.Fprintf(tw, "%s\n", header)
		}
		if r.File != file {
			flushFile()
			file = r.File
		}
		byFile[r.Status]++
		if (File{Name: r.File}).Optional() {
			optional[r.Status]++
		} else {
			required[r.Status]++
		}
		if reasons && r.Status != Agree {
			lines = append(lines, fmt.Sprintf("    %s %s: %s (%s)", r.Status, r.ID(), r.Reason, r.What))
		}
	}
	flushDraft()
}

// counts formats a tally as tab-separated columns in status order.
func counts(t tally) string {
	s := ""
	for i, st := range statuses {
		if i > 0 {
			s += "\t"
		}
		s += fmt.Sprint(t[st])
	}
	return s + "\t"
}
