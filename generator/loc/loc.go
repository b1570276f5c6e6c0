// Package loc locates constructs in the input documents. It is a leaf:
// every stage (load, document, lower, ir, emit, diff) may use it, so the
// input model need not import the output model to say where things are.
package loc

// Source locates a construct in the input documents, for error messages and
// reports.
type Source struct {
	File    string // path as given on the command line
	Pointer string // JSON pointer, starting with "#"
	Line    int    // 1-based; 0 when unknown
	Column  int    // 1-based; 0 when unknown
}
