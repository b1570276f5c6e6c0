package ir

import "fmt"

// Underlying follows aliases (a declaration whose type is a Ref to another
// declaration, emitted as `type A = B`) to the declaration they name.
func (d *Decl) Underlying() *Decl {
	seen := map[*Decl]bool{}
	for !seen[d] {
		seen[d] = true
		ref, ok := d.Type.(*Ref)
		if !ok || ref.Decl == nil {
			return d
		}
		d = ref.Decl
	}
	return d
}

// Nilable reports whether the Go type of a use of t has nil as its zero
// value, so that generated code can compare it with nil: slices, maps, any
// and []byte (structs, enums, unions and tuples are values).
func Nilable(t Type) bool {
	switch t := t.(type) {
	case *Slice, *Map, *Any:
		return true
	case *Primitive:
		return t.Kind == KindBytes
	case *Ref:
		if t.Decl == nil {
			return false
		}
		switch t.Decl.Type.(type) {
		case *Struct, *Enum, *Union, *Tuple:
			return false
		default:
			return Nilable(t.Decl.Type)
		}
	}
	return false
}

// StatusText names a response as the spec keys it: "200", "2XX" or
// "default".
func (r *Response) StatusText() string {
	switch {
	case r.Status != 0:
		return fmt.Sprint(r.Status)
	case r.StatusRange != 0:
		return fmt.Sprintf("%dXX", r.StatusRange)
	}
	return "default"
}

// UseRules returns the declaration a use of a declared type stands for and
// the rules a check at the use site applies beyond what that declaration's
// own Validate method checks: the use site's, those of every alias on the
// way, and, for declarations that have no Validate method of their own to
// check them (enums, scalars, any), the declaration's. Emit writes these
// checks; lowering names the patterns among them.
func (t *Ref) UseRules() (*Decl, []*Rules) {
	rules := []*Rules{&t.Check}
	d := t.Decl
	seen := map[*Decl]bool{}
	for !seen[d] {
		seen[d] = true
		ref, ok := d.Type.(*Ref)
		if !ok || ref.Decl == nil {
			break
		}
		rules = append(rules, &ref.Check)
		d = ref.Decl
	}
	switch dt := d.Type.(type) {
	case *Enum, *Primitive, *Any:
		rules = append(rules, dt.Rules())
	}
	return d, rules
}
