package document

import (
	"errors"
	"fmt"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// Error is a problem with an input document, located as precisely as the
// loader knows: file, JSON pointer, line and column.
type Error struct {
	Source loc.Source
	// Construct names what is unsupported, for errors of that kind (for
	// example "$dynamicRef" or "oneOf"); "" for other errors.
	Construct string
	Msg       string
	Err       error // underlying error, if any
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(FormatSource(e.Source))
	b.WriteString(": ")
	if e.Construct != "" {
		b.WriteString("unsupported ")
		b.WriteString(e.Construct)
		if e.Msg != "" {
			b.WriteString(": ")
		}
	}
	b.WriteString(e.Msg)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// IsUnsupported reports whether err is (or wraps) an error about a construct
// specgen does not support.
func IsUnsupported(err error) bool {
	var le *Error
	return errors.As(err, &le) && le.Construct != ""
}

// FormatSource renders a location as file:line:col (#/pointer), leaving out
// what is unknown.
func FormatSource(s loc.Source) string {
	var b strings.Builder
	b.WriteString(s.File)
	if s.Line > 0 {
		fmt.Fprintf(&b, ":%d", s.Line)
		if s.Column > 0 {
			fmt.Fprintf(&b, ":%d", s.Column)
		}
	}
	if s.Pointer != "" {
		fmt.Fprintf(&b, " (%s)", s.Pointer)
	}
	return b.String()
}

// Errors is a list of problems found in one pass, reported together.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}
