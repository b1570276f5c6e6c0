package diff

import (
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// isNamed reports whether d was declared for a named schema (a key of
// components/schemas or $defs, or a schema file's root), or by specgen for
// none (the error body it declares), rather than for an inline schema or a
// union variant, which are compared where they are used.
func isNamed(d *ir.Decl) bool {
	return d.Origin == ir.OriginNamed || d.Origin == ir.OriginSpecgen
}

// matchDecls pairs the named declarations of two versions: first by the
// spec's name, then among those left by that name without its qualifier
// ("codersdk.Response" and "Response": older Coder documents qualify every
// name, newer ones only some), then by Go name. A key is used only when it
// is unique on both sides, so that an ambiguous name never pairs the wrong
// schemas.
func matchDecls(old, new []*ir.Decl) map[*ir.Decl]*ir.Decl {
	pairs := map[*ir.Decl]*ir.Decl{}
	paired := map[*ir.Decl]bool{}
	keys := []func(*ir.Decl) string{
		func(d *ir.Decl) string { return d.SchemaName },
		func(d *ir.Decl) string { return unqualified(d.SchemaName) },
		func(d *ir.Decl) string { return d.Name },
	}
	for _, key := range keys {
		oldBy := uniqueBy(old, pairs, key)
		newBy := uniqueBy(new, nil, func(d *ir.Decl) string {
			if paired[d] {
				return ""
			}
			return key(d)
		})
		for k, o := range oldBy {
			if n, ok := newBy[k]; ok {
				pairs[o] = n
				paired[n] = true
			}
		}
	}
	return pairs
}

// uniqueBy indexes the named, not yet paired declarations by key, leaving
// out keys that more than one declaration has.
func uniqueBy(ds []*ir.Decl, skip map[*ir.Decl]*ir.Decl, key func(*ir.Decl) string) map[string]*ir.Decl {
	out := map[string]*ir.Decl{}
	dup := map[string]bool{}
	for _, d := range ds {
		if !isNamed(d) {
			continue
		}
		if _, done := skip[d]; done {
			continue
		}
		k := key(d)
		if k == "" || dup[k] {
			continue
		}
		if _, ok := out[k]; ok {
			delete(out, k)
			dup[k] = true
			continue
		}
		out[k] = d
	}
	return out
}

// unqualified drops a Go-package-like qualifier from a schema name.
func unqualified(name string) string {
	if i := strings.LastIndex(name, "."); i >= 0 && i < len(name)-1 {
		return name[i+1:]
	}
	return name
}

// routeKey identifies an operation by method and path template, ignoring
// parameter names: renaming {id} to {workspace} does not change the URL.
func routeKey(o *ir.Operation) string {
	var b strings.Builder
	b.WriteString(o.Method + " ")
	depth := 0
	for _, r := range o.Path {
		switch {
		case r == '{':
			depth++
			if depth == 1 {
				b.WriteString("{}")
			}
		case r == '}' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// opPair is one operation in either or both versions.
type opPair struct {
	old, new *ir.Operation
}

// matchOperations pairs operations by route, then the rest by operationId.
// The result lists every operation of both versions once, ordered by path
// and method (the new path where there is one).
func matchOperations(old, new []*ir.Operation) []opPair {
	byRoute := map[string]*ir.Operation{}
	for _, n := range new {
		byRoute[routeKey(n)] = n
	}
	used := map[*ir.Operation]bool{}
	var pairs []opPair
	var unpaired []*ir.Operation
	for _, o := range old {
		if n, ok := byRoute[routeKey(o)]; ok && !used[n] {
			used[n] = true
			pairs = append(pairs, opPair{o, n})
			continue
		}
		unpaired = append(unpaired, o)
	}
	byID := map[string]*ir.Operation{}
	for _, n := range new {
		if !used[n] && n.ID != "" {
			byID[n.ID] = n
		}
	}
	for _, o := range unpaired {
		if n, ok := byID[o.ID]; ok && o.ID != "" && !used[n] {
			used[n] = true
			pairs = append(pairs, opPair{o, n})
			continue
		}
		pairs = append(pairs, opPair{old: o})
	}
	for _, n := range new {
		if !used[n] {
			pairs = append(pairs, opPair{new: n})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i].either(), pairs[j].either()
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return methodRank(a.Method) < methodRank(b.Method)
	})
	return pairs
}

// either returns the new operation, or the old one when it was removed.
func (p opPair) either() *ir.Operation {
	if p.new != nil {
		return p.new
	}
	return p.old
}

func methodRank(m string) int {
	for i, x := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"} {
		if m == x {
			return i
		}
	}
	return 99
}
