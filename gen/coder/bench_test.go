package coder_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/difftest"
	"github.com/specgen/specgen/generator/sharedtest"
)

// BenchmarkValidate measures generated Validate against jsonschema's
// Validate (the oracle of the differential tests, compiled from
// spec/workspace.schema.json with formats asserted) on the same documents,
// decoded once outside the loop: into coder.Workspace for Validate, into
// any (numbers as json.Number) for jsonschema. Each generated sub-benchmark
// reports x-faster, jsonschema's ns/op over its own, measured in the same
// run.
//
// The documents: seed 000 as a server sent it (jsonschema finds five
// errors in it, the nulls the null policy accepts, so it also pays for
// building errors); the same without its nulls, valid for both; the
// workspace of Coder's API docs, which has agents, apps and scripts; and a
// list of 1,000 workspaces like the seed, each with its own id.
func BenchmarkValidate(b *testing.B) {
	seed := seedPayload(b)
	valid := withoutNulls(b, seed)
	example := sharedtest.Read(b, "corpus/coder/examples/workspace.docs-example.json")
	cases := []struct {
		name  string
		data  []byte
		array bool
	}{
		{"seed", seed, false},
		{"seed-without-nulls", valid, false},
		{"docs-example", withoutNulls(b, example, "parent_id", "task_id"), false},
		{"list-1000", workspaceList(b, valid, 1000), true},
	}
	for _, c := range cases {
		var oracle *difftest.Oracle
		var err error
		if c.array {
			oracle, err = difftest.NewArrayOracle("../../spec/workspace.schema.json", "#")
		} else {
			oracle, err = difftest.NewOracle("../../spec/workspace.schema.json", "#")
		}
		if err != nil {
			b.Fatal(err)
		}
		doc, err := difftest.Decode(c.data)
		if err != nil {
			b.Fatal(err)
		}
		var list []coder.Workspace
		if c.array {
			err = json.Unmarshal(c.data, &list)
		} else {
			list = make([]coder.Workspace, 1)
			err = json.Unmarshal(c.data, &list[0])
		}
		if err != nil {
			b.Fatal(err)
		}
		for i := range list {
			if err := list[i].Validate(); err != nil {
				b.Fatalf("%s: the document must be valid for Validate: %v", c.name, err)
			}
		}

		var schemaNs float64
		b.Run(c.name+"/jsonschema", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = oracle.Schema.Validate(doc)
			}
			schemaNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		})
		b.Run(c.name+"/generated", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i := range list {
					if list[i].Validate() != nil {
						b.Fatal("invalid")
					}
				}
			}
			if ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N); schemaNs > 0 && ns > 0 {
				b.ReportMetric(schemaNs/ns, "x-faster")
			}
		})
	}
}

// BenchmarkValidateInvalid measures Validate on a document with errors,
// where it allocates to report them.
func BenchmarkValidateInvalid(b *testing.B) {
	var ws coder.Workspace
	if err := json.Unmarshal(seedPayload(b), &ws); err != nil {
		b.Fatal(err)
	}
	ws.LatestBuild.Job.Status = coder.Ptr(coder.ProvisionerJobStatus("bogus"))
	ws.AutomaticUpdates = coder.Ptr(coder.AutomaticUpdates("sometimes"))
	b.ReportAllocs()
	for b.Loop() {
		if ws.Validate() == nil {
			b.Fatal("valid")
		}
	}
}

// withoutNulls removes the null properties of a JSON object, recursively,
// and the properties named in drop (uuid.NullUUID ones, which the docs
// show as the object their schema describes and servers send as a string:
// the two sides would not see the same document).
func withoutNulls(tb testing.TB, data []byte, drop ...string) []byte {
	tb.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		tb.Fatal(err)
	}
	var strip func(any)
	strip = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if e == nil || slices.Contains(drop, k) {
					delete(x, k)
				} else {
					strip(e)
				}
			}
		case []any:
			for _, e := range x {
				strip(e)
			}
		}
	}
	strip(v)
	out, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// workspaceList returns a JSON array of n copies of the workspace, each
// with its own id.
func workspaceList(tb testing.TB, workspace []byte, n int) []byte {
	tb.Helper()
	list := make([]map[string]any, n)
	for i := range list {
		if err := json.Unmarshal(workspace, &list[i]); err != nil {
			tb.Fatal(err)
		}
		list[i]["id"] = fmt.Sprintf("3f4e5c6d-7a8b-9c0d-1e2f-%012x", i)
	}
	out, err := json.Marshal(list)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkDecode measures the generated decoders against encoding/json
// decoding the same documents into shadow types (the same fields without
// the generated methods, as encoding/json decodes oapi-codegen's types):
// the seed workspace as the server sent it, and WorkspacesResponse with
// 1,000 of them. "generated" calls the decoder as the generated client
// does; "unmarshal" goes through json.Unmarshal (its scan, then the
// decoder); "checked" is DecodeT, recording every problem and validating.
// Each generated sub-benchmark reports x-encoding-json, its ns/op over
// encoding/json's in the same run.
func BenchmarkDecode(b *testing.B) {
	list := workspaceList(b, seedPayload(b), 1000)
	docs := []struct {
		name string
		data []byte
		typ  reflect.Type
	}{
		{"workspace", seedPayload(b), reflect.TypeFor[coder.Workspace]()},
		{"list-1000", []byte(`{"workspaces":` + string(list) + `,"count":1000}`), reflect.TypeFor[coder.WorkspacesResponse]()},
	}
	for _, d := range docs {
		shadow := shadowOf(d.typ, map[reflect.Type]bool{})
		var stdNs float64
		run := func(name string, decode func() error) {
			b.Run(d.name+"/"+name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(d.data)))
				for b.Loop() {
					if err := decode(); err != nil {
						b.Fatal(err)
					}
				}
				ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				if name == "encoding-json" {
					stdNs = ns
				} else if stdNs > 0 {
					b.ReportMetric(ns/stdNs, "x-encoding-json")
				}
			})
		}
		run("encoding-json", func() error { return json.Unmarshal(d.data, reflect.New(shadow).Interface()) })
		run("generated", func() error { return reflect.New(d.typ).Interface().(json.Unmarshaler).UnmarshalJSON(d.data) })
		run("unmarshal", func() error { return json.Unmarshal(d.data, reflect.New(d.typ).Interface()) })
		if d.name == "workspace" {
			run("checked", func() error {
				_, err := coder.DecodeWorkspace(d.data)
				if _, problems := err.(coder.ValueErrors); problems {
					return nil // the seed's nulls the null policy accepts
				}
				return err
			})
		}
	}
}
