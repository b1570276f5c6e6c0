package jsonbench

import (
	"encoding/json"

	"github.com/specgen/specgen/gen/coder"
)

func init() {
	register(codec{tool: "specgen", docs: map[string]docCodec{
		"workspace": generated[coder.Workspace](),
		"list":      generated[coder.WorkspacesResponse](),
	}})
}

// generated decodes with the type's generated one-pass decoder, called as
// the generated client calls it (not through json.Unmarshal, whose own
// scan of the document would come first).
func generated[T any, P interface {
	*T
	json.Unmarshaler
}]() docCodec {
	return typed(func(data []byte, v *T) error { return P(v).UnmarshalJSON(data) }, func(v *T) ([]byte, error) { return json.Marshal(v) })
}
