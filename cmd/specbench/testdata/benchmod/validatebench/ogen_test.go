//go:build bench_ogen

package validatebench

import ogen "specbench/gen/ogen/workspaces"

func init() {
	register(validator{tool: "ogen", docs: map[string]func([]byte) (func() error, error){
		"workspace": decoded(func(d []byte, v *ogen.Workspace) error { return v.UnmarshalJSON(d) }),
		"list":      decoded(func(d []byte, v *ogen.WorkspacesResponse) error { return v.UnmarshalJSON(d) }),
	}})
}
