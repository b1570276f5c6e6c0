package jsonbench

import (
	"encoding/json"

	"github.com/specgen/specgen/gen/coder"
)

// specgenCodec decodes with encoding/json and encodes with the generated
// encoder, through MarshalJSON called directly as ogen's is (json.Marshal
// would add encoding/json's check and compaction of its output).
func specgenCodec[T any, P interface {
	*T
	MarshalJSON() ([]byte, error)
}]() docCodec {
	return typed(func(data []byte, v *T) error { return json.Unmarshal(data, v) }, func(v *T) ([]byte, error) { return P(v).MarshalJSON() })
}

func init() {
	register(codec{tool: "specgen", docs: map[string]docCodec{
		"workspace": specgenCodec[coder.Workspace](),
		"list":      specgenCodec[coder.WorkspacesResponse](),
	}})
}
