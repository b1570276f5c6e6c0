package api_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"example.com/app/internal/api"
)

// notes is a server of the generated interface, in memory.
type notes struct {
	mu    sync.Mutex
	notes []api.Note
}

func (n *notes) CreateNote(ctx context.Context, body api.NewNote) (api.Note, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	note := api.Note{ID: int64(len(n.notes) + 1), Title: body.Title, Color: body.Color}
	n.notes = append(n.notes, note)
	return note, nil
}

func (n *notes) GetNote(ctx context.Context, id int64) (api.Note, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if id < 1 || id > int64(len(n.notes)) {
		return api.Note{}, api.NewAPIError(http.StatusNotFound, "no such note")
	}
	return n.notes[id-1], nil
}

// TestClientAgainstServer calls the generated client against the generated
// handler serving notes.
func TestClientAgainstServer(t *testing.T) {
	srv := httptest.NewServer(api.NewHandler(&notes{}))
	defer srv.Close()
	c, err := api.NewClient(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	blue := api.ColorBlue
	made, err := c.CreateNote(ctx, api.NewNote{Title: "first", Color: &blue})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.GetNote(ctx, made.ID)
	if err != nil || got.Title != "first" || got.Color == nil || *got.Color != api.ColorBlue {
		t.Fatalf("GetNote: %+v, %v", got, err)
	}
	var apiErr *api.APIError
	if _, err := c.GetNote(ctx, 99); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound {
		t.Errorf("GetNote(99): %v, want a 404", err)
	}
	// The handler validates the body before calling the server: minLength.
	if _, err := c.CreateNote(ctx, api.NewNote{Title: ""}); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest {
		t.Errorf("CreateNote with an empty title: %v, want a 400", err)
	}
}
