package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: the discriminator values that select a
// variant are those its property is pinned to, as real answers carry them.

func TestPinnedTagsDecode(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want any
	}{
		{`{"id":"t","status":{"type":"active"}}`, &ActiveStatus{Type: ActiveStatusTypeActive}},
		{`{"id":"t","status":{"type":"locked","reason":null}}`, &LockedStatus{Type: "locked"}},
		{`{"id":"t","status":{"type":"archived"}}`, &ClosedStatus{Type: ClosedStatusTypeArchived}},
		{`{"id":"t","status":{"type":"OtherStatus"}}`, &OtherStatus{Type: "OtherStatus"}},
	} {
		th, err := DecodeThread([]byte(c.doc))
		if _, other := c.want.(*OtherStatus); other {
			// Selected by its schema name, which its own enum refuses:
			// decoded, and reported invalid.
			if _, ok := th.Status.Value.(*OtherStatus); !ok || err == nil {
				t.Errorf("%s: %#v, %v", c.doc, th.Status.Value, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.doc, err)
			continue
		}
		if d := cmp.Diff(c.want, th.Status.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
	}
	if _, err := DecodeThread([]byte(`{"id":"t","status":{"type":"ActiveStatus"}}`)); err == nil {
		t.Error("the schema name of a pinned variant selected it")
	}
}

func TestPinnedTagsEncode(t *testing.T) {
	th := Thread{ID: "t", Status: ThreadStatus{Value: &ClosedStatus{}}}
	data, err := json.Marshal(th)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"t","status":{"type":"closed"}}`; string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
	if _, err := DecodeThread(data); err != nil {
		t.Errorf("the encoding is invalid: %v", err)
	}
}
