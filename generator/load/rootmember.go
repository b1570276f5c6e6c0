package load

// withoutRootMember returns the JSON object data without its member key
// (written without escapes), and whether it found it; data itself is not
// changed. It only scans: strings and nested values are skipped, never
// decoded, so that serving a large document costs one copy.
func withoutRootMember(data []byte, key string) ([]byte, bool) {
	start, after, last, ok := findRootMember(data, key)
	if !ok {
		return nil, false
	}
	out := make([]byte, 0, len(data))
	if last {
		// The last member: drop the comma before it (none when it is the
		// only one).
		cut := start
		if j := skipSpaceBack(data, start); j > 0 && data[j-1] == ',' {
			cut = j - 1
		}
		out = append(out, data[:cut]...)
		return append(out, data[after:]...), true
	}
	out = append(out, data[:start]...)
	return append(out, data[after:]...), true
}

// hasRootMember reports whether the JSON object data has a member key
// (written without escapes), as withoutRootMember finds it, without
// copying data: servedCopy asks only that of a whole file.
func hasRootMember(data []byte, key string) bool {
	_, _, _, ok := findRootMember(data, key)
	return ok
}

// findRootMember finds the member key of the JSON object data: start is
// where its name begins; after is where what follows it begins (the next
// member, past its comma, or the closing brace if it is the last, which
// last says).
func findRootMember(data []byte, key string) (start, after int, last, found bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return 0, 0, false, false
	}
	i = skipSpace(data, i+1)
	for i < len(data) && data[i] == '"' {
		start := i
		keyEnd, ok := skipString(data, i)
		if !ok {
			return 0, 0, false, false
		}
		i = skipSpace(data, keyEnd)
		if i >= len(data) || data[i] != ':' {
			return 0, 0, false, false
		}
		valEnd, ok := skipValue(data, skipSpace(data, i+1))
		if !ok {
			return 0, 0, false, false
		}
		i = skipSpace(data, valEnd)
		if i >= len(data) {
			return 0, 0, false, false
		}
		last := data[i] == '}'
		if !last && data[i] != ',' {
			return 0, 0, false, false
		}
		if keyEnd-start == len(key)+2 && string(data[start+1:keyEnd-1]) == key {
			if last {
				return start, i, true, true
			}
			return start, skipSpace(data, i+1), false, true
		}
		if last {
			return 0, 0, false, false
		}
		i = skipSpace(data, i+1)
	}
	return 0, 0, false, false
}

// skipSpaceBack returns the offset just past the last non-space byte
// before data[i].
func skipSpaceBack(data []byte, i int) int {
	for i > 0 && (data[i-1] == ' ' || data[i-1] == '\t' || data[i-1] == '\n' || data[i-1] == '\r') {
		i--
	}
	return i
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the offset just past the string starting at data[i].
func skipString(data []byte, i int) (int, bool) {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1, true
		}
	}
	return 0, false
}

// skipValue returns the offset just past the JSON value starting at
// data[i], which it assumes well formed (the document was parsed before).
func skipValue(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return 0, false
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				end, ok := skipString(data, i)
				if !ok {
					return 0, false
				}
				i = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	}
	// A number or a literal: up to the next delimiter.
	for ; i < len(data); i++ {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i, true
		}
	}
	return i, true
}
