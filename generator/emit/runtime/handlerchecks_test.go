package runtime

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestSchemeChecksFailClosed: an alternative naming a scheme the generated
// code cannot check admits a request only when every one of its checks is
// given and accepts it; a missing check never admits one, and a credential
// of a checked scheme goes to the Authenticator alone.
func TestSchemeChecksFailClosed(t *testing.T) {
	type key struct{}
	mtls := func(ctx context.Context, r *http.Request) (context.Context, error) {
		switch r.Header.Get("X-Client-Cert") {
		case "good":
			return context.WithValue(ctx, key{}, "mtls"), nil
		case "blocked":
			return nil, NewAPIError(http.StatusForbidden, "Blocked.")
		}
		return nil, errors.New("no certificate")
	}
	also := func(ctx context.Context, r *http.Request) (context.Context, error) {
		return context.WithValue(ctx, key{}, ctx.Value(key{}).(string)+"+also"), nil
	}
	auth := func(ctx context.Context, token string) (context.Context, error) {
		if token == "good" {
			return context.WithValue(ctx, key{}, "token"), nil
		}
		return nil, errors.New("unknown token")
	}
	const (
		required = `{"detail":"","message":"Authentication required: the request carries no credential this server accepts.","status":401}` + "\n"
		rejected = `{"detail":"","message":"Authentication failed: the credential was rejected.","status":401}` + "\n"
	)
	for _, c := range []struct {
		name      string
		accepted  securityMask // 0: checkSchemes alone
		alts      [][]SchemeCheck
		header    string
		cert      string
		wantValue any // nil: refused
		want      answer
	}{
		{name: "no check given", alts: [][]SchemeCheck{{nil}}, cert: "good", want: answer{401, errorContentType, required}},
		{name: "no alternative", cert: "good", want: answer{401, errorContentType, required}},
		{name: "an empty alternative", alts: [][]SchemeCheck{{}}, cert: "good", want: answer{401, errorContentType, required}},
		{name: "check accepts", alts: [][]SchemeCheck{{mtls}}, cert: "good", wantValue: "mtls", want: answer{200, "", ""}},
		{name: "check refuses", alts: [][]SchemeCheck{{mtls}}, cert: "bad", want: answer{401, errorContentType, rejected}},
		{name: "check refuses as it says", alts: [][]SchemeCheck{{mtls}}, cert: "blocked", want: answer{403, errorContentType, `{"detail":"","message":"Blocked.","status":403}` + "\n"}},
		{name: "all of an alternative", alts: [][]SchemeCheck{{mtls, also}}, cert: "good", wantValue: "mtls+also", want: answer{200, "", ""}},
		{name: "one of an alternative missing", alts: [][]SchemeCheck{{mtls, nil}}, cert: "good", want: answer{401, errorContentType, required}},
		{name: "a later alternative", alts: [][]SchemeCheck{{nil}, {mtls}}, cert: "good", wantValue: "mtls", want: answer{200, "", ""}},
		{name: "checked scheme", accepted: 1, alts: [][]SchemeCheck{{nil}}, header: "Bearer good", wantValue: "token", want: answer{200, "", ""}},
		{name: "checked scheme rejected", accepted: 1, alts: [][]SchemeCheck{{mtls}}, header: "Bearer bad", cert: "good", want: answer{401, errorContentType, `{"detail":"","message":"Authentication failed: the credential was rejected.","status":401}` + "\n"}},
		{name: "checked scheme absent", accepted: 1, alts: [][]SchemeCheck{{nil}}, want: answer{401, errorContentType, required}},
		{name: "checked scheme absent, check given", accepted: 1, alts: [][]SchemeCheck{{mtls}}, cert: "good", wantValue: "mtls", want: answer{200, "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			if c.header != "" {
				r.Header.Set("Authorization", c.header)
			}
			if c.cert != "" {
				r.Header.Set("X-Client-Cert", c.cert)
			}
			rec := httptest.NewRecorder()
			h := &handler{auth: auth}
			var ctx context.Context
			var ok bool
			if c.accepted != 0 {
				ctx, ok = h.authenticateOr(rec, r, []securityMask{c.accepted}, c.alts...)
			} else {
				ctx, ok = h.checkSchemes(rec, r, c.alts...)
			}
			if ok != (c.wantValue != nil) {
				t.Fatalf("ok = %v, want %v", ok, c.wantValue != nil)
			}
			if ok && ctx.Value(key{}) != c.wantValue {
				t.Errorf("context value = %v, want %v", ctx.Value(key{}), c.wantValue)
			}
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
