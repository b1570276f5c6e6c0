package golden_test

import (
	"context"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
	clientserver "github.com/specgen/specgen/golden/client-server/want"
	errnested "github.com/specgen/specgen/golden/error-shape-nested/want"
	secschemes "github.com/specgen/specgen/golden/security-schemes/want"
	secunchecked "github.com/specgen/specgen/golden/security-unchecked-schemes/want"
	hostflows "github.com/specgen/specgen/golden/swagger-host-url-flows/want"
	remotesec "github.com/specgen/specgen/golden/tolerate-remote-security-scheme/want"
	wsfollow "github.com/specgen/specgen/golden/websocket-follow/want"
)

// The security suite runs against the generated client and server of every
// golden case with a security scheme. What it checks is derived from the
// case's IR (its schemes and which operations they guard), so a new
// operation is covered without a new test; a new secured case only needs a
// line in securedCases, and TestSecuredCasesRegistered fails until it has
// one.

// doer is what every generated package's Doer asks for.
type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// securedCase adapts one generated package to the suite.
type securedCase struct {
	// client makes the case's Client for server with every credential of
	// the API set to secretOf(scheme); doer nil keeps the default.
	client func(server string, doer doer) (any, error)
	// handler is the case's NewHandler over its Unimplemented server
	// (every operation 501 once credentials and parameters pass), checking
	// credentials with auth and logging to log.
	handler func(auth authenticator, log *slog.Logger) http.Handler
	// maxBody is the package's DefaultMaxBodyBytes.
	maxBody int64
}

// authenticator is every generated package's Authenticator.
type authenticator = func(ctx context.Context, token string) (context.Context, error)

// secretUser is the user name of every Basic credential.
const secretUser = "suite-user"

// secretOf is the credential the suite gives a scheme: unique per scheme,
// and easy to find in a request dump.
func secretOf(scheme string) string { return "s3cret-" + scheme }

