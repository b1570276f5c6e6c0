package main

import (
	"fmt"
	"strings"
)

// tableRow is one line of the results table: a measure, each column's
// figure, and specgen's figure divided by each other column's.
type tableRow struct {
	item, what string
	cells      map[string]string
	ratios     map[string]string
}

// maxFailureLines bounds a quoted failure: the first lines say what failed,
// the rest is a tool's own trace.
const maxFailureLines = 25

// failCell records a failure for the list below the table and returns the
// cell that points at it.
func (b *bench) failCell(what, text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) > maxFailureLines {
		rest := len(lines) - maxFailureLines
		lines = append(lines[:maxFailureLines], fmt.Sprintf("… (%d more lines)", rest))
	}
	// Verbatim but for the checkout's path, which says nothing about the tool.
	text = strings.ReplaceAll(strings.Join(lines, "\n"), b.root, "<checkout>")
	b.failures = append(b.failures, failureNote{What: what, Text: text})
	return fmt.Sprintf("fails (F%d)", len(b.failures))
}

// processRow makes a row of whole-process measurements; label names the
// row in the list of failures.
func (b *bench) processRow(item, what, label string, ms map[string]*measurement) tableRow {
	r := tableRow{item: item, what: what, cells: map[string]string{}, ratios: map[string]string{}}
	// Say "1 run" where the others of the row ran more often.
	runs := map[*measurement]bool{}
	for _, m := range ms {
		for _, o := range ms {
			if m.ok() && o.ok() && o.Runs > 1 {
				runs[m] = true
			}
		}
	}
	for _, col := range columns {
		m := ms[col]
		switch {
		case m == nil:
		case m.Fail != "":
			r.cells[col] = b.failCell(col+", "+label, m.Fail)
		default:
			r.cells[col] = fmtDuration(m.Wall) + " · " + fmtBytes(float64(m.MaxRSS))
			if m.Runs == 1 && runs[m] {
				r.cells[col] += " (1 run)"
			}
		}
	}
	s := ms[specgen]
	for _, col := range columns[1:] {
		if m := ms[col]; s.ok() && m.ok() {
			r.ratios[col] = "wall " + ratio(float64(s.Wall), float64(m.Wall)) + " · RSS " + ratio(float64(s.MaxRSS), float64(m.MaxRSS))
		}
	}
	return r
}

// rows builds the whole table from what the stages measured.
func (b *bench) rows() []tableRow {
	var rows []tableRow
	for _, g := range b.gen {
		rows = append(rows, b.processRow("1", "generate: "+g.what, "generating "+g.what, g.results))
	}
	for _, br := range b.builds {
		input := map[string]string{"workspaces": "`spec/`", "coder": "Coder's full API"}[br.key]
		size := tableRow{item: "2", what: "generated Go, " + input + ": lines · bytes · files", cells: map[string]string{}, ratios: map[string]string{}}
		for col, s := range br.size {
			size.cells[col] = fmtCount(float64(s.Lines)) + " lines · " + fmtBytes(float64(s.Bytes)) + " · " + fmt.Sprint(s.Files) + " files"
		}
		if s, ok := br.size[specgen]; ok {
			for col, o := range br.size {
				if col != specgen {
					size.ratios[col] = "lines " + ratio(float64(s.Lines), float64(o.Lines)) + " · bytes " + ratio(float64(s.Bytes), float64(o.Bytes))
				}
			}
		}
		rows = append(rows, size,
			b.processRow("2", "`go build` of that package, dependencies compiled: wall · max RSS", "`go build` of its package for "+input, br.build),
			b.processRow("2", "`go vet` of that package: wall · max RSS", "`go vet` of its package for "+input, br.vet))
	}
	for _, ir := range inprocRows {
		if r, ok := b.inprocRow(ir); ok {
			rows = append(rows, r)
		}
	}
	return rows
}

