// Package mutate derives edge and invalid variants of a JSON document, at
// every depth, for the real-schema harness (docs/realschemas.md): a valid
// document of a real schema and its near misses — a value of another JSON
// type, a member removed or added, a key twice, an enum value in another
// case or with a trailing space, empty and very long values, non-BMP text
// and escapes, numbers at the edges of what Go holds, strings in and out of
// common formats. The variants are not labelled here: the oracle labels
// each, and specgen's verdict is held to it. The same seed gives the same
// variants.
package mutate

import (
	"bytes"
	"hash/fnv"
	"math/rand/v2"
	"strings"
)

// Variant is one mutated document; Name says which mutation, where
// ("drop@/jobs/build/steps/0").
type Variant struct {
	Name string
	Data []byte
}

// Variants derives at most max distinct variants of data (a JSON
// document), drawn from seed and key (the document's name, so that two
// documents of one run get different draws). The mutations are dealt
// round-robin over the kinds, each kind at a random place where it
// applies, so a small max still sees every kind. Data that is not JSON has
// none.
func Variants(data []byte, seed uint64, key string, max int) []Variant {
	root, err := parse(data)
	if err != nil {
		return nil
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	r := rand.New(rand.NewPCG(seed, h.Sum64()))
	var sites []site
	collect(root, "", nil, &sites)
	queues := make([][]site, len(kinds))
	for i, k := range kinds {
		for _, s := range sites {
			if k.applies(s.n) {
				queues[i] = append(queues[i], s)
			}
		}
		r.Shuffle(len(queues[i]), func(a, b int) { queues[i][a], queues[i][b] = queues[i][b], queues[i][a] })
	}
	order := r.Perm(len(kinds))
	var b bytes.Buffer
	root.write(&b)
	seen := map[string]bool{b.String(): true}
	var out []Variant
	for progress := true; progress && len(out) < max; {
		progress = false
		for _, i := range order {
			// The kind's next place whose variant is new.
			for len(out) < max && len(queues[i]) > 0 {
				s := queues[i][0]
				queues[i] = queues[i][1:]
				progress = true
				b.Reset()
				replace(root, s.path, kinds[i].apply(r, s.n.clone())).write(&b)
				if !seen[b.String()] {
					seen[b.String()] = true
					out = append(out, Variant{Name: kinds[i].name + "@" + s.ptr, Data: bytes.Clone(b.Bytes())})
					break
				}
			}
		}
	}
	return out
}

// site is a value of the document: its JSON pointer and the indexes that
// lead to it.
type site struct {
	ptr  string
	path []int
	n    *node
}

func collect(n *node, ptr string, path []int, out *[]site) {
	*out = append(*out, site{ptr, path, n})
	for i, v := range n.vals {
		tok := ""
		if n.kind == 'o' {
			tok = strings.NewReplacer("~", "~0", "/", "~1").Replace(n.keys[i])
		} else {
			tok = itoa(i)
		}
		collect(v, ptr+"/"+tok, append(path[:len(path):len(path)], i), out)
	}
}

// replace returns a copy of root whose value at path is with.
func replace(root *node, path []int, with *node) *node {
	if len(path) == 0 {
		return with
	}
	c := *root
	c.vals = append([]*node(nil), root.vals...)
	c.vals[path[0]] = replace(root.vals[path[0]], path[1:], with)
	return &c
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
