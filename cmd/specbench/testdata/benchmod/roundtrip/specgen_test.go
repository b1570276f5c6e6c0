//go:build specgen_client

package roundtrip

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// This file is written against the client and server gen/coder is getting
// (coder.NewClient, coder.NewHandler, coder.Server); the harness builds it
// only when gen/coder has them, and reports a build failure as a note.

type specgenServer struct {
	coder.Unimplemented
	workspace coder.Workspace
	list      coder.WorkspacesResponse
}

func (s *specgenServer) GetWorkspace(context.Context, uuid.UUID, coder.GetWorkspaceParams) (coder.Workspace, error) {
	return s.workspace, nil
}

func (s *specgenServer) ListWorkspaces(context.Context, coder.ListWorkspacesParams) (coder.WorkspacesResponse, error) {
	return s.list, nil
}

func init() {
	register(tool{name: "specgen", start: func(f fixtures) (calls, error) {
		s := &specgenServer{}
		if err := json.Unmarshal(f.workspace, &s.workspace); err != nil {
			return calls{}, err
		}
		if err := json.Unmarshal(f.list, &s.list); err != nil {
			return calls{}, err
		}
		ts := httptest.NewServer(coder.NewHandler(s, coder.WithAnyCredential()))
		c, err := coder.NewClient(ts.URL, coder.WithHTTPClient(ts.Client()), coder.WithCoderSessionToken("token"))
		if err != nil {
			ts.Close()
			return calls{}, err
		}
		return calls{
			server: ts,
			get: func(ctx context.Context) error {
				_, err := c.GetWorkspace(ctx, f.id, coder.GetWorkspaceParams{})
				return err
			},
			list: func(ctx context.Context) error {
				r, err := c.ListWorkspaces(ctx, coder.ListWorkspacesParams{})
				if err == nil && len(r.Workspaces) != 100 {
					err = fmt.Errorf("%d workspaces, want 100", len(r.Workspaces))
				}
				return err
			},
		}, nil
	}})
}
