//go:build bench_ogen

package jsonbench

import ogen "specbench/gen/ogen/workspaces"

// ogen's types encode and decode themselves with go-faster/jx; calling
// their methods directly skips encoding/json's own pass over the input.
func init() {
	register(codec{tool: "ogen", docs: map[string]docCodec{
		"workspace": typed(func(d []byte, v *ogen.Workspace) error { return v.UnmarshalJSON(d) }, (*ogen.Workspace).MarshalJSON),
		"list":      typed(func(d []byte, v *ogen.WorkspacesResponse) error { return v.UnmarshalJSON(d) }, (*ogen.WorkspacesResponse).MarshalJSON),
	}})
}
