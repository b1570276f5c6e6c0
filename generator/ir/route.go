package ir

// PathPart is one piece of an operation's path template: literal text or a
// parameter. "/galleries/{media_id}/cover.{format}" is the parts
// "/galleries/", media_id, "/cover.", format.
type PathPart struct {
	Literal string // the text as written, when Param is nil
	Param   *Param
}

// PathSegment is a path segment that holds parameters among literal text
// ("cover.{format}", "{foo}1234{bar}"). net/http.ServeMux matches whole
// segments only, so the route has one wildcard for the segment, and the
// handler cuts the parameters out of its text: after Literals[0], each
// parameter runs up to the first occurrence of the literal that follows
// it, the last one up to the final literal, which ends the segment.
type PathSegment struct {
	// Wildcard is the segment's name in RoutePath.
	Wildcard string
	// Literals is the text before, between and after the parameters:
	// len(Params)+1 strings, the first and last possibly empty, the others
	// not (two parameters with nothing between them cannot be told apart).
	Literals []string
	Params   []*Param
}

// LiteralLength is the length of the segment's literal text: of two
// segments that could match the same text, the one with more is the more
// specific.
func (s *PathSegment) LiteralLength() int {
	n := 0
	for _, l := range s.Literals {
		n += len(l)
	}
	return n
}

// Route is one net/http.ServeMux pattern and the operations it serves.
// Operations share a pattern when their paths differ only inside segments
// that hold parameters (cover.{format} and thumb.{format} are both one
// wildcard), which ServeMux would refuse to register twice; the handler
// tries them in order.
type Route struct {
	// Pattern is "METHOD RoutePath", as registered.
	Pattern string
	// Operations are the operations the pattern serves, most specific
	// first (the most literal text in their segments with parameters); the
	// last one answers 404 itself when its segments do not match either.
	Operations []*Operation
}
