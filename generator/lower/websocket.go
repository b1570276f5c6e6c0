package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// isWebSocket decides whether an operation upgrades the connection to a
// WebSocket, which OpenAPI cannot describe. It does when
//
//   - its x-websocket extension says true (false says it does not, whatever
//     follows);
//   - one of its responses is 101 Switching Protocols;
//   - its summary, description or operationId says it works "via
//     WebSocket(s)": specs such as Coder's document such an operation's
//     messages as its 200 answer, and a client that sent a plain GET would
//     never get one. A note reports each operation found this way.
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
			l.noteAs(ir.NoteChoice, o.Source, "operation %s %s is generated as a WebSocket: it says %q (x-websocket: false says otherwise)", o.Method, o.Path, "via WebSockets")
			return true
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
