package load

import "bytes"

// A comment line indented with tabs (3GPP's TS 32.291, inside an enum:
// "\t\t\t# SMF TriggerType") is YAML 1.2 — a comment may follow any
// white space — but yaml.v3, like PyYAML, refuses a tab where a token may
// start, so the file, and every document whose $refs reach it (all of
// 3GPP's 5G APIs reach that one), was refused. When a YAML file does not
// parse, those lines lose their leading white space and it is parsed
// again; prepare notes each line (tabComments).

// tabCommentLines returns the 1-based numbers of the lines that begin
// with a tab and hold nothing but white space and a comment. A line that
// begins with a tab is never a block scalar's content (that is indented
// with spaces, at least one), so its # starts a comment, or continues a
// quoted scalar whose leading white space is folded away anyway.
func tabCommentLines(data []byte) []int {
	var lines []int
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(line) == 0 || line[0] != '\t' {
			continue
		}
		if t := bytes.TrimLeft(line, " \t"); len(t) > 0 && t[0] == '#' {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// withoutLeadingWhite returns data with the leading white space of the
// given lines removed (their columns shift; no other line changes).
func withoutLeadingWhite(data []byte, lines []int) []byte {
	split := bytes.Split(data, []byte("\n"))
	for _, n := range lines {
		split[n-1] = bytes.TrimLeft(split[n-1], " \t")
	}
	return bytes.Join(split, []byte("\n"))
}
