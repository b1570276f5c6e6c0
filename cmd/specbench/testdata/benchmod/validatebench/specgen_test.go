package validatebench

import (
	"encoding/json"

	"github.com/specgen/specgen/gen/coder"
)

func init() {
	register(validator{tool: "specgen", docs: map[string]func([]byte) (func() error, error){
		"workspace": decoded(func(d []byte, v *coder.Workspace) error { return json.Unmarshal(d, v) }),
		"list":      decoded(func(d []byte, v *coder.WorkspacesResponse) error { return json.Unmarshal(d, v) }),
	}})
}
