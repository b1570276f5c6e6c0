package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// bundleResult is a single-file OpenAPI 3.0 copy of spec/ for the peers, and
// what had to change to make it.
type bundleResult struct {
	Doc   map[string]any
	Notes []string
}

// bundleSpec reads an OpenAPI document whose schemas may live in external
// JSON Schema files, moves every schema it references from another file into
// components/schemas (named without a Go-package-like qualifier, as specgen
// names them, so the three tools' types carry the same names), rewrites every
// $ref to point there, and downgrades OpenAPI 3.1 / JSON Schema 2020-12
// keywords to their 3.0 forms. The peers read neither 3.1 nor external
// references (see the generation rows for their verbatim errors).
func bundleSpec(specPath string) (*bundleResult, error) {
	doc, err := readTree(specPath)
	if err != nil {
		return nil, err
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: not an object", specPath)
	}
	b := &bundler{dir: filepath.Dir(specPath), files: map[string]any{}, names: map[string]string{}, counts: map[string]int{}}
	schemas := ensureMap(ensureMap(root, "components"), "schemas")
	for name := range schemas {
		b.taken(name)
	}
	b.rewriteRefs(root, "")
	// Schemas pulled in from other files may reference further schemas of
	// their own file; rewriteRefs queued them, so drain the queue.
	for len(b.queue) > 0 {
		q := b.queue[0]
		b.queue = b.queue[1:]
		node, err := b.resolve(q.file, q.pointer)
		if err != nil {
			return nil, err
		}
		node = deepCopy(node)
		if m, ok := node.(map[string]any); ok {
			// A file's root carries its dialect and identity, which mean
			// nothing inside components/schemas; its $defs were queued one by
			// one as they were referenced.
			for _, k := range []string{"$schema", "$id", "$defs"} {
				if _, has := m[k]; has {
					b.counts["dropped "+k+" of an external file's root"]++
					delete(m, k)
				}
			}
		}
		b.rewriteRefs(node, q.file)
		schemas[q.name] = node
	}
	down := &downgrader{counts: b.counts}
	down.document(root)
	if v, _ := root["openapi"].(string); strings.HasPrefix(v, "3.1") {
		root["openapi"] = "3.0.3"
		b.counts["openapi: "+v+" → 3.0.3"]++
	}
	return &bundleResult{Doc: root, Notes: b.notes()}, nil
}

// bundler moves externally referenced schemas into components/schemas.
type bundler struct {
	dir    string
	files  map[string]any    // external file (clean path) → its tree
	names  map[string]string // file + "#" + pointer → component name
	used   []string
	counts map[string]int
	queue  []queued
}

type queued struct{ file, pointer, name string }

func (b *bundler) taken(name string) { b.used = append(b.used, name) }

func (b *bundler) isUsed(name string) bool {
	for _, u := range b.used {
		if u == name {
			return true
		}
	}
	return false
}

// rewriteRefs rewrites every $ref in node; from is the external file node
// came from ("" for the OpenAPI document itself).
func (b *bundler) rewriteRefs(node any, from string) {
	switch n := node.(type) {
	case map[string]any:
		if ref, ok := n["$ref"].(string); ok {
			n["$ref"] = b.target(ref, from)
		}
		// Sorted, so that which of two colliding schemas keeps the short
		// name never depends on map order.
		for _, k := range slices.Sorted(maps.Keys(n)) {
			if k != "$ref" {
				b.rewriteRefs(n[k], from)
			}
		}
	case []any:
		for _, v := range n {
			b.rewriteRefs(v, from)
		}
	}
}

// target maps one $ref to its place in the bundled document.
func (b *bundler) target(ref, from string) string {
	file, pointer, _ := strings.Cut(ref, "#")
	if file == "" && from == "" {
		return ref // already internal to the OpenAPI document
	}
	if file == "" {
		file = from
	} else {
		file = filepath.Clean(filepath.Join(b.dir, file))
	}
	key := file + "#" + pointer
	if name, ok := b.names[key]; ok {
		return "#/components/schemas/" + name
	}
	name := b.componentName(file, pointer)
	b.names[key] = name
	b.taken(name)
	b.queue = append(b.queue, queued{file: file, pointer: pointer, name: name})
	b.counts["external $ref moved into components/schemas"]++
	return "#/components/schemas/" + name
}

// componentName names an external schema: its $defs key without the
// qualifier ("codersdk.WorkspaceBuild" → "WorkspaceBuild"), or the file's
// title for its root; the qualified name when the short one is taken.
func (b *bundler) componentName(file, pointer string) string {
	var name string
	if pointer == "" || pointer == "/" {
		tree, _ := b.load(file)
		if m, ok := tree.(map[string]any); ok {
			name, _ = m["title"].(string)
		}
		if name == "" {
			name = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		}
	} else {
		parts := strings.Split(pointer, "/")
		name = unescapePointer(parts[len(parts)-1])
	}
	short := name
	if i := strings.LastIndex(name, "."); i >= 0 {
		short = name[i+1:]
	}
	candidates := []string{short, strings.ReplaceAll(name, ".", "_")}
	for _, c := range candidates {
		if !b.isUsed(c) {
			return c
		}
	}
	for i := 2; ; i++ {
		if c := fmt.Sprintf("%s%d", short, i); !b.isUsed(c) {
			return c
		}
	}
}

func (b *bundler) load(file string) (any, error) {
	if t, ok := b.files[file]; ok {
		return t, nil
	}
	t, err := readTree(file)
	if err != nil {
		return nil, err
	}
	b.files[file] = t
	return t, nil
}

// resolve follows a JSON pointer inside an external file.
func (b *bundler) resolve(file, pointer string) (any, error) {
	node, err := b.load(file)
	if err != nil {
		return nil, err
	}
	for _, part := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		if part == "" {
			continue
		}
		m, ok := node.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s#%s: does not resolve", file, pointer)
		}
		if node, ok = m[unescapePointer(part)]; !ok {
			return nil, fmt.Errorf("%s#%s: does not resolve", file, pointer)
		}
	}
	return node, nil
}

func (b *bundler) notes() []string {
	keys := slices.Sorted(maps.Keys(b.counts))
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s (%d×)", k, b.counts[k])
	}
	return out
}

func unescapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// readTree reads a YAML or JSON file into plain maps, slices and scalars.
func readTree(path string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v any
	if strings.HasSuffix(path, ".json") {
		err = json.Unmarshal(data, &v)
	} else {
		err = yaml.Unmarshal(data, &v)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func ensureMap(m map[string]any, key string) map[string]any {
	if c, ok := m[key].(map[string]any); ok {
		return c
	}
	c := map[string]any{}
	m[key] = c
	return c
}

func deepCopy(v any) any {
	switch n := v.(type) {
	case map[string]any:
		c := make(map[string]any, len(n))
		for k, e := range n {
			c[k] = deepCopy(e)
		}
		return c
	case []any:
		c := make([]any, len(n))
		for i, e := range n {
			c[i] = deepCopy(e)
		}
		return c
	}
	return v
}
