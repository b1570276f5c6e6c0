package gofmt

import (
	"go/doc/comment"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// docLines returns the lines of a // comment group as go/printer prints
// a doc comment: reformatted by go/doc/comment (lists, code blocks,
// headings, link definitions). Plain paragraphs come out as they went
// in, and are recognised without parsing; anything else goes through
// the same reformatting go/printer applies (formatDocComment). top says
// the comment stays unindented (a top-level declaration's), which gofmt
// reformats again on every run; one inside a type is indented once
// formatted, and gofmt leaves it as its first run printed it.
func docLines(group []tok, top bool) []string {
	lines := make([]string, len(group))
	plain := true
	for i, c := range group {
		lines[i] = c.lit
		if plain && !plainLine(group, i) {
			plain = false
		}
	}
	if plain {
		return lines
	}
	// A first paragraph of one plain line without a link (specgen's
	// "T is the schema at …" above a description) comes out as it went
	// in and changes nothing of how the rest is read: the rest is
	// reformatted after a stand-in, so that docMemo finds a description
	// shared by many declarations by its own text (on Vega-Lite four in
	// five reformatted comments began with a line naming their own type).
	if len(lines) >= 3 && lines[1] == "//" && plainLine(group, 0) && !strings.Contains(lines[0], "[") {
		out := formatDocComment(append([]string{"// A."}, lines[1:]...), top)
		return append([]string{lines[0]}, out[1:]...)
	}
	return formatDocComment(lines, top)
}

// plainLine reports whether line i of the group is one go/doc/comment
// leaves alone: "// text" with text starting a paragraph line that
// cannot be a list item, code, heading or link definition, or "//"
// between two such paragraphs.
func plainLine(group []tok, i int) bool {
	l := group[i].lit
	if l == "//" {
		// A blank line between paragraphs, never first, last or doubled.
		return i > 0 && i < len(group)-1 && group[i-1].lit != "//"
	}
	if len(l) < 4 || l[2] != ' ' {
		return false
	}
	text := l[3:]
	switch c := text[0]; {
	case c == ' ' || c == '\t' || c == '-' || c == '*' || c == '+' || c == '#' || c == '[' || c >= '0' && c <= '9' || c >= 0x80:
		return false
	}
	if last := text[len(text)-1]; last == ' ' || last == '\t' || !utf8.ValidString(text) || strings.ContainsRune(text, '\t') {
		return false
	}
	// go/doc/comment turns `` and '' into “ and ” in any text (a schema
	// description's reStructuredText literal, ``name``).
	if strings.Contains(text, "``") || strings.Contains(text, "''") {
		return false
	}
	// A one-line paragraph between blank lines may be an old-style
	// heading: leave those to go/doc/comment unless they end in
	// punctuation no heading ends in.
	if i > 0 && group[i-1].lit == "//" && (i == len(group)-1 || group[i+1].lit == "//") {
		switch text[len(text)-1] {
		case '.', ':', ';', ',', '!', '?', ')', '"', '\'':
		default:
			return false
		}
	}
	return true
}

// formatDocComment is go/printer's (comment.go), for // comments; top
// asks for gofmt's fixed point (see printedComment).
func formatDocComment(list []string, top bool) []string {
	var directives []string
	var b strings.Builder
	for _, c := range list {
		after := strings.TrimPrefix(c, "//")
		if isDirective(after) {
			directives = append(directives, c)
			continue
		}
		b.WriteString(strings.TrimPrefix(after, " "))
		b.WriteString("\n")
	}
	text := b.String()
	if text == "" {
		return list
	}
	out := reformatted(text, top)
	if len(directives) > 0 {
		out = append(slices.Clip(out), "//")
		out = append(out, directives...)
	}
	return out
}

// reformatted returns the comment lines go/doc/comment makes of text,
// from docMemo when text was seen before. The lines are shared: callers
// only read them.
func reformatted(text string, top bool) []string {
	key := docKey{text, top}
	docMemo.Lock()
	out, ok := docMemo.m[key]
	docMemo.Unlock()
	if ok {
		return out
	}
	rest := printedComment(text, top)
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" {
			line = "//"
		} else if strings.HasPrefix(line, "\t") {
			line = "//" + line
		} else {
			line = "// " + line
		}
		out = append(out, line)
	}
	docMemo.Lock()
	if len(docMemo.m) >= docMemoMax {
		clear(docMemo.m)
	}
	docMemo.m[key] = out
	docMemo.Unlock()
	return out
}

// printedComment is text as go/doc/comment prints it, printed again until
// that changes nothing. Printing is not always idempotent: a code block
// and a list printed one after the other (a description's hard-wrapped
// line indented by spaces, then a Markdown list, in Sentry's API) are
// both indented, and read again they are one code block, which gofmt
// indents once more; two lists printed with a blank line between them
// (items that follow a tight list, each after a blank line, in Coinbase's
// CDP API) are read again as one list with a blank line between some
// items, which gofmt prints with a blank line between all. Only output
// with such lines is read again: reading a comment is most of the cost of
// doc comments. gofmt reformats only unindented comments, so one inside a
// type (an interface method's, a field's) is printed once: top is false.
func printedComment(text string, top bool) string {
	var p comment.Parser
	var pr comment.Printer
	out := string(pr.Comment(p.Parse(text)))
	for range 3 {
		if !top {
			break
		}
		if !codeAndIndented(out) && !listsApart(out) {
			break
		}
		again := string(pr.Comment(p.Parse(out)))
		if again == out {
			break
		}
		out = again
	}
	return out
}

// codeAndIndented reports whether printed comment text has a code block
// line (a tab first) and a line indented with spaces (a list's).
func codeAndIndented(text string) bool {
	return (strings.HasPrefix(text, "\t") || strings.Contains(text, "\n\t")) &&
		(strings.HasPrefix(text, " ") || strings.Contains(text, "\n "))
}

// listsApart reports whether printed comment text has a blank line
// between two lines indented with spaces (list items, or an item and the
// next one's continuation).
func listsApart(text string) bool {
	for i := strings.Index(text, "\n\n "); i >= 0; {
		start := strings.LastIndexByte(text[:i], '\n') + 1
		if strings.HasPrefix(text[start:i], " ") {
			return true
		}
		next := strings.Index(text[i+2:], "\n\n ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return false
}

// docMemo holds reformatted's lines by the comment text they were made
// of. A schema's description is written above every declaration and field
// that shares it (a Vega-Lite property's description appears on its
// union, its variants and each field of that type), and parsing it with
// go/doc/comment again each time was most of the cost of doc comments.
// It is emptied when it holds docMemoMax texts, so that a long-lived
// process formatting many files keeps no more than that.
var docMemo = struct {
	sync.Mutex
	m map[docKey][]string
}{m: map[docKey][]string{}}

// docKey is a comment's text, and whether it is printed to gofmt's fixed
// point (reformatted's top).
type docKey struct {
	text string
	top  bool
}

const docMemoMax = 1 << 13

// isDirective is go/printer's.
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i == colon {
			continue
		}
		b := c[i]
		if !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
