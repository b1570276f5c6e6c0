package load

import "bytes"

// Apache Gravitino's table examples write, inside a flow mapping,
// `indexes:[ ]`: a plain key with its value right after the colon. YAML
// 1.2 lets a value follow ":" with no space only after a quoted key
// ("indexes":[ ]); yaml.v3 refuses the file, where JavaScript's readers
// (and so the tools that render the document) take it. When a file does
// not parse, such colons inside flow collections get their space, the
// file is parsed again, and prepare notes each line (flowKeys).

// withoutAdjacentFlowValues returns data with a space after the colon of
// each plain key, inside a flow collection, whose value opens right after
// it ('[', '{' or a quote), and the numbers of the lines changed.
func withoutAdjacentFlowValues(data []byte) ([]byte, []int) {
	if !bytes.Contains(data, []byte(":[")) && !bytes.Contains(data, []byte(":{")) && !bytes.Contains(data, []byte(`:"`)) {
		return data, nil
	}
	var lines []int
	split := bytes.Split(data, []byte("\n"))
	block := -1 // the indentation of the line that opened a block scalar
	depth := 0  // flow collections open at the start of the line
	for i, line := range split {
		indent := len(line) - len(bytes.TrimLeft(line, " "))
		if block >= 0 {
			if len(bytes.TrimSpace(line)) == 0 || indent > block {
				continue // a block scalar's text
			}
			block = -1
		}
		var fixed []byte
		fixed, depth = lineFlowKeysSpaced(line, depth)
		if fixed != nil {
			split[i] = fixed
			lines = append(lines, i+1)
		}
		if depth == 0 && opensBlockScalar(line) {
			block = indent
		}
	}
	if lines == nil {
		return data, nil
	}
	return bytes.Join(split, []byte("\n")), lines
}

// lineFlowKeysSpaced scans one line with depth flow collections open at
// its start; it returns the line with the spaces added (nil when none
// was) and the depth at its end. Quoted scalars are passed over, and a
// comment ends the scan.
func lineFlowKeysSpaced(line []byte, depth int) ([]byte, int) {
	var out []byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return out, depth
		case (c == '"' || c == '\'') && scalarMayStart(line, i):
			i = quotedEnd(line, i)
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth = max(0, depth-1)
		case depth > 0 && plainKeyStart(c) && scalarMayStart(line, i):
			j := i + 1
			for j < len(line) && plainKeyChar(line[j]) {
				j++
			}
			if j+1 < len(line) && line[j] == ':' && bytes.IndexByte([]byte(`[{"'`), line[j+1]) >= 0 {
				if out == nil {
					out = append([]byte(nil), line...)
				}
				// Insert the space in out, where every earlier insertion
				// shifted the colon right by one.
				k := j + 1 + (len(out) - len(line))
				out = append(out[:k], append([]byte{' '}, out[k:]...)...)
			}
			i = j - 1
		}
	}
	return out, depth
}

// quotedEnd returns the index of the quote that closes the scalar opened
// at line[i] (the line's last index when it does not close on the line).
func quotedEnd(line []byte, i int) int {
	q := line[i]
	for j := i + 1; j < len(line); j++ {
		switch {
		case q == '"' && line[j] == '\\':
			j++
		case line[j] == q && q == '\'' && j+1 < len(line) && line[j+1] == '\'':
			j++ // '' in a single-quoted scalar
		case line[j] == q:
			return j
		}
	}
	return len(line) - 1
}

func plainKeyStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func plainKeyChar(c byte) bool {
	return plainKeyStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.'
}
