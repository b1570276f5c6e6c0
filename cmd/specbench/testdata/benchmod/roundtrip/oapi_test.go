//go:build bench_oapi

package roundtrip

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"

	oapi "specbench/gen/oapi-codegen/workspaces"
)

// oapiServer implements the two operations; the embedded nil interface
// stands for the rest, which the benchmark never calls.
type oapiServer struct {
	oapi.ServerInterface
	workspace oapi.Workspace
	list      oapi.WorkspacesResponse
}

func (s *oapiServer) GetWorkspace(w http.ResponseWriter, r *http.Request, _ oapi.WorkspaceParam, _ oapi.GetWorkspaceParams) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(&s.workspace)
}

func (s *oapiServer) ListWorkspaces(w http.ResponseWriter, r *http.Request, _ oapi.ListWorkspacesParams) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(&s.list)
}

func init() {
	register(tool{name: "oapi-codegen", start: func(f fixtures) (calls, error) {
		s := &oapiServer{}
		if err := json.Unmarshal(f.workspace, &s.workspace); err != nil {
			return calls{}, err
		}
		if err := json.Unmarshal(f.list, &s.list); err != nil {
			return calls{}, err
		}
		ts := httptest.NewServer(oapi.Handler(s))
		c, err := oapi.NewClientWithResponses(ts.URL, oapi.WithHTTPClient(ts.Client()),
			oapi.WithRequestEditorFn(func(_ context.Context, req *http.Request) error {
				req.Header.Set("Coder-Session-Token", "token")
				return nil
			}))
		if err != nil {
			ts.Close()
			return calls{}, err
		}
		return calls{
			server: ts,
			get: func(ctx context.Context) error {
				r, err := c.GetWorkspaceWithResponse(ctx, f.id, &oapi.GetWorkspaceParams{})
				if err == nil && r.JSON200 == nil {
					err = fmt.Errorf("status %d", r.StatusCode())
				}
				return err
			},
			list: func(ctx context.Context) error {
				r, err := c.ListWorkspacesWithResponse(ctx, &oapi.ListWorkspacesParams{})
				if err == nil && (r.JSON200 == nil || len(*r.JSON200.Workspaces) != 100) {
					err = fmt.Errorf("status %d, or not 100 workspaces", r.StatusCode())
				}
				return err
			},
		}, nil
	}})
}
