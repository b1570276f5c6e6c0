package load

import "bytes"

// Parsing a large schema file (18–60 ms for 1.5 MB) was the first thing
// a run did, on one core while the other waited. Nearly all of such a
// file is one object of named schemas (definitions, $defs, a bundle's
// top level), so the members of that object after the middle of the file
// are read on a second goroutine while the first reads up to them
// (parseJSONSplit). The halves are joined into the same tree and values,
// with the same positions, as one parser makes: the second starts at the
// line and column the first would be on there and reads the members with
// the same code, and a key of the second half that the first half has
// too is a duplicate as before. Whatever goes wrong (a syntax error, a
// duplicate key, a place the quick scan misjudged) parses the file again
// on one goroutine, which makes the error it always made.

// splitMinBytes is the size from which a document is read in two halves:
// below it the second goroutine costs more than it saves.
const splitMinBytes = 256 << 10

// splitHalf is the second half of an object's members, read from at.
type splitHalf struct {
	at   int
	done chan halfResult
}

// halfResult is what the second goroutine read: the members, and where it
// stopped (the object's closing brace) with the line there.
type halfResult struct {
	members   []member
	i         int
	line, bol int
	err       error
}

// parseJSONSplit parses data in two halves at once, the second from the
// first member found after from; ok is false when it was not split or did
// not parse (parseJSONAlone then reads it).
func parseJSONSplit(data []byte, from int) (n *node, v any, ok bool) {
	at, found := findSplit(data, from)
	if !found {
		return nil, nil, false
	}
	h := &splitHalf{at: at, done: make(chan halfResult, 1)}
	line := 1 + bytes.Count(data[:at], []byte{'\n'})
	bol := bytes.LastIndexByte(data[:at], '\n') + 1
	go func() {
		q := &jsonParser{data: data, i: at, line: line, bol: bol}
		h.done <- q.readHalf()
	}()
	p := &jsonParser{data: data, line: 1, half: h}
	p.space()
	n, v, err := p.value()
	if err != nil {
		return nil, nil, false
	}
	p.space()
	// (A parser that never came to the half read the whole of it.)
	return n, v, p.i == len(p.data)
}

// readHalf reads members up to the closing brace of their object, which
// it leaves unread.
func (p *jsonParser) readHalf() halfResult {
	var m map[string]any
	for {
		p.space()
		if err := p.member(&m, 0); err != nil {
			return halfResult{err: err}
		}
		p.space()
		if p.i >= len(p.data) {
			return halfResult{err: errJSONSyntax}
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case '}':
			return halfResult{members: p.members, i: p.i, line: p.line, bol: p.bol}
		default:
			return halfResult{err: errJSONSyntax}
		}
	}
}

// joinHalf puts the members the second goroutine read after those of the
// object on the stack from base, and moves on to where it stopped.
func (p *jsonParser) joinHalf(m map[string]any, base int) (map[string]any, error) {
	r := <-p.half.done
	p.half = nil
	if r.err != nil {
		return nil, r.err
	}
	for _, e := range r.members {
		if p.hasMember(m, base, e.key) {
			return nil, &dupKeyError{key: e.key, at: e.at}
		}
		p.push(&m, base, e)
	}
	p.i, p.line, p.bol = r.i, r.line, r.bol
	return m, nil
}

// findSplit finds where to start the second half: the first member after
// from of an object at the top level or one level below it (a file's
// definitions), no further than a quarter of the file on. It scans the
// text without reading it (strings skipped, brackets counted); a wrong
// guess on a broken file is caught by the parsers.
func findSplit(data []byte, from int) (int, bool) {
	var open []byte // the brackets around i
	limit := from + len(data)/4
	for i := 0; i < len(data) && i < limit; i++ {
		switch data[i] {
		case '"':
			// To the closing quote: one not preceded by an odd number
			// of backslashes.
			j := i + 1
			for {
				k := bytes.IndexByte(data[j:], '"')
				if k < 0 {
					return 0, false
				}
				j += k
				b := j
				for b > i+1 && data[b-1] == '\\' {
					b--
				}
				if (j-b)%2 == 0 {
					break
				}
				j++
			}
			i = j
		case '{', '[':
			open = append(open, data[i])
		case '}', ']':
			if len(open) == 0 {
				return 0, false
			}
			open = open[:len(open)-1]
		case ',':
			if i < from || len(open) == 0 || len(open) > 2 || open[len(open)-1] != '{' {
				continue
			}
			at := i + 1
			for at < len(data) && (data[at] == ' ' || data[at] == '\t' || data[at] == '\r' || data[at] == '\n') {
				at++
			}
			return at, at < len(data) && data[at] == '"'
		}
	}
	return 0, false
}
