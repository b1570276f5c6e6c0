// The generated handler's ServeHTTP: the operations' routes are a
// ServeMux's (NewHandler registers them), and what it does not route is
// answered in the API's error body.

package runtime

import (
	"net/http"
	"strings"
)

// ServeHTTP routes r; a path or method the API does not have is answered
// with the error body, 404 or 405.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := h.mux.Handler(r); pattern != "" {
		h.mux.ServeHTTP(w, r)
		return
	}
	var allow []string
	for _, m := range apiMethods {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := h.mux.Handler(probe); pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) == 0 {
		h.writeError(w, r, NewAPIError(http.StatusNotFound, "Route not found."))
		return
	}
	w.Header().Set("Allow", strings.Join(allow, ", "))
	h.writeError(w, r, NewAPIError(http.StatusMethodNotAllowed, "Method not allowed."))
}
