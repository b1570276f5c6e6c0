package golden_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// probe drives one secured case's generated handler in process, with an
// authenticator that accepts exactly the suite's credentials and a logger
// whose output the tests read.
type probe struct {
	a         securedAPI
	h         http.Handler
	mu        sync.Mutex
	logs      bytes.Buffer
	authCalls int
	// panicWith, when set, is what the authenticator panics with.
	panicWith string
}

func newProbe(a securedAPI) *probe {
	p := &probe{a: a}
	valid := map[string]bool{}
	for _, s := range a.api.SecuritySchemes {
		valid[wireToken(s, secretOf(s.Name))] = true
	}
	auth := func(ctx context.Context, token string) (context.Context, error) {
		p.mu.Lock()
		p.authCalls++
		panicWith := p.panicWith
		p.mu.Unlock()
		if panicWith != "" {
			panic(panicWith)
		}
		if !valid[token] {
			// An authenticator may well say what it rejected: the handler
			// must show it to no one.
			return nil, errors.New("rejected credential " + token)
		}
		return ctx, nil
	}
	p.h = a.handler(auth, slog.New(slog.NewTextHandler(lockedWriter{p}, nil)))
	return p
}

// lockedWriter appends to the probe's log under its lock.
type lockedWriter struct{ p *probe }

func (w lockedWriter) Write(b []byte) (int, error) {
	w.p.mu.Lock()
	defer w.p.mu.Unlock()
	return w.p.logs.Write(b)
}

func (p *probe) logText() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.logs.String()
}

// wireToken is the token the server hands the authenticator for a
// credential: Basic's is the base64 pair, as the header carries it.
func wireToken(s *ir.SecurityScheme, secret string) string {
	if s.IsBasic() {
		return base64.StdEncoding.EncodeToString([]byte(secretUser + ":" + secret))
	}
	return secret
}

// putCredential puts secret where scheme s says a credential travels.
func putCredential(r *http.Request, s *ir.SecurityScheme, secret string) {
	switch {
	case s.IsBasic():
		r.SetBasicAuth(secretUser, secret)
	case s.InAuthorization():
		r.Header.Set("Authorization", s.AuthorizationScheme()+" "+secret)
	case s.In == "header":
		r.Header.Set(s.Param, secret)
	case s.In == "cookie":
		r.AddCookie(&http.Cookie{Name: s.Param, Value: secret})
	default:
		q := r.URL.Query()
		q.Set(s.Param, secret)
		r.URL.RawQuery = q.Encode()
	}
}

// forged is a credential no authenticator accepts.
func forged(s *ir.SecurityScheme) string { return "forged-credential-" + s.Name }

// serve sends one request to the handler: target is a path with an
// optional query, body JSON, each of creds put where its scheme says.
func (p *probe) serve(method, target string, body []byte, creds map[*ir.SecurityScheme]string) *httptest.ResponseRecorder {
	return p.serveAs(method, target, "application/json", body, creds)
}

// serveAs is serve with a body of mediaType.
func (p *probe) serveAs(method, target, mediaType string, body []byte, creds map[*ir.SecurityScheme]string) *httptest.ResponseRecorder {
	var r *http.Request
	if body != nil {
		r = httptest.NewRequest(method, target, bytes.NewReader(body))
		r.Header.Set("Content-Type", mediaType)
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	for s, secret := range creds {
		putCredential(r, s, secret)
	}
	w := httptest.NewRecorder()
	p.h.ServeHTTP(w, r)
	return w
}

// concretePath is op's path under the API's base path with a value for
// every parameter that its type reads (pathValue).
func concretePath(api *ir.API, op *ir.Operation) string { return pathWith(api, op, "") }

// pathWith is concretePath with every parameter's value raw (escaped as
// it is to travel) when raw is not "".
func pathWith(api *ir.API, op *ir.Operation, raw string) string {
	var b strings.Builder
	b.WriteString(api.BasePath)
	for _, part := range op.PathParts {
		switch {
		case part.Param == nil:
			b.WriteString(part.Literal)
		case raw != "":
			b.WriteString(raw)
		default:
			b.WriteString(pathValue(part.Param.Type))
		}
	}
	return b.String()
}

// pathValue is a path parameter value of type t: a UUID for format uuid,
// an enum's first value, else "1", which integers and strings read.
func pathValue(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Primitive:
		if t.Format == "uuid" {
			return "6a2b9c6e-2f35-4e8e-9a7a-1f4b9b0d3c11"
		}
	case *ir.Enum:
		if len(t.Values) > 0 {
			return url.PathEscape(fmt.Sprint(t.Values[0].Value))
		}
	case *ir.Ref:
		if t.Decl != nil {
			return pathValue(t.Decl.Type)
		}
	}
	return "1"
}

