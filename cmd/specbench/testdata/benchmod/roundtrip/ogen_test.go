//go:build bench_ogen

package roundtrip

import (
	"context"
	"fmt"
	"net/http/httptest"

	ogen "specbench/gen/ogen/workspaces"
)

type ogenHandler struct {
	ogen.UnimplementedHandler
	workspace ogen.Workspace
	list      ogen.WorkspacesResponse
}

func (h *ogenHandler) GetWorkspace(context.Context, ogen.GetWorkspaceParams) (*ogen.Workspace, error) {
	return &h.workspace, nil
}

func (h *ogenHandler) ListWorkspaces(context.Context, ogen.ListWorkspacesParams) (*ogen.WorkspacesResponse, error) {
	return &h.list, nil
}

// ogenSecurity accepts any session token on the server and sends one from
// the client, as the spec requires CoderSessionToken.
type ogenSecurity struct{}

func (ogenSecurity) HandleCoderSessionToken(ctx context.Context, _ ogen.OperationName, _ ogen.CoderSessionToken) (context.Context, error) {
	return ctx, nil
}

func (ogenSecurity) CoderSessionToken(context.Context, ogen.OperationName) (ogen.CoderSessionToken, error) {
	return ogen.CoderSessionToken{APIKey: "token"}, nil
}

func init() {
	register(tool{name: "ogen", start: func(f fixtures) (calls, error) {
		h := &ogenHandler{}
		if err := h.workspace.UnmarshalJSON(f.workspace); err != nil {
			return calls{}, err
		}
		if err := h.list.UnmarshalJSON(f.list); err != nil {
			return calls{}, err
		}
		srv, err := ogen.NewServer(h, ogenSecurity{})
		if err != nil {
			return calls{}, err
		}
		ts := httptest.NewServer(srv)
		c, err := ogen.NewClient(ts.URL, ogenSecurity{}, ogen.WithClient(ts.Client()))
		if err != nil {
			ts.Close()
			return calls{}, err
		}
		return calls{
			server: ts,
			get: func(ctx context.Context) error {
				_, err := c.GetWorkspace(ctx, ogen.GetWorkspaceParams{Workspace: f.id})
				return err
			},
			list: func(ctx context.Context) error {
				r, err := c.ListWorkspaces(ctx, ogen.ListWorkspacesParams{})
				if err == nil && len(r.Workspaces) != 100 {
					err = fmt.Errorf("%d workspaces, want 100", len(r.Workspaces))
				}
				return err
			},
		}, nil
	}})
}
