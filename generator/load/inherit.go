package load

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// API descriptions write polymorphism as a base with a discriminator that
// lists its children in oneOf (or anyOf), each child being allOf [{$ref:
// base}, {its own properties}]. Read as JSON Schema the loop never ends
// (the child's allOf applies the base's oneOf again, which applies the
// child again); every generator reads it the OpenAPI way instead: inside
// a child the base stands for its properties only, and the discriminator
// picks the child. mendInherit makes the loop mean that: the child's $ref
// reaches the base's Base, the base without its oneOf, anyOf and
// discriminator. Lowering notes what a child decoded alone leaves
// unchecked (lower/inherit.go).

// mendInherit looks for that shape in the loop cycle (the edges from s back
// to s): a base the loop leaves through oneOf or anyOf, the loop coming
// back to it through allOf. It points the allOf member at the base's Base
// and reports whether it did. Only the member changes: a named schema on
// the way (Animal: {$ref: Pet}, Cat: allOf [{$ref: Animal}, …]) is used
// elsewhere as the whole union, so the member is pointed past it, and only
// when it is a bare $ref (nothing but annotations beside it), which makes
// that the same schema for the child. The member is the allOf's own entry
// where the child is OpenAPI 3.1's `{$ref: Pet, properties: …}`, which
// load reads as allOf [Pet, {properties: …}] (refAsMember). Otherwise the
// loop stays an error.
//
// A base without a discriminator is mended the same way: as JSON Schema
// the loop describes no value at all, and the OpenAPI reading is the only
// one that describes any; lowering notes that its variants are told apart
// by trying each (lower/inherit.go).
func mendInherit(s *document.Schema, cycle []edge) bool {
	n := len(cycle)
	nodes := []*document.Schema{s}
	for _, e := range cycle {
		nodes = append(nodes, e.to)
	}
	to := func(i int) *document.Schema { return nodes[i+1] }
	for k, e := range cycle {
		p := to(k)
		next := cycle[(k+1)%n].via
		if !strings.HasPrefix(next, "oneOf/") && !strings.HasPrefix(next, "anyOf/") {
			continue
		}
		if m, ok := strings.CutPrefix(e.via, "allOf/"); ok {
			// The child's allOf holds the base itself.
			i, err := strconv.Atoi(m)
			from := nodes[k]
			if err != nil || i >= len(from.AllOf) || from.AllOf[i] != p {
				continue
			}
			from.AllOf[i] = baseOf(p)
			return true
		}
		if e.via != "$ref" {
			continue
		}
		// Walk back over the $refs that lead to p, to the allOf member
		// they start from.
		j := k
		for steps := 0; steps < n && cycle[j].via == "$ref"; steps++ {
			j = (j - 1 + n) % n
		}
		if !strings.HasPrefix(cycle[j].via, "allOf/") {
			continue
		}
		safe := true
		for i := (j + 1) % n; i != k; i = (i + 1) % n {
			safe = safe && bareRef(to(i))
		}
		if !safe {
			continue
		}
		to(j).Ref = baseOf(p)
		return true
	}
	return false
}

// bareRef reports whether a is a $ref with nothing beside it but
// annotations: a schema that means its target, which a reference to it may
// skip.
func bareRef(a *document.Schema) bool {
	if a.Ref == nil {
		return false
	}
	v := reflect.ValueOf(*a)
	for i := range v.NumField() {
		switch v.Type().Field(i).Name {
		case "Key", "Source", "Ref", "Title", "Description", "Deprecated",
			"Resource", "Draft4", "FormatAnnotation":
			continue
		}
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.Len() == 0 || f.IsZero() {
			continue
		}
		return false
	}
	return true
}

// baseOf is p without its oneOf, anyOf and discriminator: what a child's
// allOf reaches of it. Its Key is p's with a suffix no JSON pointer has
// ("~" only escapes "0" and "1"), so lowering caches it apart from p.
func baseOf(p *document.Schema) *document.Schema {
	if p.Base == nil {
		b := *p
		b.Key = p.Key + "~base"
		b.OneOf, b.AnyOf, b.Discriminator = nil, nil, nil
		b.BaseOf = p
		p.Base = &b
	}
	return p.Base
}
