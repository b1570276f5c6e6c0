package runtime

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

// write runs f on a fresh writer and returns what it wrote and its error.
func write(f func(w *jsonWriter)) (string, error) {
	var w jsonWriter
	f(&w)
	return string(w.b), w.err
}

// agree fails unless the writer and json.Marshal(v) give the same bytes,
// or both fail.
func agree(t *testing.T, v any, f func(w *jsonWriter)) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	got, err := write(f)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%#v: error %v, encoding/json's %v", v, err, wantErr)
	}
	if wantErr == nil && got != string(want) {
		t.Fatalf("%#v: wrote %s, encoding/json %s", v, got, want)
	}
}

var stringCases = []string{
	"", "plain", `quote " backslash \ slash /`, "<script>&amp;</script>",
	"\x00\x01\x07\b\f\n\r\t\x1f\x7f", "é ü 日本 🎉", "\u2028 line \u2029 para",
	"bad \xff utf8 \xc3", "\xed\xa0\x80 surrogate", "trailing \xe2\x80",
}

func TestStringLikeEncodingJSON(t *testing.T) {
	for _, s := range stringCases {
		agree(t, s, func(w *jsonWriter) { w.str(s) })
	}
}

var floatCases = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 1e-6, 9.99999e-7, 1e-7, 1e20, 1e21, 123456789012345678901234.0,
	math.MaxFloat64, math.SmallestNonzeroFloat64, -1e-300, 3.141592653589793, 1e-10, 5e-324,
}

func TestFloatLikeEncodingJSON(t *testing.T) {
	for _, f := range floatCases {
		agree(t, f, func(w *jsonWriter) { w.f64(f) })
		f32 := float32(f)
		agree(t, f32, func(w *jsonWriter) { w.f32(f32) })
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		agree(t, f, func(w *jsonWriter) { w.f64(f) })
		agree(t, float32(f), func(w *jsonWriter) { w.f32(float32(f)) })
	}
	for _, f := range []float32{1e-7, 1e21, 1.0000001, 16777217, math.MaxFloat32, math.SmallestNonzeroFloat32} {
		agree(t, f, func(w *jsonWriter) { w.f32(f) })
	}
}

func TestScalarsLikeEncodingJSON(t *testing.T) {
	for _, n := range []int64{0, -1, math.MaxInt64, math.MinInt64} {
		agree(t, n, func(w *jsonWriter) { w.int(n) })
	}
	for _, n := range []uint64{0, math.MaxUint64} {
		agree(t, n, func(w *jsonWriter) { w.uint(n) })
	}
	agree(t, true, func(w *jsonWriter) { w.bool(true) })
	agree(t, false, func(w *jsonWriter) { w.bool(false) })
	for _, b := range [][]byte{nil, {}, {0}, []byte("hello, world"), {0xff, 0xfe, 0xfd}} {
		agree(t, b, func(w *jsonWriter) { w.bytes(b) })
	}
	for _, u := range []uuid.UUID{uuid.Nil, uuid.MustParse("c0ffee00-1234-4abc-8def-0123456789ab"), uuid.Max} {
		agree(t, u, func(w *jsonWriter) { w.uuid(u) })
	}
	for _, tm := range []time.Time{
		{}, time.Date(2024, 2, 29, 23, 59, 59, 123456789, time.UTC),
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", -(3*3600+30*60))),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		agree(t, tm, func(w *jsonWriter) { w.time(tm) })
	}
}

func TestRawLikeEncodingJSON(t *testing.T) {
	for _, s := range []string{
		`null`, ` { "a" : [ 1 , 2.5e3 , "x < y & z > w" ] , "b\"\\" : true } `, "\"\u2028\u2029\"",
		`"\u003c"`, "\"bad \xff\"", `{`, `[1,]`, ``, `nul`,
	} {
		m := json.RawMessage(s)
		agree(t, m, func(w *jsonWriter) { w.rawJSON(m) })
	}
	var m json.RawMessage
	agree(t, m, func(w *jsonWriter) { w.rawJSON(m) })
}

func TestAnyLikeEncodingJSON(t *testing.T) {
	for _, v := range []any{
		nil, true, "a<b", 1.5, json.Number("12345678901234567890"), json.Number(""), json.Number("1e"),
		json.Number("-0.5E+3"), json.Number("01"), []any{1.0, "x", nil, []any{}},
		map[string]any{"b": 1.0, "a": map[string]any{}, "<": []any{json.Number("2")}, "é": nil},
		[]any(nil), map[string]any(nil), 3, struct{ A int }{1}, math.NaN(),
	} {
		agree(t, v, func(w *jsonWriter) { w.any(v) })
	}
}

