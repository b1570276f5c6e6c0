package runtime

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/internal/wholenum"
)

// tItem exercises every decoder as generated code calls them. It has no
// JSON methods, so encoding/json decodes it by reflection: the reference.
type tItem struct {
	Name  string             `json:"name"`
	Count *int32             `json:"count,omitzero"`
	Small int8               `json:"small"`
	Big   uint64             `json:"big"`
	F     float64            `json:"f"`
	F32   float32            `json:"f32"`
	OK    bool               `json:"ok"`
	Tags  []string           `json:"tags"`
	M     map[string]any     `json:"m"`
	Ints  map[string][]int64 `json:"ints"`
	When  time.Time          `json:"when"`
	ID    uuid.UUID          `json:"id"`
	Any   any                `json:"any"`
	Sub   *tItem             `json:"sub"`
	Subs  []tItem            `json:"subs"`
	Kind  tKind              `json:"kind"`
}

type tKind string

var tItemFields = jsonFields{
	typ: (*tItem)(nil),
	fields: []jsonField{
		{"name", jsonRequired | jsonNotNull},
		{"count", jsonNotNull}, {"small", 0}, {"big", 0}, {"f", 0}, {"f32", 0}, {"ok", 0},
		{"tags", jsonRequired},
		{"m", 0}, {"ints", 0}, {"when", 0}, {"id", 0},
		{"any", jsonRequired},
		{"sub", 0}, {"subs", 0}, {"kind", 0},
	},
	props: []int{-1, 3},
}

func (v *tItem) decodeJSON(r *jsonReader) {
	var o jsonObject
	for r.object(&o, &tItemFields) {
		switch o.field {
		case 0:
			jsonString(&v.Name, r)
		case 1:
			jsonPtr(&v.Count, r, jsonInt[int32])
		case 2:
			jsonInt(&v.Small, r)
		case 3:
			jsonUint(&v.Big, r)
		case 4:
			jsonFloat(&v.F, r)
		case 5:
			jsonFloat(&v.F32, r)
		case 6:
			jsonBool(&v.OK, r)
		case 7:
			jsonSlice(&v.Tags, r, jsonString[string])
		case 8:
			jsonMap(&v.M, r, jsonAny)
		case 9:
			jsonMap(&v.Ints, r, func(v *[]int64, r *jsonReader) { jsonSlice(v, r, jsonInt[int64]) })
		case 10:
			jsonTime(&v.When, r)
		case 11:
			jsonUUID(&v.ID, r)
		case 12:
			jsonAny(&v.Any, r)
		case 13:
			jsonPtr(&v.Sub, r, (*tItem).decodeFrom)
		case 14:
			jsonSlice(&v.Subs, r, (*tItem).decodeFrom)
		case 15:
			jsonString(&v.Kind, r)
		default:
			r.skip()
		}
	}
}

func (v *tItem) decodeFrom(r *jsonReader) { v.decodeJSON(r) }

