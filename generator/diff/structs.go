package diff

import (
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// compareStruct compares the properties of two objects, in the new
// document's order, then the removed ones in the old order. Properties are
// matched by JSON name; a property that disappears while one with the same
// Go name appears was renamed on the wire.
func (c *comparer) compareStruct(at loc, o, n *ir.Struct, d dir) {
	oldBy := map[string]*ir.Field{}
	for _, f := range o.Fields {
		oldBy[f.JSONName] = f
	}
	newBy := map[string]*ir.Field{}
	for _, f := range n.Fields {
		newBy[f.JSONName] = f
	}
	renamedFrom := map[string]*ir.Field{}
	renamed := map[*ir.Field]bool{}
	for _, nf := range n.Fields {
		if oldBy[nf.JSONName] != nil {
			continue
		}
		for _, of := range o.Fields {
			if newBy[of.JSONName] == nil && !renamed[of] && of.Name == nf.Name {
				renamedFrom[nf.JSONName], renamed[of] = of, true
				break
			}
		}
	}
	for _, nf := range n.Fields {
		fat := at.field(nf.JSONName)
		if of := oldBy[nf.JSONName]; of != nil {
			c.at(nf.Source, func() { c.compareField(fat, of, nf, d) })
			continue
		}
		if of := renamedFrom[nf.JSONName]; of != nil {
			c.add(changed(fieldDir(d, of, nf)), "field-renamed", fat, "renamed from %q", of.JSONName)
			c.compareField(fat, of, nf, d)
			continue
		}
		fd := fieldDir(d, nf)
		if nf.Required {
			c.add(narrowed(fd), "field-added", fat, "added, required (%s)", describe(nf.Type))
		} else {
			c.add(added(fd), "field-added", fat, "added (%s)", describe(nf.Type))
		}
	}
	for _, of := range o.Fields {
		if newBy[of.JSONName] == nil && !renamed[of] {
			c.add(removed(fieldDir(d, of)), "field-removed", at.field(of.JSONName), "removed").Go = "field " + of.Name + " removed"
		}
	}
	switch {
	case !o.Extra.Forbidden && n.Extra.Forbidden:
		c.add(narrowed(d), "additional-properties-forbidden", at, "properties not listed are no longer allowed")
	case o.Extra.Forbidden && !n.Extra.Forbidden:
		c.add(widenedValues(d), "additional-properties-allowed", at, "properties not listed are now allowed")
	}
	c.compareRules(at, &o.Check, &n.Check, d, false)
}

// added is the level of an optional addition: non-breaking wherever it
// travels.
func added(d dir) Level {
	if d == 0 {
		return Info
	}
	return NonBreaking
}

// compareField compares one property present in both versions.
func (c *comparer) compareField(at loc, o, n *ir.Field, d dir) {
	d = fieldDir(d, o, n)
	start := len(c.changes)
	switch {
	case !o.Required && n.Required:
		c.add(narrowed(d), "field-required", at, "now required")
	case o.Required && !n.Required:
		c.add(widened(d), "field-optional", at, "now optional")
	}
	switch {
	case !o.Nullable && n.Nullable:
		c.add(widened(d), "nullable-added", at, "may now be null")
	case o.Nullable && !n.Nullable:
		c.add(narrowed(d), "nullable-removed", at, "may no longer be null")
	}
	c.compareType(at, o.Type, n.Type, d)
	if o.ReadOnly != n.ReadOnly || o.WriteOnly != n.WriteOnly {
		c.add(Info, "access-changed", at, "now %s (was %s)", access(n), access(o))
	}
	c.defaults(at, o.Default, n.Default)
	c.docs(at, o.Doc, n.Doc, o.Deprecated, n.Deprecated)
	c.goNote(start, at, c.oldNames.field(o), c.newNames.field(n))
	if o.Name != n.Name {
		c.add(Info, "go-field-renamed", at, "Go field renamed").Go = o.Name + " → " + n.Name
	}
}

func access(f *ir.Field) string {
	switch {
	case f.ReadOnly:
		return "readOnly"
	case f.WriteOnly:
		return "writeOnly"
	}
	return "read-write"
}

// compareEnum compares two enum-like declarations (an enum, or a oneOf of
// consts, in either version): their base type and values, and the Go
// names of the values both have.
func (c *comparer) compareEnum(at loc, od, nd *ir.Decl, d dir) {
	o, _ := enumOf(od)
	n, _ := enumOf(nd)
	if o.kind != n.kind {
		from, to := kindText[o.kind], kindText[n.kind]
		switch kindRelation(o.kind, n.kind) {
		case wider:
			c.add(widened(d), "type-widened", at, "values widened from %s to %s", from, to)
		case narrower:
			c.add(narrowed(d), "type-narrowed", at, "values narrowed from %s to %s", from, to)
		case unrelated:
			c.add(changed(d), "type-changed", at, "values changed from %s to %s", from, to)
		}
	}
	if removed := c.enumValues(at, o.values, n.values, d); removed != nil {
		removed.Go = o.goRemoved(minus(o.values, n.values))
	}
	if o.constTypes != n.constTypes {
		c.add(Info, "enum-spelling-changed", at, "now written as %s (was %s)", enumSpelling(n), enumSpelling(o)).Go =
			"values are " + goSpelling(n) + " (were " + goSpelling(o) + ")"
	}
	var renames []string
	for i, ov := range o.values {
		nn := n.nameOf(ov)
		// A name changed only because its type's name did is reported once,
		// with the type.
		if nn != "" && strings.TrimPrefix(o.names[i], od.Name) != strings.TrimPrefix(nn, nd.Name) {
			renames = append(renames, o.names[i]+" → "+nn)
		}
	}
	if len(renames) > 0 {
		c.add(Info, "go-constant-renamed", at, "Go names of values changed").Go = strings.Join(renames, ", ")
	}
	c.compareRules(at, od.Type.Rules(), nd.Type.Rules(), d, false)
}

func enumSpelling(s enumSet) string {
	if s.constTypes {
		return "oneOf of const"
	}
	return "enum"
}

func goSpelling(s enumSet) string {
	if s.constTypes {
		return "one type per value"
	}
	return "constants"
}
