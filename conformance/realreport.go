package conformance

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// RealSummary counts the outcomes of a real-schema run.
type RealSummary struct {
	Schemas, Generated, Refused, Broken, NoOracle int
	Docs, Agree, Disagree, Crashed                int
	// Noted counts the disagreements in schemas whose generation noted
	// that Validate leaves part of them unchecked (CaseResult.Noted).
	Noted int
	// Published counts documents the oracle labels otherwise than their
	// publisher's folder does.
	Published int
}

// Summarize counts results by schema and by document.
func Summarize(schemas []RealSchema, results []CaseResult) RealSummary {
	var s RealSummary
	s.Schemas = len(schemas)
	status := map[string]string{}
	for _, r := range results {
		if r.Doc == "" || status[r.Case] == "" {
			status[r.Case] = r.Status
		}
		if r.Doc == "" {
			continue
		}
		s.Docs++
		switch r.Status {
		case Agree:
			s.Agree++
		case Disagree:
			s.Disagree++
			if r.Noted {
				s.Noted++
			}
		default:
			s.Crashed++
		}
	}
	for _, rs := range schemas {
		s.Published += rs.Published
		if rs.OracleErr != "" {
			s.NoOracle++
		}
		switch status[rs.Name] {
		case Refused:
			s.Refused++
		case Broken:
			s.Broken++
		default:
			s.Generated++
		}
	}
	return s
}

// RealReport prints one line per schema (draft, size, how it generated,
// its documents by status), the totals, and with reasons every document
// that does not agree and why.
func RealReport(w io.Writer, schemas []RealSchema, results []CaseResult, reasons bool) {
	byCase := map[string][]CaseResult{}
	for _, r := range results {
		byCase[r.Case] = append(byCase[r.Case], r)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "schema\tdraft\tbytes\tgo\tdocs\tagree\tdisagree\tcrashed\t")
	for _, rs := range schemas {
		rows := byCase[rs.Name]
		gen := "ok"
		if len(rows) > 0 && rows[0].Doc == "" && rows[0].Status != Agree {
			gen = rows[0].Status
		}
		if rs.OracleErr != "" {
			gen += ", no oracle"
		}
		n := tally{}
		for _, r := range rows {
			if r.Doc != "" {
				n[r.Status]++
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%d\t%d\t%d\t\n", rs.Name, rs.Draft, rs.Size, gen, len(rs.Docs), n[Agree], n[Disagree], n[Crashed])
	}
	tw.Flush()
	s := Summarize(schemas, results)
	fmt.Fprintf(w, "\n%d schemas: %d generated and compiled, %d refused, %d not compiling; %d the oracle could not compile\n",
		s.Schemas, s.Generated, s.Refused, s.Broken, s.NoOracle)
	fmt.Fprintf(w, "%d documents: %d agree, %d disagree (%d of them where generating noted what Validate does not check), %d crashed; %d labelled by the oracle otherwise than published\n",
		s.Docs, s.Agree, s.Disagree, s.Noted, s.Crashed, s.Published)
	if !reasons {
		return
	}
	fmt.Fprintln(w)
	for _, rs := range schemas {
		if rs.OracleErr != "" {
			fmt.Fprintf(w, "no oracle %s: %s\n", rs.Name, rs.OracleErr)
		}
	}
	for _, r := range results {
		if r.Status != Agree {
			noted := ""
			if r.Noted && r.Status == Disagree {
				noted = " (noted at generation)"
			}
			fmt.Fprintf(w, "%s%s %s %s: %s\n", r.Status, noted, r.Case, r.Doc, r.Reason)
		}
	}
}
