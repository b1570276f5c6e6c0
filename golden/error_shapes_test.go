package golden_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	nomessage "github.com/specgen/specgen/golden/error-schema-no-message/want"
	nested "github.com/specgen/specgen/golden/error-shape-nested/want"
	problem "github.com/specgen/specgen/golden/error-shape-problem/want"
)

// The error-shape cases check that the generated server answers every
// error in the API's own error shape (docs/errors.md), and that the client
// hands that shape back typed in *APIError.Body.

// problemPets implements golden/error-shape-problem's Server: pet 7 is stored, pet
// 9 conflicts (an *APIError of the implementation's own making), and any
// other pet fails with an error the server must not show.
type problemPets struct{ problem.Unimplemented }

func (problemPets) UpdatePet(_ context.Context, id int64, _ problem.UpdatePetParams, body problem.Pet) (problem.UpdatePetResult, error) {
	switch id {
	case 7:
		return problem.UpdatePet200{Body: body}, nil
	case 9:
		return nil, &problem.APIError{StatusCode: http.StatusConflict, Body: &problem.Problem{
			Type: problem.Ptr("https://example.com/probs/conflict"), Title: problem.Ptr("Pet is being edited."),
		}}
	}
	return nil, errors.New("database password is hunter2")
}

// send makes a request to srv and returns the answer's status, media type
// and body decoded as JSON.
func send(t *testing.T, srv *httptest.Server, method, target, body string, header ...string) (int, string, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var got map[string]any
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%s %s: %d answer is not a JSON object: %q", method, target, resp.StatusCode, raw)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), got
}

