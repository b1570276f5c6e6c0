package runtime

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"
)

func TestQueryParams(t *testing.T) {
	r := httptest.NewRequest("GET", "/?a=1&a=2&empty=&ids=1,,2&ids=3&o[x]=1&o[y]=&o[z=2&p=5&q[k]=6", nil)
	for _, c := range []struct {
		name, got, want string
	}{
		{"first value", str(queryParam(r, "a")), "1 true"},
		{"empty is absent", str(queryParam(r, "empty")), " false"},
		{"missing", str(queryParam(r, "zz")), " false"},
		{"exploded array", fmt.Sprint(queryParams(r, "a", "")), "[1 2]"},
		{"empty items left out", fmt.Sprint(queryParams(r, "empty", "")), "[]"},
		{"split arrays", fmt.Sprint(queryParams(r, "ids", ",")), "[1 2 3]"},
		{"deepObject", fmt.Sprint(queryDeep(r, "o")), "map[x:1]"},
		{"no deepObject", fmt.Sprint(queryDeep(r, "none") == nil), "true"},
		{"listed keys", fmt.Sprint(queryKeys(r, []string{"a", "p", "empty"}, false)), "map[a:1 p:5]"},
		{"listed prefix", fmt.Sprint(queryKeys(r, []string{"q["}, false)), "map[q[k]:6]"},
		{"other keys", fmt.Sprint(queryKeys(r, []string{"a", "ids", "o[", "q["}, true)), "map[p:5]"},
		{"no keys", fmt.Sprint(queryKeys(r, []string{"zz"}, false) == nil), "true"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, c.got, c.want)
		}
	}
}

func str(s string, ok bool) string { return fmt.Sprint(s, " ", ok) }

func TestFormDeep(t *testing.T) {
	v := url.Values{"f[a]": {"1", "2"}, "f[b][c]": {"3"}, "f[e]": {""}, "g[a]": {"4"}, "f": {"5"}}
	if got := fmt.Sprint(formDeep(v, "f")); got != "map[a:1 b][c:3]" {
		t.Errorf("formDeep = %s", got)
	}
}

