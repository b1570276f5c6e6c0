// The server's end of a follow form's WebSocket: the Server method gets a
// WebSocketSink (websocketsink.go) and the connection is closed as its
// result says.

package runtime

import (
	"context"
	"net/http"

	"github.com/coder/websocket"
)

// serveWebSocket serves an operation's WebSocket form with follow, the
// Server method. An error before the upgrade is answered like any other;
// after it, it is logged and the WebSocket closes with 1011 (internal
// error, saying no more). Without an error it closes with 1000, upgraded
// first if nothing was sent. A request that is not a WebSocket handshake
// is answered 426 without calling follow.
func serveWebSocket[T any](h *handler, w http.ResponseWriter, r *http.Request, follow func(context.Context, *WebSocketSink[T]) error) {
	if !headerHasToken(r.Header, "Connection", "upgrade") || !headerHasToken(r.Header, "Upgrade", "websocket") {
		w.Header().Set("Connection", "Upgrade")
		w.Header().Set("Upgrade", "websocket")
		h.writeError(w, r, NewAPIError(http.StatusUpgradeRequired, "This request needs a WebSocket handshake (Connection: Upgrade, Upgrade: websocket)."))
		return
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	sink := &WebSocketSink[T]{ctx: ctx, gone: cancel, interval: h.pingInterval, r: r, w: w}
	err := follow(ctx, sink)
	if err == nil {
		// A failed upgrade is end's to report.
		_, _ = sink.upgrade()
	}
	conn, upgradeErr := sink.end()
	switch {
	case conn != nil && err == nil:
		_ = conn.Close(websocket.StatusNormalClosure, "")
	case conn != nil:
		h.logError(r, err)
		_ = conn.Close(websocket.StatusInternalError, "internal error")
	case upgradeErr == nil:
		h.fail(w, r, err)
	}
}
