package coder_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/sharedtest"
	"github.com/specgen/specgen/internal/wholenum"
)

// The generated decoders are held to encoding/json on shadow types: the
// same fields and tags, built by reflection, without the generated
// methods, so that encoding/json decodes them by reflection. Both must
// give the same value from the same document, or both fail.

// shadowOf returns t with every type of this package replaced by a
// method-less copy: structs by reflect.StructOf, enums by their kind's
// type. Sum types keep their own decoding (an interface field has no
// shadow), and so do other packages' types (uuid.UUID, time.Time).
func shadowOf(t reflect.Type, busy map[reflect.Type]bool) reflect.Type {
	pkg := reflect.TypeFor[coder.Workspace]().PkgPath()
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(shadowOf(t.Elem(), busy))
	case reflect.Slice:
		return reflect.SliceOf(shadowOf(t.Elem(), busy))
	case reflect.Map:
		return reflect.MapOf(t.Key(), shadowOf(t.Elem(), busy))
	}
	if t.PkgPath() != pkg || busy[t] {
		return t
	}
	switch t.Kind() {
	case reflect.String:
		return reflect.TypeFor[string]()
	case reflect.Int64:
		return reflect.TypeFor[int64]()
	case reflect.Struct:
		if t.NumField() == 1 && t.Field(0).Type.Kind() == reflect.Interface {
			return t // a sum type
		}
		busy[t] = true
		defer delete(busy, t)
		fields := make([]reflect.StructField, t.NumField())
		for i := range fields {
			f := t.Field(i)
			fields[i] = reflect.StructField{Name: f.Name, Type: shadowOf(f.Type, busy), Tag: f.Tag}
		}
		return reflect.StructOf(fields)
	}
	return t
}

// plainShadows caches shadowOf, which is slow.
var plainShadows sync.Map

func shadowFor(t reflect.Type) reflect.Type {
	if s, ok := plainShadows.Load(t); ok {
		return s.(reflect.Type)
	}
	s := shadowOf(t, map[reflect.Type]bool{})
	plainShadows.Store(t, s)
	return s
}

