// A Client's credentials go only to the origin (scheme, host, port) it was
// made for. The request it builds is always addressed there; what can carry
// them elsewhere is a redirect, which an *http.Client follows by copying the
// first request's headers (Go strips Authorization and Cookie between hosts,
// but not an API key's own header, and not between ports, from https to
// http, or from a domain to its subdomains). So the Client sends with a copy
// of the *http.Client whose CheckRedirect first takes every credential off a
// request to another origin (the generated dropCredentials knows where the
// API's credentials travel), then asks the user's CheckRedirect. Dropping
// (not refusing) keeps a redirect to a download host working, as curl and
// browsers do.

package runtime

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// originOf is u's origin, scheme://host:port with the default port
// spelled out, the unit credentials are scoped to.
func originOf(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{
			"http":  "80",
			"https": "443",
		}[strings.ToLower(u.Scheme)]
	}
	return strings.ToLower(u.Scheme) + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// guardRedirects returns the Doer the Client sends with. An *http.Client is
// copied with a CheckRedirect that takes the credentials off every redirect
// to another origin, then lets the original CheckRedirect (or Go's default,
// at most 10 redirects) decide. Another Doer is used as it is: it gets
// requests to the Client's own origin, credentials on, and is trusted with
// them like a transport.
func (c *Client) guardRedirects(doer Doer) Doer {
	hc, ok := doer.(*http.Client)
	if !ok || hc == nil {
		return doer
	}
	guarded := *hc
	next := hc.CheckRedirect
	guarded.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if originOf(req.URL) != c.origin {
			dropCredentials(req)
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
	return &guarded
}