var securedCases = map[string]securedCase{
	"client-server": {
		client: func(server string, d doer) (any, error) {
			opts := []clientserver.ClientOption{clientserver.WithAPIKey(secretOf("ApiKey")), clientserver.WithBearer(secretOf("Bearer"))}
			return clientserver.NewClient(server, withDoer(opts, clientserver.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return clientserver.NewHandler(clientserver.Unimplemented{}, clientserver.WithAuthenticator(auth), clientserver.WithLogger(log))
		},
		maxBody: clientserver.DefaultMaxBodyBytes,
	},
	"error-shape-nested": {
		client: func(server string, d doer) (any, error) {
			opts := []errnested.ClientOption{errnested.WithBearer(secretOf("bearer"))}
			return errnested.NewClient(server, withDoer(opts, errnested.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return errnested.NewHandler(errnested.Unimplemented{}, errnested.WithAuthenticator(auth), errnested.WithLogger(log))
		},
		maxBody: errnested.DefaultMaxBodyBytes,
	},
	"tolerate-remote-security-scheme": {
		// OAuth2, a $ref to a URL, is left out: the API key remains.
		client: func(server string, d doer) (any, error) {
			opts := []remotesec.ClientOption{remotesec.WithAPIKey(secretOf("ApiKey"))}
			return remotesec.NewClient(server, withDoer(opts, remotesec.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return remotesec.NewHandler(remotesec.Unimplemented{}, remotesec.WithAuthenticator(auth), remotesec.WithLogger(log))
		},
		maxBody: remotesec.DefaultMaxBodyBytes,
	},
	"security-unchecked-schemes": {
		// Only ApiKey is sent; the server is given no check, so what only
		// ClientCert, BodyKey or Ghost could admit is refused
		// (security_unchecked_test.go gives them).
		client: func(server string, d doer) (any, error) {
			opts := []secunchecked.ClientOption{secunchecked.WithAPIKey(secretOf("ApiKey"))}
			return secunchecked.NewClient(server, withDoer(opts, secunchecked.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return secunchecked.NewHandler(secunchecked.Unimplemented{}, secunchecked.WithAuthenticator(auth), secunchecked.WithLogger(log))
		},
		maxBody: secunchecked.DefaultMaxBodyBytes,
	},
	"websocket-follow": {
		client: func(server string, d doer) (any, error) {
			opts := []wsfollow.ClientOption{wsfollow.WithToken(secretOf("Token"))}
			return wsfollow.NewClient(server, withDoer(opts, wsfollow.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return wsfollow.NewHandler(wsfollow.Unimplemented{}, wsfollow.WithAuthenticator(auth), wsfollow.WithLogger(log))
		},
		maxBody: wsfollow.DefaultMaxBodyBytes,
	},
	"swagger-host-url-flows": {
		client: func(server string, d doer) (any, error) {
			opts := []hostflows.ClientOption{hostflows.WithOauth(secretOf("oauth"))}
			return hostflows.NewClient(server, withDoer(opts, hostflows.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return hostflows.NewHandler(hostflows.Unimplemented{}, hostflows.WithAuthenticator(auth), hostflows.WithLogger(log))
		},
		maxBody: hostflows.DefaultMaxBodyBytes,
	},
	"security-schemes": {
		client: func(server string, d doer) (any, error) {
			opts := []secschemes.ClientOption{
				secschemes.WithHeaderKey(secretOf("HeaderKey")), secschemes.WithQueryKey(secretOf("QueryKey")),
				secschemes.WithCookieKey(secretOf("CookieKey")), secschemes.WithBearer(secretOf("Bearer")),
				secschemes.WithBasic(secretUser, secretOf("Basic")),
			}
			return secschemes.NewClient(server, withDoer(opts, secschemes.WithHTTPClient, d)...)
		},
		handler: func(auth authenticator, log *slog.Logger) http.Handler {
			return secschemes.NewHandler(secschemes.Unimplemented{}, secschemes.WithAuthenticator(auth), secschemes.WithLogger(log))
		},
		maxBody: secschemes.DefaultMaxBodyBytes,
	},
}

// withDoer is opts with the package's WithHTTPClient(d) added when d is
// set.
func withDoer[O, D any](opts []O, withHTTPClient func(D) O, d doer) []O {
	if d == nil {
		return opts
	}
	return append(opts, withHTTPClient(any(d).(D)))
}

// securedAPI is a golden case with security schemes: its IR and adapter.
type securedAPI struct {
	name string
	api  *ir.API
	securedCase
}

// securedAPIs returns every golden case whose API has a security scheme
// that some operation uses, and gen/coder; a secured case missing from
// securedCases fails the test. The cases are generated once for the suite.
func securedAPIs(t *testing.T) []securedAPI {
	t.Helper()
	secured.Lock()
	defer secured.Unlock()
	if !secured.done {
		secured.apis, secured.problems = findSecured(t)
		secured.done = true
	}
	for _, p := range secured.problems {
		t.Error(p)
	}
	return secured.apis
}

// secured caches findSecured.
var secured struct {
	sync.Mutex
	done     bool
	apis     []securedAPI
	problems []string
}

func findSecured(t *testing.T) ([]securedAPI, []string) {
	var out []securedAPI
	var problems []string
	for _, dir := range caseDirs(t, "") {
		if exists(dir + "/error.txt") {
			continue
		}
		r, err := generator.Run(loadCase(t, dir))
		if err != nil {
			problems = append(problems, dir+": "+err.Error())
			continue
		}
		if !usesSecurity(r.API) {
			continue
		}
		sc, ok := securedCases[dir]
		if !ok {
			problems = append(problems, "golden case "+dir+" has security schemes but no entry in securedCases")
			continue
		}
		out = append(out, securedAPI{name: dir, api: r.API, securedCase: sc})
	}
	// gen/coder, the API this project began with, generated as `make
	// generate` does (gen/coder/generate.go).
	r, err := generator.Run(generator.Config{
		Spec: "../spec/openapi.yaml", Schemas: []string{"../spec/workspace.schema.json"}, Package: "coder",
		ErrorSchema: "Response", Overrides: []string{"uuid.NullUUID=github.com/google/uuid.NullUUID"},
	})
	if err != nil {
		return out, append(problems, "gen/coder: "+err.Error())
	}
	return append(out, securedAPI{name: "gen/coder", api: r.API, securedCase: coderCase}), problems
}

// coderCase adapts gen/coder to the suite.
var coderCase = securedCase{
	client: func(server string, d doer) (any, error) {
		opts := []coder.ClientOption{coder.WithCoderSessionToken(secretOf("CoderSessionToken"))}
		return coder.NewClient(server, withDoer(opts, coder.WithHTTPClient, d)...)
	},
	handler: func(auth authenticator, log *slog.Logger) http.Handler {
		return coder.NewHandler(coder.Unimplemented{}, coder.WithAuthenticator(auth), coder.WithLogger(log))
	},
	maxBody: coder.DefaultMaxBodyBytes,
}

// usesSecurity reports whether some operation of api requires or accepts a
// credential.
func usesSecurity(api *ir.API) bool {
	for _, op := range api.Operations {
		if op.Auth != nil {
			return true
		}
	}
	return false
}

// secretsOf lists every form in which api's credentials may appear on the
// wire: the tokens as given, and Basic's password and base64 pair.
func secretsOf(api *ir.API) []string {
	var out []string
	for _, s := range api.SecuritySchemes {
		out = append(out, secretOf(s.Name))
		if s.IsBasic() {
			out = append(out, base64.StdEncoding.EncodeToString([]byte(secretUser+":"+secretOf(s.Name))))
		}
	}
	return out
}

// leaked returns the secrets text contains.
func leaked(text string, secrets []string) []string {
	var out []string
	for _, s := range secrets {
		if strings.Contains(text, s) {
			out = append(out, s)
		}
	}
	return out
}

// TestSecuredCasesRegistered: every golden case with a security scheme is
// in the suite, and every entry of the suite is such a case.
func TestSecuredCasesRegistered(t *testing.T) {
	found := map[string]bool{}
	for _, a := range securedAPIs(t) {
		found[a.name] = true
	}
	for name := range securedCases {
		if !found[name] {
			t.Errorf("securedCases has %s, which is not a golden case with security schemes", name)
		}
	}
}

// callAll calls every method of client that sends a request, with filler
// arguments, and returns the errors they gave. Streams that open are closed
// again at once.
func callAll(ctx context.Context, client any) []error {
	v := reflect.ValueOf(client)
	ctxType := reflect.TypeFor[context.Context]()
	reqType := reflect.TypeFor[*http.Request]()
	var errs []error
	for i := range v.NumMethod() {
		m := v.Method(i)
		mt := m.Type()
		if mt.NumIn() == 0 || mt.In(0) != ctxType || mt.NumOut() == 0 || mt.Out(0) == reqType {
			continue // not an operation, or one that only prepares a request
		}
		args := []reflect.Value{reflect.ValueOf(ctx)}
		for j := 1; j < mt.NumIn(); j++ {
			if mt.IsVariadic() && j == mt.NumIn()-1 {
				break
			}
			args = append(args, filler(mt.In(j)))
		}
		outs := m.Call(args)
		for _, o := range outs[:len(outs)-1] {
			if c, ok := o.Interface().(io.Closer); ok && !o.IsNil() {
				c.Close()
			}
		}
		if err, _ := outs[len(outs)-1].Interface().(error); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// filler is an argument a generated method accepts without complaint
// where it can: a short string, 1, a reader, or the zero value.
func filler(t reflect.Type) reflect.Value {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		v.SetString("x1")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Interface:
		if reflect.TypeFor[*strings.Reader]().Implements(t) {
			v.Set(reflect.ValueOf(strings.NewReader("x")))
		}
	}
	return v
}
