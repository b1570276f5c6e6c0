package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	rules "github.com/specgen/specgen/golden/params-rules/want"
)

// rulesItems implements golden/params-rules's Server; it is reached only
// when every parameter keeps its schema's rules.
type rulesItems struct{ rules.Unimplemented }

func (rulesItems) ListItems(_ context.Context, pattern string, errs int32, _ rules.ListItemsParams) ([]string, error) {
	return []string{pattern}, nil
}

// TestParamsRules: the server checks each parameter's rules once it
// parsed (bounds, lengths, patterns, item counts and items, a declared
// schema's multipleOf, a header's pattern), naming every problem by the
// parameter, and says nothing more of a value that did not parse.
func TestParamsRules(t *testing.T) {
	srv := httptest.NewServer(rules.NewHandler(rulesItems{}))
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
	cases := []struct {
		target string
		header []string
		want   []string
	}{
		{"/stores/abc/items/1?name=ok", nil, nil},
		{"/stores/abc/items/2?name=okay&page_size=50&ids=1&ids=9&limit=30&mode=fast", []string{"X-Trace", "t-1"}, nil},
		{"/stores/ABC/items/0?name=x&page_size=51&ids=1&ids=1&ids=12&ids=4&limit=7", []string{"X-Trace", "nope"}, []string{
			"X-Trace: must match the pattern \"^t-[0-9]+$\"",
			"errs: must be at least 1",
			"ids: items 0 and 1 are equal",
			"ids: must have at most 3 items",
			"ids[2]: must be at most 9",
			"limit: must be a multiple of 10",
			"name: must be at least 2 characters long",
			"page_size: must be at most 50",
			"pattern: must match the pattern \"^[a-z]+$\"",
		}},
		// A value that does not parse has that one problem.
		{"/stores/abc/items/x?name=toolong&page_size=0.5", nil, []string{
			"errs: must be an integer of that size",
			"name: must be at most 5 characters long",
			"page_size: must be an integer of that size",
		}},
	}
	for _, c := range cases {
		if c.want == nil {
			req, _ := http.NewRequest("GET", srv.URL+c.target, nil)
			for i := 0; i+1 < len(c.header); i += 2 {
				req.Header.Set(c.header[i], c.header[i+1])
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: %d, want 200", c.target, resp.StatusCode)
			}
			continue
		}
		status, _, body := send(t, srv, "GET", c.target, "", c.header...)
		if status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", c.target, status)
		}
		if diff := cmp.Diff(c.want, problems(body)); diff != "" {
			t.Errorf("%s: problems (-want +got):\n%s", c.target, diff)
		}
	}
}
