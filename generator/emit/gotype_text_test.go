package emit

import (
	"testing"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// TestTypeTextAsGoType holds typeText to the type goType writes: a
// struct field written as one piece of text must print the tokens the
// jennifer chain did, and a type that names an import must not be text.
func TestTypeTextAsGoType(t *testing.T) {
	decl := &ir.Ref{Decl: &ir.Decl{Name: "Pet"}}
	types := []ir.Type{decl, &ir.Ref{External: ir.Ident{Name: "Local"}}, &ir.Ref{External: ir.Ident{ImportPath: "example.com/x", Name: "T"}}, &ir.Any{}, &ir.Value{}}
	for k := ir.KindString; k <= ir.KindBytes; k++ {
		types = append(types, &ir.Primitive{Kind: k})
	}
	for _, elem := range append([]ir.Type{}, types...) {
		types = append(types, &ir.Slice{Elem: elem}, &ir.Slice{Elem: elem, ElemPointer: true}, &ir.Map{Elem: elem}, &ir.Map{Elem: &ir.Slice{Elem: elem}, ElemPointer: true})
	}
	texts := 0
	for _, typ := range types {
		f := jen.NewFile("p")
		f.Var().Id("x").Add((&emitter{}).goType(typ))
		want := f.GoString()
		text, ok := typeText(typ)
		if !ok {
			continue
		}
		texts++
		g := jen.NewFile("p")
		g.Var().Id("x " + text)
		if got := g.GoString(); got != want {
			t.Errorf("typeText(%T) = %q:\n%s\nwant\n%s", typ, text, got, want)
		}
	}
	if texts == 0 || texts == len(types) {
		t.Errorf("%d of %d types as text: want some, not all (imports)", texts, len(types))
	}
}
