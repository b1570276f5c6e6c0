package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"

	cookies "github.com/specgen/specgen/golden/cookie-percent-encoded/want"
)

// cookiePrefs implements golden/cookie-percent-encoded's Server, keeping
// what it was called with.
type cookiePrefs struct{ got *cookies.GetPrefsParams }

func (s cookiePrefs) GetPrefs(_ context.Context, params cookies.GetPrefsParams) error {
	*s.got = params
	return nil
}

// TestCookiePercentEncoded: cookie parameters holding what a cookie
// cannot carry as it is (non-ASCII, spaces, commas, semicolons, quotes,
// percent signs) arrive from the generated client as sent, scalars,
// enums, array items, object properties and map names and values alike;
// a value that is no percent-encoding, as another client may send it, is
// taken as it is.
func TestCookiePercentEncoded(t *testing.T) {
	var got cookies.GetPrefsParams
	srv := httptest.NewServer(cookies.NewHandler(cookiePrefs{got: &got}))
	defer srv.Close()
	client, err := cookies.NewClient(srv.URL, cookies.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	text := func(s string) *string { return &s }
	mode := cookies.GetPrefsMode("é")
	count := int64(7)
	dark := true
	for _, sent := range []cookies.GetPrefsParams{
		{Name: "é"},
		{
			Name:   `a b,c;d"e\f%41+g=h`,
			Mode:   &mode,
			Count:  &count,
			Tags:   []string{"x,y", "ü", "50%", "a b"},
			Theme:  &cookies.GetPrefsTheme{Color: text("dark, blue; é"), Dark: &dark},
			Labels: map[string]string{"k,1": "v;1", "ключ": "значение"},
			Filter: &cookies.GetPrefsFilter{Q: text(`"quoted", ok`)},
		},
	} {
		got = cookies.GetPrefsParams{}
		if err := client.GetPrefs(context.Background(), sent); err != nil {
			t.Fatalf("%+v: %v", sent, err)
		}
		if diff := cmp.Diff(sent, got); diff != "" {
			t.Errorf("the server got (-sent +got):\n%s", diff)
		}
	}

	got = cookies.GetPrefsParams{}
	req, _ := http.NewRequest("GET", srv.URL+"/prefs", nil)
	req.Header.Set("Cookie", `name=50%; tags="a,%zz"`)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	want := cookies.GetPrefsParams{Name: "50%", Tags: []string{"a", "%zz"}}
	if diff := cmp.Diff(want, got); resp.StatusCode != http.StatusNoContent || diff != "" {
		t.Errorf("a cookie not percent-encoded: %d, got (-want +got):\n%s", resp.StatusCode, diff)
	}
}
