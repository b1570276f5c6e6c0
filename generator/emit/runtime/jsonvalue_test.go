package runtime

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestEqual: JSON equality as the suite's const and enum tests have it.
func TestEqual(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{`1`, `1.0`, true},
		{`1`, `1e0`, true},
		{`false`, `0`, false},
		{`true`, `1`, false},
		{`null`, `0`, false},
		{`null`, `null`, true},
		{`[1, "a"]`, `[1.0, "a"]`, true},
		{`[1]`, `[1, 1]`, false},
		{`{"a": [0]}`, `{"a": [0.0]}`, true},
		{`{"a": 1}`, `{"b": 1}`, false},
		{`{}`, `[]`, false},
		{`12345678901234567890`, `12345678901234567891`, false},
	} {
		if got := jvEqual(jvParse(c.a), jvParse(c.b)); got != c.want {
			t.Errorf("jvEqual(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestNumbers: integer-ness, order and multiples, exactly on decimals.
func TestNumbers(t *testing.T) {
	if !jvIsInteger("1.0") || !jvIsInteger("1e3") || jvIsInteger("1.5") || !jvIsInteger("-7") {
		t.Error("jvIsInteger")
	}
	if jvCompare("0.1", "0.10") != 0 || jvCompare("2", "10") != -1 || jvCompare("1e400", "1") != 1 {
		t.Error("jvCompare")
	}
	if !jvMultipleOf("19.99", "0.01") || jvMultipleOf("0.075", "0.01") || !jvMultipleOf("4", "2") {
		t.Error("jvMultipleOf")
	}
}

// TestNullAndAbsent: a decoded null is present, a field left out is zero;
// both encode as null.
func TestNullAndAbsent(t *testing.T) {
	var doc struct {
		A JSONValue `json:"a"`
		B JSONValue `json:"b"`
		C JSONValue `json:"c"`
	}
	if err := json.Unmarshal([]byte(`{"a": null, "b": 1.50}`), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.A.IsZero() || doc.A.V != nil || doc.B.V != json.Number("1.50") || !doc.C.IsZero() {
		t.Errorf("decoded %+v", doc)
	}
	out, _ := json.Marshal(doc)
	if string(out) != `{"a":null,"b":1.50,"c":null}` {
		t.Errorf("encoded %s", out)
	}
}

// TestTypes: jvIsType by JSON type.
func TestTypes(t *testing.T) {
	v := jvParse(`[null, true, 1, 1.5, "s", [], {}]`).([]any)
	want := []string{"null", "boolean", "integer", "number", "string", "array", "object"}
	for i, x := range v {
		if !jvIsType(x, want[i]) {
			t.Errorf("%v is not %s", x, want[i])
		}
	}
	if jvIsType(v[3], "integer") || jvIsType(v[1], "number") || jvIsType(v[0], "object") {
		t.Error("wrong type accepted")
	}
	if _, _, dup := jvDuplicate(jvParse(`[1, 2, 1.0]`).([]any)); !dup {
		t.Error("jvDuplicate")
	}
	if !jvIn(jvParse(`1.0`), jvParse(`["1", 1]`).([]any)) {
		t.Error("jvIn")
	}
}

// TestEvaluated: members and items marked, and only those.
func TestEvaluated(t *testing.T) {
	var e jvEvaluated
	e.prop("a")
	e.upTo(2)
	e.match(5)
	if !e.props["a"] || e.props["b"] || !e.item(1) || e.item(2) || !e.item(5) {
		t.Errorf("%+v", e)
	}
	e.allItems = true
	if !e.item(9) {
		t.Error("allItems")
	}
}

// TestJSONValueDecodesLikeUseNumber holds JSONValue's decoding, by the
// reader, to encoding/json's Decoder with UseNumber (what it was): the
// same value from the same document, or both fail; and its encoding to
// json.Marshal of what it holds.
func TestJSONValueDecodesLikeUseNumber(t *testing.T) {
	for _, doc := range jsonValueDocs {
		checkJSONValueLikeUseNumber(t, doc)
	}
}

var jsonValueDocs = []string{
	`null`, `true`, `false`, `0`, `-1.50e+3`, `12345678901234567890`, `"a\u00e9\ud83d\ude00"`, `[]`, `{}`,
	`[1, "x", null, {"a": [1.0, {"b": false}]}]`, `{"a": 1, "a": 2, "B": {}}`, ` [ 1 , 2 ] `,
	`[1,]`, `{"a" 1}`, `01`, `[`, `nul`, `"\x"`, `{"a":1}}`,
}

// FuzzJSONValueDecodesLikeUseNumber is TestJSONValueDecodesLikeUseNumber
// on any document.
func FuzzJSONValueDecodesLikeUseNumber(f *testing.F) {
	for _, doc := range jsonValueDocs {
		f.Add(doc)
	}
	f.Fuzz(checkJSONValueLikeUseNumber)
}

func checkJSONValueLikeUseNumber(t *testing.T, doc string) {
	var got JSONValue
	gotErr := got.UnmarshalJSON([]byte(doc))
	var want any
	d := json.NewDecoder(strings.NewReader(doc))
	d.UseNumber()
	wantErr := d.Decode(&want)
	if wantErr == nil && !json.Valid([]byte(doc)) {
		wantErr = errors.New("data after the value") // json.Unmarshal's rule
	}
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("%q: error %v, encoding/json %v", doc, gotErr, wantErr)
	}
	if gotErr != nil {
		return
	}
	if !reflect.DeepEqual(got.V, want) || got.null != (want == nil) {
		t.Fatalf("%q: %#v, encoding/json %#v", doc, got.V, want)
	}
	enc, err := got.MarshalJSON()
	wantEnc, wantEncErr := json.Marshal(want)
	if string(enc) != string(wantEnc) || (err == nil) != (wantEncErr == nil) {
		t.Fatalf("%q: encodes as %s (%v), json.Marshal %s", doc, enc, err, wantEnc)
	}
}
