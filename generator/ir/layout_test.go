package ir

import "testing"

// structDecl declares a struct of the given fields, by name and type.
func structDecl(name string, fields ...*Field) *Decl {
	return &Decl{Name: name, Type: &Struct{Fields: fields}}
}

func field(name string, t Type) *Field { return &Field{Name: name, JSONName: name, Type: t} }

// TestDeepLayoutOf lays out a struct of a scalar, a map of scalars and a
// struct and an array of scalars, and refuses what bracket notation cannot
// carry: arrays of objects, maps of objects, and a struct that contains itself (whose names would
// never end).
func TestDeepLayoutOf(t *testing.T) {
	str := &Primitive{Kind: KindString}
	inner := structDecl("Inner", field("name", str))
	outer := structDecl("Outer",
		field("role", str),
		field("labels", &Map{Elem: str}),
		field("inner", &Ref{Decl: inner}),
		field("tags", &Slice{Elem: str}))
	l, ok := DeepLayoutOf(&Ref{Decl: outer})
	if !ok || !l.Nested() || len(l.Fields) != 4 {
		t.Fatalf("DeepLayoutOf(Outer) = %+v, %v", l, ok)
	}
	if f := l.Fields[0]; f.Nested != nil || f.Scalar.Kind != KindString {
		t.Errorf("role: %+v", f)
	}
	if f := l.Fields[1]; f.Nested == nil || f.Nested.Struct != nil || f.Nested.Scalar.Kind != KindString {
		t.Errorf("labels: %+v", f)
	}
	if f := l.Fields[2]; f.Nested == nil || f.Nested.Struct != inner || len(f.Nested.Fields) != 1 {
		t.Errorf("inner: %+v", f)
	}
	if f := l.Fields[3]; f.Nested != nil || !f.Array || f.Scalar.Kind != KindString {
		t.Errorf("tags: %+v", f)
	}
	if _, ok := LayoutOf(&Ref{Decl: outer}); ok {
		t.Errorf("LayoutOf(Outer) is ok: one-level layouts must stay scalar-only")
	}

	self := structDecl("Node", field("name", str))
	self.Type.(*Struct).Fields = append(self.Type.(*Struct).Fields, field("next", &Ref{Decl: self}))
	refused := map[string]*Decl{
		"array of objects": structDecl("A", field("items", &Slice{Elem: &Ref{Decl: inner}})),
		"map of object":    structDecl("M", field("byName", &Map{Elem: &Ref{Decl: inner}})),
		"self":             self,
		"any":              structDecl("X", field("v", &Any{})),
	}
	for name, d := range refused {
		if l, ok := DeepLayoutOf(&Ref{Decl: d}); ok {
			t.Errorf("%s: DeepLayoutOf = %+v, want refused", name, l)
		}
	}
	if _, ok := DeepLayoutOf(&Map{Elem: str}); ok {
		t.Errorf("a map at the top is a one-level layout, not a nested one")
	}
}