func TestContainersLikeEncodingJSON(t *testing.T) {
	s := []string{"a", "<"}
	agree(t, s, func(w *jsonWriter) { jwSlice(w, s, jwStr[string]) })
	var ns []int
	agree(t, ns, func(w *jsonWriter) { jwSlice(w, ns, jwInt[int]) })
	m := map[string]float64{"z": 1, "a": 2, "": 3, "A": 4, "ä": 5}
	agree(t, m, func(w *jsonWriter) { jwMap(w, m, jwF64[float64]) })
	var nm map[string]bool
	agree(t, nm, func(w *jsonWriter) { jwMap(w, nm, jwBool[bool]) })
	var p *int32
	agree(t, p, func(w *jsonWriter) { jwPtr(w, p, jwInt[int32]) })
	v := uint32(7)
	agree(t, &v, func(w *jsonWriter) { jwPtr(w, &v, jwUint[uint32]) })
	agree(t, []float64{1, math.Inf(1)}, func(w *jsonWriter) { jwSlice(w, []float64{1, math.Inf(1)}, jwF64[float64]) })
}

// TestClose: members written after a comma become an object or array.
func TestClose(t *testing.T) {
	for _, c := range []struct {
		members     []string
		open, close byte
		want        string
	}{
		{nil, '{', '}', "{}"},
		{[]string{`,"a":1`}, '{', '}', `{"a":1}`},
		{[]string{`,1`, `,2`}, '[', ']', `[1,2]`},
	} {
		got, _ := write(func(w *jsonWriter) {
			w.raw("x")
			start := len(w.b)
			for _, m := range c.members {
				w.raw(m)
			}
			w.close(start, c.open, c.close)
		})
		if got != "x"+c.want {
			t.Errorf("close after %q = %s, want x%s", c.members, got, c.want)
		}
	}
}

// TestErrorSticks: the first error is kept and jwEncode returns no bytes.
func TestErrorSticks(t *testing.T) {
	b, err := jwEncode(jwFunc(func(w *jsonWriter) { jwSlice(w, []float64{math.NaN(), math.Inf(1)}, jwF64[float64]) }))
	if err == nil || !strings.Contains(err.Error(), "NaN") || b != nil {
		t.Fatalf("jwEncode of NaN, +Inf = %q, %v; want no bytes and the NaN error", b, err)
	}
}

func TestMarshal(t *testing.T) {
	got, err := jwMarshal(jwFunc(func(w *jsonWriter) { w.str("<") }))
	if err != nil || string(got) != `"\u003c"` {
		t.Fatalf("jwMarshal(jwFunc) = %s, %v", got, err)
	}
	got, err = jwMarshal(map[string]int{"b": 1, "a": 2})
	if err != nil || string(got) != `{"a":2,"b":1}` {
		t.Fatalf("jwMarshal(map) = %s, %v", got, err)
	}
	// The pooled buffer is reused, but what jwMarshal returned is not.
	first, _ := jwMarshal(jwFunc(func(w *jsonWriter) { w.str("first") }))
	again, _ := jwMarshal(jwFunc(func(w *jsonWriter) { w.str("again") }))
	if string(first) != `"first"` || string(again) != `"again"` {
		t.Fatalf("after a second encoding: %s and %s", first, again)
	}
}

func FuzzStringLikeEncodingJSON(f *testing.F) {
	for _, s := range stringCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		agree(t, s, func(w *jsonWriter) { w.str(s) })
		m := json.RawMessage(s)
		agree(t, m, func(w *jsonWriter) { w.rawJSON(m) })
		n := json.Number(s)
		agree(t, n, func(w *jsonWriter) { w.any(n) })
	})
}

func FuzzFloatLikeEncodingJSON(f *testing.F) {
	for _, x := range floatCases {
		f.Add(math.Float64bits(x))
	}
	f.Fuzz(func(t *testing.T, bits uint64) {
		x := math.Float64frombits(bits)
		agree(t, x, func(w *jsonWriter) { w.f64(x) })
		y := math.Float32frombits(uint32(bits))
		agree(t, y, func(w *jsonWriter) { w.f32(y) })
	})
}

// TestIsZeroJSON: omitzero's rule, an IsZero method first, else the zero
// value of the type.
func TestIsZeroJSON(t *testing.T) {
	for i, c := range []struct{ got, want bool }{
		{isZeroJSON(0), true}, {isZeroJSON(1), false}, {isZeroJSON(""), true}, {isZeroJSON(time.Time{}), true},
		{isZeroJSON(time.Unix(1, 0)), false}, {isZeroJSON([2]int{}), true}, {isZeroJSON([2]int{0, 1}), false},
	} {
		if c.got != c.want {
			t.Errorf("case %d: isZeroJSON = %v, want %v", i, c.got, c.want)
		}
	}
	// The type's own IsZero decides, with a value or a pointer receiver,
	// before its zero value is looked at.
	if !isZeroJSON(zeroByMethod{n: 7}) || isZeroJSON(zeroByPointerMethod{}) || !isZeroJSON(zeroByPointerMethod{n: 7}) {
		t.Error("isZeroJSON did not ask IsZero")
	}
	if isZeroJSON(time.Unix(1, 0)) || !isZeroJSON([]int(nil)) || isZeroJSON([]int{}) {
		t.Error("isZeroJSON of a time or a slice is not encoding/json's omitzero")
	}
}

type zeroByMethod struct{ n int }

func (zeroByMethod) IsZero() bool { return true }

type zeroByPointerMethod struct{ n int }

func (z *zeroByPointerMethod) IsZero() bool { return z.n == 7 }
