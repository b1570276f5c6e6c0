package load

import "sync/atomic"

// node is one value of a parsed document with its position and, for
// objects, its keys in document order: what positions in messages and
// property order need, which neither the OpenAPI nor the JSON Schema
// library keeps. Both JSON and YAML files are read into it.
type node struct {
	kind      byte // 'o' object, 'a' array, 's' scalar
	line, col int
	// keys and keyPos are an object's keys and their positions, in order;
	// kids are the values (object) or elements (array).
	keys   []string
	keyPos []pos
	kids   []*node
	// index maps keys to positions in keys, built on first lookup in a
	// large object (swagger.json has hundreds of definitions); atomic, as
	// two goroutines may look up at once (ahead.go): each may build it,
	// the same.
	index atomic.Pointer[map[string]int]
}

type pos struct{ line, col int }

// get returns the value of key in an object node, or nil.
func (n *node) get(key string) (*node, pos) {
	if len(n.keys) > 8 {
		index := n.index.Load()
		if index == nil {
			m := make(map[string]int, len(n.keys))
			for i, k := range n.keys {
				if _, dup := m[k]; !dup {
					m[k] = i
				}
			}
			index = &m
			n.index.Store(index)
		}
		if i, ok := (*index)[key]; ok {
			return n.kids[i], n.keyPos[i]
		}
		return nil, pos{}
	}
	for i, k := range n.keys {
		if k == key {
			return n.kids[i], n.keyPos[i]
		}
	}
	return nil, pos{}
}