// problemNames returns the names in a problem+json body's invalid_params.
func problemNames(body map[string]any) []string {
	var names []string
	list, _ := body["invalid_params"].([]any)
	for _, p := range list {
		item, _ := p.(map[string]any)
		if r, _ := item["reason"].(string); r == "" {
			continue // a problem without its reason is not located
		}
		name, _ := item["name"].(string)
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// TestProblemDetailsAnswers: every error the server writes for
// golden/error-shape-problem is an RFC 7807 body, as the documented
// media type: title, status, and the problems of a bad request in
// invalid_params, each named.
func TestProblemDetailsAnswers(t *testing.T) {
	srv := httptest.NewServer(problem.NewHandler(problemPets{}, problem.WithMaxBodyBytes(64)))
	defer srv.Close()

	for _, tc := range []struct {
		name, method, target, body string
		status                     int
		title                      string
		names                      []string
	}{
		{"bad parameters", "PUT", "/pets/x?dryRun=maybe", `{"name":"Rex"}`, 400, "", []string{"dryRun", "id"}},
		{"bad body", "PUT", "/pets/7?dryRun=true", `{"name":"","age":-1}`, 400, "", []string{"age", "name"}},
		{"unknown route", "GET", "/nowhere", "", 404, "Route not found.", nil},
		{"wrong method", "DELETE", "/pets/7", "", 405, "Method not allowed.", nil},
		{"body too large", "PUT", "/pets/7?dryRun=true", `{"name":"` + strings.Repeat("x", 100) + `"}`, 413, "", nil},
		{"implementation failed", "PUT", "/pets/8?dryRun=true", `{"name":"Rex"}`, 500, "An internal server error occurred.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, media, body := send(t, srv, tc.method, tc.target, tc.body)
			if media != "application/problem+json" {
				t.Errorf("Content-Type %q, want the documented application/problem+json", media)
			}
			if status != tc.status {
				t.Fatalf("status %d, want %d: %v", status, tc.status, body)
			}
			if got, _ := body["status"].(float64); int(got) != tc.status {
				t.Errorf("body status %v, want %d: %v", body["status"], tc.status, body)
			}
			title, _ := body["title"].(string)
			if title == "" || tc.title != "" && title != tc.title {
				t.Errorf("title %q, want %q: %v", title, tc.title, body)
			}
			if _, ok := body["message"]; ok {
				t.Errorf("body has a message property, which Problem does not define: %v", body)
			}
			if diff := cmp.Diff(tc.names, problemNames(body)); diff != "" {
				t.Errorf("invalid_params names (-want +got):\n%s\nbody: %v", diff, body)
			}
			if detail, _ := body["detail"].(string); strings.Contains(detail+title, "hunter2") {
				t.Errorf("the implementation's error reached the answer: %v", body)
			}
		})
	}
}

// TestProblemDetailsClient: the generated client returns the server's
// problem+json answers as *APIError with Body a *Problem.
func TestProblemDetailsClient(t *testing.T) {
	srv := httptest.NewServer(problem.NewHandler(problemPets{}))
	defer srv.Close()
	c, err := problem.NewClient(srv.URL, problem.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	var apiErr *problem.APIError
	_, err = c.UpdatePet(ctx, 5, problem.UpdatePetParams{DryRun: true}, problem.Pet{Name: ""})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || apiErr.Body == nil {
		t.Fatalf("bad request: %v", err)
	}
	var names []string
	for _, p := range apiErr.Body.InvalidParams {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	if !cmp.Equal(names, []string{"name"}) || apiErr.Body.Status == nil || *apiErr.Body.Status != 400 {
		t.Errorf("bad request body: names %v, status %v", names, apiErr.Body.Status)
	}
	if !strings.Contains(err.Error(), "name: ") || !strings.Contains(err.Error(), *apiErr.Body.Title) {
		t.Errorf("Error() does not show the problem: %s", err)
	}

	// The path parameter's minimum: a 400 naming id, the body not read.
	_, err = c.UpdatePet(ctx, 0, problem.UpdatePetParams{DryRun: true}, problem.Pet{Name: ""})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || apiErr.Body == nil || len(apiErr.Body.InvalidParams) != 1 || apiErr.Body.InvalidParams[0].Name != "id" || apiErr.Body.InvalidParams[0].Reason != "must be at least 1" {
		t.Errorf("id 0: %v, want a 400 naming id", err)
	}

	_, err = c.UpdatePet(ctx, 9, problem.UpdatePetParams{}, problem.Pet{Name: "Rex"})
	want := problem.Problem{Type: problem.Ptr("https://example.com/probs/conflict"), Title: problem.Ptr("Pet is being edited.")}
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusConflict || apiErr.Body == nil {
		t.Fatalf("conflict: %v", err)
	}
	if diff := cmp.Diff(want, *apiErr.Body, cmp.AllowUnexported(problem.Problem{})); diff != "" {
		t.Errorf("the implementation's body, as the client decoded it (-want +got):\n%s", diff)
	}
}

// TestNestedErrorAnswers: golden/error-shape-nested keeps its message one
// level down; the server fills error.message, error.code and error.details
// (one line per problem), for a bad request and a missing credential, and
// the client decodes it typed.
func TestNestedErrorAnswers(t *testing.T) {
	srv := httptest.NewServer(nested.NewHandler(nested.Unimplemented{}, nested.WithAuthenticator(
		func(ctx context.Context, token string) (context.Context, error) { return ctx, nil })))
	defer srv.Close()

	for _, tc := range []struct {
		name, target, token string
		status              int
		details             []string // the prefixes of the details, in order
	}{
		{"bad request", "/things/x?limit=z", "t", 400, []string{"id: ", "limit: "}},
		{"no credential", "/things/1?limit=1", "", 401, nil},
		{"not implemented", "/things/1?limit=1", "t", 501, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var header []string
			if tc.token != "" {
				header = []string{"Authorization", "Bearer " + tc.token}
			}
			status, _, body := send(t, srv, "GET", tc.target, "", header...)
			inner, _ := body["error"].(map[string]any)
			if status != tc.status || len(body) != 1 || inner == nil {
				t.Fatalf("status %d, body %v; want %d and only an error property", status, body, tc.status)
			}
			if code, _ := inner["code"].(float64); int(code) != tc.status {
				t.Errorf("error.code %v, want %d", inner["code"], tc.status)
			}
			if msg, _ := inner["message"].(string); msg == "" {
				t.Errorf("error.message is empty: %v", inner)
			}
			details, _ := inner["details"].([]any)
			if len(details) != len(tc.details) {
				t.Fatalf("error.details %v, want %d lines starting %q", details, len(tc.details), tc.details)
			}
			for i, d := range details {
				if s, _ := d.(string); !strings.HasPrefix(s, tc.details[i]) || len(s) == len(tc.details[i]) {
					t.Errorf("error.details[%d] = %q, want %q and what is wrong", i, s, tc.details[i])
				}
			}
		})
	}

	c, err := nested.NewClient(srv.URL, nested.WithHTTPClient(srv.Client()), nested.WithBearer("t"))
	if err != nil {
		t.Fatal(err)
	}
	var apiErr *nested.APIError
	// The typed client cannot send a malformed limit; a request editor can.
	badLimit := nested.RequestEditor(func(_ context.Context, req *http.Request) error {
		req.URL.RawQuery = "limit=many"
		return nil
	})
	_, err = c.GetThing(context.Background(), 1, nested.GetThingParams{Limit: 1}, badLimit)
	if !errors.As(err, &apiErr) || apiErr.Body == nil || apiErr.Body.Error == nil {
		t.Fatalf("client: %v", err)
	}
	if e := apiErr.Body.Error; e.Code != 400 || len(e.Details) != 1 || !strings.HasPrefix(e.Details[0], "limit: ") {
		t.Errorf("client decoded %+v", e)
	}
}

// TestErrorSchemaWithoutMessage: an error schema with no string property
// gets the status and nothing else (retry is optional and left out); the
// client shows the raw body.
func TestErrorSchemaWithoutMessage(t *testing.T) {
	srv := httptest.NewServer(nomessage.NewHandler(nomessage.Unimplemented{}))
	defer srv.Close()
	status, _, body := send(t, srv, "GET", "/ping?n=x", "")
	if status != 400 || !cmp.Equal(body, map[string]any{"code": float64(400)}) {
		t.Errorf("bad request: %d %v", status, body)
	}
	c, err := nomessage.NewClient(srv.URL, nomessage.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	var apiErr *nomessage.APIError
	err = c.Ping(context.Background(), nomessage.PingParams{N: 1})
	if !errors.As(err, &apiErr) || apiErr.Body == nil || apiErr.Body.Code != http.StatusNotImplemented ||
		!strings.HasSuffix(err.Error(), `{"code":501}`) {
		t.Errorf("not implemented: %v", err)
	}
}