var readSeeds = []string{
	`{"name":"a","count":3,"small":-5,"big":18446744073709551615,"f":1.5e3,"f32":0.1,"ok":true,"tags":["x","y"],"m":{"a":[1,"b",null,{"c":false}]},"ints":{"q":[1,2]},"when":"2024-01-02T03:04:05Z","id":"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","any":1e2,"sub":{"name":"b"},"subs":[{"name":"c"},{}],"kind":"k","extra":{"deep":[1,2,{"x":null}]}}`,
	`{"NAME":"fold","Tags":null,"sub":null,"count":null,"name":null}`,
	`{"name":"dup","name":"last","small":300,"big":-1,"f":"s","ok":1}`,
	`{"name":"\u00e9\ud83d\ude00\ud800x\"\\\/\b\f\n\r\t","m":{"\u006b":1}}`,
	"{\"name\":\"\xff\xfe bad utf8 \xed\xa0\x80\"}",
	`{"f32":1e39,"f":1e400,"any":-0,"small":1.0,"count":2147483648}`,
	`{"small":1.0,"count":-2e1,"big":1.8446744073709551615e19,"f":1e3,"any":2.0,"ints":{"a":[1E2,-0.0,3]}}`, `{"small":1.5}`, `{"big":-0}`, `{"small":128.0}`,
	`{"when":"not a time"}`, `{"id":"nope"}`, `{"when":"2024-02-29T23:59:59.123456789Z","id":"{5F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}"}`,
	`{"when":"2023-02-29T00:00:00Z"}`, `{"when":"2024-01-02T03:04:05+01:00"}`, `{"when":"2024-01-02T24:00:00Z"}`, `{"when":"2024-01-02T03:04:05.Z"}`,
	`{"when":"2024-01-02t03:04:05z"}`, `{"when":"2024-01-02T03:04:05.1234567891Z"}`, `{"when":"2024-01-02T03:04:05\u005a"}`, `{"when":5}`,
	`{"id":"5f1e2d3c4b5a69788796a5b4c3d2e1f0"}`, `{"id":"5f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg"}`, `{"id":"5f1e2d3c-4b5a-6978-8796+a5b4c3d2e1f0"}`, `{"id":5}`, `{"when":null,"id":null}`,
	`[1]`, `"s"`, `null`, `{"name":"a",}`, `{"name" "a"}`, `{"a":tru}`, `{"a":01}`, `{"a":-}`, `{"a":1.}`, `{"a":1e}`,
	` {"subs":[{"name":"a"},{"name":1}] } `, `{"tags":[]}`, `{"m":{}}`, "{\"a\":\"\x01\"}", `{"a":"\x"}`, `{"a":"\u12G4"}`,
	`{"\u006eame":"escaped key"}`, `{"ſ":1,"K":2}`, `{} x`, ``, `   `, `{"a":[1,2,]}`, `{"a":"unterminated`,
}

// FuzzJSONRead holds the reader to encoding/json: the same value from the
// same document, or both fail; and the same verdict on syntax. The one
// difference meant is a whole number written 1.0 or 1e3, which the reader
// takes for an integer field and encoding/json refuses: encoding/json
// reads the document with those numbers as plain digits, and on the
// original refuses nothing else the reader accepts (wholenum.Only).
func FuzzJSONRead(f *testing.F) {
	for _, s := range readSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got, want, original tItem
		gotErr := jsonDecode(data, got.decodeJSON)
		plain, rewritten := wholenum.Plain(data)
		wantErr := json.Unmarshal(plain, &want)
		if origErr := json.Unmarshal(data, &original); gotErr == nil && origErr != nil && !wholenum.Only(origErr, rewritten) {
			t.Fatalf("%q: decoded; encoding/json %v, not a whole number into an integer", data, origErr)
		}
		if (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("%q: error %v, encoding/json %v", data, gotErr, wantErr)
		}
		if gotErr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %#v\nwant %#v", data, got, want)
		}
		var se *json.SyntaxError
		if errors.As(wantErr, &se) != errors.As(gotErr, &se) {
			t.Fatalf("%q: error %v, encoding/json %v: not the same kind", data, gotErr, wantErr)
		}
		var te *json.UnmarshalTypeError
		if errors.As(wantErr, &te) && !errors.As(gotErr, &te) {
			t.Fatalf("%q: error %v, encoding/json %v: not the same kind", data, gotErr, wantErr)
		}
		skipErr := jsonDecode(data, (*jsonReader).skip)
		if (skipErr == nil) != json.Valid(data) {
			t.Fatalf("%q: skip says %v, json.Valid %v", data, skipErr, json.Valid(data))
		}
	})
}

func TestJSONReadSyntaxMessages(t *testing.T) {
	for _, s := range []string{`{"a" 1}`, `[1,]`, `{"a":1,}`, `tru`, `{"a":"\x"}`, `1 2`, `{`, `"\u12G4"`, `-`, `01`} {
		var v any
		want := json.Unmarshal([]byte(s), &v)
		got := jsonDecode([]byte(s), jsonAnyFrom)
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("%s: got %v, encoding/json %v", s, got, want)
		}
	}
}

func jsonAnyFrom(r *jsonReader) {
	var v any
	jsonAny(&v, r)
}

