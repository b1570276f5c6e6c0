package gofmt_test

import (
	"bytes"
	"go/format"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/generator/emit/gofmt"
)

// FuzzFormat holds Format to go/format.Source on any text: the same
// bytes, or an error where go/format has one. The seeds are jennifer's raw
// text of golden cases' files; the fuzzer's mutations reach what jennifer
// never prints (go test ./generator/emit/gofmt -fuzz FuzzFormat).
func FuzzFormat(f *testing.F) {
	specs, _ := filepath.Glob("../../../golden/*/openapi.yaml")
	schemas, _ := filepath.Glob("../../../golden/*/*.schema.json")
	var cfgs []generator.Config
	for _, s := range specs[:min(len(specs), 6)] {
		cfgs = append(cfgs, generator.Config{Spec: s, Package: "want"})
	}
	for _, s := range schemas[:min(len(schemas), 6)] {
		cfgs = append(cfgs, generator.Config{Schemas: []string{s}, Package: "want"})
	}
	if len(cfgs) == 0 {
		f.Fatal("no golden cases found for seeds")
	}
	for _, cfg := range cfgs {
		res, err := generator.Lower(cfg)
		if err != nil {
			continue
		}
		files, err := emit.Emit(res.API, emit.Config{Package: cfg.Package, Raw: true})
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			if len(file.Src) < 20_000 {
				f.Add(file.Src)
			}
		}
	}
	f.Add([]byte("package p\n\nfunc f() {\nx := a * b + c\ny := x [i + 1 : j]\n}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		want, werr := format.Source(src)
		got, err := gofmt.Format(src)
		if werr != nil {
			if err == nil {
				t.Fatalf("go/format fails (%v), Format does not", werr)
			}
			return
		}
		if err != nil {
			t.Fatalf("Format fails (%v), go/format does not", err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("Format differs from go/format.Source:\n--- go/format\n%s\n--- Format\n%s", want, got)
		}
	})
}