func TestHeaderAndCookieParams(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("X-A", "1")
	r.Header.Set("X-Empty", "")
	r.AddCookie(&http.Cookie{Name: "c", Value: "2"})
	r.AddCookie(&http.Cookie{Name: "e", Value: ""})
	// Names that are no token, which r.Cookie skips; a second Cookie line.
	r.AddCookie(&http.Cookie{Name: "page[size]", Value: "a,b"})
	r.AddCookie(&http.Cookie{Name: "f[x]", Value: ""})
	r.Header.Add("Cookie", "g[y]=3")
	for _, c := range []struct{ got, want string }{
		{str(headerParam(r, "X-A")), "1 true"},
		{str(headerParam(r, "X-Empty")), " false"},
		{str(headerParam(r, "X-None")), " false"},
		{str(cookieParam(r, "c")), "2 true"},
		{str(cookieParam(r, "e")), " false"},
		{str(cookieParam(r, "none")), " false"},
		{str(cookieParam(r, "page[size]")), "a,b true"},
		{str(cookieParam(r, "f[x]")), " false"},
		{str(cookieParam(r, "g[y]")), "3 true"},
		{str(cookieParam(r, "page[")), " false"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

func TestSplitParam(t *testing.T) {
	for _, c := range []struct {
		v, sep string
		want   []string
	}{
		{"a,b,c", ",", []string{"a", "b", "c"}},
		{",a,,b,", ",", []string{"a", "b"}},
		{"", ",", nil},
		{"a b", " ", []string{"a", "b"}},
	} {
		if got := splitParam(c.v, c.sep); !slices.Equal(got, c.want) {
			t.Errorf("splitParam(%q, %q) = %q, want %q", c.v, c.sep, got, c.want)
		}
	}
}

// TestCutSegment: parameters run up to the next literal; the last up to the
// final literal, which ends the segment; none may be empty.
func TestCutSegment(t *testing.T) {
	for _, c := range []struct {
		seg      string
		literals []string
		want     []string
		ok       bool
	}{
		{"a.json", []string{"", ".json"}, []string{"a"}, true},
		{"v1-v2.txt", []string{"", "-", ".txt"}, []string{"v1", "v2"}, true},
		{"x=a.b.c", []string{"x=", ".", ""}, []string{"a", "b.c"}, true},
		{"y=a", []string{"x=", ""}, nil, false},              // wrong first literal
		{"-v2.txt", []string{"", "-", ".txt"}, nil, false},   // empty first parameter
		{"v1v2.txt", []string{"", "-", ".txt"}, nil, false},  // missing literal
		{"v1-.txt", []string{"", "-", ".txt"}, nil, false},   // empty last parameter
		{"v1-v2.csv", []string{"", "-", ".txt"}, nil, false}, // wrong final literal
	} {
		got, ok := cutSegment([]string{"pre"}, c.seg, c.literals...)
		want := c.want
		if c.ok {
			want = append([]string{"pre"}, c.want...)
		}
		if ok != c.ok || !slices.Equal(got, want) {
			t.Errorf("cutSegment(%q, %q) = %q, %v; want %q, %v", c.seg, c.literals, got, ok, want, c.ok)
		}
	}
}

// TestEmptyItems: queryItems, headerItems and cookieItems keep empty
// items (RFC 6570's empty strings), and an empty value present is one
// empty item; absent is none.
func TestEmptyItems(t *testing.T) {
	r := httptest.NewRequest("GET", "/?t=&t=a&f=,a,&e=", nil)
	r.Header.Set("X-Empty", "")
	r.Header.Set("X-Two", ",b")
	r.Header.Set("Cookie", `c=; d=%2C,x%20y; q="a,b"`)
	for _, c := range []struct {
		name string
		got  []string
		want []string
	}{
		{"exploded", queryItems(r, "t", ""), []string{"", "a"}},
		{"split", queryItems(r, "f", ","), []string{"", "a", ""}},
		{"empty split", queryItems(r, "e", ","), []string{""}},
		{"absent query", queryItems(r, "none", ","), nil},
		{"empty header", headerItems(r, "X-Empty"), []string{""}},
		{"header", headerItems(r, "X-Two"), []string{"", "b"}},
		{"absent header", headerItems(r, "X-None"), nil},
		{"empty cookie kept", cookieItems(r, "c", true), []string{""}},
		{"empty cookie left out", cookieItems(r, "c", false), nil},
		{"cookie items decoded after the split", cookieItems(r, "d", false), []string{",", "x y"}},
		{"quoted cookie", cookieItems(r, "q", false), []string{"a", "b"}},
		{"absent cookie", cookieItems(r, "none", true), nil},
	} {
		if !slices.Equal(c.got, c.want) || (c.got == nil) != (c.want == nil) {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}

// TestCookieUnescape: cookie values are percent-decoded, names and values
// of pairs too; what is no percent-encoding stays as it is.
func TestCookieUnescape(t *testing.T) {
	for in, want := range map[string]string{"%C3%A9": "é", "a%20b%2Cc": "a b,c", "50%": "50%", "%zz": "%zz", "a+b": "a+b", "plain": "plain"} {
		if got := unescapeCookie(in); got != want {
			t.Errorf("unescapeCookie(%q) = %q, want %q", in, got, want)
		}
	}
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Cookie", "n=%C3%A9; e=")
	if got := str(cookieParam(r, "n")); got != "é true" {
		t.Errorf("cookieParam = %s", got)
	}
	if got := str(cookieRaw(r, "n")); got != "%C3%A9 true" {
		t.Errorf("cookieRaw = %s", got)
	}
	if got := str(cookieRaw(r, "e")); got != " false" {
		t.Errorf("cookieRaw of an empty cookie = %s", got)
	}
	pairs := unescapePairs(map[string]string{"k%2C1": "v%3B1", "plain": "%C3%BC", "a%2541": "%2541"})
	if got := fmt.Sprint(pairs); got != "map[a%41:%41 k,1:v;1 plain:ü]" {
		t.Errorf("unescapePairs = %s", got)
	}
}
