package runtime

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// TestJSONIntWholeNumbers: a whole number in any notation decodes into
// every integer type that holds it; a fraction, or a value beyond the
// type, does not, and the record says which.
func TestJSONIntWholeNumbers(t *testing.T) {
	for _, c := range []struct {
		text string
		want int64
	}{
		{"1.0", 1}, {"1e3", 1000}, {"1E2", 100}, {"2.000", 2}, {"-0.0", 0}, {"-0", 0}, {"0e-5", 0},
		{"1000000000000.0", 1000000000000}, {"10E-1", 1}, {"1.5e1", 15}, {"-12.50e1", -125}, {"1e+2", 100},
		{"9223372036854775807.0", math.MaxInt64}, {"-9223372036854775808.0", math.MinInt64},
		{"-9.223372036854775808e18", math.MinInt64}, {"0.00120e4", 12},
	} {
		var n int64
		if err := jsonDecode([]byte(c.text), func(r *jsonReader) { jsonInt(&n, r) }); err != nil || n != c.want {
			t.Errorf("%s into int64: %d, %v; want %d", c.text, n, err, c.want)
		}
	}
	for _, c := range []struct{ text, why string }{
		{"1.5", "not a whole number"}, {"1e-1", "not a whole number"}, {"-0.5e0", "not a whole number"},
		{"9223372036854775808.0", "beyond the range of int64"}, {"1e19", "beyond the range of int64"},
		{"12345678910111213141516171819202122232425262728293031", "beyond the range of int64"},
		{"1e308", "beyond the range of int64"}, {"1e999999999999", "beyond the range of int64"},
	} {
		var n int64
		rec, err := jsonDecodeRecorded([]byte(c.text), func(r *jsonReader) { jsonInt(&n, r) })
		if err != nil || rec == nil || len(rec.problems) != 1 || !strings.Contains(rec.problems[0].message, c.why) ||
			!strings.HasPrefix(rec.problems[0].message, "cannot be a JSON number "+c.text) {
			t.Errorf("%s into int64 recorded %+v, %v; want %q", c.text, rec, err, c.why)
		}
		err = jsonDecode([]byte(c.text), func(r *jsonReader) { jsonInt(&n, r) })
		var te *json.UnmarshalTypeError
		if err == nil || !errors.As(err, &te) || te.Value != "number "+c.text {
			t.Errorf("%s into int64: %v, want encoding/json's UnmarshalTypeError", c.text, err)
		}
	}
	var small int8
	for _, s := range []string{"127.0", "-1.28e2"} {
		if err := jsonDecode([]byte(s), func(r *jsonReader) { jsonInt(&small, r) }); err != nil {
			t.Errorf("%s into int8: %v", s, err)
		}
	}
	if err := jsonDecode([]byte("1.28e2"), func(r *jsonReader) { jsonInt(&small, r) }); err == nil {
		t.Error("1.28e2 decoded into int8")
	}
	var u uint64
	for s, want := range map[string]uint64{"1.8446744073709551615e19": math.MaxUint64, "-0.0": 0, "-0": 0, "4e0": 4} {
		if err := jsonDecode([]byte(s), func(r *jsonReader) { jsonUint(&u, r) }); err != nil || u != want {
			t.Errorf("%s into uint64: %d, %v", s, u, err)
		}
	}
	for _, s := range []string{"-1.0", "1.8446744073709551616e19", "0.5"} {
		if err := jsonDecode([]byte(s), func(r *jsonReader) { jsonUint(&u, r) }); err == nil {
			t.Errorf("%s decoded into uint64", s)
		}
	}
}

// FuzzJSONWhole holds jsonParseInt and jsonParseUint to exact rational
// arithmetic: a JSON number is read exactly when it is a whole number in
// the type's range, and refused otherwise.
func FuzzJSONWhole(f *testing.F) {
	for _, s := range []string{"1", "1.0", "-0.0", "1e3", "10E-1", "9223372036854775807", "9223372036854775808.0",
		"-9223372036854775808", "18446744073709551615.000", "1.8446744073709551616e19", "0.1e1", "1e-400", "0e999", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) || s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) || strings.ContainsAny(s, " \t\r\n") {
			return
		}
		if e := strings.IndexAny(s, "eE"); e >= 0 {
			if n, err := strconv.Atoi(strings.TrimLeft(s[e+1:], "+-")); err != nil || n > 1000 {
				return // big.Rat would build a huge power of ten
			}
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			return
		}
		whole := r.IsInt()
		i, iok := jsonParseInt([]byte(s))
		wantI := whole && r.Num().IsInt64()
		if iok != wantI || iok && i != r.Num().Int64() {
			t.Errorf("jsonParseInt(%s) = %d, %v; want %v", s, i, iok, r)
		}
		u, uok := jsonParseUint([]byte(s))
		wantU := whole && r.Num().Sign() >= 0 && r.Num().IsUint64()
		if uok != wantU || uok && u != r.Num().Uint64() {
			t.Errorf("jsonParseUint(%s) = %d, %v; want %v", s, u, uok, r)
		}
		if _, err := strconv.ParseInt(s, 10, 64); err == nil && !iok {
			t.Errorf("jsonParseInt(%s) refused what strconv reads", s)
		}
	})
}

// TestJSONIntName: the type an out-of-range error names, found without
// reflection, is the one reflect would name (int by its size).
func TestJSONIntName(t *testing.T) {
	type port uint16
	for _, c := range [][2]string{
		{jsonIntName[int8](), "int8"}, {jsonIntName[int32](), "int32"}, {jsonIntName[int64](), "int64"},
		{jsonIntName[port](), "uint16"}, {jsonIntName[uint64](), "uint64"}, {jsonIntName[uint8](), "uint8"},
		{jsonIntName[int](), "int" + strconv.Itoa(strconv.IntSize)},
	} {
		if got, want := c[0], c[1]; got != want {
			t.Errorf("jsonIntName = %s, want %s", got, want)
		}
	}
}

// TestJSONIsWhole: what a type list of integer without number lets
// through to a union's variants, as JSON Schema counts integers.
func TestJSONIsWhole(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "-0": true, "1.0": true, "1e3": true, "10E-1": true, "-0.0": true,
		"123456789012345678901234567890": true, "1.5e1": true,
		"0.5": false, "1.01": false, "1e-1": false, "-2.5": false, "1.5e0": false,
	} {
		if got := jsonIsWhole([]byte(s)); got != want {
			t.Errorf("jsonIsWhole(%s) = %v, want %v", s, got, want)
		}
	}
}
