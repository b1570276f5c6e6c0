package load

import "strings"

// tokenPath is a JSON pointer kept as its tokens while a walk over a whole
// file descends, and made a string only where one is needed (a warning, an
// $id's place). The walks run over every node of every file; building each
// node's pointer string was a sixth of the bytes a comparison allocated.
//
// with appends into the backing array the path shares with its siblings:
// a path is valid only until the walk moves to the next sibling, so it is
// never kept (String copies it out).
type tokenPath []string

// rootPath is the path of a document's root ("#"), with room for a deep
// walk.
func rootPath() tokenPath { return make(tokenPath, 0, 32) }

func (p tokenPath) with(tok string) tokenPath { return append(p, tok) }

// String is the pointer in normal form ("#", "#/a/b~1c"), as child("#",
// p...) makes it, in one allocation.
func (p tokenPath) String() string {
	n := 1
	for _, t := range p {
		n += 1 + len(t)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte('#')
	for _, t := range p {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}
