package mutate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// node is a JSON value that keeps what encoding/json's values lose and
// mutations need: the order of an object's members (and room for a key
// twice) and the text of scalars, written back as it is (so `-0`, `1e309`
// or `"\ud800"` reach both checkers as written).
type node struct {
	kind byte     // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	raw  string   // a scalar's JSON text
	keys []string // an object's keys, in order (a key may repeat)
	vals []*node  // an object's values, or an array's items
}

// parse reads one JSON document into a tree.
func parse(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := parseValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the document")
	}
	return n, nil
}

func parseValue(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{kind: 'a'}
		if t == '{' {
			n.kind = 'o'
		}
		for dec.More() {
			if n.kind == 'o' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.(string))
			}
			v, err := parseValue(dec)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		return n, nil
	case string:
		return str(t), nil
	case json.Number:
		return &node{kind: 'n', raw: t.String()}, nil
	case bool:
		return &node{kind: 'b', raw: strconv.FormatBool(t)}, nil
	}
	return &node{kind: 'z', raw: "null"}, nil
}

// str is a string node of s, written as encoding/json writes it.
func str(s string) *node {
	b, _ := json.Marshal(s)
	return &node{kind: 's', raw: string(b)}
}

// rawStr is a string node whose JSON text between the quotes is inner
// exactly (escapes kept as written).
func rawStr(inner string) *node { return &node{kind: 's', raw: `"` + inner + `"`} }

// text is a string node's value.
func (n *node) text() string {
	var s string
	json.Unmarshal([]byte(n.raw), &s)
	return s
}

// write appends the compact JSON text of n to b.
func (n *node) write(b *bytes.Buffer) {
	switch n.kind {
	case 'o':
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			str(k).write(b)
			b.WriteByte(':')
			n.vals[i].write(b)
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		for i, v := range n.vals {
			if i > 0 {
				b.WriteByte(',')
			}
			v.write(b)
		}
		b.WriteByte(']')
	default:
		b.WriteString(n.raw)
	}
}

// clone copies n deeply.
func (n *node) clone() *node {
	c := *n
	c.keys = append([]string(nil), n.keys...)
	c.vals = make([]*node, len(n.vals))
	for i, v := range n.vals {
		c.vals[i] = v.clone()
	}
	return &c
}