// inprocRows are the in-process benchmarks, in table order.
var inprocRows = []struct{ item, bench, what string }{
	{"3", "BenchmarkJSON/op=decode/doc=workspace", "decode the seed Workspace as the server sent it (%s): time · MB/s · B/op · allocs/op"},
	{"3", "BenchmarkJSON/op=decode/doc=workspace-nonulls", "decode the seed Workspace, null-valued properties dropped (%s)"},
	{"3", "BenchmarkJSON/op=encode/doc=workspace-nonulls", "encode that Workspace (MB/s of the input)"},
	{"3", "BenchmarkJSON/op=decode/doc=list", "decode the 1,000-workspace list as a server sends it (%s)"},
	{"3", "BenchmarkJSON/op=decode/doc=list-nonulls", "decode the 1,000-workspace list, nulls dropped (%s)"},
	{"3", "BenchmarkJSON/op=encode/doc=list-nonulls", "encode that list"},
	{"4", "BenchmarkValidate/doc=workspace", "validate the seed Workspace (nulls dropped): time · B/op · allocs/op"},
	{"4", "BenchmarkValidate/doc=list", "validate the 1,000-workspace list (nulls dropped)"},
	{"5", "BenchmarkRoundTrip/op=get", "`GET /workspaces/{id}`, client + server over loopback: time (requests/s) · B/op · allocs/op"},
	{"5", "BenchmarkRoundTrip/op=list100", "`GET /workspaces` answering 100 workspaces"},
}

// toolColumn maps a benchmark's tool to its column.
func toolColumn(tool string) string {
	if tool == "jsonschema" {
		return reference
	}
	return tool
}

func (b *bench) inprocRow(ir struct{ item, bench, what string }) (tableRow, bool) {
	r := tableRow{item: ir.item, cells: map[string]string{}, ratios: map[string]string{}}
	meds := map[string]benchFigures{}
	docSize := 0.0
	for _, tool := range []string{specgen, oapi, ogen, "jsonschema"} {
		key := ir.bench + "/tool=" + tool
		col := toolColumn(tool)
		if msg, ok := b.inprocFail[key]; ok {
			r.cells[col] = b.failCell(col+", "+strings.TrimPrefix(ir.bench, "Benchmark"), msg)
			continue
		}
		s, ok := b.inproc[key]
		if !ok {
			continue
		}
		f := s.medians()
		meds[col] = f
		if f.MBs > 0 {
			docSize = f.MBs * f.NsOp / 1e3
		}
		r.cells[col] = f.cell(ir.item)
	}
	if len(r.cells) == 0 {
		return r, false
	}
	r.what = ir.what
	if strings.Contains(ir.what, "%s") {
		r.what = fmt.Sprintf(ir.what, fmtBytes(docSize))
	}
	if s, ok := meds[specgen]; ok {
		for col, o := range meds {
			if col != specgen {
				r.ratios[col] = "time " + ratio(s.NsOp, o.NsOp) + " · allocs " + allocRatio(s.AllocsOp, o.AllocsOp)
			}
		}
	}
	return r, true
}

// benchFigures are the medians of one benchmark's rounds.
type benchFigures struct{ NsOp, MBs, BOp, AllocsOp float64 }

func (s *samples) medians() benchFigures {
	return benchFigures{median(s.NsOp), median(s.MBs), median(s.BOp), median(s.AllocsOp)}
}

func (f benchFigures) cell(item string) string {
	parts := []string{fmtNs(f.NsOp)}
	switch item {
	case "3":
		parts = append(parts, fmt.Sprintf("%.0f MB/s", f.MBs))
	case "5":
		parts[0] += fmt.Sprintf(" (%s/s)", fmtCount(1e9/f.NsOp))
	}
	parts = append(parts, fmtBytes(f.BOp), fmtCount(f.AllocsOp)+" allocs")
	return strings.Join(parts, " · ")
}

// allocRatio is ratio for allocation counts, where 0 is a real value.
func allocRatio(a, b float64) string {
	if a == 0 && b == 0 {
		return "0 = 0"
	}
	if a == 0 {
		return "0×"
	}
	if b == 0 {
		return fmtCount(a) + " vs 0"
	}
	return ratio(a, b)
}

// markdownTable renders the rows.
func markdownTable(rows []tableRow) string {
	var sb strings.Builder
	sb.WriteString("| # | measure | specgen | oapi-codegen | ogen | reference | specgen ÷ oapi-codegen | specgen ÷ ogen | specgen ÷ reference |\n")
	sb.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		cells := []string{r.item, r.what}
		for _, col := range columns {
			cells = append(cells, cellText(r.cells[col]))
		}
		for _, col := range columns[1:] {
			cells = append(cells, cellText(r.ratios[col]))
		}
		sb.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	return sb.String()
}

// cellText escapes the one character a Markdown cell cannot hold.
func cellText(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
