package runtime

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

// tOpt has the optional scalars whose targets come from slabs, decoded as
// generated code decodes them.
type tOpt struct {
	S    *string    `json:"s"`
	K    *tKind     `json:"k"`
	B    *bool      `json:"b"`
	I    *int64     `json:"i"`
	F    *float64   `json:"f"`
	T    *time.Time `json:"t"`
	U    *uuid.UUID `json:"u"`
	Tags []string   `json:"tags"`
}

// tOptPlain is tOpt without methods: encoding/json decodes it by
// reflection, the reference.
type tOptPlain tOpt

var tOptFields = jsonFields{typ: (*tOpt)(nil), fields: []jsonField{{"s", 0}, {"k", 0}, {"b", 0}, {"i", 0}, {"f", 0}, {"t", 0}, {"u", 0}, {"tags", 0}}}

func tUUIDText(p *[16]byte, b []byte) error { return (*uuid.UUID)(p).UnmarshalText(b) }

func (v *tOpt) decodeJSON(r *jsonReader) {
	var o jsonObject
	for r.object(&o, &tOptFields) {
		switch o.field {
		case 0:
			v.S = jsonStrPtr(v.S, r, nil)
		case 1:
			v.K = (*tKind)(jsonStrPtr((*string)(v.K), r, v.K))
		case 2:
			v.B = jsonBoolPtr(v.B, r)
		case 3:
			v.I = jsonIntPtr(v.I, r)
		case 4:
			v.F = jsonFloatPtr(v.F, r)
		case 5:
			v.T = jsonTimePtr(v.T, r)
		case 6:
			v.U = (*uuid.UUID)(jsonUUIDPtr((*[16]byte)(v.U), r, &v.U, tUUIDText))
		case 7:
			jsonSlice(&v.Tags, r, jsonString[string])
		default:
			r.skip()
		}
	}
}

// TestSlabPointersLikeEncodingJSON: the same values, pointers set, reused
// and cleared as encoding/json sets them, and errors of the same type.
func TestSlabPointersLikeEncodingJSON(t *testing.T) {
	docs := []string{
		`{"s":"a","k":"x","b":true,"i":-3,"f":1.5,"t":"2024-01-02T03:04:05Z","u":"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","tags":["p","q\n"]}`,
		`{"s":null,"k":null,"b":null,"i":null,"f":null,"t":null,"u":null,"tags":null}`,
		`{"s":1}`, `{"k":1}`, `{"b":"x"}`, `{"i":1.5}`, `{"f":"x"}`, `{"t":"nope"}`, `{"u":"nope"}`, `{"u":1}`,
		`{"s":"\u00e9\ud83d","tags":[]}`,
	}
	for _, doc := range docs {
		for _, start := range []func() tOpt{
			func() tOpt { return tOpt{} },
			func() tOpt {
				s, k, b, i, f := "old", tKind("old"), false, int64(9), 9.5
				return tOpt{S: &s, K: &k, B: &b, I: &i, F: &f, T: &time.Time{}, U: &uuid.UUID{1}, Tags: []string{"old", "older"}}
			},
		} {
			got, want := start(), start()
			gotPtrs, wantPtrs := ptrsOf(&got), ptrsOf(&want)
			gotErr := jsonUnmarshal([]byte(doc), &got)
			wantErr := json.Unmarshal([]byte(doc), (*tOptPlain)(&want))
			if (gotErr == nil) != (wantErr == nil) || reflect.TypeOf(gotErr) != reflect.TypeOf(wantErr) {
				t.Fatalf("%s: error %v, encoding/json %v", doc, gotErr, wantErr)
			}
			var gt, wt *json.UnmarshalTypeError
			if errors.As(gotErr, &gt) && errors.As(wantErr, &wt) && gt.Type != wt.Type {
				t.Errorf("%s: error of type %v, encoding/json %v", doc, gt.Type, wt.Type)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: got %+v, want %+v", doc, got, want)
			}
			// A pointer a field had is reused, as encoding/json reuses it.
			for i := range gotPtrs {
				if (ptrsOf(&got)[i] == gotPtrs[i]) != (ptrsOf(&want)[i] == wantPtrs[i]) {
					t.Errorf("%s: field %d reused %v, encoding/json %v", doc, i, ptrsOf(&got)[i] == gotPtrs[i], ptrsOf(&want)[i] == wantPtrs[i])
				}
			}
		}
	}
}

func ptrsOf(v *tOpt) []any { return []any{v.S, v.K, v.B, v.I, v.F, v.T, v.U} }

// TestStringsDoNotAliasData: strings survive the caller reusing its
// buffer, and a document's strings and optional fields cost a handful of
// allocations, not one each.
func TestStringsDoNotAliasData(t *testing.T) {
	doc := `{"s":"abc","k":"def","tags":["ghi","jkl","mno"]}`
	data := []byte(doc)
	var v tOpt
	if err := jsonUnmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	copy(data, strings.Repeat("x", len(data)))
	if *v.S != "abc" || *v.K != "def" || !reflect.DeepEqual(v.Tags, []string{"ghi", "jkl", "mno"}) {
		t.Errorf("strings changed with the buffer: %q %q %q", *v.S, *v.K, v.Tags)
	}
	data = []byte(`{"s":"a1","k":"b2","b":true,"i":1,"f":2,"t":"2024-01-02T03:04:05Z","u":"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"}`)
	n := testing.AllocsPerRun(50, func() {
		var v tOpt
		if err := jsonUnmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
	})
	// The reader, the value, the window and one slab per type (7): an
	// allocation per field would be 11.
	if n > 10 {
		t.Errorf("%v allocations", n)
	}
}
