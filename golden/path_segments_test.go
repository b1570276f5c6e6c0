package golden_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"

	segs "github.com/specgen/specgen/golden/path-segment-params/want"
)

// segmentServer implements golden/path-segment-params: each operation
// answers its name and the parameters it got.
type segmentServer struct{ segs.Unimplemented }

func seen(op string, params ...any) (segs.Seen, error) {
	out := segs.Seen{Op: op}
	for _, p := range params {
		out.Params = append(out.Params, fmt.Sprint(p))
	}
	return out, nil
}

func (segmentServer) Root(context.Context) error { return nil }
func (segmentServer) GetCover(_ context.Context, id int64, f segs.GetCoverFormat) (segs.Seen, error) {
	return seen("cover", id, f)
}
func (segmentServer) GetThumb(_ context.Context, id int64, f string) (segs.Seen, error) {
	return seen("thumb", id, f)
}
func (segmentServer) GetCoverJSON(_ context.Context, id int64) (segs.Seen, error) {
	return seen("coverJSON", id)
}
func (segmentServer) GetName(_ context.Context, id, foo string, bar int32, baz bool, kek []int64) (segs.Seen, error) {
	return seen("name", id, foo, bar, baz, kek)
}
func (segmentServer) GetFile(_ context.Context, name string) (segs.Seen, error) {
	return seen("file", name)
}
func (segmentServer) GetFileJSON(_ context.Context, name string) (segs.Seen, error) {
	return seen("fileJSON", name)
}
func (segmentServer) GetChatFile(_ context.Context, file string) (segs.Seen, error) {
	return seen("chatFile", file)
}
func (segmentServer) GetChatACL(_ context.Context, chat string) (segs.Seen, error) {
	return seen("chatACL", chat)
}
func (segmentServer) GetChatMessages(_ context.Context, chat string) (segs.Seen, error) {
	return seen("chatMessages", chat)
}

// TestPathSegmentParamsRoundTrip calls every operation of
// golden/path-segment-params through the generated client and server:
// the client writes parameters inside segments, and the server routes
// each request to its operation and cuts the parameters back out.
func TestPathSegmentParamsRoundTrip(t *testing.T) {
	ts := httptest.NewServer(segs.NewHandler(segmentServer{}))
	defer ts.Close()
	var sent string
	c, err := segs.NewClient(ts.URL, segs.WithRequestEditor(func(_ context.Context, r *http.Request) error {
		sent = r.URL.EscapedPath()
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		call     func() (segs.Seen, error)
		path     string
		op       string
		received []string
	}{
		{func() (segs.Seen, error) { return c.GetCover(ctx, 7, segs.GetCoverFormatPng) }, "/galleries/7/cover.png", "cover", []string{"7", "png"}},
		{func() (segs.Seen, error) { return c.GetThumb(ctx, 7, "web p") }, "/galleries/7/thumb.web%20p", "thumb", []string{"7", "web p"}},
		{func() (segs.Seen, error) { return c.GetCoverJSON(ctx, 7) }, "/galleries/7/cover.json", "coverJSON", []string{"7"}},
		{func() (segs.Seen, error) { return c.GetName(ctx, "x", "ab/c", 42, true, []int64{1, 2}) }, "/name/x/ab%2Fc1234" + "42-true!1%2C2", "name", []string{"x", "ab/c", "42", "true", "[1 2]"}},
		{func() (segs.Seen, error) { return c.GetFile(ctx, "notes.txt") }, "/files/notes.txt", "file", []string{"notes.txt"}},
		{func() (segs.Seen, error) { return c.GetFileJSON(ctx, "notes") }, "/files/notes.json", "fileJSON", []string{"notes"}},
		{func() (segs.Seen, error) { return c.GetChatFile(ctx, "acl") }, "/chats/files/acl", "chatFile", []string{"acl"}},
		{func() (segs.Seen, error) { return c.GetChatACL(ctx, "c1") }, "/chats/c1/acl", "chatACL", []string{"c1"}},
		{func() (segs.Seen, error) { return c.GetChatMessages(ctx, "c1") }, "/chats/c1/messages", "chatMessages", []string{"c1"}},
	} {
		got, err := tc.call()
		if err != nil {
			t.Errorf("%s: %v", tc.path, err)
			continue
		}
		if sent != tc.path {
			t.Errorf("sent %s, want %s", sent, tc.path)
		}
		if diff := cmp.Diff(segs.Seen{Op: tc.op, Params: tc.received}, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.path, diff)
		}
	}
	if err := c.Root(ctx); err != nil {
		t.Errorf("root: %v", err)
	}
}

// TestPathSegmentParamsRouting sends paths the client never would: the
// most specific operation of a shared route wins, and a path that fits
// none of them, or a value that is not valid, gets the error body.
func TestPathSegmentParamsRouting(t *testing.T) {
	ts := httptest.NewServer(segs.NewHandler(segmentServer{}))
	defer ts.Close()
	for _, tc := range []struct {
		path   string
		status int
		op     string
	}{
		{"/galleries/7/cover.jpg", 200, "cover"},
		{"/galleries/7/cover.gif", 400, ""},  // not one of the enum's values
		{"/galleries/x/cover.png", 400, ""},  // not an integer
		{"/galleries/7/cover", 404, ""},      // no ".": neither cover. nor thumb.
		{"/galleries/7/poster.png", 404, ""}, // no operation has poster.
		{"/galleries/7/cover.", 404, ""},     // format would be empty
		{"/name/x/a1234b-true!1", 400, ""},   // bar is not an integer
		{"/name/x/a12345-true", 404, ""},     // no "!"
		{"/files/a.json", 200, "fileJSON"},
		{"/files/a.json.txt", 200, "file"}, // .json does not end the segment
		{"/chats/files/messages", 200, "chatFile"},
		{"/chats/other/thing", 404, ""},
		{"/nothing", 404, ""}, // / is only the root
		{"/", 204, ""},
	} {
		resp, err := http.Get(ts.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.path, resp.StatusCode, tc.status, body)
			continue
		}
		switch {
		case tc.op != "":
			var s segs.Seen
			if err := json.Unmarshal(body, &s); err != nil || s.Op != tc.op {
				t.Errorf("%s: answered by %q (%v), want %s", tc.path, s.Op, err, tc.op)
			}
		case tc.status >= 400:
			var e segs.ErrorBody
			if err := json.Unmarshal(body, &e); err != nil || e.Message == "" {
				t.Errorf("%s: %d without the error body: %s", tc.path, tc.status, body)
			}
		}
	}
}
