package load

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// TestServerPathVariables reads the base path of server URLs with
// variables: defaults fill them in, a leading one without a default is the
// scheme and host, and one left in the path leaves no base path.
func TestServerPathVariables(t *testing.T) {
	vars := func(kv ...string) map[string]*openapi3.ServerVariable {
		out := map[string]*openapi3.ServerVariable{}
		for i := 0; i+1 < len(kv); i += 2 {
			out[kv[i]] = &openapi3.ServerVariable{Default: kv[i+1]}
		}
		return out
	}
	for _, tc := range []struct {
		server openapi3.Server
		want   string
	}{
		{openapi3.Server{URL: "https://example.com/api/v2/"}, "/api/v2"},
		{openapi3.Server{URL: "{Endpoint}/luis/v2.0", Variables: map[string]*openapi3.ServerVariable{"Endpoint": {}}}, "/luis/v2.0"},
		{openapi3.Server{URL: "{Endpoint}"}, ""},
		{openapi3.Server{URL: "https://{region}.example.com/{val}/v1", Variables: vars("region", "us", "val", "prod")}, "/prod/v1"},
		{openapi3.Server{URL: "/{val}/v1", Variables: vars("val", "test")}, "/test/v1"},
		{openapi3.Server{URL: "/{val}/v1"}, ""},
	} {
		if got := serverPath(&tc.server); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.server.URL, got, tc.want)
		}
	}
}
