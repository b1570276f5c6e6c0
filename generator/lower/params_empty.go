package lower

import (
	"slices"

	"github.com/specgen/specgen/generator/ir"
)

// An empty item of an array parameter is the empty string (RFC 6570,
// which OpenAPI's styles are defined by: an empty list is no parameter at
// all, and `?tags=&tags=a` is ["", "a"]). The generated client sends it so
// and omits an empty list. The server keeps empty items where the schema
// names the empty string as a value (an enum, or a const, listing ""), and
// elsewhere leaves them out, as it takes any empty value for absent
// (docs/client-server.md): `?tags=` from a client that writes no tags so
// stays no tags.

// emptyItems reports whether the items of p, an array parameter, name
// the empty string among their values, so that the server keeps empty
// items (ir.Param.KeepEmpty).
func emptyItems(p *ir.Param) bool {
	sl, ok := p.Type.(*ir.Slice)
	if !ok || p.Layout.Scalar.Kind != ir.KindString {
		return false
	}
	var rules []*ir.Rules
	listed := false
	switch t := sl.Elem.(type) {
	case *ir.Primitive:
		rules = append(rules, &t.Check)
	case *ir.Ref:
		if t.Decl == nil {
			return false
		}
		d, use := t.UseRules()
		rules = use
		if en, ok := d.Type.(*ir.Enum); ok {
			if !enumListsEmpty(en) {
				return false
			}
			listed = true
		}
	default:
		return false
	}
	for _, r := range rules {
		switch {
		case r.HasConst:
			if r.Const != "" {
				return false
			}
			listed = true
		case len(r.Enum) > 0:
			if !slices.Contains(r.Enum, any("")) {
				return false
			}
			listed = true
		case r.MinLength != nil && *r.MinLength > 0:
			return false
		}
	}
	return listed
}
