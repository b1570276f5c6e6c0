package golden_test

import (
	"slices"
	"strings"
	"testing"
)

// TestFidelityCompare pins what compareOperations reports, on small made-up
// operations, so that TestFidelity's silence means "no differences" and not
// "nothing compared".
func TestFidelityCompare(t *testing.T) {
	op := func(method, path string) *fidelityOp {
		return &fidelityOp{
			Method:   method,
			Path:     path,
			Tagged:   true,
			Params:   map[string]fidelityParam{},
			Success:  map[string]bool{"200": true},
			Security: []string{"CoderSessionToken"},
		}
	}
	param := func(f *fidelityOp, p fidelityParam) { f.Params[paramKey(p.In, p.Name)] = p }

	// Ours: renamed path parameter, a stricter query parameter, a different
	// type and enum, an optional body, a 204, deprecated, no security.
	ours := op("GET", "/things/{id}")
	param(ours, fidelityParam{In: "path", Name: "id", Required: true, Type: "integer(int32)"})
	param(ours, fidelityParam{In: "query", Name: "q", Required: true, Type: "string", Enum: []string{"a"}})
	param(ours, fidelityParam{In: "query", Name: "extra", Type: "boolean"})
	ours.Body = &fidelityBody{Required: false}
	ours.Success = map[string]bool{"200": false, "204": false}
	ours.Deprecated = true
	ours.Security = nil

	theirs := op("GET", "/things/{thing}")
	param(theirs, fidelityParam{In: "path", Name: "thing", Required: true, Type: "string(number)"})
	param(theirs, fidelityParam{In: "query", Name: "q", Type: "string", Enum: []string{"a", "b"}})
	param(theirs, fidelityParam{In: "query", Name: "format", Type: "string"})
	theirs.Body = &fidelityBody{Required: true}

	onlyOurs := op("PUT", "/ours")
	onlyTheirs := op("POST", "/theirs")
	untagged := op("DELETE", "/elsewhere")
	untagged.Tagged = false

	got := compareOperations(
		map[string]*fidelityOp{
			matchKey(ours.Method, ours.Path):         ours,
			matchKey(onlyOurs.Method, onlyOurs.Path): onlyOurs,
		},
		map[string]*fidelityOp{
			matchKey(theirs.Method, theirs.Path):         theirs,
			matchKey(onlyTheirs.Method, onlyTheirs.Path): onlyTheirs,
			matchKey(untagged.Method, untagged.Path):     untagged,
		},
	)
	want := []string{
		"GET /things/{id}: path param renamed: swagger thing, ours id",
		"GET /things/{id}: path param id: type: swagger string(number), ours integer(int32)",
		"GET /things/{id}: query param extra: missing in swagger",
		"GET /things/{id}: query param format: missing in ours",
		"GET /things/{id}: query param q: required: swagger false, ours true",
		"GET /things/{id}: query param q: enum: swagger [a b], ours [a]",
		"GET /things/{id}: request body: required: swagger true, ours false",
		"GET /things/{id}: 2xx responses: swagger [200], ours [200 204]",
		"GET /things/{id}: response 200: has body: swagger true, ours false",
		"GET /things/{id}: deprecated: swagger false, ours true",
		"GET /things/{id}: security: swagger [CoderSessionToken], ours []",
		"POST /theirs: operation missing in ours",
		"PUT /ours: operation missing in swagger",
	}
	if !slices.Equal(got, want) {
		t.Errorf("compareOperations:\ngot:\n  %s\nwant:\n  %s", join(got), join(want))
	}
}

func join(lines []string) string { return strings.Join(lines, "\n  ") }