// bodyFor is a small JSON body for an operation that takes one, else nil.
func bodyFor(op *ir.Operation) []byte {
	if op.Body == nil {
		return nil
	}
	return []byte("{}")
}

// credentialsFor is the valid credentials of op's first alternative, every
// scheme it names (an alternative naming Basic and another http scheme,
// which share the Authorization header, cannot be met); nil for an
// operation without security.
func credentialsFor(op *ir.Operation) map[*ir.SecurityScheme]string {
	if op.Auth == nil || len(op.Auth.Required) == 0 {
		return nil
	}
	creds := map[*ir.SecurityScheme]string{}
	for _, s := range op.Auth.Required[0] {
		creds[s] = secretOf(s.Name)
	}
	return creds
}

// requiresAuth reports whether op answers 401 without a credential.
func requiresAuth(op *ir.Operation) bool {
	return op.Auth != nil && !op.Auth.Optional
}

// reachedOp names the operation whose implementation answered w, from the
// 501 of the Unimplemented server ("ByHeader is not implemented."); "" when
// no implementation answered.
func reachedOp(w *httptest.ResponseRecorder) string {
	if w.Code != http.StatusNotImplemented {
		return ""
	}
	body := w.Body.String()
	i := strings.Index(body, " is not implemented")
	if i < 0 {
		return "?"
	}
	j := strings.LastIndexAny(body[:i], "\" ") + 1
	return body[j:i]
}

// checkNoSecrets fails when an answer or the log shows a credential, valid
// or forged.
func (p *probe) checkNoSecrets(t *testing.T, what string, w *httptest.ResponseRecorder) {
	t.Helper()
	secrets := secretsOf(p.a.api)
	for _, s := range p.a.api.SecuritySchemes {
		secrets = append(secrets, forged(s))
	}
	var headers strings.Builder
	w.Header().Write(&headers)
	// ServeMux answers an unclean path with a redirect to the clean one,
	// restating the request's own query (a query key included) to the
	// client that sent it, at the same origin: not a leak.
	if w.Code/100 == 3 {
		headers.Reset()
		w.Body.Reset()
	}
	if got := leaked(headers.String()+w.Body.String(), secrets); len(got) > 0 {
		t.Errorf("%s: the answer shows %q:\n%s", what, got, w.Body.String())
	}
	if got := leaked(p.logText(), secrets); len(got) > 0 {
		t.Errorf("%s: the log shows %q", what, got)
	}
}

// opByTemplate is the operation whose path template matches rawPath
// segment by segment, as ServeMux matches; nil for none, and for any path
// with an empty, "." or ".." segment as written (ServeMux cleans those,
// redirecting). An escaped dot segment or slash is not cleaned: it is data,
// which a parameter's segment takes.
func opByTemplate(api *ir.API, method, rawPath string) *ir.Operation {
	segs := strings.Split(rawPath, "/")[1:]
	for _, s := range segs {
		if _, err := url.PathUnescape(s); err != nil || s == "" || s == "." || s == ".." {
			return nil
		}
	}
	for _, op := range api.Operations {
		if op.Method != method && !(method == http.MethodHead && op.Method == http.MethodGet) {
			continue
		}
		tmpl := strings.Split(templateOf(api, op), "/")[1:]
		if len(tmpl) != len(segs) {
			continue
		}
		match := true
		for i, s := range segs {
			u, _ := url.PathUnescape(s)
			if !strings.Contains(tmpl[i], "\x00") && tmpl[i] != u {
				match = false
				break
			}
		}
		if match {
			return op
		}
	}
	return nil
}

// templateOf is op's path under the base path with each segment that holds
// a parameter marked by a NUL, which no request path carries.
func templateOf(api *ir.API, op *ir.Operation) string {
	var b strings.Builder
	b.WriteString(api.BasePath)
	for _, part := range op.PathParts {
		if part.Param != nil {
			b.WriteString("\x00")
			continue
		}
		b.WriteString(part.Literal)
	}
	return b.String()
}
