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

// generated decodes with the type's generated one-pass decoder and encodes
// with its generated encoder, both called directly as the generated client
// and server call them and as ogen's are (json.Unmarshal would scan the
// document first; json.Marshal would check and compact the output).
func generated[T any, P interface {
	*T
	json.Unmarshaler
	json.Marshaler
}]() docCodec {
	return typed(func(data []byte, v *T) error { return P(v).UnmarshalJSON(data) }, func(v *T) ([]byte, error) { return P(v).MarshalJSON() })
}
