package coder_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/specgen/specgen/gen/coder"
)

// BenchmarkEncode encodes the list of 1,000 workspaces (GET /workspaces's
// body, decoded from the seed without its nulls): by the generated encoder
// as the client and server call it, by json.Marshal (which calls it
// through MarshalJSON and then checks and compacts its output), and by
// encoding/json walking a method-less shadow of the types, which is how
// the types encoded before they had encoders.
func BenchmarkEncode(b *testing.B) {
	one := withoutNulls(b, seedPayload(b))
	var ws coder.Workspace
	if err := json.Unmarshal(one, &ws); err != nil {
		b.Fatal(err)
	}
	data := withoutNulls(b, workspaceList(b, seedPayload(b), 1000))
	var list []coder.Workspace
	if err := json.Unmarshal(data, &list); err != nil {
		b.Fatal(err)
	}
	v := coder.WorkspacesResponse{Workspaces: list, Count: coder.Ptr(int64(len(list)))}
	for _, doc := range []struct {
		name string
		size int
		v    interface{ MarshalJSON() ([]byte, error) }
	}{{"workspace", len(one), ws}, {"list", len(data), v}} {
		shadow := newShadows().valueOf(reflect.ValueOf(doc.v)).Interface()
		for _, c := range []struct {
			name   string
			encode func() ([]byte, error)
		}{
			{"generated", doc.v.MarshalJSON},
			{"json.Marshal", func() ([]byte, error) { return json.Marshal(doc.v) }},
			{"encoding-json-reflect", func() ([]byte, error) { return json.Marshal(shadow) }},
		} {
			b.Run("doc="+doc.name+"/encoder="+c.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(doc.size))
				for b.Loop() {
					if _, err := c.encode(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
