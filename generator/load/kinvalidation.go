package load

import (
	"regexp"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/loc"
)

// kinWarning is one of kin-openapi's validation findings and the place it
// names: kin-openapi wraps each finding in the section, component, path
// and operation it was found in, so the place is read from those wrappers
// rather than from the message.
type kinWarning struct {
	tokens []string // the pointer's tokens, as far as the wrappers tell
	or     []string // another place, when the finding names two: the later is taken
	msg    string
}

// splitValidation flattens kin-openapi's validation error into findings,
// each with the pointer its wrappers give; prefix is the wrappers' text so
// far and tokens their pointer.
func splitValidation(err error, prefix string, tokens []string) []kinWarning {
	switch e := err.(type) {
	case openapi3.MultiError:
		var out []kinWarning
		for _, c := range e {
			out = append(out, splitValidation(c, prefix, tokens)...)
		}
		return out
	case *openapi3.SectionValidationError:
		return splitValidation(e.Cause, prefix+"invalid "+e.Section+": ", withTokens(tokens, sectionToken(e.Section)))
	case *openapi3.ComponentValidationError:
		return splitValidation(e.Cause, prefix+e.Section+" \""+e.Name+"\": ", withTokens(tokens, componentToken(e.Section), e.Name))
	case *openapi3.PathValidationError:
		return splitValidation(e.Cause, prefix+"invalid path "+e.Path+": ", withTokens(tokens, e.Path))
	case *openapi3.OperationValidationError:
		return splitValidation(e.Cause, prefix+"invalid operation "+e.Method+": ", withTokens(tokens, strings.ToLower(e.Method)))
	}
	msg := err.Error()
	if len(tokens) == 1 && tokens[0] == "paths" {
		// Findings about paths as a whole name the path (and method) in
		// their text only.
		if m := conflictRE.FindStringSubmatch(msg); m != nil {
			// kin-openapi names the two in no fixed order: the later
			// in the file is the one to change.
			return []kinWarning{{tokens: withTokens(tokens, m[1]), or: withTokens(tokens, m[2]), msg: prefix + msg}}
		} else if m := operationRE.FindStringSubmatch(msg); m != nil {
			tokens = withTokens(tokens, m[2], strings.ToLower(m[1]))
		}
	}
	return []kinWarning{{tokens: tokens, msg: prefix + msg}}
}

// conflictRE matches kin-openapi's "conflicting paths "A" and "B"";
// operationRE its "operation GET /p must …".
var (
	conflictRE  = regexp.MustCompile(`^conflicting paths "([^"]*)" and "([^"]*)"`)
	operationRE = regexp.MustCompile(`^operation ([A-Z]+) (/\S*) `)
)

// withTokens is tokens and more, in a new slice (siblings share a prefix).
func withTokens(tokens []string, more ...string) []string {
	return append(append([]string(nil), tokens...), more...)
}

// source is the deepest place of w's pointer that f holds (a converted
// Swagger 2.0 document maps it back to the original), else the file.
func (w kinWarning) source(f *File) loc.Source {
	src := deepestSource(f, w.tokens)
	if w.or != nil {
		if or := deepestSource(f, w.or); or.Line > src.Line {
			return or
		}
	}
	return src
}

func deepestSource(f *File, tokens []string) loc.Source {
	for n := len(tokens); n > 0; n-- {
		if src := f.Source(child("#", tokens[:n]...)); src.Line > 0 {
			return src
		}
	}
	return loc.Source{File: f.Path}
}

// sectionToken is the document member kin-openapi's section name stands
// for ("external docs" is externalDocs).
func sectionToken(section string) string {
	if section == "external docs" {
		return "externalDocs"
	}
	return section
}

// componentToken is the components member holding kin-openapi's kind of
// component ("request body" → requestBodies).
func componentToken(kind string) string {
	switch kind {
	case "request body":
		return "requestBodies"
	case "security scheme":
		return "securitySchemes"
	}
	return kind + "s"
}
