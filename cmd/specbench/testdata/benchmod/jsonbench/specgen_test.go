package jsonbench

import "github.com/specgen/specgen/gen/coder"

func init() {
	register(codec{tool: "specgen", docs: map[string]docCodec{
		"workspace": stdlib[coder.Workspace](),
		"list":      stdlib[coder.WorkspacesResponse](),
	}})
}
