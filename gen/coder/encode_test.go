package coder_test

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/gen/coder"
)

// encodedTypes are the package's struct types: the values the encoders are
// checked on (their fields reach every other type). TestEncodedTypesListed
// keeps the list whole.
var encodedTypes = []reflect.Type{
	reflect.TypeFor[coder.AgentConnectionTiming](), reflect.TypeFor[coder.AgentScriptTiming](),
	reflect.TypeFor[coder.CreateWorkspaceBuildRequest](), reflect.TypeFor[coder.CreateWorkspaceRequest](),
	reflect.TypeFor[coder.DERPRegion](), reflect.TypeFor[coder.Healthcheck](), reflect.TypeFor[coder.MatchedProvisioners](),
	reflect.TypeFor[coder.PostWorkspaceUsageRequest](), reflect.TypeFor[coder.ProvisionerJob](),
	reflect.TypeFor[coder.ProvisionerJobInput](), reflect.TypeFor[coder.ProvisionerJobLog](),
	reflect.TypeFor[coder.ProvisionerJobMetadata](), reflect.TypeFor[coder.ProvisionerTiming](),
	reflect.TypeFor[coder.PutExtendWorkspaceRequest](), reflect.TypeFor[coder.ResolveAutostartResponse](),
	reflect.TypeFor[coder.Response](), reflect.TypeFor[coder.SharedWorkspaceActor](),
	reflect.TypeFor[coder.UpdateWorkspaceAutomaticUpdatesRequest](), reflect.TypeFor[coder.UpdateWorkspaceAutostartRequest](),
	reflect.TypeFor[coder.UpdateWorkspaceDormancy](), reflect.TypeFor[coder.UpdateWorkspaceRequest](),
	reflect.TypeFor[coder.UpdateWorkspaceTTLRequest](), reflect.TypeFor[coder.ValidationError](), reflect.TypeFor[coder.Workspace](),
	reflect.TypeFor[coder.WorkspaceAgent](), reflect.TypeFor[coder.WorkspaceAgentHealth](), reflect.TypeFor[coder.WorkspaceAgentLogSource](),
	reflect.TypeFor[coder.WorkspaceAgentScript](), reflect.TypeFor[coder.WorkspaceApp](), reflect.TypeFor[coder.WorkspaceAppStatus](),
	reflect.TypeFor[coder.WorkspaceBuild](), reflect.TypeFor[coder.WorkspaceBuildParameter](), reflect.TypeFor[coder.WorkspaceBuildTimings](),
	reflect.TypeFor[coder.WorkspaceHealth](), reflect.TypeFor[coder.WorkspaceResource](), reflect.TypeFor[coder.WorkspaceResourceMetadata](),
	reflect.TypeFor[coder.WorkspacesResponse](),
}

// TestEncodedTypesListed: every struct types.gen.go declares is in
// encodedTypes, so a type added to the spec is checked too.
func TestEncodedTypesListed(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "types.gen.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, typ := range encodedTypes {
		listed = append(listed, typ.Name())
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if _, isStruct := ts.Type.(*ast.StructType); isStruct && !slices.Contains(listed, ts.Name.Name) {
					t.Errorf("%s is not in encodedTypes", ts.Name.Name)
				}
			}
		}
	}
}

// checkEncoding fails unless v (a value of a generated type) encodes to the
// bytes encoding/json gives its shadow, both through the generated client
// and server's path (jwMarshal) and through json.Marshal, or all of them
// fail. It returns the encoding, nil when it failed.
func checkEncoding(t *testing.T, sh *shadows, v reflect.Value) []byte {
	t.Helper()
	want, wantErr := json.Marshal(sh.valueOf(v).Interface())
	direct, directErr := coder.JWMarshal(v.Interface())
	viaJSON, viaErr := json.Marshal(v.Interface())
	if (wantErr != nil) != (directErr != nil) || (wantErr != nil) != (viaErr != nil) {
		t.Fatalf("%v: errors differ: encoding/json %v, jwMarshal %v, json.Marshal %v", v.Type(), wantErr, directErr, viaErr)
	}
	if wantErr != nil {
		return nil
	}
	if !bytes.Equal(direct, want) {
		t.Fatalf("%v: jwMarshal wrote\n%s\nencoding/json wrote\n%s", v.Type(), direct, want)
	}
	if !bytes.Equal(viaJSON, want) {
		t.Fatalf("%v: json.Marshal wrote\n%s\nwithout the methods\n%s", v.Type(), viaJSON, want)
	}
	return want
}

