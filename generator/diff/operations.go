package diff

import (
	"fmt"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// operation compares one operation of either or both versions.
func (c *comparer) operation(p opPair) {
	op := p.either()
	c.kind, c.subject, c.opID = SubjectOperation, op.Method+" "+op.Path, op.ID
	if p.new != nil && p.new.Source.File != "" {
		c.src = p.new.Source
	}
	at := loc{}
	o, n := p.old, p.new
	switch {
	case o == nil:
		c.add(NonBreaking, "operation-added", at, "operation added")
		return
	case n == nil:
		c.add(Breaking, "operation-removed", at, "operation removed").Go = "method " + o.Name + " removed"
		return
	}
	if routeKey(o) != routeKey(n) {
		c.add(Breaking, "path-changed", at, "moved from %s %s", o.Method, o.Path)
	}
	switch {
	case o.ID != n.ID:
		ch := c.add(Info, "operation-id-changed", at, "operationId changed from %q to %q", o.ID, n.ID)
		if o.Name != n.Name {
			ch.Go = "method " + o.Name + " → " + n.Name
		}
	case o.Name != n.Name:
		c.add(Info, "go-method-renamed", at, "Go method renamed").Go = "method " + o.Name + " → " + n.Name
	}
	if !sameText(o.Summary, n.Summary) {
		c.add(Info, "summary-changed", at, "summary changed from %q to %q", o.Summary, n.Summary)
	}
	c.docs(at, o.Doc, n.Doc, o.Deprecated, n.Deprecated)
	c.params(o, n)
	c.body(o.Body, n.Body)
	c.responses(o.Responses, n.Responses)
	c.security(o.Security, n.Security)
	c.follow(o, n)
}

// paramKey identifies a parameter within its operation: path parameters by
// position in the path template (their names do not travel), the others by
// place and name (header names case-insensitively).
func paramKey(op *ir.Operation, p *ir.Param) string {
	switch p.In {
	case ir.InPath:
		return fmt.Sprintf("path#%d", pathIndex(op.Path, p.WireName))
	case ir.InHeader:
		return "header:" + strings.ToLower(p.WireName)
	}
	return string(p.In) + ":" + p.WireName
}

// pathIndex returns the position of {name} among a template's parameters,
// or -1.
func pathIndex(template, name string) int {
	i := 0
	for rest := template; ; i++ {
		start := strings.IndexByte(rest, '{')
		end := strings.IndexByte(rest, '}')
		if start < 0 || end < start {
			return -1
		}
		if rest[start+1:end] == name {
			return i
		}
		rest = rest[end+1:]
	}
}

func paramLoc(p *ir.Param) loc {
	return loc{where: fmt.Sprintf("%s parameter %s", p.In, p.WireName)}
}

// params compares parameters: the new ones in order, then those removed.
func (c *comparer) params(o, n *ir.Operation) {
	oldBy := map[string]*ir.Param{}
	for _, p := range o.Params {
		oldBy[paramKey(o, p)] = p
	}
	seen := map[*ir.Param]bool{}
	for _, np := range n.Params {
		at := paramLoc(np)
		op := oldBy[paramKey(n, np)]
		switch {
		case op != nil:
			seen[op] = true
			c.at(np.Source, func() { c.param(at, op, np) })
		case np.Required:
			c.add(Breaking, "parameter-added", at, "added, required (%s)", describe(np.Type))
		default:
			c.add(NonBreaking, "parameter-added", at, "added (%s)", describe(np.Type))
		}
	}
	for _, op := range o.Params {
		if !seen[op] {
			c.add(removed(inRequest), "parameter-removed", paramLoc(op), "removed").Go = "parameter " + op.Name + " removed"
		}
	}
}

// param compares one parameter present in both versions; parameters are
// requests.
func (c *comparer) param(at loc, o, n *ir.Param) {
	start := len(c.changes)
	if o.WireName != n.WireName {
		ch := c.add(Info, "parameter-renamed", at, "renamed from %s; the URL does not change", o.WireName)
		if o.Name != n.Name {
			ch.Go = o.Name + " → " + n.Name
		}
	}
	switch {
	case !o.Required && n.Required:
		c.add(Breaking, "parameter-required", at, "now required")
	case o.Required && !n.Required:
		c.add(NonBreaking, "parameter-optional", at, "now optional")
	}
	c.compareType(at, o.Type, n.Type, inRequest)
	if o.Style != n.Style || o.Explode != n.Explode {
		c.add(Breaking, "parameter-style-changed", at, "serialized as %s (was %s)", style(n), style(o))
	}
	c.defaults(at, o.Default, n.Default)
	c.docs(at, o.Doc, n.Doc, o.Deprecated, n.Deprecated)
	c.goNote(start, at, c.oldNames.goType(o.Type), c.newNames.goType(n.Type))
}

func style(p *ir.Param) string {
	if p.Explode {
		return string(p.Style) + ", exploded"
	}
	return string(p.Style)
}

// body compares request bodies.
func (c *comparer) body(o, n *ir.Body) {
	at := loc{where: "request body"}
	switch {
	case o == nil && n == nil:
		return
	case o == nil && n.Required:
		c.add(Breaking, "request-body-added", at, "required request body added")
		return
	case o == nil:
		c.add(NonBreaking, "request-body-added", at, "optional request body added")
		return
	case n == nil:
		c.add(Breaking, "request-body-removed", at, "request body removed")
		return
	}
	switch {
	case !o.Required && n.Required:
		c.add(Breaking, "request-body-required", at, "now required")
	case o.Required && !n.Required:
		c.add(NonBreaking, "request-body-optional", at, "now optional")
	}
	c.docs(at, o.Doc, n.Doc, false, false)
	c.contents(at, o.Contents, n.Contents, inRequest)
}

// contents compares the media types of a body. Servers pick a response's
// media type from the request's Accept header, so a new media type is
// non-breaking either way; one removed breaks whoever used it.
func (c *comparer) contents(at loc, old, new []*ir.Content, d dir) {
	oldBy := map[string]*ir.Content{}
	for _, ct := range old {
		oldBy[ct.MediaType] = ct
	}
	seen := map[*ir.Content]bool{}
	for _, nc := range new {
		cat := contentLoc(at, nc.MediaType)
		oc := oldBy[nc.MediaType]
		if oc == nil {
			c.add(NonBreaking, "media-type-added", cat, "media type %s added", nc.MediaType)
			continue
		}
		seen[oc] = true
		switch {
		case oc.Type == nil && nc.Type != nil:
			c.add(narrowed(d), "body-schema-added", cat, "schema added (%s)", describe(nc.Type))
		case oc.Type != nil && nc.Type == nil:
			c.add(widened(d), "body-schema-removed", cat, "schema removed (was %s)", describe(oc.Type))
		default:
			start := len(c.changes)
			c.compareType(cat, oc.Type, nc.Type, d)
			if oc.Type != nil {
				c.goNote(start, cat, c.oldNames.goType(oc.Type), c.newNames.goType(nc.Type))
			}
		}
		if (oc.Encoding == ir.EncodingEventStream) != (nc.Encoding == ir.EncodingEventStream) {
			c.add(changed(d), "streaming-changed", cat, "streaming changed")
		}
	}
	for _, oc := range old {
		if !seen[oc] {
			c.add(changed(d), "media-type-removed", contentLoc(at, oc.MediaType), "media type %s removed", oc.MediaType)
		}
	}
}

// contentLoc names a body by its media type unless it is JSON.
func contentLoc(at loc, mediaType string) loc {
	if mediaType != "application/json" {
		at.where += " (" + mediaType + ")"
	}
	return at
}
