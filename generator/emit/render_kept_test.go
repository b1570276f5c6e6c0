package emit

import (
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestRenderKeepsOwnBytes pins what keptWrite relies on: jennifer's
// Render hands over a buffer it never writes to again, so the bytes kept
// from one file stay as they were while the next files are rendered.
func TestRenderKeepsOwnBytes(t *testing.T) {
	render := func(name string, n int) []byte {
		f := jen.NewFile("p")
		f.NoFormat = true
		for i := range n {
			f.Func().Id(name).Params().Block(jen.Return(jen.Lit(i)))
		}
		var w keptWrite
		if err := f.Render(&w); err != nil {
			t.Fatal(err)
		}
		return w.b
	}
	first := render("a", 50)
	want := string(first)
	if !strings.Contains(want, "func a ()") {
		t.Fatalf("unexpected render:\n%s", want)
	}
	for i := range 20 {
		render("b", 50+i*10)
	}
	if string(first) != want {
		t.Errorf("a file's kept bytes changed when the next was rendered")
	}
	// A second Write appends to a copy: the first slice is not written to.
	var w keptWrite
	p := []byte("abc")
	w.Write(p[:1])
	w.Write([]byte("z"))
	if string(p) != "abc" || string(w.b) != "az" {
		t.Errorf("second Write: p %q, kept %q", p, w.b)
	}
}
