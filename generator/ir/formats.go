package ir

// FormatCheck returns the name of the function of the runtime package
// (generator/emit/runtime, copied into generated packages) that checks a
// string against format, or "" for a format Validate does not check.
//
// It is the one table of checkable formats: lowering keeps a format in the
// rules where it returns a name and notes every other format as unchecked,
// and emit calls the function it names, so the two cannot drift apart (a
// format emit could check but lowering did not keep, as "time" once was,
// is not possible). Each function agrees with the JSON-Schema-Test-Suite's
// optional/format tests of every draft, but for hostname, ipv4, uri and
// uri-reference, where the suite is stricter than santhosh-tekuri/jsonschema
// and the check follows jsonschema; docs/formats.md says how each is
// checked.
func FormatCheck(format string) string {
	switch format {
	case "uuid":
		return "isFormatUUID"
	case "date":
		return "isFormatDate"
	case "date-time":
		return "isFormatDateTime"
	case "time":
		return "isFormatTime"
	case "duration":
		return "isFormatDuration"
	case "hostname":
		return "isFormatHostname"
	case "idn-hostname":
		return "isFormatIDNHostname"
	case "ipv4":
		return "isFormatIPv4"
	case "ipv6":
		return "isFormatIPv6"
	case "email":
		return "isFormatEmail"
	case "idn-email":
		return "isFormatIDNEmail"
	case "uri":
		return "isFormatURI"
	case "iri":
		return "isFormatIRI"
	case "iri-reference":
		return "isFormatIRIReference"
	case "uri-reference":
		return "isFormatURIReference"
	case "uri-template":
		return "isFormatURITemplate"
	case "json-pointer":
		return "isFormatJSONPointer"
	case "relative-json-pointer":
		return "isFormatRelativeJSONPointer"
	case "regex":
		// An ECMA-262 regular expression, read by the parser the
		// runtime's matcher uses (runtime/ecmaregexp_parse.go).
		return "isFormatRegex"
	}
	return ""
}
