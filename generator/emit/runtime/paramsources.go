// The readers of parameter text in requests: where each parameter style
// travels, read the way the server parses it.

package runtime

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// pathValue is r.PathValue(name), never inlined: net/http's PathValue and
// the pattern search under it were inlined into every route with a path
// parameter, once per parameter, and made up half of the machine code of
// such a route.
//
//go:noinline
func pathValue(r *http.Request, name string) string { return r.PathValue(name) }

// queryParam returns the first value of the query parameter name. An empty
// value counts as absent, as in Coder's handlers (expect_status=).
func queryParam(r *http.Request, name string) (string, bool) {
	v := r.URL.Query().Get(name)
	return v, v != ""
}

// queryParams returns every value of the array query parameter name: one
// per occurrence when sep is "" (exploded: ?id=1&id=2), else the items of
// each occurrence split at sep (?id=1,2). Empty values are left out.
func queryParams(r *http.Request, name string, sep string) []string {
	var out []string
	for _, v := range r.URL.Query()[name] {
		if sep == "" {
			if v != "" {
				out = append(out, v)
			}
			continue
		}
		out = append(out, splitParam(v, sep)...)
	}
	return out
}

// queryKeys returns the first value of each query parameter listed in names
// (others false), or of each one not listed (others true): the properties
// of an exploded object parameter. A name ending in "[" lists every
// parameter it starts (a deepObject's). Empty values are left out; nil when
// there are none.
func queryKeys(r *http.Request, names []string, others bool) map[string]string {
	var out map[string]string
	for k, vs := range r.URL.Query() {
		listed := slices.ContainsFunc(names, func(n string) bool {
			return n == k || strings.HasSuffix(n, "[") && strings.HasPrefix(k, n)
		})
		if listed == others || vs[0] == "" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[k] = vs[0]
	}
	return out
}

// queryDeep returns the properties of the deepObject query parameter name
// (?name[key]=value), the first value of each. Empty values are left out;
// nil when there are none.
func queryDeep(r *http.Request, name string) map[string]string {
	return formDeep(r.URL.Query(), name)
}

// formDeep returns the properties of the form field name in bracket
// notation (name[key]=value; deeper keys as key][sub), the first value of
// each. Empty values are left out; nil when there are none.
func formDeep(values url.Values, name string) map[string]string {
	var out map[string]string
	for k, vs := range values {
		inner, ok := strings.CutPrefix(k, name+"[")
		key, closed := strings.CutSuffix(inner, "]")
		if !ok || !closed || vs[0] == "" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[key] = vs[0]
	}
	return out
}

// headerParam returns the header name; empty counts as absent.
func headerParam(r *http.Request, name string) (string, bool) {
	v := r.Header.Get(name)
	return v, v != ""
}

// cookieParam returns the cookie name's value; empty counts as absent.
func cookieParam(r *http.Request, name string) (string, bool) {
	c, err := r.Cookie(name)
	if err != nil || c.Value == "" {
		return "", false
	}
	return c.Value, true
}

// splitParam splits an array value at sep, leaving out empty items.
func splitParam(v, sep string) []string {
	var out []string
	for _, item := range strings.Split(v, sep) {
		if item != "" {
			out = append(out, item)
		}
	}
	return out
}

// cutSegment cuts the parameters out of the text of a path segment and
// appends them to into. literals are the text before, between and after
// them: each parameter runs up to the first occurrence of the literal that
// follows it, the last one up to the final literal, which ends the segment.
// A parameter is never empty. It reports false when the segment does not fit.
func cutSegment(into []string, seg string, literals ...string) ([]string, bool) {
	rest, ok := strings.CutPrefix(seg, literals[0])
	if !ok {
		return nil, false
	}
	last := len(literals) - 1
	for i := 1; i < last; i++ {
		v, after, found := strings.Cut(rest, literals[i])
		if !found || v == "" {
			return nil, false
		}
		into, rest = append(into, v), after
	}
	v, ok := strings.CutSuffix(rest, literals[last])
	if !ok || v == "" {
		return nil, false
	}
	return append(into, v), true
}
