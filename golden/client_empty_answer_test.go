package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	petstore "github.com/specgen/specgen/golden/client-server/want"
)

// TestClientEmptyAnswer: a 2xx answer without a body, where the operation
// documents a JSON one, is the zero value, as null is, not an error
// (resend-go's tests mean Resend's domain verify and delete so; an
// openapi-generator client takes it too). A body cut short still fails.
func TestClientEmptyAnswer(t *testing.T) {
	body := ""
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "")
		w.WriteHeader(http.StatusOK)
		w.Write([]byte(body))
	}))
	defer ts.Close()
	c, err := petstore.NewClient(ts.URL, petstore.WithHTTPClient(ts.Client()))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []string{"", "\n", "null"} {
		body = b
		pet, err := c.GetPet(context.Background(), 1)
		if err != nil || !reflect.DeepEqual(pet, petstore.Pet{}) {
			t.Errorf("GetPet answered 200 %q = %+v, %v; want the zero Pet", b, pet, err)
		}
		list, err := c.ListPets(context.Background(), petstore.ListPetsParams{})
		if err != nil || list != nil {
			t.Errorf("ListPets answered 200 %q = %v, %v; want nil", b, list, err)
		}
	}
	body = `{"id": 1, "name": "Rex"`
	if _, err := c.GetPet(context.Background(), 1); err == nil {
		t.Errorf("GetPet answered a body cut short: no error")
	}
}
