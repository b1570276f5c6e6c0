package runtime

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// jsonReader decodes one JSON document in one pass, straight into Go
// values: generated decoders ask it for the value they expect next, and it
// checks the syntax as it goes (what encoding/json accepts, nothing more),
// parses numbers into the target type and unescapes strings once.
//
// Two kinds of trouble are kept apart, as encoding/json keeps them: a
// syntax error (or an error of a value's own UnmarshalJSON) stops decoding,
// a value Go cannot hold (a string where a number goes, 300 into an int8)
// is remembered, the value skipped, and decoding goes on. With a record,
// every such problem is kept with its location, and what decoding learns
// that a Go value cannot show (a required property absent or null, a
// property the schema forbids, the number of properties) is kept too.
type jsonReader struct {
	data []byte
	pos  int
	// err is a syntax error, which stops decoding: every read returns at
	// once once it is set.
	err error
	// failErr is the first error of a value's own UnmarshalJSON or
	// UnmarshalText: encoding/json stops there, after checking the syntax
	// of the whole document, so decoding goes on to check it too.
	failErr error
	// typeErr is the first value Go could not hold.
	typeErr error
	// record, when not nil, collects every problem with its location.
	record *jsonRecord
	// path is where the reader is: one frame per member or element entered.
	path []jsonFrame
	// depth is the number of containers the reader is in.
	depth int
	// scratch holds a key being unescaped, reused.
	scratch []byte
	// frames is the first frames of path, kept with the reader.
	frames [16]jsonFrame
	// text holds the text of the strings decoded, which they are cut
	// from, and slabs hand out what optional fields point to
	// (jsonread_alloc.go).
	text  strings.Builder
	slabs jsonSlabs
	// memo, in a reader whose record is a trial's (jsonRecord.trial),
	// holds the trials its unions remember, once one of them made it.
	memo *jsonMemo
}

// jsonMemo is where the unions decoded in an outermost union's variants
// remember their trials: a jsonUnionMemo (jsonread_memo.go), held as any
// so that a package without unions does not carry its declaration. A
// pointer, so that the reader stays in its size class.
type jsonMemo struct{ unions any }

// jsonFrame is one step of a reader's path: an element's index, or a
// member: the field it filled (whose name Validate locates its findings
// by, whatever case the key had), else its key as written in the document
// (quotes excluded), else, in the path a reader starts with (sub), the key
// unescaped.
//
// The frames of a path are reused, member after member, and their
// pointers written only where they change (frame): a reader lives on the
// heap, and a pointer written there costs a write barrier while the
// garbage collector runs, which was a tenth of decoding a large list.
type jsonFrame struct {
	index int
	// fields, when set, has the field filled, fields.fields[field].
	fields *jsonFields
	field  int
	// keyAt and keyEnd are where the key is in the reader's data.
	keyAt, keyEnd int
	name          string
}

// text is how a member's frame reads in a path.
func (fr *jsonFrame) text(data []byte) string {
	switch {
	case fr.fields != nil:
		return fr.fields.fields[fr.field].name
	case fr.name != "":
		return fr.name
	}
	return jsonKeyText(data[fr.keyAt:fr.keyEnd])
}

// frame enters the frame at depth d (the length of the path) in the path
// and returns it, as it was last used.
func (r *jsonReader) frame(d int) *jsonFrame {
	if d >= cap(r.path) {
		r.path = append(r.path[:cap(r.path)], jsonFrame{})
	}
	r.path = r.path[:d+1]
	return &r.path[d]
}

// member sets fr to a member's: its key at [at, end) of the data and the
// field of fields it fills (fields nil for none).
func (fr *jsonFrame) member(at, end int, fields *jsonFields, field int) {
	fr.index, fr.keyAt, fr.keyEnd, fr.field = -1, at, end, field
	if fr.fields != fields {
		fr.fields = fields
	}
	if fr.name != "" {
		fr.name = ""
	}
}

// jsonMaxDepth is encoding/json's limit on nesting.
const jsonMaxDepth = 10000

// jsonDecode decodes data, one JSON value and nothing else, with decode,
// and returns what encoding/json would: the syntax error, else the error
// of a value's UnmarshalJSON, else the first value Go could not hold.
func jsonDecode(data []byte, decode func(*jsonReader)) error {
	r := jsonReader{data: data}
	r.path = r.frames[:0]
	r.document(decode)
	return r.result()
}

// jsonDecoder is a pointer to a generated type, which decodes itself.
type jsonDecoder interface{ decodeJSON(r *jsonReader) }

// jsonUnmarshal is the UnmarshalJSON of generated types: v as an
// interface, where a method value (v.decodeJSON) would compile a wrapper
// function for every type. It is never inlined: the inliner copied it into
// every UnmarshalJSON, with the interface method value it makes.
//
//go:noinline
func jsonUnmarshal(data []byte, v jsonDecoder) error { return jsonDecode(data, v.decodeJSON) }

// document decodes the one value of r's data with decode.
func (r *jsonReader) document(decode func(*jsonReader)) {
	r.ws()
	if r.pos >= len(r.data) {
		r.syntax("unexpected end of JSON input")
		return
	}
	decode(r)
	if r.err != nil {
		return
	}
	r.ws()
	if r.pos < len(r.data) {
		r.syntaxAt("after top-level value")
	}
}

