// Package validatebench compares validating the same valid documents with
// specgen's generated Validate, ogen's generated validation, and
// santhosh-tekuri/jsonschema against spec/workspace.schema.json. Each
// validator works on its own decoded form (a struct, or the any tree JSON
// Schema needs); decoding is not timed.
package validatebench

import (
	"slices"
	"testing"

	"specbench/payload"
)

// validator prepares a document once and returns a function that
// validates it.
type validator struct {
	tool string
	docs map[string]func(data []byte) (func() error, error)
}

var validators []validator

var order = []string{"specgen", "ogen", "jsonschema"}

func register(v validator) {
	validators = append(validators, v)
	slices.SortFunc(validators, func(a, b validator) int { return slices.Index(order, a.tool) - slices.Index(order, b.tool) })
}

// decoded decodes data into a new T and returns its Validate.
func decoded[T any, P interface {
	*T
	Validate() error
}](decode func([]byte, P) error) func([]byte) (func() error, error) {
	return func(data []byte) (func() error, error) {
		v := P(new(T))
		if err := decode(data, v); err != nil {
			return nil, err
		}
		return v.Validate, nil
	}
}

func BenchmarkValidate(b *testing.B) {
	seed, err := payload.Seed()
	if err != nil {
		b.Fatal(err)
	}
	list, err := payload.List(1000)
	if err != nil {
		b.Fatal(err)
	}
	docs := []struct {
		name string
		data []byte
	}{{"workspace", seed}, {"list", list}}
	for _, d := range docs {
		data, err := payload.WithoutNulls(d.data)
		if err != nil {
			b.Fatal(err)
		}
		for _, v := range validators {
			b.Run("doc="+d.name+"/tool="+v.tool, func(b *testing.B) {
				b.ReportAllocs()
				validate, err := v.docs[d.name](data)
				if err != nil {
					b.Fatalf("decode: %v", err)
				}
				if err := validate(); err != nil {
					b.Fatalf("the document does not validate: %v", err)
				}
				for b.Loop() {
					validate()
				}
			})
		}
	}
}
