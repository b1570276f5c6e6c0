package load

import "bytes"

// YAML 1.2 lets a double-quoted scalar escape a slash ("^W\/\"[0-9]+\"$",
// NHS Digital's Personal Demographics Service, for JSON's sake), but
// yaml.v3 refuses "\/" as an unknown escape, so the document was refused.
// When a YAML file does not parse, each "\/" inside a double-quoted scalar
// on one line loses its backslash, which is what the escape means, and the
// file is parsed again; prepare notes each line (slashEscapes).

// withoutSlashEscapes returns data with the "\/" escapes of its one-line
// double-quoted scalars written as "/", and the 1-based numbers of the
// lines changed (their columns shift; no other line changes).
func withoutSlashEscapes(data []byte) ([]byte, []int) {
	if !bytes.Contains(data, []byte(`\/`)) {
		return data, nil
	}
	var lines []int
	split := bytes.Split(data, []byte("\n"))
	block := -1 // the indentation of the line that opened a block scalar
	for i, line := range split {
		indent := len(line) - len(bytes.TrimLeft(line, " "))
		if block >= 0 {
			if len(bytes.TrimSpace(line)) == 0 || indent > block {
				continue // a block scalar's text: "\/" there is two characters
			}
			block = -1
		}
		if fixed, ok := lineWithoutSlashEscapes(line); ok {
			split[i] = fixed
			lines = append(lines, i+1)
		}
		if opensBlockScalar(line) {
			block = indent
		}
	}
	if lines == nil {
		return data, nil
	}
	return bytes.Join(split, []byte("\n")), lines
}

// lineWithoutSlashEscapes rewrites the "\/" escapes of the double-quoted
// scalars that open and close on line, passing over single-quoted ones: a '"' where a scalar may start (at
// the line's first non-blank, or after ": ", "- ", "[", "{" or ",") up to
// the next unescaped '"'. A comment ends the scan.
func lineWithoutSlashEscapes(line []byte) ([]byte, bool) {
	var out []byte
	changed := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			break
		}
		if c == '\'' && scalarMayStart(line, i) {
			// A single-quoted scalar keeps "\/" as written; its one
			// escape is ''.
			for i++; i < len(line) && !(line[i] == '\'' && (i+1 == len(line) || line[i+1] != '\'')); i++ {
				if line[i] == '\'' {
					i++
				}
			}
			continue
		}
		if c != '"' || !scalarMayStart(line, i) {
			continue
		}
		for j := i + 1; j < len(line); j++ {
			if line[j] == '"' {
				i = j
				break
			}
			if line[j] != '\\' || j+1 >= len(line) {
				continue
			}
			if line[j+1] == '/' {
				if out == nil {
					out = append([]byte(nil), line...)
				}
				// Drop the backslash in out, at its place there: every
				// earlier drop shifted it left by one.
				k := j - (len(line) - len(out))
				out = append(out[:k], out[k+1:]...)
				changed = true
			}
			j++ // the escaped character
			if j+1 >= len(line) {
				i = j
			}
		}
	}
	return out, changed
}

// scalarMayStart reports whether a scalar may start at line[i]: after the
// indentation, or after ": ", "- ", "? ", "[", "{" or ",".
func scalarMayStart(line []byte, i int) bool {
	j := i - 1
	for j >= 0 && (line[j] == ' ' || line[j] == '\t') {
		j--
	}
	if j < 0 {
		return true
	}
	switch line[j] {
	case '[', '{', ',':
		return true
	case ':', '-', '?':
		return j < i-1 // followed by white space
	}
	return false
}

// opensBlockScalar reports whether line ends with a block scalar's
// indicator ("key: |", "- >-", "key: |2 # comment"): the lines after it
// that are more indented are its text, where no escape is read.
func opensBlockScalar(line []byte) bool {
	if k := bytes.Index(line, []byte(" #")); k >= 0 {
		line = line[:k]
	}
	line = bytes.TrimRight(line, " \t")
	j := len(line) - 1
	for j >= 0 && (line[j] == '-' || line[j] == '+' || line[j] >= '0' && line[j] <= '9') {
		j--
	}
	if j < 0 || line[j] != '|' && line[j] != '>' {
		return false
	}
	return j >= 2 && line[j-1] == ' ' && (line[j-2] == ':' || line[j-2] == '-')
}
