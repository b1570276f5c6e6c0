package runtime

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestInputCheckShapes: object parameters as pairs, indexed arrays, every
// Validate problem named under its prefix, and JSON parameters decoded and
// checked.
func TestInputCheckShapes(t *testing.T) {
	var in inputCheck
	for _, c := range []struct {
		s, sep   string
		exploded bool
		want     string
	}{
		{"a,1,b,2", ",", false, "map[a:1 b:2]"},
		{"a=1,b=2", ",", true, "map[a:1 b:2]"},
		{"a|1", "|", false, "map[a:1]"},
		{"a,1,b", ",", false, "map[]"},
		{"a=1,b", ",", true, "map[]"},
	} {
		if got := fmt.Sprint(in.pairs("obj", c.s, c.sep, c.exploded)); got != c.want {
			t.Errorf("pairs(%q, %v) = %s, want %s", c.s, c.exploded, got, c.want)
		}
	}
	if got := in.items("list", map[string]string{"10": "k", "2": "c", "0": "a"}); fmt.Sprint(got) != "[a c k]" {
		t.Errorf("items = %v", got)
	}
	if got := in.items("bad", map[string]string{"0": "a", "x": "b"}); got != nil {
		t.Errorf("items of a bad index = %v", got)
	}
	in.checkEach("filter.", valid{ValueErrors{{Field: "name", Message: "is required"}, {Message: "has too many properties"}}})
	in.checkEach("one.", valid{&ValueError{Field: "a", Message: "must be 1"}})
	in.checkEach("plain.", valid{fmt.Errorf("must be something")})
	in.checkEach("fine.", valid{})

	var n int64
	ok := in.parseJSON("n", "42", &jsonInt64{&n})
	if !ok || n != 42 {
		t.Errorf("parseJSON = %v, %d", ok, n)
	}
	if in.parseJSON("n2", "{", &jsonInt64{&n}) {
		t.Error("parseJSON of bad JSON succeeded")
	}
	if in.parseJSON("n3", "-1", &jsonInt64{&n}) {
		t.Error("parseJSON of an invalid value succeeded")
	}
	var m map[string]int
	if !in.parseJSON("m", `{"a":1}`, &m) || m["a"] != 1 {
		t.Errorf("parseJSON into a map = %v", m)
	}
	if in.parseJSON("m2", `[`, &m) {
		t.Error("parseJSON of bad JSON into a map succeeded")
	}
	var v checkedMap
	if in.parseJSON("v", `{"a":-1}`, &v) {
		t.Error("parseJSON of an invalid map succeeded")
	}
	want := []string{
		"obj: must be names and values in turn",
		"obj: must be name=value pairs",
		"bad: must be items by index ([0], [1], …)",
		"filter.name: is required",
		"filter: has too many properties",
		"one.a: must be 1",
		"plain: must be something",
		"n2: must be JSON of its schema: ",
		"n3: must be positive",
		"m2: must be JSON of its schema: ",
		"v: a must be positive",
	}
	if len(in.problems) != len(want) {
		t.Fatalf("problems %v", in.problems)
	}
	for i, p := range in.problems {
		if got := p.field + ": " + p.detail; !strings.HasPrefix(got, want[i]) {
			t.Errorf("problem %d = %q, want %q…", i, got, want[i])
		}
	}
}

// jsonInt64 is a value with generated decodeJSON and Validate methods.
type jsonInt64 struct{ n *int64 }

func (v *jsonInt64) decodeJSON(r *jsonReader) { jsonInt(v.n, r) }

func (v *jsonInt64) Validate() error {
	if *v.n < 0 {
		return ValueErrors{{Message: "must be positive"}}
	}
	return nil
}

// checkedMap is decoded by encoding/json and has a Validate method.
type checkedMap map[string]int

func (m checkedMap) Validate() error {
	if m["a"] < 0 {
		return fmt.Errorf("a must be positive")
	}
	return nil
}

