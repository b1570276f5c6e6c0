package golden_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	media "github.com/specgen/specgen/golden/bodies-media-types/want"
)

// mediaServer implements golden/bodies-media-types.
type mediaServer struct{ media.Unimplemented }

// RevokeToken answers the form it decoded as JSON.
func (mediaServer) RevokeToken(ctx context.Context, body media.Revocation) (media.Revocation, error) {
	return body, nil
}

// UploadPhoto reads every file part and describes it.
func (mediaServer) UploadPhoto(ctx context.Context, body media.UploadPhotoForm) (media.Stored, error) {
	describe := func(p media.FilePart) string {
		data, err := io.ReadAll(p.Content)
		if err != nil {
			return err.Error()
		}
		return fmt.Sprintf("%s %s %s", p.Filename, p.ContentType, data)
	}
	out := media.Stored{Caption: fmt.Sprint(*body.Caption, " ", *body.Rating, " ", body.Tags), Photo: describe(body.Photo), Meta: body.Meta}
	for _, p := range body.Extras {
		out.Extras = append(out.Extras, describe(p))
	}
	return out, nil
}

// PutBlob reads the stream to its end; reading past the size limit fails,
// and the failure is returned as it is.
func (mediaServer) PutBlob(ctx context.Context, name string, body io.Reader) ([]byte, error) {
	return io.ReadAll(body)
}

func (mediaServer) GetBlob(ctx context.Context, name string) ([]byte, error) {
	switch name {
	case "png":
		return []byte("\x89PNG\r\n\x1a\n...."), nil
	case "pdf":
		return []byte("%PDF-1.7 ..."), nil
	}
	return []byte("plain words"), nil
}

func (mediaServer) BuildArchive(ctx context.Context, body *media.Meta) ([]byte, error) {
	return []byte("archive by " + *body.Author), nil
}

func (mediaServer) Shout(ctx context.Context, body string) (string, error) {
	return strings.ToUpper(body), nil
}

func (mediaServer) GetSettings(ctx context.Context) (url.Values, error) {
	return url.Values{"theme": {"dark"}, "lang": {"en", "fr"}}, nil
}

// Chat upgrades by hand, as a WebSocket library would, and echoes one line.
func (mediaServer) Chat(ctx context.Context, params media.ChatParams, w http.ResponseWriter, r *http.Request) error {
	conn, rw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return err
	}
	defer conn.Close()
	fmt.Fprintf(rw, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
	if err := rw.Flush(); err != nil {
		return err
	}
	line, err := rw.ReadString('\n')
	if err != nil {
		return err
	}
	fmt.Fprintf(rw, "%s: %s", params.Room, line)
	return rw.Flush()
}

// WatchFeed fails before upgrading.
func (mediaServer) WatchFeed(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	return media.NewAPIError(http.StatusServiceUnavailable, "No feed today.")
}

func newMedia(t *testing.T, opts ...media.HandlerOption) (*media.Client, string) {
	t.Helper()
	ts := httptest.NewServer(media.NewHandler(mediaServer{}, opts...))
	t.Cleanup(ts.Close)
	c, err := media.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	return c, ts.URL
}

