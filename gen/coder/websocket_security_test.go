package coder_test

import (
	"bytes"
	"net/http"
	"testing"

	"github.com/coder/websocket"
)

// TestFollowRefusesClientMessages: the build-log WebSocket only sends; a
// data message from the client, of any size, ends it with 1008 (policy
// violation) instead of being buffered (docs/security.md).
func TestFollowRefusesClientMessages(t *testing.T) {
	for _, size := range []int{1, 1 << 20} {
		e, build := runningBuild(t)
		ctx := testContext(t)
		conn, _, err := websocket.Dial(ctx, e.server.URL+"/api/v2/workspacebuilds/"+build+"/logs?follow", &websocket.DialOptions{
			HTTPHeader: http.Header{"Coder-Session-Token": {aliceToken}},
		})
		if err != nil {
			t.Fatal(err)
		}
		conn.SetReadLimit(-1)
		if err := conn.Write(ctx, websocket.MessageBinary, bytes.Repeat([]byte("x"), size)); err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		for {
			if _, _, err = conn.Read(ctx); err != nil {
				break
			}
		}
		if got := websocket.CloseStatus(err); got != websocket.StatusPolicyViolation {
			t.Errorf("after a %d-byte message from the client: %v (status %d), want 1008", size, err, got)
		}
		conn.CloseNow()
	}
}

// TestFollowRefusesOtherOrigins: a page of another origin cannot open the
// WebSocket with the user's cookie: the upgrade checks Origin against Host
// and answers 403, before the stream starts.
func TestFollowRefusesOtherOrigins(t *testing.T) {
	e, build := runningBuild(t)
	ctx := testContext(t)
	_, resp, err := websocket.Dial(ctx, e.server.URL+"/api/v2/workspacebuilds/"+build+"/logs?follow", &websocket.DialOptions{
		HTTPHeader: http.Header{"Cookie": {"coder_session_token=" + aliceToken}, "Origin": {"https://evil.example"}},
	})
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a cross-origin upgrade: %v, %v", resp, err)
	}
}
