package runtime

import "strings"

// This file is the generator's, not the generated code's: lowering calls
// HTTPToken to note a header parameter whose name cannot be sent, with the
// rule the generated client and server apply (notTokenChar), and no
// generated code calls it, so it is never copied.

// HTTPToken reports whether name is an HTTP token (RFC 9110 section
// 5.6.2), the form a header's or a cookie's name must have.
func HTTPToken(name string) bool {
	return name != "" && !strings.ContainsFunc(name, notTokenChar)
}
