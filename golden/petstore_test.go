package golden_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	petstore "github.com/specgen/specgen/golden/client-server/want"
)

// pets implements the generated server of golden/client-server.
type pets struct {
	petstore.Unimplemented
	listed chan petstore.ListPetsParams
	tokens chan string
}

func (p pets) ListPets(ctx context.Context, params petstore.ListPetsParams) (petstore.ListPetsResult, error) {
	p.listed <- params
	if params.Kind == petstore.KindCat {
		return petstore.ListPetsDefault{Body: petstore.Error{Message: "No cats today."}}, nil
	}
	return petstore.ListPets200{Body: []petstore.Pet{{ID: 1, Name: "Rex", Kind: petstore.KindDog}}}, nil
}

func (p pets) GetPet(ctx context.Context, id int64) (petstore.GetPetResult, error) {
	if id != 1 {
		return petstore.GetPet404{Body: petstore.Error{Message: "No such pet."}}, nil
	}
	return petstore.GetPet200{Body: petstore.Pet{ID: 1, Name: "Rex", Kind: petstore.KindDog}}, nil
}

func (p pets) WatchPets(ctx context.Context, sink *petstore.EventSink[petstore.Pet]) error {
	return sink.Send(petstore.Pet{ID: 1, Name: "Rex", Kind: petstore.KindDog})
}

// TestGeneratedPetStore runs the generated client of golden/client-server
// against its generated server: result types choose the status, default
// answers without a status are 500s, arrays travel exploded and comma-
// separated, an error schema without validations carries the problems in
// its message, and an optional bearer token is optional.
func TestGeneratedPetStore(t *testing.T) {
	srv := pets{listed: make(chan petstore.ListPetsParams, 1), tokens: make(chan string, 1)}
	h := petstore.NewHandler(srv, petstore.WithAuthenticator(func(ctx context.Context, token string) (context.Context, error) {
		srv.tokens <- token
		return ctx, nil
	}))
	ts := httptest.NewServer(h)
	defer ts.Close()
	ctx := context.Background()
	c, err := petstore.NewClient(ts.URL, petstore.WithAPIKey("key-1"), petstore.WithBearer("bearer-1"))
	if err != nil {
		t.Fatal(err)
	}

	list, err := c.ListPets(ctx, petstore.ListPetsParams{Kind: petstore.KindDog, Tag: []string{"a", "b,c"}, IDs: []int32{1, 2}})
	if err != nil || len(list) != 1 || list[0].Name != "Rex" {
		t.Fatalf("list: %v, %v", list, err)
	}
	got := <-srv.listed
	if !slices.Equal(got.Tag, []string{"a", "b,c"}) || !slices.Equal(got.IDs, []int32{1, 2}) || got.BornAfter != nil {
		t.Errorf("params: %+v", got)
	}
	if token := <-srv.tokens; token != "key-1" {
		t.Errorf("ListPets authenticated %q, want the API key", token)
	}

	_, err = c.ListPets(ctx, petstore.ListPetsParams{Kind: petstore.KindCat})
	<-srv.listed
	<-srv.tokens
	var apiErr *petstore.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 || apiErr.Body.Message != "No cats today." {
		t.Errorf("default answer without a status: %v", err)
	}

	_, err = c.GetPet(ctx, 2)
	<-srv.tokens
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 404 || apiErr.Body.Message != "No such pet." {
		t.Errorf("404 result: %v", err)
	}

	_, err = c.ListPets(ctx, petstore.ListPetsParams{Kind: "bird"})
	<-srv.tokens
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Body.Message != `Invalid request parameters.: kind: "bird" is not one of "dog", "cat"` {
		t.Errorf("bad enum: %v", err)
	}

	stream, err := c.WatchPets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pet, err := stream.Recv(); err != nil || pet.Name != "Rex" {
		t.Errorf("watch: %v, %v", pet, err)
	}
	stream.Close()
	if token := <-srv.tokens; token != "bearer-1" {
		t.Errorf("WatchPets authenticated %q, want the bearer token", token)
	}
	anonymous, err := petstore.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := anonymous.WatchPets(ctx); err != nil {
		t.Errorf("watch without a token, which is optional: %v", err)
	}
	if err := anonymous.DeletePet(ctx, 1); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized {
		t.Errorf("delete without a token: %v", err)
	}
}