// checkRoundTrip fails unless data, the encoding of v, decodes to a value
// equal to v.
func checkRoundTrip(t *testing.T, v reflect.Value, data []byte) {
	t.Helper()
	back := reflect.New(v.Type())
	if err := json.Unmarshal(data, back.Interface()); err != nil {
		t.Fatalf("%v: decoding its encoding: %v\n%s", v.Type(), err, data)
	}
	if diff := cmp.Diff(v.Interface(), back.Elem().Interface()); diff != "" {
		t.Fatalf("%v: encode → decode changed the value (-before +after):\n%s\n%s", v.Type(), diff, data)
	}
}

// TestEncodeRandomLikeEncodingJSON: random values of every type, the
// ones that cannot round-trip (invalid UTF-8, NaN, year 10000) included,
// encode as encoding/json encoded them; the others round-trip.
func TestEncodeRandomLikeEncodingJSON(t *testing.T) {
	sh := newShadows()
	for i, typ := range encodedTypes {
		for n := range 200 {
			wild := n%2 == 0
			g := &randomValues{r: rand.New(rand.NewPCG(uint64(i), uint64(n))), wild: wild}
			v := reflect.New(typ).Elem()
			g.fill(v)
			data := checkEncoding(t, sh, v)
			if !wild {
				if data == nil {
					t.Fatalf("%v: a tame value did not encode", typ)
				}
				checkRoundTrip(t, v, data)
			}
		}
	}
}

// TestEncodeCorpusLikeEncodingJSON: the real payloads (seed 000's
// workspace, a 100-workspace list, and the response examples of
// Coder's API docs), decoded into every type they decode into, encode as
// encoding/json encoded them, and round-trip.
func TestEncodeCorpusLikeEncodingJSON(t *testing.T) {
	sh := newShadows()
	docs := [][]byte{seedPayload(t), workspaceList(t, seedPayload(t), 100)}
	for _, seed := range []string{"002_eadce62dc7ffc7e5.txt", "004_6e8a41763d33a12b.txt"} {
		for _, ex := range seedExamples(t, seed) {
			if ex.JSON != nil {
				docs = append(docs, ex.JSON)
			}
		}
	}
	checked := 0
	for _, doc := range docs {
		for _, typ := range encodedTypes {
			if bytes.HasPrefix(doc, []byte("[")) {
				typ = reflect.SliceOf(typ)
			}
			v := reflect.New(typ)
			if json.Unmarshal(doc, v.Interface()) != nil {
				continue
			}
			data := checkEncoding(t, sh, v.Elem())
			checkRoundTrip(t, v.Elem(), data)
			checked++
		}
	}
	if checked < 100 {
		t.Fatalf("only %d payload and type pairs decoded; the corpus is not being read", checked)
	}
}

// FuzzEncodeLikeEncodingJSON draws random values as
// TestEncodeRandomLikeEncodingJSON does, from the fuzzer's seeds.
func FuzzEncodeLikeEncodingJSON(f *testing.F) {
	f.Add(uint64(0), uint64(0), uint8(23), true)
	f.Add(uint64(1), uint64(2), uint8(30), false)
	sh := newShadows()
	f.Fuzz(func(t *testing.T, s1, s2 uint64, which uint8, wild bool) {
		typ := encodedTypes[int(which)%len(encodedTypes)]
		v := reflect.New(typ).Elem()
		(&randomValues{r: rand.New(rand.NewPCG(s1, s2)), wild: wild}).fill(v)
		if data := checkEncoding(t, sh, v); data != nil && !wild {
			checkRoundTrip(t, v, data)
		}
	})
}
