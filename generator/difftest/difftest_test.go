package difftest

import (
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// TestDecodeRejectsTrailingData: "0A00" once passed as the number 0, so the
// oracle judged a document the generated code rightly refused to read.
func TestDecodeRejectsTrailingData(t *testing.T) {
	for _, bad := range []string{"0A00", `{} {}`, `{}x`, ""} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%q) succeeded", bad)
		}
	}
	if _, err := Decode([]byte(" {} \n")); err != nil {
		t.Errorf("Decode with surrounding space: %v", err)
	}
}

// TestFailurePathsOfNonASCIIKeys: jsonschema URL-escapes instance
// locations, which made failures at "名前" unmatchable.
func TestFailurePathsOfNonASCIIKeys(t *testing.T) {
	o := oracleFor(t, `{"type": "object", "properties": {"名前": {"type": "string"}, "a/b": {"type": "string"}}, "required": ["必須"]}`)
	doc, _ := Decode([]byte(`{"名前": 1, "a/b": 2}`))
	var got []string
	for _, f := range o.Check(doc) {
		got = append(got, f.Path+" "+f.Keyword)
	}
	want := []string{"/a~1b type", "/名前 type", "/必須 required"}
	if !slices.Equal(got, want) {
		t.Errorf("failures %q, want %q", got, want)
	}
}

// TestNullBranchOfNullableUnion: for anyOf [X, {type: null}] on a value that
// is not null, the null branch's failure says nothing Validate could match.
func TestNullBranchOfNullableUnion(t *testing.T) {
	o := oracleFor(t, `{"anyOf": [{"type": "object", "properties": {"n": {"type": "integer"}}}, {"type": "null"}]}`)
	doc, _ := Decode([]byte(`{"n": "x"}`))
	f := o.Check(doc)
	if len(f) != 1 || f[0].Path != "/n" || f[0].Keyword != "type" {
		t.Errorf("failures %+v, want only /n type", f)
	}
}

func oracleFor(t *testing.T, schema string) *Oracle {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := NewOracle(path, "#")
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// TestFitsInteger: number-range excuses a whole number only beyond the
// range of the Go type that refused it (1.0 or 1e3 in range decodes now).
func TestFitsInteger(t *testing.T) {
	for _, c := range []struct {
		n    string
		typ  reflect.Type
		want bool
	}{
		{"9223372036854775807", reflect.TypeFor[int64](), true},
		{"9223372036854775808", reflect.TypeFor[int64](), false},
		{"-9223372036854775808", reflect.TypeFor[int64](), true},
		{"-9223372036854775809", reflect.TypeFor[int64](), false},
		{"2147483648", reflect.TypeFor[int32](), false},
		{"18446744073709551615", reflect.TypeFor[uint64](), true},
		{"-1", reflect.TypeFor[uint32](), false},
		{"1", reflect.TypeFor[float64](), false},
		{"1", nil, false},
	} {
		n, _ := new(big.Int).SetString(c.n, 10)
		if got := fitsInteger(n, c.typ); got != c.want {
			t.Errorf("fitsInteger(%s, %v) = %v", c.n, c.typ, got)
		}
	}
}
