package lower

import (
	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit/runtime"
)

// patternMap reports whether s is an object whose members are all named
// by its one patternProperties pattern and share its schema
// ({type: object, patternProperties: {P: S}, additionalProperties: false},
// the common form in real schemas: environment maps, labels, named jobs).
// Such an object is a Go map of S's type whose Validate checks every key
// against P: the map holds all a valid document can have, so it needs no
// JSON value. Any other patternProperties (several patterns, beside
// properties or other additional members) is a JSON value (wantsValue),
// where every keyword is checked at run time.
func patternMap(s *document.Schema) bool {
	if len(s.PatternProperties) != 1 || len(s.Properties) > 0 ||
		len(s.Types) != 1 || s.Types[0] != "object" ||
		s.AdditionalProperties == nil || s.AdditionalProperties.Bool == nil || *s.AdditionalProperties.Bool {
		return false
	}
	// A pattern that is no ECMA-262 regular expression cannot be checked
	// (lower/patterns.go notes it); the JSON value notes it as well.
	_, err := runtime.ECMARegexpForGo(s.PatternProperties[0].Name)
	return err == nil
}
