package emit

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// docComment renders text as // lines. A "Deprecated:" line anywhere in
// text is moved into a paragraph of its own at the end, where godoc and
// linters look for it; deprecated adds one when the text has none.
func docComment(text string, deprecated bool) jen.Code {
	lines := docLines(text, deprecated)
	if len(lines) == 0 {
		return jen.Null()
	}
	return jen.Comment(commentLines(lines))
}

// commentLines renders lines as "//" comment text, which jennifer writes
// as is. A carriage return inside a line (a description's lone \r; \r\n
// is a line break by then) is dropped: go/scanner drops it from every
// comment, so gofmt's output is the same, while emit/gofmt refuses a
// comment holding one and hands the whole file to go/format (three of
// FHIR's descriptions sent its 1.5 MB types.gen.go there).
func commentLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if strings.IndexByte(l, '\r') >= 0 {
			l = strings.ReplaceAll(l, "\r", "")
		}
		switch {
		case l == "":
			b.WriteString("//")
		case strings.HasPrefix(l, "\t"):
			// A code block, as gofmt writes it.
			b.WriteString("//")
			b.WriteString(l)
		default:
			b.WriteString("// ")
			b.WriteString(l)
		}
	}
	return b.String()
}

// docLines splits text into comment lines with the deprecation notice last.
func docLines(text string, deprecated bool) []string {
	text = strings.TrimSpace(strings.ReplaceAll(commentSafe(text), "\r\n", "\n"))
	var body, notice []string
	fenced := false
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t")
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fenced = !fenced
		}
		if !fenced && len(body) > 0 && lazyContinuation(body[len(body)-1], l) {
			l = strings.TrimLeft(l, " ")
		}
		if strings.HasPrefix(strings.TrimSpace(l), "Deprecated:") {
			notice = append(notice, strings.TrimSpace(l))
			continue
		}
		body = append(body, l)
	}
	for len(body) > 0 && body[len(body)-1] == "" {
		body = body[:len(body)-1]
	}
	if len(body) == 1 && body[0] == "" {
		body = nil
	}
	if deprecated && len(notice) == 0 {
		notice = []string{"Deprecated: the API description marks this as deprecated."}
	}
	if len(notice) > 0 {
		if len(body) > 0 {
			body = append(body, "")
		}
		body = append(body, notice...)
	}
	return body
}

// lazyContinuation reports whether line, indented by spaces, continues
// the paragraph line prev: in Markdown (CommonMark, which descriptions
// are) an indented line right after a paragraph's is more of it, not code,
// which needs a blank line before. Left indented, go/doc/comment would
// print it as a code block (Sentry's hard-wrapped descriptions).
func lazyContinuation(prev, line string) bool {
	if prev == "" || !strings.HasPrefix(line, " ") || strings.TrimSpace(line) == "" {
		return false
	}
	switch prev[0] {
	case ' ', '\t', '*', '-', '+', '#', '|', '>', '`':
		return false // indented, a list item, heading, table, quote or fence
	}
	if c := prev[0]; c >= '0' && c <= '9' {
		return false // perhaps a numbered list item
	}
	return true
}

// typeDoc is the comment above a declaration: the description when it
// already starts with the Go name (as descriptions written from Go code
// do), else a first sentence naming the schema, then the description.
func typeDoc(d *ir.Decl) jen.Code {
	name, doc := d.Name, strings.TrimSpace(d.Doc)
	if strings.HasPrefix(doc, name+" ") {
		return docComment(doc+sharesDoc(d.Shares), d.Deprecated)
	}
	intro := name + " is the schema " + strconv.Quote(d.SchemaName) + "."
	if d.Origin == ir.OriginInline || d.Origin == ir.OriginVariant {
		intro = name + " is the schema at " + d.SchemaName + "."
	}
	if doc == "" {
		return docComment(intro+sharesDoc(d.Shares), d.Deprecated)
	}
	return docComment(intro+"\n\n"+doc+sharesDoc(d.Shares), d.Deprecated)
}

// sharesDoc is the paragraph of a declaration's (or a value check's)
// comment that names the schemas of its shape that use it rather than Go
// of their own (ir.Decl.Shares); "" when none does.
func sharesDoc(shares []string) string {
	if len(shares) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n\nThe schemas of the same shape at these places share it:")
	for _, s := range shares {
		b.WriteString("\n")
		b.WriteString(s)
	}
	return b.String()
}

// commentSafe drops from text what Go source may not hold anywhere, a
// comment included, so the compiler would refuse the file: a byte order
// mark past the file's start (Codat's descriptions begin with one), a NUL
// byte, and bytes that are not UTF-8 (each read as U+FFFD).
func commentSafe(text string) string {
	// Not strings.ContainsAny: with a character past ASCII in its set, it
	// decodes text a rune at a time and looks each up in the set, which
	// cost as much as the rest of docLines on a schema of long
	// descriptions.
	if strings.IndexByte(text, 0) < 0 && !strings.Contains(text, "\ufeff") && utf8.ValidString(text) {
		return text
	}
	text = strings.ToValidUTF8(text, "\ufffd")
	return strings.NewReplacer("\ufeff", "", "\x00", "").Replace(text)
}
