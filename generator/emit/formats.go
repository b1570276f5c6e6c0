package emit

// Format checks are fixed code: runtime/formats.go, copied into packages
// whose Validate methods call them (with what they call in turn).

// formatHelpers maps each format Validate checks to the runtime function
// that checks it.
var formatHelpers = map[string]string{
	"uuid":      "isFormatUUID",
	"date":      "isFormatDate",
	"date-time": "isFormatDateTime",
	"time":      "isFormatTime",
	"hostname":  "isFormatHostname",
	"ipv4":      "isFormatIPv4",
	"ipv6":      "isFormatIPv6",
	"email":     "isFormatEmail",
	"uri":       "isFormatURI",
	// An ECMA-262 regular expression, read by the parser the
	// runtime's matcher uses (runtime/ecmaregexp_parse.go).
	"regex": "isFormatRegex",
}

// useFormat returns the runtime function that checks format, or "" for a
// format Validate does not check (lowering notes those).
func (e *emitter) useFormat(format string) string {
	return formatHelpers[format]
}
