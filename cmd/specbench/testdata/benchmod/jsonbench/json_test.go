// Package jsonbench compares decoding and encoding the same JSON documents
// into each tool's generated types. Each tool's file registers its codec;
// files of peers that did not generate are left out by build tags.
package jsonbench

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"specbench/payload"
)

// docCodec decodes and encodes one document type of one tool.
type docCodec struct {
	// decode decodes data into a new value.
	decode func(data []byte) error
	// encoder decodes data once and returns a function that encodes it.
	encoder func(data []byte) (func() ([]byte, error), error)
}

// codec is one tool's types: "workspace" (Workspace) and "list"
// (WorkspacesResponse, the body of GET /workspaces).
type codec struct {
	tool string
	docs map[string]docCodec
}

var codecs []codec

// order puts specgen first, so that benchstat compares the others with it.
var order = []string{"specgen", "oapi-codegen", "ogen"}

func register(c codec) {
	codecs = append(codecs, c)
	slices.SortFunc(codecs, func(a, b codec) int { return slices.Index(order, a.tool) - slices.Index(order, b.tool) })
}

// typed makes a docCodec for the Go type T with the given functions.
func typed[T any](decode func([]byte, *T) error, encode func(*T) ([]byte, error)) docCodec {
	return docCodec{
		decode: func(data []byte) error {
			var v T
			return decode(data, &v)
		},
		encoder: func(data []byte) (func() ([]byte, error), error) {
			v := new(T)
			if err := decode(data, v); err != nil {
				return nil, err
			}
			return func() ([]byte, error) { return encode(v) }, nil
		},
	}
}

// stdlib is typed with encoding/json, which specgen's and oapi-codegen's
// types use.
func stdlib[T any]() docCodec {
	return typed(func(data []byte, v *T) error { return json.Unmarshal(data, v) }, func(v *T) ([]byte, error) { return json.Marshal(v) })
}

type document struct {
	name string
	data []byte
}

// documents are the seed Workspace as the server sent it and the list of
// 1,000 workspaces built from the real examples, each also without its
// null-valued properties: Coder's server sends null where its schema says
// "string", which ogen's decoder rejects, so the "-nonulls" forms are the
// ones every tool can read (the Go types of the others decode both forms to
// the same value).
func documents(b *testing.B) []document {
	seed, err := payload.Seed()
	if err != nil {
		b.Fatal(err)
	}
	list, err := payload.List(1000)
	if err != nil {
		b.Fatal(err)
	}
	docs := []document{{"workspace", seed}, {"list", list}}
	for _, d := range docs[:2] {
		nonulls, err := payload.WithoutNulls(d.data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, document{d.name + "-nonulls", nonulls})
	}
	return docs
}

// typeOf names the Go type a document decodes into.
func typeOf(doc string) string { return strings.TrimSuffix(doc, "-nonulls") }

func BenchmarkJSON(b *testing.B) {
	docs := documents(b)
	for _, op := range []string{"decode", "encode"} {
		for _, d := range docs {
			if op == "encode" && !strings.HasSuffix(d.name, "-nonulls") {
				continue // encoding starts from a decoded value: the forms every tool reads
			}
			for _, c := range codecs {
				dc := c.docs[typeOf(d.name)]
				b.Run("op="+op+"/doc="+d.name+"/tool="+c.tool, func(b *testing.B) {
					b.ReportAllocs()
					b.SetBytes(int64(len(d.data)))
					if op == "decode" {
						if err := dc.decode(d.data); err != nil {
							b.Fatalf("decode: %v", err)
						}
						for b.Loop() {
							if err := dc.decode(d.data); err != nil {
								b.Fatal(err)
							}
						}
						return
					}
					encode, err := dc.encoder(d.data)
					if err != nil {
						b.Fatalf("decode: %v", err)
					}
					for b.Loop() {
						if _, err := encode(); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}
