package golden_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// TestSecuredOperationsAnswer401: every operation the spec secures answers
// 401 without a credential and with a forged one in every place it
// accepts, and lets each accepted scheme's valid credential through; an
// operation with optional security lets no credential through but not a
// forged one; one with `security: []` (or none) never asks the
// authenticator. No answer and no log line shows a credential, valid or
// forged. The table is the spec's: a new operation is covered as it comes.
func TestSecuredOperationsAnswer401(t *testing.T) {
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		open := 0
		for _, op := range a.api.Operations {
			target, body := concretePath(a.api, op), bodyFor(op)
			what := a.name + " " + op.Method + " " + target

			calls := p.authCalls
			w := p.serve(op.Method, target, body, nil)
			p.checkNoSecrets(t, what, w)
			switch {
			case requiresAuth(op) && w.Code != http.StatusUnauthorized:
				t.Errorf("%s without a credential: %d, want 401", what, w.Code)
			case !requiresAuth(op) && w.Code == http.StatusUnauthorized:
				t.Errorf("%s without a credential: 401, but the spec does not require one", what)
			}
			if op.Auth == nil {
				open++
				if p.authCalls != calls {
					t.Errorf("%s: the authenticator was asked about an operation with no security", what)
				}
				continue
			}

			forgedCreds := map[*ir.SecurityScheme]string{}
			for _, s := range op.Auth.Schemes {
				forgedCreds[s] = forged(s)
			}
			w = p.serve(op.Method, target, body, forgedCreds)
			p.checkNoSecrets(t, what+" (forged)", w)
			if w.Code != http.StatusUnauthorized {
				t.Errorf("%s with forged credentials: %d, want 401", what, w.Code)
			}
			for _, alt := range op.Auth.Required {
				creds := map[*ir.SecurityScheme]string{}
				for _, s := range alt {
					creds[s] = secretOf(s.Name)
				}
				w = p.serve(op.Method, target, body, creds)
				p.checkNoSecrets(t, what+" ("+schemeNames(alt)+")", w)
				if w.Code == http.StatusUnauthorized || w.Code == http.StatusForbidden {
					t.Errorf("%s with %s's valid credentials: %d", what, schemeNames(alt), w.Code)
				}
				for _, s := range alt {
					if len(alt) == 1 || aloneAdmits(op.Auth, s) {
						continue
					}
					w = p.serve(op.Method, target, body, map[*ir.SecurityScheme]string{s: secretOf(s.Name)})
					if w.Code != http.StatusUnauthorized {
						t.Errorf("%s with only %s's valid credential of %s: %d, want 401", what, s.Name, schemeNames(alt), w.Code)
					}
				}
			}
		}
		if a.name == "security-schemes" && open == 0 {
			t.Errorf("%s: no operation without security; the security: [] check ran on none", a.name)
		}
	}
}

// TestMethodsOutsideSpecAnswer405: on every path of a secured API, a
// method the spec does not list is answered 405 with an Allow header of
// exactly the listed ones, before any authentication.
func TestMethodsOutsideSpecAnswer405(t *testing.T) {
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		allowed := map[string][]string{}
		first := map[string]*ir.Operation{}
		var paths []string
		for _, op := range a.api.Operations {
			path := concretePath(a.api, op)
			if allowed[path] == nil {
				paths = append(paths, path)
				first[path] = op
			}
			allowed[path] = append(allowed[path], op.Method)
		}
		for _, path := range paths {
			listed := allowed[path]
			for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "BREW"} {
				if slices.Contains(listed, m) || m == "HEAD" && slices.Contains(listed, "GET") {
					continue
				}
				calls := p.authCalls
				w := p.serve(m, path, nil, credentialsFor(first[path]))
				if w.Code != http.StatusMethodNotAllowed {
					t.Errorf("%s %s %s: %d, want 405", a.name, m, path, w.Code)
					continue
				}
				got := strings.Split(w.Header().Get("Allow"), ", ")
				if !sameSet(got, listed) {
					t.Errorf("%s %s %s: Allow %q, want %q", a.name, m, path, got, listed)
				}
				if p.authCalls != calls {
					t.Errorf("%s %s %s: authenticated a method the API does not have", a.name, m, path)
				}
				p.checkNoSecrets(t, a.name+" "+m+" "+path, w)
			}
		}
	}
}

