package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	jsonrules "github.com/specgen/specgen/golden/params-json-rules/want"
)

// jsonRulesItems implements golden/params-json-rules's Server, keeping
// what it was called with.
type jsonRulesItems struct {
	got *jsonrules.ListItemsParams
}

func (s jsonRulesItems) ListItems(_ context.Context, _ []int64, params jsonrules.ListItemsParams) error {
	*s.got = params
	return nil
}

// TestParamsJSONRules: parameters that travel as JSON in types without a
// Validate of their own (a slice, a map, a scalar, a JSON value) have
// their rules checked by the server, as a declared type's are by its
// Validate, every problem named by its path, a null where the schema
// allows none included; an absent one, nothing; the
// generated client's call that keeps them passes.
func TestParamsJSONRules(t *testing.T) {
	var got jsonrules.ListItemsParams
	srv := httptest.NewServer(jsonrules.NewHandler(jsonRulesItems{got: &got}))
	defer srv.Close()
	problems := func(body map[string]any) []string {
		var out []string
		list, _ := body["validations"].([]any)
		for _, v := range list {
			p, _ := v.(map[string]any)
			out = append(out, p["field"].(string)+": "+p["detail"].(string))
		}
		slices.Sort(out)
		return out
	}
	query := func(kv ...string) string {
		q := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			q.Set(kv[i], kv[i+1])
		}
		return q.Encode()
	}
	cases := []struct {
		target, level string
		want          []string
	}{
		{"/items/%5B1%5D", "1", nil},
		{"/items/%5B1%5D?" + query("ids", "[]", "meta", "{}", "point", "{}", "not-text", "1"), "5", nil},
		{"/items/%5B%5D?" + query("ids", "[1,9,2,3]", "meta", `{"a":"long","b":"ok"}`, "point", `{"x":9}`, "not-text", `"s"`), "7", []string{
			"X-Level: must be at most 5",
			"at: must have at least 1 item",
			"ids: must have at most 3 items",
			"ids[1]: must be at most 5",
			"meta.a: must be at most 2 characters long",
			"not-text: must not match the schema of not",
			"point.x: must be at most 5", // its type's Validate, run by decoding
		}},
		{"/items/%5B1%5D?" + query("pairs", `[["a","b"],["c"]]`), "1", nil},
		// A null where the tuple allows none is decoding's problem, in a
		// slice that has no Validate of its own: encoding/json would leave
		// a zero value that passes.
		{"/items/%5B1%5D?" + query("pairs", `[["a","b"],[null,"a"]]`), "1", []string{
			"pairs[1][0]: must not be null",
		}},
		// A value that does not decode has that one problem.
		{"/items/x?" + query("ids", `["a"]`), "x", []string{
			"X-Level: must be JSON of its schema: invalid character 'x' looking for beginning of value",
			"at: must be JSON of its schema: invalid character 'x' looking for beginning of value",
			"ids[0]: cannot be a JSON string",
		}},
	}
	for _, c := range cases {
		if c.want == nil {
			req, _ := http.NewRequest("GET", srv.URL+c.target, nil)
			req.Header.Set("X-Level", c.level)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNoContent {
				t.Errorf("%s: %d, want 204", c.target, resp.StatusCode)
			}
			continue
		}
		status, _, body := send(t, srv, "GET", c.target, "", "X-Level", c.level)
		if status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", c.target, status)
		}
		if diff := cmp.Diff(c.want, problems(body)); diff != "" {
			t.Errorf("%s: problems (-want +got):\n%s", c.target, diff)
		}
	}

	client, err := jsonrules.NewClient(srv.URL, jsonrules.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	sent := jsonrules.ListItemsParams{IDs: []int64{1, 5}, Meta: map[string]string{"k": "v"}, XLevel: 5}
	if err := client.ListItems(context.Background(), []int64{2}, sent); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, got); diff != "" {
		t.Errorf("the server got (-sent +got):\n%s", diff)
	}
}
