package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// responses compares responses by status. A new success status breaks
// clients that expect only the documented ones (as a new enum value does);
// a new error status does not, since clients handle errors they do not
// know. Removing a success status breaks the clients that decode it;
// removing an error status does not.
func (c *comparer) responses(old, new []*ir.Response) {
	oldBy := map[string]*ir.Response{}
	for _, r := range old {
		oldBy[r.StatusText()] = r
	}
	seen := map[*ir.Response]bool{}
	for _, nr := range new {
		at := loc{where: "response " + nr.StatusText()}
		or := oldBy[nr.StatusText()]
		switch {
		case or != nil:
			seen[or] = true
			c.response(at, or, nr)
		case nr.IsSuccess():
			c.add(Warning, "response-status-added", at, "success status added; clients that expect only the documented statuses fail")
		default:
			c.add(NonBreaking, "response-status-added", at, "error status added")
		}
	}
	for _, or := range old {
		if seen[or] {
			continue
		}
		at := loc{where: "response " + or.StatusText()}
		if or.IsSuccess() {
			c.add(Breaking, "response-status-removed", at, "success status removed")
		} else {
			c.add(NonBreaking, "response-status-removed", at, "error status removed")
		}
	}
}

func (c *comparer) response(at loc, o, n *ir.Response) {
	c.docs(at, o.Doc, n.Doc, false, false)
	c.contents(loc{where: at.where}, o.Contents, n.Contents, inResponse)
	oldBy := map[string]*ir.Param{}
	for _, h := range o.Headers {
		oldBy[strings.ToLower(h.WireName)] = h
	}
	seen := map[*ir.Param]bool{}
	for _, nh := range n.Headers {
		hat := loc{where: at.where + " header " + nh.WireName}
		oh := oldBy[strings.ToLower(nh.WireName)]
		if oh == nil {
			c.add(NonBreaking, "response-header-added", hat, "header added")
			continue
		}
		seen[oh] = true
		switch {
		case !oh.Required && nh.Required:
			c.add(NonBreaking, "response-header-required", hat, "now always sent")
		case oh.Required && !nh.Required:
			c.add(Breaking, "response-header-optional", hat, "no longer always sent")
		}
		c.compareType(hat, oh.Type, nh.Type, inResponse)
		c.docs(hat, oh.Doc, nh.Doc, oh.Deprecated, nh.Deprecated)
	}
	for _, oh := range o.Headers {
		if !seen[oh] {
			c.add(Breaking, "response-header-removed", loc{where: at.where + " header " + oh.WireName}, "header removed")
		}
	}
}

// security compares an operation's security alternatives. A client uses
// one of them: one removed breaks its users, one added breaks no one.
func (c *comparer) security(old, new []ir.SecurityRequirement) {
	at := loc{where: "security"}
	o, n := alternatives(old), alternatives(new)
	for _, a := range minusStrings(o, n) {
		if a == anonymous {
			c.add(Breaking, "security-required", at, "authentication now required")
		} else {
			c.add(Breaking, "security-removed", at, "no longer accepts %s", a)
		}
	}
	for _, a := range minusStrings(n, o) {
		if a == anonymous {
			c.add(NonBreaking, "security-optional", at, "authentication no longer required")
		} else {
			c.add(NonBreaking, "security-added", at, "now also accepts %s", a)
		}
	}
}

const anonymous = "no authentication"

// alternatives renders security requirements as sorted strings ("A + B");
// no requirement at all means anyone may call.
func alternatives(reqs []ir.SecurityRequirement) []string {
	if len(reqs) == 0 {
		return []string{anonymous}
	}
	var out []string
	for _, r := range reqs {
		if len(r.Schemes) == 0 {
			out = append(out, anonymous)
			continue
		}
		s := append([]string(nil), r.Schemes...)
		sort.Strings(s)
		out = append(out, strings.Join(s, " + "))
	}
	return out
}

func minusStrings(a, b []string) []string {
	var out []string
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// securitySchemes compares the schemes of the document. A scheme's users
// are reported at their operations; here, only a scheme that now carries
// its credentials differently.
func (c *comparer) securitySchemes(old, new []*ir.SecurityScheme) {
	oldBy := map[string]*ir.SecurityScheme{}
	for _, s := range old {
		oldBy[s.Name] = s
	}
	seen := map[*ir.SecurityScheme]bool{}
	for _, n := range new {
		at := loc{where: "security scheme " + n.Name}
		o := oldBy[n.Name]
		if o == nil {
			c.add(Info, "security-scheme-added", at, "added (%s)", schemeText(n))
			continue
		}
		seen[o] = true
		if schemeText(o) != schemeText(n) {
			c.add(Breaking, "security-scheme-changed", at, "now %s (was %s)", schemeText(n), schemeText(o))
		}
	}
	for _, o := range old {
		if !seen[o] {
			c.add(Info, "security-scheme-removed", loc{where: "security scheme " + o.Name}, "removed")
		}
	}
}

func schemeText(s *ir.SecurityScheme) string {
	switch s.Type {
	case ir.SchemeAPIKey:
		return fmt.Sprintf("apiKey in %s %s", s.In, s.Param)
	case ir.SchemeHTTP:
		return "http " + s.Scheme
	}
	return string(s.Type)
}