// TestFormBodies sends urlencoded and multipart bodies through the
// generated client and server of golden/bodies-media-types: fields typed
// as the schema says, arrays repeated, objects as JSON, file parts streamed
// with their names and media types; missing and bad fields are a 400.
func TestFormBodies(t *testing.T) {
	c, base := newMedia(t)
	ctx := context.Background()
	expires := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	hint := media.RevocationHintRefreshToken
	sent := media.Revocation{Token: "t1", Hint: &hint, Scopes: []string{"a", "b"}, Expires: &expires, Meta: &media.Meta{Author: media.Ptr("ann")}}
	var wire url.Values
	got, err := c.RevokeToken(ctx, sent, func(ctx context.Context, req *http.Request) error {
		body, _ := req.GetBody()
		data, _ := io.ReadAll(body)
		wire, _ = url.ParseQuery(string(data))
		if ct := req.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			t.Errorf("Content-Type %q", ct)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, got); diff != "" {
		t.Errorf("form decoded (-sent +got):\n%s", diff)
	}
	want := url.Values{"token": {"t1"}, "hint": {"refresh_token"}, "scopes": {"a", "b"}, "expires": {"2030-01-01T00:00:00Z"}, "meta": {`{"author":"ann"}`}}
	if diff := cmp.Diff(want, wire); diff != "" {
		t.Errorf("form on the wire (-want +got):\n%s", diff)
	}
	for body, fields := range map[string][]string{
		"hint=access_token":        {"token"},
		"token=t&hint=bogus":       {"hint"},
		"token=t&expires=tomorrow": {"expires"},
		"":                         {},
	} {
		resp, err := http.Post(base+"/tokens/revoke", "application/x-www-form-urlencoded", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		got := problemFields(t, resp)
		if resp.StatusCode != http.StatusBadRequest || !cmp.Equal(got, fields, cmpEmpty) {
			t.Errorf("form %q: %d %v, want 400 %v", body, resp.StatusCode, got, fields)
		}
	}

	photo := media.FilePart{Filename: "cat.png", ContentType: "image/png", Content: io.MultiReader(strings.NewReader("meow"), strings.NewReader("!"))}
	stored, err := c.UploadPhoto(ctx, media.UploadPhotoForm{
		Caption: media.Ptr("Cat"), Rating: media.Ptr(int64(5)), Tags: []string{"x", "y"},
		Meta: &media.Meta{Size: media.Ptr(int64(5))}, Photo: photo,
		Extras: []media.FilePart{{Filename: `a "b".txt`, Content: strings.NewReader("one")}, {Filename: "c", Content: strings.NewReader("two")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantStored := media.Stored{
		Caption: "Cat 5 [x y]", Photo: "cat.png image/png meow!",
		Extras: []string{`a "b".txt application/octet-stream one`, "c application/octet-stream two"},
		Meta:   &media.Meta{Size: media.Ptr(int64(5))},
	}
	if diff := cmp.Diff(wantStored, stored); diff != "" {
		t.Errorf("multipart stored (-want +got):\n%s", diff)
	}
	var apiErr *media.APIError
	_, err = c.UploadPhoto(ctx, media.UploadPhotoForm{Rating: media.Ptr(int64(1)), Meta: &media.Meta{}})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || !cmp.Equal(fieldsOf(apiErr.Body), []string{"photo"}) {
		t.Errorf("multipart without its required file: %v", err)
	}
}

// cmpEmpty makes nil and empty slices equal.
var cmpEmpty = cmp.Comparer(func(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") })

// problemFields reads an error answer and returns its validations' fields.
func problemFields(t *testing.T, resp *http.Response) []string {
	t.Helper()
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var body media.ErrorBody
	if err := json.Unmarshal(data, &body); err != nil {
		t.Fatalf("error body %q: %v", data, err)
	}
	return fieldsOf(&body)
}

func fieldsOf(b *media.ErrorBody) []string {
	var out []string
	if b != nil {
		for _, v := range b.Validations {
			out = append(out, v.Field)
		}
	}
	return out
}

// TestByteAndTextBodies sends bytes and text through golden/bodies-media-types:
// octet-stream streamed to the implementation (the size limit answered 413),
// an answer of several media types labelled by what it is, an archive from
// a JSON body chosen over a form, text both ways, a form answer.
func TestByteAndTextBodies(t *testing.T) {
	c, base := newMedia(t, media.WithMaxBodyBytes(1<<20))
	ctx := context.Background()
	blob := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // exactly the limit
	got, err := c.PutBlob(ctx, "b", bufio.NewReader(bytes.NewReader(blob)))
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("put blob: %d bytes, %v", len(got), err)
	}
	var apiErr *media.APIError
	_, err = c.PutBlob(ctx, "b", io.MultiReader(bytes.NewReader(blob), strings.NewReader("!")))
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a blob over the limit: %v", err)
	}
	if _, err := c.PutBlob(ctx, "b", strings.NewReader("")); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest {
		t.Errorf("an empty required blob: %v", err)
	}

	for name, want := range map[string]string{"png": "image/png", "pdf": "application/pdf", "txt": "text/plain"} {
		resp, err := http.Get(base + "/blobs/" + name)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("blob %s answered as %q, want %q", name, got, want)
		}
	}
	if data, err := c.GetBlob(ctx, "txt"); err != nil || string(data) != "plain words" {
		t.Errorf("get blob: %q, %v", data, err)
	}

	var accept string
	archive, err := c.BuildArchive(ctx, &media.Meta{Author: media.Ptr("ann")}, func(ctx context.Context, req *http.Request) error {
		accept = req.Header.Get("Content-Type") + " -> " + req.Header.Get("Accept")
		return nil
	})
	if err != nil || string(archive) != "archive by ann" || accept != "application/json -> application/x-tar" {
		t.Errorf("archive: %q (%s), %v", archive, accept, err)
	}

	if loud, err := c.Shout(ctx, "hi there"); err != nil || loud != "HI THERE" {
		t.Errorf("shout: %q, %v", loud, err)
	}
	if settings, err := c.GetSettings(ctx); err != nil || !cmp.Equal(settings, url.Values{"theme": {"dark"}, "lang": {"en", "fr"}}) {
		t.Errorf("settings: %v, %v", settings, err)
	}
}

// TestWebSocketOperations checks the WebSocket operations of
// golden/bodies-media-types: the client prepares the request without
// sending it, the server checks parameters before handing the connection
// to the implementation, which upgrades it (here by hand), and an error
// before the upgrade is answered like any other.
func TestWebSocketOperations(t *testing.T) {
	c, base := newMedia(t)
	ctx := context.Background()
	req, err := c.Chat(ctx, media.ChatParams{Room: "lobby"})
	if err != nil {
		t.Fatal(err)
	}
	if req.Method != "GET" || req.URL.String() != base+"/chat?room=lobby" {
		t.Fatalf("chat request: %s %s", req.Method, req.URL)
	}
	req.Header.Set("Connection", "Upgrade")
	req.Header.Set("Upgrade", "websocket")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		t.Fatalf("chat answered %s", resp.Status)
	}
	conn := resp.Body.(io.ReadWriteCloser)
	defer conn.Close()
	fmt.Fprintf(conn, "hello\n")
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || line != "lobby: hello\n" {
		t.Errorf("echo: %q, %v", line, err)
	}

	resp, err = http.Get(base + "/chat")
	if err != nil {
		t.Fatal(err)
	}
	if fields := problemFields(t, resp); resp.StatusCode != http.StatusBadRequest || !cmp.Equal(fields, []string{"room"}) {
		t.Errorf("chat without a room: %d %v", resp.StatusCode, fields)
	}

	req, err = c.WatchFeed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a failure before the upgrade answered %s", resp.Status)
	}
}
