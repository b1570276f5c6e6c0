package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// answer is what a handler method wrote: status, content type and body.
type answer struct {
	status      int
	contentType string
	body        string
}

func answered(rec *httptest.ResponseRecorder) answer {
	return answer{rec.Code, rec.Header().Get("Content-Type"), rec.Body.String()}
}

// TestHandlerAnswers: JSON answers, error answers (with the status put into
// the body, the error content type, a bodiless error's status text, a status
// out of range as 500), and what an implementation's error becomes.
func TestHandlerAnswers(t *testing.T) {
	var logged bytes.Buffer
	h := &handler{log: slog.New(slog.NewTextHandler(&logged, nil))}
	mapped := &handler{mapError: func(_ context.Context, err error) *APIError {
		if err.Error() == "gone" {
			return NewAPIError(http.StatusGone, "It is gone.")
		}
		return nil
	}}
	tooLarge := fmt.Errorf("reading: %w", &http.MaxBytesError{Limit: 10})
	for _, c := range []struct {
		name  string
		write func(w http.ResponseWriter, r *http.Request)
		want  answer
	}{
		{"writeJSON", func(w http.ResponseWriter, r *http.Request) { h.writeJSON(w, r, 201, map[string]int{"a": 1}) },
			answer{201, "application/json; charset=utf-8", "{\"a\":1}\n"}},
		{"writeJSON of what cannot be encoded", func(w http.ResponseWriter, r *http.Request) { h.writeJSON(w, r, 200, math.Inf(1)) },
			answer{500, "application/json; charset=utf-8", `{"detail":"","message":"An internal server error occurred.","status":500}` + "\n"}},
		{"writeError", func(w http.ResponseWriter, r *http.Request) { h.writeError(w, r, NewAPIError(404, "No such pet.")) },
			answer{404, errorContentType, `{"detail":"","message":"No such pet.","status":404}` + "\n"}},
		{"writeError without a body", func(w http.ResponseWriter, r *http.Request) { h.writeError(w, r, &APIError{StatusCode: 409}) },
			answer{409, errorContentType, `{"detail":"","message":"Conflict","status":409}` + "\n"}},
		{"writeError of a status out of range", func(w http.ResponseWriter, r *http.Request) { h.writeError(w, r, &APIError{StatusCode: 42}) },
			answer{500, errorContentType, `{"detail":"","message":"Internal Server Error","status":500}` + "\n"}},
		{"fail with an *APIError", func(w http.ResponseWriter, r *http.Request) {
			h.fail(w, r, fmt.Errorf("wrapped: %w", NewAPIError(403, "No.")))
		}, answer{403, errorContentType, `{"detail":"","message":"No.","status":403}` + "\n"}},
		{"fail not implemented", func(w http.ResponseWriter, r *http.Request) { h.fail(w, r, notImplemented("GetPet")) },
			answer{501, errorContentType, `{"detail":"","message":"GetPet is not implemented.","status":501}` + "\n"}},
		{"fail with a body too large", func(w http.ResponseWriter, r *http.Request) { h.fail(w, r, tooLarge) },
			answer{413, errorContentType, `{"detail":"","message":"The request body is larger than 10 bytes.","status":413}` + "\n"}},
		{"fail mapped", func(w http.ResponseWriter, r *http.Request) { mapped.fail(w, r, errors.New("gone")) },
			answer{410, errorContentType, `{"detail":"","message":"It is gone.","status":410}` + "\n"}},
		{"fail not mapped", func(w http.ResponseWriter, r *http.Request) { mapped.fail(w, r, errors.New("other")) },
			answer{500, errorContentType, `{"detail":"","message":"An internal server error occurred.","status":500}` + "\n"}},
		{"fail logged", func(w http.ResponseWriter, r *http.Request) { h.fail(w, r, errors.New("disk on fire")) },
			answer{500, errorContentType, `{"detail":"","message":"An internal server error occurred.","status":500}` + "\n"}},
		{"badRequest", func(w http.ResponseWriter, r *http.Request) {
			h.writeError(w, r, badRequest("Invalid.", "see below", inputProblem{"limit", "must be a number"}))
		}, answer{400, errorContentType, `{"detail":"see below","message":"Invalid.","problems":["limit: must be a number"],"status":400}` + "\n"}},
		{"writeRawBody", func(w http.ResponseWriter, r *http.Request) {
			h.writeRawBody(w, 200, &RawBody{ContentType: "text/plain", Body: io.NopCloser(strings.NewReader("hi"))})
		}, answer{200, "text/plain", "hi"}},
		{"writeRawBody without a body", func(w http.ResponseWriter, r *http.Request) { h.writeRawBody(w, 204, nil) },
			answer{204, "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			c.write(rec, httptest.NewRequest("GET", "/pets", nil))
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	for _, want := range []string{"encoding the answer", "disk on fire", "path=/pets"} {
		if !strings.Contains(logged.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, logged.String())
		}
	}
}

// TestHandlerAuthenticate: no credential is 401 unless optional, a
// credential goes to the Authenticator (whose context the route gets, and
// whose error is the answer), and without an Authenticator no credential
// passes unless WithAnyCredential said so.
func TestHandlerAuthenticate(t *testing.T) {
	type key struct{}
	auth := func(ctx context.Context, token string) (context.Context, error) {
		switch token {
		case "good":
			return context.WithValue(ctx, key{}, token), nil
		case "blocked":
			return nil, NewAPIError(http.StatusForbidden, "Blocked.")
		case "plain":
			return nil, nil
		}
		return nil, errors.New("unknown token")
	}
	for _, c := range []struct {
		name      string
		h         *handler
		header    string
		cookie    string
		optional  bool
		wantOK    bool
		wantValue any
		want      answer
	}{
		{name: "none", h: &handler{auth: auth}, want: answer{401, errorContentType, `{"detail":"","message":"Authentication required: the request carries no credential.","status":401}` + "\n"}},
		{name: "none, optional", h: &handler{auth: auth}, optional: true, wantOK: true, want: answer{200, "", ""}},
		{name: "accepted", h: &handler{auth: auth}, header: "Bearer good", wantOK: true, wantValue: "good", want: answer{200, "", ""}},
		{name: "accepted from a cookie", h: &handler{auth: auth, cookies: []string{"session"}}, cookie: "good", wantOK: true, wantValue: "good", want: answer{200, "", ""}},
		{name: "accepted, same context", h: &handler{auth: auth}, header: "bearer  plain ", wantOK: true, want: answer{200, "", ""}},
		{name: "another scheme", h: &handler{auth: auth}, header: "Basic good", want: answer{401, errorContentType, `{"detail":"","message":"Authentication required: the request carries no credential.","status":401}` + "\n"}},
		{name: "rejected", h: &handler{auth: auth}, header: "Bearer bad", want: answer{401, errorContentType, `{"detail":"","message":"Authentication failed: the credential was rejected.","status":401}` + "\n"}},
		{name: "rejected as the Authenticator says", h: &handler{auth: auth}, header: "Bearer blocked", want: answer{403, errorContentType, `{"detail":"","message":"Blocked.","status":403}` + "\n"}},
		{name: "no Authenticator", h: &handler{}, header: "Bearer anything", want: answer{401, errorContentType, `{"detail":"","message":"Authentication failed: this server has no way to check credentials.","status":401}` + "\n"}},
		{name: "no Authenticator, optional", h: &handler{}, optional: true, wantOK: true, want: answer{200, "", ""}},
		{name: "any credential", h: &handler{anyCredential: true}, header: "Bearer anything", wantOK: true, want: answer{200, "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			if c.header != "" {
				r.Header.Set("Authorization", c.header)
			}
			if c.cookie != "" {
				r.AddCookie(&http.Cookie{Name: "session", Value: c.cookie})
			}
			rec := httptest.NewRecorder()
			ctx, ok := c.h.authenticate(rec, r, 1, c.optional)
			if ok != c.wantOK {
				t.Fatalf("ok = %v, want %v", ok, c.wantOK)
			}
			if ok && ctx.Value(key{}) != c.wantValue {
				t.Errorf("context value = %v, want %v", ctx.Value(key{}), c.wantValue)
			}
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	if (&handler{cookies: []string{"session"}}).carriesAny(httptest.NewRequest("GET", "/", nil), nil) {
		t.Errorf("a request without credentials carries one of no scheme")
	}
}

// failingReader fails every read.
type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

// TestHandlerBodies: a body is read up to the limit (413 past it, 400 when
// reading fails; 400 when a required one is absent), decoded and checked with every problem at once, or handed
// over as a stream (400 when a required one is empty).
func TestHandlerBodies(t *testing.T) {
	h := &handler{maxBodyBytes: 8}
	for _, c := range []struct {
		name   string
		body   io.Reader
		wantOK bool
		want   answer
	}{
		{"small", strings.NewReader("12345678"), true, answer{200, "", ""}},
		{"too large", strings.NewReader("123456789"), false, answer{413, errorContentType, `{"detail":"","message":"The request body is larger than 8 bytes.","status":413}` + "\n"}},
		{"failing", failingReader{}, false, answer{400, errorContentType, `{"detail":"","message":"Reading the request body failed.","status":400}` + "\n"}},
	} {
		t.Run("readBody "+c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			data, ok := h.readBody(rec, httptest.NewRequest("POST", "/", c.body))
			if ok != c.wantOK || ok && string(data) != "12345678" {
				t.Errorf("readBody = %q, %v", data, ok)
			}
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	for body, wantOK := range map[string]bool{"": false, " null ": false, "{}": true, "123456789": false} {
		rec := httptest.NewRecorder()
		data, ok := h.readRequiredBody(rec, httptest.NewRequest("POST", "/", strings.NewReader(body)))
		if ok != wantOK || ok && string(data) != body {
			t.Errorf("readRequiredBody(%q) = %q, %v", body, data, ok)
		}
		if got := answered(rec); body != "123456789" && !ok && (got.status != 400 || !strings.Contains(got.body, "A request body is required.")) {
			t.Errorf("readRequiredBody(%q) answered %+v", body, got)
		}
	}
	for _, c := range []struct {
		data string
		want bool
	}{{"", true}, {" \n", true}, {"null", true}, {" null ", true}, {"{}", false}, {"0", false}} {
		if got := isEmptyBody([]byte(c.data)); got != c.want {
			t.Errorf("isEmptyBody(%q) = %v", c.data, got)
		}
	}

	var n int64
	decode := func(r *jsonReader) { jsonInt(&n, r) }
	positive := func() error {
		if n <= 0 {
			return ValueErrors{{Message: "must be positive"}, {Field: "n", Message: "must be odd"}}
		}
		return nil
	}
	for _, c := range []struct {
		name, data string
		check      func() error
		wantOK     bool
		want       answer
	}{
		{"valid", "3", positive, true, answer{200, "", ""}},
		{"unchecked", "-2", nil, true, answer{200, "", ""}},
		{"syntax error", "{", positive, false, answer{400, errorContentType, ""}},
		{"invalid", "-2", positive, false, answer{400, errorContentType, `{"detail":"","message":"Validation failed.","problems":["body: must be positive","n: must be odd"],"status":400}` + "\n"}},
	} {
		t.Run("decodeBody "+c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			ok := h.decodeBody(rec, httptest.NewRequest("POST", "/", nil), []byte(c.data), decode, c.check)
			if ok != c.wantOK {
				t.Errorf("decodeBody = %v", ok)
			}
			got := answered(rec)
			if c.name == "syntax error" {
				if !strings.Contains(got.body, `"message":"Request body must be valid JSON.","problems":["body: `) {
					t.Errorf("body %s", got.body)
				}
				got.body = ""
			}
			if got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}

	for _, c := range []struct {
		name     string
		body     string
		required bool
		wantOK   bool
		wantBody bool
		want     answer
	}{
		{"a body", "data", true, true, true, answer{200, "", ""}},
		{"empty, optional", "", false, true, false, answer{200, "", ""}},
		{"empty, required", "", true, false, false, answer{400, errorContentType, `{"detail":"","message":"A request body is required.","status":400}` + "\n"}},
	} {
		t.Run("requestStream "+c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			body, ok := h.requestStream(rec, httptest.NewRequest("POST", "/", strings.NewReader(c.body)), c.required)
			if ok != c.wantOK || (body != nil) != c.wantBody {
				t.Fatalf("requestStream = %v, %v", body, ok)
			}
			if body != nil {
				if data, _ := io.ReadAll(body); string(data) != c.body {
					t.Errorf("read %q", data)
				}
			}
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	// Reading a stream past the limit fails with the error fail answers 413.
	body, _ := h.requestStream(httptest.NewRecorder(), httptest.NewRequest("POST", "/", strings.NewReader("123456789")), true)
	if _, err := io.ReadAll(body); !errors.As(err, new(*http.MaxBytesError)) {
		t.Errorf("reading past the limit: %v", err)
	}
}

// valid is a validatable whose Validate returns err.
type valid struct{ err error }

func (v valid) Validate() error { return v.err }

// TestInputCheck: each parser returns the value, or records that the
// parameter is not of its kind; ok answers 400 with every problem.
func TestInputCheck(t *testing.T) {
	var in inputCheck
	checks := []struct {
		got, want any
	}{
		{in.parseBool("b", "true"), true},
		{in.parseBool("b2", "yes"), false},
		{in.parseInt("i", "-7", 8), int64(-7)},
		{in.parseInt("i2", "300", 8), int64(127)},
		{in.parseUint("u", "7", 8), uint64(7)},
		{in.parseUint("u2", "-1", 8), uint64(0)},
		{in.parseFloat("f", "2.5", 64), 2.5},
		{in.parseFloat("f2", "x", 64), 0.0},
		{in.parseUUID("id", "00000000-0000-0000-0000-000000000001").String(), "00000000-0000-0000-0000-000000000001"},
		{in.parseUUID("id2", "1").String(), "00000000-0000-0000-0000-000000000000"},
		{in.parseTime("t", "2026-12-05T10:00:00Z").Hour(), 10},
		{in.parseTime("t2", "yesterday").IsZero(), true},
		{string(in.parseBytes("b64", "aGk=")), "hi"},
		{in.parseBytes("b642", "!"), []byte(nil)},
	}
	for i, c := range checks {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("check %d: got %v, want %v", i, c.got, c.want)
		}
	}
	in.check("enum", valid{})
	in.check("enum2", valid{errors.New("must be one of a, b")})
	// A parameter's rules: each problem by its path; none for one that
	// did not parse (i2 was checked as its zero value).
	in.addProblems("ids", ValueErrors{{Field: "ids[1]", Message: "must be at least 1"}})
	in.addProblems("i2", ValueErrors{{Field: "i2", Message: "must be at least 1"}})
	want := []inputProblem{
		{"b2", "must be true or false"},
		{"i2", "must be an integer of that size"},
		{"u2", "must be a non-negative integer of that size"},
		{"f2", "must be a number"},
		{"id2", "must be a UUID"},
		{"t2", "must be an RFC 3339 date-time"},
		{"b642", "must be base64"},
		{"enum2", "must be one of a, b"},
		{"ids[1]", "must be at least 1"},
	}
	if fmt.Sprint(in.problems) != fmt.Sprint(want) {
		t.Errorf("problems %v\nwant %v", in.problems, want)
	}
	rec := httptest.NewRecorder()
	if in.ok(&handler{}, rec, httptest.NewRequest("GET", "/", nil)) {
		t.Error("ok with problems")
	}
	if got := answered(rec); got.status != 400 || !strings.Contains(got.body, `"message":"Invalid request parameters.","problems":["b2: must be true or false",`) {
		t.Errorf("answer %+v", got)
	}
	var none inputCheck
	rec = httptest.NewRecorder()
	if !none.ok(&handler{}, rec, httptest.NewRequest("GET", "/", nil)) || rec.Body.Len() != 0 {
		t.Error("ok without problems answered")
	}
}

// TestHandlerStreamEnds: an error before a stream starts is answered, one
// after it is an `error` event, and a stream that never started is started;
// a WebSocket operation's error is answered before the upgrade and only
// logged after it.
func TestHandlerStreamEnds(t *testing.T) {
	var logged bytes.Buffer
	h := &handler{log: slog.New(slog.NewTextHandler(&logged, nil))}
	r := httptest.NewRequest("GET", "/", nil)

	rec := httptest.NewRecorder()
	h.endStream(rec, r, newEventWriter(rec, r, 0), NewAPIError(404, "No stream."))
	if got := answered(rec); got.status != 404 || got.contentType != errorContentType {
		t.Errorf("error before the start: %+v", got)
	}
	rec = httptest.NewRecorder()
	s := newEventWriter(rec, r, 0)
	if err := s.event("data", []byte("1")); err != nil {
		t.Fatal(err)
	}
	h.endStream(rec, r, s, NewAPIError(409, "Stopped."))
	if got := rec.Body.String(); !strings.HasSuffix(got, "event: error\ndata: {\"detail\":\"\",\"message\":\"Stopped.\",\"status\":409}\n\n") {
		t.Errorf("error after the start: %q", got)
	}
	rec = httptest.NewRecorder()
	s = newEventWriter(rec, r, 0)
	if err := s.event("data", []byte("1")); err != nil {
		t.Fatal(err)
	}
	h.endStream(rec, r, s, &APIError{StatusCode: 500})
	if got := rec.Body.String(); !strings.Contains(got, "event: error\ndata: {\"detail\":\"\",\"message\":\"An internal server error occurred.\"") {
		t.Errorf("bodiless error after the start: %q", got)
	}
	rec = httptest.NewRecorder()
	h.endStream(rec, r, newEventWriter(rec, r, 0), nil)
	if got := answered(rec); got.status != 200 || got.contentType != "text/event-stream" {
		t.Errorf("a stream that never started: %+v", got)
	}

	for _, c := range []struct {
		name      string
		wrote     bool
		err       error
		want      int
		wantEmpty bool
	}{
		{"no error", false, nil, 200, true},
		{"before the upgrade", false, errors.New("refused"), 500, false},
		{"after the upgrade", true, errors.New("closed midway"), 200, true},
	} {
		rec := httptest.NewRecorder()
		h.endUpgrade(&trackedWriter{ResponseWriter: rec, wrote: c.wrote}, r, c.err)
		if rec.Code != c.want || (rec.Body.Len() == 0) != c.wantEmpty {
			t.Errorf("endUpgrade %s: %d %q", c.name, rec.Code, rec.Body.String())
		}
	}
	if !strings.Contains(logged.String(), "closed midway") {
		t.Errorf("the error after the upgrade is not logged:\n%s", logged.String())
	}
}