// result is the error decoding ends with.
func (r *jsonReader) result() error {
	if r.err != nil {
		return r.err
	}
	if r.failErr != nil {
		return r.failErr
	}
	return r.typeErr
}

// ws skips white space.
func (r *jsonReader) ws() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the first byte of the next value (after white space), or 0
// at the end of the data.
func (r *jsonReader) peek() byte {
	r.ws()
	if r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

// syntax stops decoding with a syntax error at the current offset.
func (r *jsonReader) syntax(msg string) {
	if r.err == nil {
		r.err = &jsonSyntaxError{msg: msg, err: &json.SyntaxError{Offset: int64(r.pos)}}
	}
}

// syntaxAt stops decoding at an unexpected byte, worded as encoding/json
// words it.
func (r *jsonReader) syntaxAt(context string) {
	if r.pos >= len(r.data) {
		r.syntax("unexpected end of JSON input")
		return
	}
	r.syntaxChar(r.data[r.pos], context)
}

// syntaxChar stops decoding at the unexpected byte c. In the middle of a
// literal or a number, the end of the data reads as a space, as
// encoding/json's scanner has it.
func (r *jsonReader) syntaxChar(c byte, context string) {
	if r.pos >= len(r.data) {
		r.syntax("invalid character " + jsonQuoteChar(c) + " " + context)
		return
	}
	r.pos++
	r.syntax("invalid character " + jsonQuoteChar(c) + " " + context)
}

// jsonSyntaxError is a *json.SyntaxError with encoding/json's message:
// the message field of json.SyntaxError is unexported, so the error is
// wrapped, and errors.As finds the *json.SyntaxError with its Offset.
type jsonSyntaxError struct {
	msg string
	err *json.SyntaxError
}

func (e *jsonSyntaxError) Error() string { return e.msg }
func (e *jsonSyntaxError) Unwrap() error { return e.err }

// jsonQuoteChar formats c as encoding/json's syntax errors do.
func jsonQuoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// fail records err, the error of a value's UnmarshalJSON or
// UnmarshalText; with a record it is a problem of the value instead.
func (r *jsonReader) fail(err error) {
	if r.record != nil {
		r.record.problem(r.data, r.path, "", false, err.Error(), true)
	}
	if r.failErr == nil {
		r.failErr = err
	}
}

// mismatch records that the value at the reader, of JSON kind what
// ("string", "number 1.5"…), cannot be held by the Go value typ points to
// (typ may be a nil pointer of that type), and skips it. A pointer in an
// interface, not a type argument: a generic function per type would be
// compiled for every generated type, for an error path.
func (r *jsonReader) mismatch(what string, typ any) {
	r.skip()
	r.mismatchSkipped(what, "", typ)
}

// mismatchSkipped is mismatch for a value already read.
//
// reflect.TypeOf here is the one use of reflect on the decoding side, and
// on the error path only: json.Unmarshal callers get the error encoding/json
// gives, a *json.UnmarshalTypeError, whose Type is a reflect.Type, so that
// errors.As finds it. It looks up the type of a nil pointer, never a value
// (docs/no-reflection.md).
//
// why, when not "", says for the record why the type cannot hold the
// value (encoding/json's error has no room for it).
func (r *jsonReader) mismatchSkipped(what, why string, typ any) {
	if r.err != nil {
		return
	}
	if r.record != nil {
		r.record.problem(r.data, r.path, "", false, "cannot be a JSON "+what+why, true)
	}
	if r.typeErr == nil {
		r.typeErr = &json.UnmarshalTypeError{Value: what, Type: reflect.TypeOf(typ).Elem(), Offset: int64(r.pos), Field: r.fieldPath()}
	}
}

// kind names the JSON type of the value starting with c, as encoding/json's
// UnmarshalTypeError does.
func jsonKindOf(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// otherKind skips a value that is not an object or null, for a struct
// whose schema gives no type: any other JSON value is valid there and no
// property keyword applies, so what Validate finds in the zero struct left
// is moot. It reports whether it skipped one.
func (r *jsonReader) otherKind() bool {
	if c := r.peek(); c == '{' || c == 'n' || r.err != nil {
		return false
	}
	r.skipMoot()
	return true
}

// otherKindOrNull is otherKind with null among the other kinds, for a
// struct of a JSON Schema document: a schema without type takes null too
// (vsix-manifestinjection's progIds: [null] is valid), where an API
// description's null policy decodes it as the zero value.
func (r *jsonReader) otherKindOrNull() bool {
	if c := r.peek(); c == '{' || r.err != nil {
		return false
	}
	r.skipMoot()
	return true
}

// skipMoot skips a value and, with a record, makes what Validate finds in
// the zero value left for it moot.
func (r *jsonReader) skipMoot() {
	r.skip()
	if r.record != nil {
		pointer, _ := jsonRender(r.data, r.path, "", false)
		r.record.moot = append(r.record.moot, pointer)
	}
}

// rejectNull reads a null that the schema does not allow where Go
// would take it as the zero value (a root list or map): a problem, and for
// UnmarshalJSON an error of the kind encoding/json gives for a mismatch.
// v points to the list or map.
func (r *jsonReader) rejectNull(v any) bool {
	if r.err != nil || r.peek() != 'n' {
		return false
	}
	r.mismatch("null", v)
	return true
}