// newMultipartUpload is a multipart/form-data body with a field and a file.
func newMultipartUpload(t *testing.T) (string, []byte) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if err := mw.WriteField("name", "rex"); err != nil {
		t.Fatal(err)
	}
	fw, err := mw.CreateFormFile("photo", "rex.png")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write([]byte("PNG"))
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return mw.FormDataContentType(), b.Bytes()
}

// TestHandlerForms: urlencoded and multipart bodies read into values (and
// opened files), empty ones absent unless required, malformed ones 400,
// large ones 413.
func TestHandlerForms(t *testing.T) {
	h := &handler{maxBodyBytes: 1 << 20}
	for _, c := range []struct {
		name, body string
		required   bool
		wantOK     bool
		want       string
		status     int
	}{
		{"a form", "a=1&b=x+y", true, true, "map[a:[1] b:[x y]]", 200},
		{"empty, optional", " ", false, true, "map[]", 200},
		{"empty, required", "", true, false, "map[]", 400},
		{"not a form", "a=%zz", false, false, "map[]", 400},
		{"too large", strings.Repeat("a", 1<<20+1), false, false, "map[]", 413},
	} {
		rec := httptest.NewRecorder()
		values, ok := h.readForm(rec, httptest.NewRequest("POST", "/", strings.NewReader(c.body)), c.required)
		if ok != c.wantOK || fmt.Sprint(values) != c.want || rec.Code != c.status {
			t.Errorf("readForm %s = %v, %v, %d", c.name, values, ok, rec.Code)
		}
	}

	contentType, body := newMultipartUpload(t)
	r := httptest.NewRequest("POST", "/", bytes.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	rec := httptest.NewRecorder()
	values, files, ok := h.readMultipart(rec, r, true)
	if !ok || values.Get("name") != "rex" || len(files["photo"]) != 1 {
		t.Fatalf("readMultipart = %v, %v, %v (%d %s)", values, files, ok, rec.Code, rec.Body)
	}
	part := files["photo"][0]
	if data, _ := io.ReadAll(part.Content); string(data) != "PNG" || part.Filename != "rex.png" || part.ContentType != "application/octet-stream" {
		t.Errorf("file part %+v %q", part, data)
	}
	closeMultipart(r, files)

	for _, c := range []struct {
		name        string
		contentType string
		body        []byte
		max         int64
		required    bool
		wantOK      bool
		status      int
	}{
		{"empty, optional", contentType, nil, 1 << 20, false, true, 200},
		{"empty, required", contentType, nil, 1 << 20, true, false, 400},
		{"not multipart", "text/plain", []byte("x"), 1 << 20, false, false, 400},
		{"too large", contentType, body, 16, false, false, 413},
	} {
		r := httptest.NewRequest("POST", "/", bytes.NewReader(c.body))
		r.Header.Set("Content-Type", c.contentType)
		rec := httptest.NewRecorder()
		_, _, ok := (&handler{maxBodyBytes: c.max}).readMultipart(rec, r, c.required)
		if ok != c.wantOK || rec.Code != c.status {
			t.Errorf("readMultipart %s = %v, %d %s", c.name, ok, rec.Code, rec.Body)
		}
	}
	closeMultipart(&http.Request{}, nil)
}

// TestClientParams: object parameters added as query pairs (deepObject
// names with a prefix), joined as name=value, and array path items joined.
func TestClientParams(t *testing.T) {
	call := &clientCall{query: map[string][]string{}}
	call.addPairs("", []string{"a", "1", "b", "2", "dangling"})
	call.addPairs("filter", []string{"owner", "rex"})
	if got := call.query.Encode(); got != "a=1&b=2&filter%5Bowner%5D=rex" {
		t.Errorf("addPairs: %s", got)
	}
	if got := joinPairs([]string{"a", "1", "b", "2"}); got != "a=1,b=2" {
		t.Errorf("joinPairs = %s", got)
	}
	if got := joinItems([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * 10) }); got != "10,20,30" {
		t.Errorf("joinItems = %s", got)
	}
}
