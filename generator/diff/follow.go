package diff

import "github.com/specgen/specgen/generator/ir"

// follow compares the operations' WebSocket forms (x-websocket-follow): a
// form that goes, or whose selecting parameter or messages change, breaks
// the clients that follow.
func (c *comparer) follow(o, n *ir.Operation) {
	at := loc{where: "WebSocket form"}
	of, nf := o.Follow, n.Follow
	switch {
	case of == nil && nf == nil:
	case of == nil:
		c.add(NonBreaking, "websocket-form-added", at, "follows over a WebSocket when %s is present", nf.Param.WireName).Go = "method " + nf.Name + " added"
	case nf == nil:
		c.add(Breaking, "websocket-form-removed", at, "no longer follows over a WebSocket").Go = "method " + of.Name + " removed"
	default:
		if of.Param.WireName != nf.Param.WireName {
			c.add(Breaking, "websocket-form-parameter-changed", at, "selected by %s, was %s", nf.Param.WireName, of.Param.WireName)
		}
		if was, is := describe(of.Message), describe(nf.Message); was != is {
			c.add(Breaking, "websocket-messages-changed", at, "messages are %s, were %s", is, was)
		}
	}
}
