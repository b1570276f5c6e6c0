package diff_test

import (
	"fmt"
	"testing"

	"github.com/specgen/specgen/generator/diff"
)

// followSpec is an API with two operations; follow is the
// x-websocket-follow of each ("" for none).
func followSpec(logs, events string) string {
	op := func(path, follow string) string {
		s := fmt.Sprintf(`  %s:
    get:
      parameters:
        - {name: follow, in: query, schema: {type: boolean}}
        - {name: tail, in: query, schema: {type: boolean}}
      responses:
        "200": {description: OK}
`, path)
		if follow != "" {
			s += "      x-websocket-follow: " + follow + "\n"
		}
		return s
	}
	return `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
` + op("/logs", logs) + op("/events", events) + `components:
  schemas:
    Line: {type: object, properties: {id: {type: integer}}}
`
}

// TestFollowFormChanges: adding a WebSocket form is non-breaking; removing
// it, or changing what selects it or its messages, breaks followers.
func TestFollowFormChanges(t *testing.T) {
	line := `{parameter: follow, messages: {$ref: '#/components/schemas/Line'}}`
	r := compareDocs(t,
		followSpec(line, line),
		followSpec(`{parameter: tail, messages: {type: string}}`, ""))
	expect(t, r, "GET /logs", "WebSocket form", "websocket-form-parameter-changed", diff.Breaking)
	expect(t, r, "GET /logs", "WebSocket form", "websocket-messages-changed", diff.Breaking)
	expect(t, r, "GET /events", "WebSocket form", "websocket-form-removed", diff.Breaking)
	r = compareDocs(t, followSpec("", ""), followSpec(line, ""))
	expect(t, r, "GET /logs", "WebSocket form", "websocket-form-added", diff.NonBreaking)
	if got := find(r, "GET /logs", "WebSocket form", "websocket-form-added"); len(got) == 1 && got[0].Go != "method FollowLogs added" {
		t.Errorf("Go note %q", got[0].Go)
	}
}
