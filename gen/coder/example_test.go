package coder_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// Calling a Coder deployment (README: Calling the client).
func ExampleNewClient() {
	run := func(ctx context.Context, id uuid.UUID) error {
		c, err := coder.NewClient("https://coder.example.com",
			coder.WithCoderSessionToken(os.Getenv("CODER_SESSION_TOKEN")))
		if err != nil {
			return err
		}
		ws, err := c.GetWorkspace(ctx, id, coder.GetWorkspaceParams{})
		var apiErr *coder.APIError
		if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusNotFound {
			return fmt.Errorf("no workspace %s: %w", id, err)
		}
		if err != nil {
			return err
		}
		build, err := c.CreateWorkspaceBuild(ctx, *ws.ID, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStop})
		if err != nil {
			return err
		}
		fmt.Println(*build.Status)
		return nil
	}
	_ = run
}

var known = uuid.MustParse("6a2b9c6e-2f35-4e8e-9a7a-1f4b9b0d3c11")

type exampleServer struct{ coder.Unimplemented } // 501 for what is not implemented

func (exampleServer) GetWorkspace(ctx context.Context, id uuid.UUID, p coder.GetWorkspaceParams) (coder.Workspace, error) {
	if id != known {
		return coder.Workspace{}, coder.NewAPIError(http.StatusNotFound, "No such workspace.")
	}
	return coder.Workspace{ID: &id, Name: coder.Ptr("dev")}, nil
}

// Standing in for a Coder deployment (README: Implementing the server).
func ExampleNewHandler() {
	checkToken := func(ctx context.Context, token string) (context.Context, error) {
		if token != os.Getenv("TOKEN") {
			return nil, errors.New("unknown token")
		}
		return ctx, nil
	}
	h := coder.NewHandler(exampleServer{}, coder.WithAuthenticator(checkToken), coder.WithCredentialCookie("coder_session_token"))
	_ = func() error { return http.ListenAndServe(":8080", h) } // serves /api/v2/…
}

// Watching a workspace (README: Event streams).
func ExampleEventStream_All() {
	watch := func(ctx context.Context, c *coder.Client, id uuid.UUID) error {
		stream, err := c.WatchWorkspace(ctx, id)
		if err != nil {
			return err
		}
		defer stream.Close()
		for ws, err := range stream.All() {
			if err != nil {
				return err
			}
			fmt.Println(*ws.LatestBuild.Status)
		}
		return nil
	}
	_ = watch
}
