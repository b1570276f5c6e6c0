package emit

import (
	"bytes"
	"path"
	"slices"
	"strconv"
	"strings"
)

// joinParts joins the formatted parts of one file into the file as gofmt
// lays it out whole: the first part's header and package clause, one
// import block holding every part's imports, and the parts' declarations
// in order, a blank line apart. It reports false where that would not be
// the file built whole, and the file is then built whole (build.go).
//
// jennifer names an import when it first meets it in a file, numbering a
// name already taken (time, time1). The parts agree with the file built
// whole when each import path is written alike in every part and no two
// paths share a name: then no name was ever taken, in any part or in the
// whole, whichever came first. Generated code imports the standard
// library and uuid, which never collide; an override's package may.
func joinParts(parts [][]byte) ([]byte, bool) {
	var head []byte
	specs := map[string]string{} // import path → its line in the block
	var bodies [][]byte
	size := 0
	for i, src := range parts {
		h, imports, body, ok := splitFormatted(src)
		if !ok || i > 0 && !bytes.Equal(h, head) {
			return nil, false
		}
		head = h
		for _, spec := range imports {
			p, ok := importPath(spec)
			if !ok {
				return nil, false
			}
			if old, seen := specs[p]; seen && old != spec {
				return nil, false
			}
			specs[p] = spec
		}
		if len(body) > 0 {
			bodies = append(bodies, body)
			size += len(body) + 1
		}
	}
	paths := make([]string, 0, len(specs))
	names := map[string]bool{}
	for p, spec := range specs {
		paths = append(paths, p)
		name := importSpecName(p, spec)
		if names[name] {
			return nil, false
		}
		names[name] = true
	}
	slices.Sort(paths)

	out := make([]byte, 0, len(head)+size+32*len(paths)+16)
	out = append(out, head...)
	switch len(paths) {
	case 0:
	case 1:
		out = append(out, "\nimport "+specs[paths[0]]+"\n"...)
	default:
		out = append(out, "\nimport (\n"...)
		for _, p := range paths {
			out = append(out, "\t"+specs[p]+"\n"...)
		}
		out = append(out, ")\n"...)
	}
	for _, b := range bodies {
		out = append(out, '\n')
		out = append(out, b...)
	}
	return out, true
}

// splitFormatted cuts a formatted part into its head (through the
// package clause's line), the specs of its import declaration (`"fmt"`,
// `name "example.com/x"`) and its body (from its first declaration),
// and reports false for a part not laid out as formatted jennifer files
// are.
func splitFormatted(src []byte) (head []byte, imports []string, body []byte, ok bool) {
	i := 0
	if !bytes.HasPrefix(src, []byte("package ")) {
		i = bytes.Index(src, []byte("\npackage "))
		if i < 0 {
			return nil, nil, nil, false
		}
		i++
	}
	end := bytes.IndexByte(src[i:], '\n')
	if end < 0 {
		return nil, nil, nil, false
	}
	head, rest := src[:i+end+1], src[i+end+1:]
	if len(rest) == 0 {
		return head, nil, nil, true
	}
	if rest[0] != '\n' {
		return nil, nil, nil, false
	}
	rest = rest[1:]
	switch {
	case bytes.HasPrefix(rest, []byte("import (\n")):
		close := bytes.Index(rest, []byte("\n)\n"))
		if close < 0 {
			return nil, nil, nil, false
		}
		for _, line := range strings.Split(string(rest[len("import (\n"):close]), "\n") {
			spec, found := strings.CutPrefix(line, "\t")
			if !found {
				return nil, nil, nil, false // a blank line or a comment
			}
			imports = append(imports, spec)
		}
		rest = rest[close+len("\n)\n"):]
	case bytes.HasPrefix(rest, []byte("import ")):
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			return nil, nil, nil, false
		}
		imports = []string{string(rest[len("import "):nl])}
		rest = rest[nl+1:]
	default:
		return head, nil, rest, true
	}
	if len(rest) == 0 {
		return head, imports, nil, true
	}
	if rest[0] != '\n' {
		return nil, nil, nil, false
	}
	return head, imports, rest[1:], true
}

// importPath returns the path of an import spec, `"fmt"` or
// `name "example.com/x"`.
func importPath(spec string) (string, bool) {
	q := strings.IndexByte(spec, '"')
	if q < 0 || q > 0 && (spec[q-1] != ' ' || strings.ContainsAny(spec[:q-1], " \t")) {
		return "", false
	}
	p, err := strconv.Unquote(spec[q:])
	return p, err == nil
}

// importSpecName is the name an import spec gives its package: the name
// written, else the last element of the path (without a major version:
// math/rand/v2 is rand), as jennifer names the standard library's and
// uuid's packages.
func importSpecName(p, spec string) string {
	if name, _, found := strings.Cut(spec, " "); found {
		return name
	}
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(p))
	}
	return base
}