// sameValue reports whether a generated value and its shadow hold the
// same data.
func sameValue(a, b reflect.Value) bool {
	if a.Type() == b.Type() {
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		if a.IsNil() != b.IsNil() {
			return false
		}
	}
	switch a.Kind() {
	case reflect.Pointer:
		return a.IsNil() || sameValue(a.Elem(), b.Elem())
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !sameValue(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return a.String() == b.String()
	case reflect.Int64, reflect.Int32, reflect.Int:
		return a.Int() == b.Int()
	}
	return false
}

// equivTypes are the types documents are decoded into.
var equivTypes = []reflect.Type{
	reflect.TypeFor[coder.Workspace](),
	reflect.TypeFor[[]coder.Workspace](),
	reflect.TypeFor[coder.WorkspaceBuild](),
	reflect.TypeFor[coder.WorkspacesResponse](),
	reflect.TypeFor[coder.CreateWorkspaceRequest](),
	reflect.TypeFor[coder.CreateWorkspaceBuildRequest](),
}

// checkEquivalent decodes data into each type, generated and shadow. The
// one difference meant is a whole number written 1.0 or 1e3, which the
// generated decoders take for an integer and encoding/json refuses: the
// shadow reads the document with those numbers as plain digits, and on
// the original refuses nothing else the generated decoder accepts.
func checkEquivalent(t *testing.T, data []byte) {
	plain, rewritten := wholenum.Plain(data)
	for _, typ := range equivTypes {
		got := reflect.New(typ)
		want := reflect.New(shadowFor(typ))
		gotErr := json.Unmarshal(data, got.Interface())
		wantErr := json.Unmarshal(plain, want.Interface())
		if origErr := json.Unmarshal(data, reflect.New(shadowFor(typ)).Interface()); gotErr == nil && origErr != nil && !wholenum.Only(origErr, rewritten) {
			t.Fatalf("%v from %.300q: decoded; encoding/json %v, not a whole number into an integer", typ, data, origErr)
		}
		if (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("%v from %.300q: error %v, encoding/json %v", typ, data, gotErr, wantErr)
		}
		if gotErr != nil {
			continue
		}
		if !sameValue(got.Elem(), want.Elem()) {
			shadow, _ := json.Marshal(want.Interface())
			mine, _ := json.Marshal(got.Interface())
			t.Fatalf("%v from %.300q: values differ:\n got %s\nwant %s", typ, data, mine, shadow)
		}
		// Encode and decode again: the same value.
		enc, err := json.Marshal(got.Interface())
		if err != nil {
			t.Fatalf("%v: encoding: %v", typ, err)
		}
		again := reflect.New(typ)
		if err := json.Unmarshal(enc, again.Interface()); err != nil {
			t.Fatalf("%v: decoding %s: %v", typ, enc, err)
		}
		if diff := cmp.Diff(got.Interface(), again.Interface()); diff != "" {
			t.Fatalf("%v: round trip (-decoded +again):\n%s", typ, diff)
		}
	}
}

// equivSeeds are the real payloads, when ../shared is there, and
// documents that reach the corners: nulls, case-folded and repeated keys,
// escapes, wrong kinds, numbers out of range.
func equivSeeds(tb testing.TB) [][]byte {
	seeds := [][]byte{
		[]byte(`{"name":"dev","NAME":"x","Name":null,"ttl_ms":null,"outdated":true,"owner_name":"\u00e9\ud83d\ude00"}`),
		[]byte(`{"latest_build":{"build_number":2147483648,"job":{"status":"running","error":null}},"latest_build":{"transition":"stop"}}`),
		[]byte(`[{"id":"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","created_at":"2024-01-02T03:04:05Z"},null,{}]`),
		[]byte(`{"workspaces":[{"name":1}],"count":1.5}`),
		[]byte(`{"workspaces":[{"ttl_ms":2.88e7,"latest_build":{"build_number":3.0}}],"count":1e0}`),
		[]byte(`{"transition":"start","rich_parameter_values":[{"name":"a","value":"b"}],"state":[1,2,3],"dry_run":false}`),
		[]byte(`{"template_id":"nope","name":"x","automatic_updates":"always","ttl_ms":9223372036854775808}`),
		[]byte(`{"deadline":"2024-13-01T00:00:00Z","created_at":"x"}`),
	}
	if root := sharedtest.Root(); root != "" {
		files, _ := filepath.Glob(filepath.Join(root, "corpus/coder/examples/*.json"))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				seeds = append(seeds, data)
			}
		}
	}
	return seeds
}

// FuzzDecodeEquivalence holds the generated decoders to encoding/json on
// shadow types: the real payloads and the seeds above without -fuzz,
// random mutations of them with it.
func FuzzDecodeEquivalence(f *testing.F) {
	for _, s := range equivSeeds(f) {
		f.Add(s)
	}
	f.Add(seedPayload(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkEquivalent(t, data)
	})
}

// TestDecodeMatchesUnmarshal checks that DecodeWorkspace gives the value
// json.Unmarshal gives, and reports what the value cannot show.
func TestDecodeMatchesUnmarshal(t *testing.T) {
	for _, data := range equivSeeds(t) {
		if !strings.HasPrefix(string(data), "{") {
			continue
		}
		var want coder.Workspace
		if json.Unmarshal(data, &want) != nil {
			continue
		}
		got, err := coder.DecodeWorkspace(data)
		if _, isProblems := err.(coder.ValueErrors); err != nil && !isProblems {
			t.Fatalf("DecodeWorkspace(%.200q): %v", data, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("DecodeWorkspace(%.200q) (-Unmarshal +Decode):\n%s", data, diff)
		}
	}
	_, err := coder.DecodeCreateWorkspaceRequest([]byte(`{"name":null,"ttl_ms":"x","template_id":5}`))
	want := "name: must not be null\ntemplate_id: cannot be a JSON number\nttl_ms: cannot be a JSON string"
	if err == nil || err.Error() != want {
		t.Errorf("DecodeCreateWorkspaceRequest: %v, want\n%s", err, want)
	}
}
