package load

import "github.com/santhosh-tekuri/jsonschema/v5"

// firstLeafCause is the innermost cause of a metaschema error that comes
// first in f. jsonschema v5 checks an object's properties in map order,
// so the order of its causes changes from run to run; taking the first
// cause made a schema with two faults name either (Microsoft's UTCM
// monitor schema: two null descriptions five lines apart). The first in
// the file, then the lowest pointer and keyword, is the same every run
// and the one a reader meets first.
func firstLeafCause(f *File, ve *jsonschema.ValidationError) *jsonschema.ValidationError {
	var best *jsonschema.ValidationError
	var bestLine, bestCol int
	var visit func(e *jsonschema.ValidationError)
	visit = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				visit(c)
			}
			return
		}
		src := f.Source("#" + e.InstanceLocation)
		if best == nil || causeBefore(src.Line, src.Column, e, bestLine, bestCol, best) {
			best, bestLine, bestCol = e, src.Line, src.Column
		}
	}
	visit(ve)
	return best
}

// causeBefore orders leaf causes by where their instance is in the file
// (unknown places last), then by instance pointer, keyword location and
// message.
func causeBefore(line, col int, e *jsonschema.ValidationError, bLine, bCol int, b *jsonschema.ValidationError) bool {
	if (line == 0) != (bLine == 0) {
		return line != 0
	}
	if line != bLine {
		return line < bLine
	}
	if col != bCol {
		return col < bCol
	}
	if e.InstanceLocation != b.InstanceLocation {
		return e.InstanceLocation < b.InstanceLocation
	}
	if e.KeywordLocation != b.KeywordLocation {
		return e.KeywordLocation < b.KeywordLocation
	}
	return e.Message < b.Message
}
