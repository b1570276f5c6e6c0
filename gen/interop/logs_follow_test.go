package interop

import (
	"net/http"
	"testing"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// TestWorkspaceBuildLogsAfterIsNotServed pins a known gap (README,
// "Compatibility with Coder"): the SDK follows logs over a WebSocket on
// .../logs?follow (no value), which Coder reads as "follow" by the key's
// presence. The spec types follow as a boolean and the generated handler
// reads an empty value as absent, so the request gets the logs as JSON,
// the SDK's WebSocket handshake fails, and it returns an error at once
// rather than hanging.
func TestWorkspaceBuildLogsAfterIsNotServed(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	logs, closer, err := d.sdk.WorkspaceBuildLogsAfter(testContext(t), ws.LatestBuild.ID, 0)
	if err == nil {
		closer.Close()
		t.Fatal("WorkspaceBuildLogsAfter succeeded: the gap is closed, update README's differences table and this test")
	}
	if logs != nil || closer != nil {
		t.Errorf("on error the SDK returned a channel or closer")
	}
	sent := d.wire.last(t, http.MethodGet, "/api/v2/workspacebuilds/"+ws.LatestBuild.ID.String()+"/logs")
	if sent.RawQuery != "follow" || sent.Status != http.StatusOK {
		t.Errorf("the SDK sent ?%s and got %d; want ?follow answered 200 (JSON)", sent.RawQuery, sent.Status)
	}
}
