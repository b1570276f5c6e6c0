package runtime

// isFormatJSONPointer reports whether s is a JSON Pointer (RFC 6901) in its
// JSON string form: empty, or "/" and reference tokens in which "~" is
// always followed by 0 or 1. The URI fragment form ("#/a") is not one.
func isFormatJSONPointer(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '~' {
			if i+1 == len(s) || s[i+1] != '0' && s[i+1] != '1' {
				return false
			}
			i++
		}
	}
	return true
}

// isFormatRelativeJSONPointer reports whether s is a Relative JSON Pointer
// (draft-handrews-relative-json-pointer-01): a non-negative integer without
// a leading zero or sign, then "#" or a JSON Pointer.
func isFormatRelativeJSONPointer(s string) bool {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 1 && s[0] == '0' {
		return false
	}
	return s[n:] == "#" || isFormatJSONPointer(s[n:])
}
