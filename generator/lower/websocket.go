package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// isWebSocket decides whether an operation upgrades the connection to a
// WebSocket, which OpenAPI cannot describe. Only the spec's structure says
// so:
//
//   - its x-websocket extension says true (false says it does not, whatever
//     follows);
//   - one of its responses is 101 Switching Protocols.
//
// Prose decides nothing: an operation whose summary, description or
// operationId says it works "via WebSocket(s)" (Coder documents such
// operations' messages as a 200 answer) is generated as plain HTTP, with a
// note that says how to make it a WebSocket.
func (l *lowerer) isWebSocket(o *document.Operation) bool {
	if o.WebSocket != nil {
		return *o.WebSocket
	}
	for _, r := range o.Responses {
		if r.Status == "101" {
			return true
		}
	}
	for _, text := range []string{o.Summary, o.Description, o.ID} {
		if saysViaWebSocket(text) {
			l.noteAs(ir.NoteNotGenerated, o.Source, "operation %s %s says it works %q but is generated as plain HTTP: add x-websocket: true to generate it as a WebSocket", o.Method, o.Path, "via WebSockets")
			break
		}
	}
	return false
}

// saysViaWebSocket reports whether text contains the words "via
// websocket(s)", in any case and with any separators.
func saysViaWebSocket(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' })
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "via" && strings.TrimSuffix(words[i+1], "s") == "websocket" {
			return true
		}
	}
	return false
}