func TestJSONRecord(t *testing.T) {
	data := `{"name":null,"count":null,"Tags":null,"small":"x","q":1,"subs":[{"name":"a","tags":[],"any":1},{"tags":["x"],"any":null,"sub":{"n":1}}]}`
	var v tItem
	rec, err := jsonDecodeRecorded([]byte(data), v.decodeJSON)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rec.problems {
		got = append(got, p.pointer+" "+p.field+": "+p.message)
	}
	want := []string{
		"/small small: cannot be a JSON string",
		"/subs/1/sub/name subs[1].sub.name: is required",
		"/subs/1/sub/tags subs[1].sub.tags: is required",
		"/subs/1/sub/any subs[1].sub.any: is required",
		"/subs/1/name subs[1].name: is required",
		"/name name: must not be null",
		"/count count: must not be null", // optional, and absent in subs
		"/any any: is required",
		" : must have at most 3 properties",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The code decides, not the words: a count reworded is still the
	// count decoding made, and a count's words without the code stand.
	for _, c := range []struct {
		pointer, msg string
		code         causeCode
		keep         bool
	}{
		{"/name", "is too short", causeOther, false},
		{"/names", "is too short", causeOther, true},
		{"/subs/1/name/x", "bad", causeOther, false},
		{"", "must have at most 3 properties", causeCount, false},
		{"", "has too many members", causeCount, false},
		{"", "must have at most 3 properties", causeOther, true},
		{"/m", "must have at most 3 properties", causeCount, true},
		{"/x", "needs x", causeDependent, false},
		{"/m/x", "is required when \"y\" is present", causeDependent, true},
		{"/x", "is required when \"y\" is present", causeOther, true},
	} {
		if rec.keeps(&ValueError{Pointer: c.pointer, Message: c.msg, code: c.code}) != c.keep {
			t.Errorf("keeps(%q, %q, code %d) = %v", c.pointer, c.msg, c.code, !c.keep)
		}
	}
}

func TestJSONReadAllocs(t *testing.T) {
	data := []byte(`{"ok":true,"small":3,"f":1.25,"big":7,"unknown":{"a":[1,2,"x\n"],"b":null},"kind":"k"}`)
	var v tItem
	n := testing.AllocsPerRun(100, func() {
		if err := jsonDecode(data, v.decodeJSON); err != nil {
			t.Fatal(err)
		}
	})
	// The reader, and the copy of the document strings are cut from:
	// nothing for numbers, booleans or skipped values.
	if n > 2 {
		t.Errorf("%v allocations, want at most 2", n)
	}
}

// TestJSONReadOtherKind: a value that is not an object or null is skipped
// and what lies below it is moot; an object or null is left to the caller.
func TestJSONReadOtherKind(t *testing.T) {
	for _, c := range []struct {
		doc  string
		skip bool
	}{{`12`, true}, {`"x"`, true}, {`[1,{}]`, true}, {`true`, true}, {`{"a":1}`, false}, {`null`, false}} {
		var skipped bool
		rec, err := jsonDecodeRecorded([]byte(c.doc), func(r *jsonReader) {
			if skipped = r.otherKind(); !skipped {
				r.skip()
			}
		})
		if err != nil || skipped != c.skip {
			t.Errorf("%s: skipped %v, err %v; want skipped %v", c.doc, skipped, err, c.skip)
			continue
		}
		if c.skip && (len(rec.problems) != 0 || rec.keeps(&ValueError{Message: "must not be empty"})) {
			t.Errorf("%s: problems %v, or Validate's findings at the root still stand", c.doc, rec.problems)
		}
	}
}

// TestJSONRejectNull: null where the schema allows none is a problem and a
// type error; any other value is left to the caller.
func TestJSONRejectNull(t *testing.T) {
	rec, err := jsonDecodeRecorded([]byte(` null`), func(r *jsonReader) {
		if !r.rejectNull((*[]int)(nil)) {
			t.Error("null was not rejected")
		}
	})
	if err != nil || len(rec.problems) != 1 || rec.problems[0].message != "cannot be a JSON null" {
		t.Errorf("problems %v, err %v", rec.problems, err)
	}
	var ut *json.UnmarshalTypeError
	if err := jsonDecode([]byte(`null`), func(r *jsonReader) { r.rejectNull((*[]int)(nil)) }); !errors.As(err, &ut) || ut.Type != reflect.TypeFor[[]int]() {
		t.Errorf("jsonDecode(null) = %v, want an UnmarshalTypeError for []int", err)
	}
	if err := jsonDecode([]byte(`[1]`), func(r *jsonReader) {
		if r.rejectNull((*[]int)(nil)) {
			t.Error("an array was rejected")
		}
		r.skip()
	}); err != nil {
		t.Error(err)
	}
}

func TestJSONOneOfTwiceRecordsWhereTheReaderIs(t *testing.T) {
	if jsonRecording(nil) || jsonRecording(&jsonReader{}) {
		t.Fatal("a reader without a record records nothing")
	}
	r := &jsonReader{record: &jsonRecord{}}
	r.path = append(r.frames[:0], jsonFrame{name: "steps", index: -1})
	if !jsonRecording(r) {
		t.Fatal("a reader with a record records")
	}
	jsonOneOfTwice(r, "A", []string{"B"}, 1)
	if len(r.record.problems) != 1 || r.record.problems[0].pointer != "/steps" || r.record.moot != nil {
		t.Fatalf("got %+v", r.record)
	}
}

// A repeated key keeps its last value, as encoding/json and JSON Schema's
// readers do: what decoding found in an earlier value of the key (a value
// of the wrong kind, a null map value, a nested required member) is
// forgotten, and the key counts once toward the number of properties.
func TestJSONRecordRepeatedKeys(t *testing.T) {
	var v tItem
	nm := func(m *map[string]string, r *jsonReader) { jsonMapNamed(m, r, jsonString[string], nil, false) }
	var m map[string]string
	const max3 = " : must have at most 3 properties" // four keys, not five
	for _, c := range []struct {
		data   string
		decode func(*jsonReader)
		want   string
	}{
		{`{"name":"a","tags":[],"any":1,"small":"x","small":3}`, v.decodeJSON, max3},
		{`{"name":"a","tags":[],"any":1,"sub":{"name":null},"sub":{"name":"b","tags":[],"any":1}}`, v.decodeJSON, max3},
		{`{"name":"a","tags":[],"name":"b","any":1}`, v.decodeJSON, ""},
		{`{"name":"a","tags":[],"any":1,"any":2,"any":3}`, v.decodeJSON, ""},
		{`{"name":"a","tags":[],"any":1,"small":3,"small":"x"}`, v.decodeJSON, "/small small: cannot be a JSON string\n" + max3},
		{`{"k":null,"j":"x","k":"y"}`, func(r *jsonReader) { nm(&m, r) }, ""},
		{`{"k":"y","k":null}`, func(r *jsonReader) { nm(&m, r) }, "/k k: must not be null"},
	} {
		v, m = tItem{}, nil
		rec, err := jsonDecodeRecorded([]byte(c.data), c.decode)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range rec.problems {
			got = append(got, p.pointer+" "+p.field+": "+p.message)
		}
		if strings.Join(got, "\n") != c.want {
			t.Errorf("%s: problems:\n%s\nwant:\n%s", c.data, strings.Join(got, "\n"), c.want)
		}
	}
}

// In a table marked exact (a JSON Schema document's struct), a key equal
// to a property's name only ignoring case is another member for a Decode
// function (with a record), as for JSON Schema: "Tags" neither fills the
// field nor meets the property "tags"'s required; json.Unmarshal (no
// record) fills the field, as encoding/json does.
func TestJSONRecordExactKeys(t *testing.T) {
	tItemFields.exact = true
	t.Cleanup(func() { tItemFields.exact = false })
	var v tItem
	rec, err := jsonDecodeRecorded([]byte(`{"NAME":"a","Tags":["x"],"any":1}`), v.decodeJSON)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rec.problems {
		got = append(got, p.pointer+": "+p.message)
		if p.code != causeRequired {
			t.Errorf("%s: code %d, want causeRequired", p.pointer, p.code)
		}
	}
	if want := "/name: is required\n/tags: is required"; strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if v.Name != "" || len(v.Tags) != 0 {
		t.Errorf("the folded keys filled their fields: %+v", v)
	}
	var plain tItem
	if err := jsonDecode([]byte(`{"NAME":"a","Tags":["x"],"any":1}`), plain.decodeJSON); err != nil {
		t.Fatal(err)
	}
	if plain.Name != "a" || len(plain.Tags) != 1 {
		t.Errorf("without a record the folded keys did not fill their fields: %+v", plain)
	}
}
