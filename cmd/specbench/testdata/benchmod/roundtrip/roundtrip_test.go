// Package roundtrip compares each tool's generated client calling its
// generated server over loopback: GET /workspaces/{id} answering the seed
// Workspace, and GET /workspaces answering 100 workspaces. Allocations count
// both sides, as both run in this process.
package roundtrip

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/google/uuid"

	"specbench/payload"
)

// fixtures are the same fake data for every tool, as JSON that each tool
// decodes into its own types once.
type fixtures struct {
	workspace []byte // seed 000 (nulls dropped, which every tool accepts)
	list      []byte // {"workspaces": [100], "count": 100}
	id        uuid.UUID
}

// calls are one tool's two requests, made by its client against its server.
type calls struct {
	get, list func(ctx context.Context) error
	server    *httptest.Server
}

type tool struct {
	name  string
	start func(f fixtures) (calls, error)
}

var tools []tool

var order = []string{"specgen", "oapi-codegen", "ogen"}

func register(t tool) {
	tools = append(tools, t)
	slices.SortFunc(tools, func(a, b tool) int { return slices.Index(order, a.name) - slices.Index(order, b.name) })
}

func loadFixtures(b *testing.B) fixtures {
	seed, err := payload.Seed()
	if err != nil {
		b.Fatal(err)
	}
	list, err := payload.List(100)
	if err != nil {
		b.Fatal(err)
	}
	var f fixtures
	if f.workspace, err = payload.WithoutNulls(seed); err != nil {
		b.Fatal(err)
	}
	if f.list, err = payload.WithoutNulls(list); err != nil {
		b.Fatal(err)
	}
	var head struct{ ID uuid.UUID }
	if err := json.Unmarshal(f.workspace, &head); err != nil {
		b.Fatal(err)
	}
	f.id = head.ID
	return f
}

func BenchmarkRoundTrip(b *testing.B) {
	f := loadFixtures(b)
	ctx := context.Background()
	for _, op := range []string{"get", "list100"} {
		for _, t := range tools {
			b.Run("op="+op+"/tool="+t.name, func(b *testing.B) {
				c, err := t.start(f)
				if err != nil {
					b.Fatal(err)
				}
				defer c.server.Close()
				call := c.get
				if op == "list100" {
					call = c.list
				}
				if err := call(ctx); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if err := call(ctx); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
