//go:build bench_oapi

package jsonbench

import oapi "specbench/gen/oapi-codegen/workspaces"

func init() {
	register(codec{tool: "oapi-codegen", docs: map[string]docCodec{
		"workspace": stdlib[oapi.Workspace](),
		"list":      stdlib[oapi.WorkspacesResponse](),
	}})
}
