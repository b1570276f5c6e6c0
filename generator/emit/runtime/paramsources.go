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

// queryItems returns every item of the array query parameter name, as
// queryParams does, keeping the empty ones: for items that may be the
// empty string, ?tags=&tags=a is ["", "a"] and ?ids= (split at sep) is
// [""], as RFC 6570 writes them (an empty list is no parameter at all).
func queryItems(r *http.Request, name string, sep string) []string {
	var out []string
	for _, v := range r.URL.Query()[name] {
		if sep == "" {
			out = append(out, v)
			continue
		}
		out = append(out, strings.Split(v, sep)...)
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

// headerItems returns the items of the array header parameter name,
// split at commas, keeping the empty ones (items that may be the empty
// string): a header that is there but empty is [""]; nil when there is
// none.
func headerItems(r *http.Request, name string) []string {
	vs := r.Header.Values(name)
	if len(vs) == 0 {
		return nil
	}
	return strings.Split(vs[0], ",")
}

// cookieParam returns the cookie name's value, percent-decoded (a value
// that is no percent-encoding is taken as it is); empty counts as absent.
// A form-style cookie is written as RFC 6570 writes a form value,
// percent-encoded, as OpenAPI 3.0.4's and 3.1.1's Appendix D reads the
// style for cookies: the only way a cookie carries a space, a comma, a
// quote or non-ASCII text, which net/http's Cookie drops.
func cookieParam(r *http.Request, name string) (string, bool) {
	v, ok := cookieRaw(r, name)
	return unescapeCookie(v), ok
}

// cookieRaw returns the cookie name's value as sent, for an array or an
// object, whose items are split before each is decoded (an item may hold
// an encoded comma); empty counts as absent.
func cookieRaw(r *http.Request, name string) (string, bool) {
	v, ok := cookieFound(r, name)
	return v, ok && v != ""
}

// cookieItems returns the items of the array cookie parameter name, split
// at commas and each percent-decoded; empty items are kept when keepEmpty
// (items that may be the empty string: a cookie that is there but empty
// is [""]), else left out.
func cookieItems(r *http.Request, name string, keepEmpty bool) []string {
	v, ok := cookieFound(r, name)
	if !ok || v == "" && !keepEmpty {
		return nil
	}
	var out []string
	for item := range strings.SplitSeq(v, ",") {
		if item != "" || keepEmpty {
			out = append(out, unescapeCookie(item))
		}
	}
	return out
}

// unescapeCookie percent-decodes a cookie value or item, or returns it as
// it is when it is no percent-encoding (50%, from a client that did not
// encode).
func unescapeCookie(v string) string {
	if !strings.Contains(v, "%") {
		return v
	}
	if u, err := url.PathUnescape(v); err == nil {
		return u
	}
	return v
}

// unescapePairs returns the names and values of a cookie object's pairs
// percent-decoded (a new map: a name decoded in place could be met, and
// decoded, again); nil for nil.
func unescapePairs(pairs map[string]string) map[string]string {
	if pairs == nil {
		return nil
	}
	out := make(map[string]string, len(pairs))
	for k, v := range pairs {
		out[unescapeCookie(k)] = unescapeCookie(v)
	}
	return out
}

// cookieFound returns the cookie name's value, unquoted, and whether the
// request has it. A name that is no HTTP token (page[size], as PHP and
// JSON:API write them) is one net/http's Cookie parser skips, though
// clients and browsers send it as given: such a name is looked up in the
// Cookie headers directly.
func cookieFound(r *http.Request, name string) (string, bool) {
	if strings.ContainsFunc(name, notTokenChar) {
		return rawCookie(r, name)
	}
	c, err := r.Cookie(name)
	if err != nil {
		return "", false
	}
	return c.Value, true
}

// rawCookie returns the value of the first name=value pair of the Cookie
// headers whose name is name, unquoted, and whether there is one.
func rawCookie(r *http.Request, name string) (string, bool) {
	for _, line := range r.Header["Cookie"] {
		for pair := range strings.SplitSeq(line, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if !ok || k != name {
				continue
			}
			if len(v) > 1 && v[0] == '"' && v[len(v)-1] == '"' {
				v = v[1 : len(v)-1]
			}
			return v, true
		}
	}
	return "", false
}