// sameSet reports whether a and b hold the same strings, HEAD aside.
func sameSet(a, b []string) bool {
	strip := func(s []string) []string {
		s = slices.DeleteFunc(slices.Clone(s), func(m string) bool { return m == "HEAD" })
		slices.Sort(s)
		return slices.Compact(s)
	}
	return slices.Equal(strip(a), strip(b))
}

// pathTricks are spellings of op's path that try to reach another route,
// or a route without its checks: dot segments plain and escaped, escaped
// slashes, doubled and trailing slashes, and each of those as the value of
// every path parameter.
func pathTricks(api *ir.API, op, otherOp *ir.Operation) []string {
	path, other := concretePath(api, op), concretePath(api, otherOp)
	i := strings.LastIndex(path, "/")
	tricks := []string{
		path + "/..", path + "/%2e%2e", path + "/%2E%2E/", path + "/.",
		"/" + path, path + "/", strings.ReplaceAll(path, "/", "//"),
		path[:i] + "%2f" + path[i+1:], path[:i] + "%2F..%2F" + path[i+1:],
		path + "/.." + other, path + "/%2e%2e" + other, path + "%2f..%2f.." + other,
		"/%2e%2e" + other, other + "/..%2f" + path[1:], "/./" + other[1:],
	}
	if path != pathWith(api, op, "x") {
		for _, value := range []string{"..", ".", "%2e%2e", "%2E", "..%2f..", "%2f", "%2F..%2F..%2F" + other[1:]} {
			tricks = append(tricks, pathWith(api, op, value))
		}
	}
	// An escaped first slash is no request path at all.
	return slices.DeleteFunc(tricks, func(s string) bool { return !strings.HasPrefix(s, "/") })
}

// TestPathTricksReachNoOtherRoute: for every pair of a secured API's
// operations, dot segments, escaped slashes and doubled slashes never reach
// an implementation other than the one whose template the path matches
// segment by segment (as ServeMux does, a cleaned path being redirected);
// without credentials they reach no secured implementation; nothing is
// answered 5xx but the Unimplemented server's 501.
func TestPathTricksReachNoOtherRoute(t *testing.T) {
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		tried, reached := 0, 0
		for _, op := range a.api.Operations {
			for _, other := range a.api.Operations {
				for _, target := range pathTricks(a.api, op, other) {
					for _, creds := range []map[*ir.SecurityScheme]string{nil, credentialsFor(op)} {
						tried++
						if checkTrick(t, p, op.Method, target, bodyFor(op), creds) {
							reached++
						}
					}
				}
			}
		}
		t.Logf("%s: %d tricky requests, %d reached an implementation", a.name, tried, reached)
	}
}

// checkTrick sends one tricky request and reports whether it reached an
// implementation.
func checkTrick(t *testing.T, p *probe, method, target string, body []byte, creds map[*ir.SecurityScheme]string) bool {
	t.Helper()
	w := p.serve(method, target, body, creds)
	what := p.a.name + " " + method + " " + target
	if creds == nil {
		what += " (no credential)"
	}
	p.checkNoSecrets(t, what, w)
	if w.Code >= 500 && w.Code != http.StatusNotImplemented {
		t.Errorf("%s: %d %s", what, w.Code, w.Body.String())
		return false
	}
	if w.Code >= 200 && w.Code < 300 {
		t.Errorf("%s: %d, but the Unimplemented server answers 501", what, w.Code)
		return false
	}
	reached := reachedOp(w)
	if reached == "" {
		return false
	}
	rawPath, _, _ := strings.Cut(target, "?")
	want := opByTemplate(p.a.api, method, rawPath)
	switch {
	case want == nil:
		t.Errorf("%s reached %s, but matches no route", what, reached)
	case want.Name != reached:
		t.Errorf("%s reached %s, but matches %s", what, reached, want.Name)
	case creds == nil && requiresAuth(want):
		t.Errorf("%s reached %s without a credential", what, reached)
	}
	return true
}

// schemeNames joins the names of an alternative's schemes with "+".
func schemeNames(alt []*ir.SecurityScheme) string {
	names := make([]string, len(alt))
	for i, s := range alt {
		names[i] = s.Name
	}
	return strings.Join(names, "+")
}

// aloneAdmits reports whether the scheme is an alternative by itself
// (with {} too, a part of an alternative is refused, not taken for none).
func aloneAdmits(a *ir.Auth, s *ir.SecurityScheme) bool {
	for _, alt := range a.Required {
		if len(alt) == 1 && alt[0] == s {
			return true
		}
	}
	return false
}
