package runtime

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// jsonFields describes the properties of a struct for jsonReader.object.
type jsonFields struct {
	// typ is a nil pointer to the struct, for the errors of mismatches.
	typ    any
	fields []jsonField
	// props is {minProperties, maxProperties}, -1 for none; nil for neither.
	props []int
	// closed is additionalProperties: false.
	closed bool
	// exact says only a key equal to a property's name is the property
	// (JSON Schema documents): in a Decode function (with a record) a key
	// equal to it ignoring case is another member, and through
	// json.Unmarshal it fills the field (encoding/json's rule) without
	// meeting its required; else such a key fills the field and meets its
	// required too.
	exact bool
	// deps is dependentRequired as pairs of field indexes: when the first
	// property is present, the second must be too. A record checks them
	// from the JSON object, where a property given null is present (in a
	// JSON Schema document null may be its value), which the Go value,
	// nil for both, cannot show.
	deps [][2]int
	// undeclared are required names no field holds (an allOf merge
	// requires a property none of its members declares): a record checks
	// that the object has them, which the Go value, with no field for
	// them, cannot show.
	undeclared []string
}

// jsonField is one property: its name and what a record keeps of it
// (jsonRequired…).
type jsonField struct {
	name  string
	flags uint8
}

// Flags of a field in jsonFields.
const (
	// jsonRequired: the property is required.
	jsonRequired uint8 = 1 << iota
	// jsonNotNull: the property may not be null (required, or optional in
	// a JSON Schema document).
	jsonNotNull
	// jsonExact: the field is filled from its exact name only (a name a
	// struct tag cannot carry, which encoding/json never folds).
	jsonExact
	// jsonExactRequired: only the exact name counts as the property being
	// present (another property differs from it only by case).
	jsonExactRequired
)

// jsonObject is the state of one object being read into a struct.
type jsonObject struct {
	// field is the index of the current member's field, -1 for none.
	field   int
	hint    int
	members int
	depth   int
	started bool
	// seen is, per field and then per undeclared name, what members
	// matched it (with a record only).
	seen []uint8
}

// What jsonObject.seen records of a field.
const (
	jsonSeenExact     = 1 // a key equal to the name
	jsonSeenExactNull = 2 // the last such key's value was null
	jsonSeenFold      = 4 // a key equal to the name ignoring case
	jsonSeenFoldValue = 8 // such a key's value was not null
)

// object reads the next member of an object into o: it returns true with
// o.field set (-1 for a member no field takes, which the caller skips),
// or false at the end of the object, for null (which leaves a struct as it
// is, as encoding/json does), for another kind of value (recorded and
// skipped) and on an error. Keys match fields as encoding/json matches
// them: exactly, else ignoring case.
//
//	var o jsonObject
//	for r.object(&o, &workspaceFields) {
//		switch o.field {
//		case 0:
//			jsonString(&v.Name, r)
//		default:
//			r.skip()
//		}
//	}
func (r *jsonReader) object(o *jsonObject, f *jsonFields) bool {
	if o.started {
		r.path = r.path[:o.depth]
		if r.err != nil {
			return false
		}
		if r.endOf('}') {
			r.closeObject(o, f)
			return false
		}
	} else {
		o.started = true
		switch c := r.peek(); c {
		case '{':
		case 'n':
			r.literal("null")
			return false
		default:
			r.mismatch(jsonKindOf(c), f.typ)
			return false
		}
		if !r.enter() {
			return false
		}
		o.depth = len(r.path)
		if r.record != nil {
			o.seen = make([]uint8, len(f.fields)+len(f.undeclared))
		}
		if r.next('}') {
			r.closeObject(o, f)
			return false
		}
	}
	at, end, key := r.hinted(f, o.hint)
	o.field = o.hint
	if key == nil {
		at, end, key = r.key()
		o.field = f.match(key, o.hint, f.exact && r.record != nil)
	}
	if r.err != nil {
		return false
	}
	o.members++
	fields := f
	if o.field >= 0 {
		o.hint = o.field + 1
	} else {
		fields = nil
	}
	r.frame(o.depth).member(at, end, fields, o.field)
	if r.record != nil {
		r.noteMember(o, f, key)
	}
	return true
}

// key reads a member's key and the colon after it: where the key is in
// the data as written (quotes excluded), and the key unescaped.
func (r *jsonReader) key() (at, end int, key []byte) {
	if r.peek() != '"' {
		r.syntaxAt("looking for beginning of object key string")
		return 0, 0, nil
	}
	at = r.pos + 1
	key = r.stringBytes()
	if r.err != nil {
		return 0, 0, nil
	}
	end = r.pos - 1
	r.colon()
	return at, end, key
}

// hinted reads the next key and its colon when it is the name of field
// hint (members tend to come in field order), compared with the data as
// it stands; else it reads nothing and key is nil. A name a struct tag can
// carry has no character a string writes escaped, so the key is the name.
func (r *jsonReader) hinted(f *jsonFields, hint int) (at, end int, key []byte) {
	if hint >= len(f.fields) || f.fields[hint].flags&jsonExact != 0 || r.peek() != '"' {
		return 0, 0, nil
	}
	name := f.fields[hint].name
	at = r.pos + 1
	end = at + len(name)
	if end >= len(r.data) || r.data[end] != '"' || string(r.data[at:end]) != name {
		return 0, 0, nil
	}
	r.pos = end + 1
	r.colon()
	return at, end, r.data[at:end]
}

// match returns the field a key fills, starting the exact search at hint
// (members tend to come in field order), or -1. Unless exactOnly, a key
// equal to a name ignoring case fills its field, as encoding/json has it;
// a Decode function of a JSON Schema document reads keys as the schema
// does, where "Name" is another member than "name" (one the struct does
// not hold, or its additional properties).
func (f *jsonFields) match(key []byte, hint int, exactOnly bool) int {
	n := len(f.fields)
	for i := 0; i < n; i++ {
		j := hint + i
		if j >= n {
			j -= n
		}
		if string(key) == f.fields[j].name {
			return j
		}
	}
	if exactOnly {
		return -1
	}
	for j, fl := range f.fields {
		if fl.flags&jsonExact == 0 && jsonEqualFold(key, fl.name) {
			return j
		}
	}
	return -1
}

// noteMember records, for a record, what a member says about the
// properties of its object.
func (r *jsonReader) noteMember(o *jsonObject, f *jsonFields, key []byte) {
	if o.field < 0 && f.undeclared != nil {
		r.undeclaredMember(o, f, key)
	}
	exact := o.field >= 0 && string(key) == f.fields[o.field].name
	if o.seen != nil && o.field >= 0 {
		null := r.peek() == 'n'
		s := &o.seen[o.field]
		if exact && *s&jsonSeenExact != 0 {
			// The key again: its last value is the member's.
			r.record.forget(jsonPointer(r.data, r.path[:len(r.path)-1], string(key)))
			o.members--
		}
		switch {
		case exact && null:
			*s |= jsonSeenExact | jsonSeenExactNull
		case exact:
			*s = *s&^jsonSeenExactNull | jsonSeenExact
		case null:
			*s |= jsonSeenFold
		default:
			*s |= jsonSeenFold | jsonSeenFoldValue
		}
	}
	if f.closed && !exact {
		// Located by the key as written, which no property has.
		r.record.problem(r.data, r.path[:len(r.path)-1], string(key), true, "is not allowed: the schema lists no such property", false)
	}
}

// closeObject ends an object: with a record, required properties that
// were absent or null and the number of properties are checked.
func (r *jsonReader) closeObject(o *jsonObject, f *jsonFields) {
	r.depth--
	if r.record == nil || r.err != nil {
		return
	}
	for j := range f.fields {
		flags := f.fields[j].flags
		if flags&(jsonRequired|jsonNotNull) == 0 {
			continue
		}
		present, null := f.presence(o, j)
		switch {
		case !present && flags&jsonRequired != 0:
			r.record.problemCause(r.data, r.path, f.fields[j].name, true, "is required", true, causeRequired)
		case null && flags&jsonNotNull != 0:
			r.record.problem(r.data, r.path, f.fields[j].name, true, "must not be null", true)
		}
	}
	for k, name := range f.undeclared {
		if o.seen[len(f.fields)+k] == 0 {
			r.record.problemCause(r.data, r.path, name, true, "is required", false, causeRequired)
		}
	}
	if f.props != nil {
		r.record.count(r.data, r.path, o.members, f.props[0], f.props[1])
	}
	if f.deps != nil {
		r.dependencies(o, f)
	}
}

// undeclaredMember marks the undeclared required name (jsonFields.undeclared)
// a member's key is, if any: equal to it, or equal ignoring case where keys
// match fields so (an API description's struct).
func (r *jsonReader) undeclaredMember(o *jsonObject, f *jsonFields, key []byte) {
	for k, name := range f.undeclared {
		if string(key) == name || !f.exact && jsonEqualFold(key, name) {
			o.seen[len(f.fields)+k] = jsonSeenExact
		}
	}
}

// presence reports whether field j's property was in the object read
// into o, and whether its value was null.
func (f *jsonFields) presence(o *jsonObject, j int) (present, null bool) {
	s := o.seen[j]
	present, null = s&jsonSeenExact != 0, s&jsonSeenExactNull != 0
	if !present && !f.exact && f.fields[j].flags&(jsonExact|jsonExactRequired) == 0 && s&jsonSeenFold != 0 {
		present, null = true, s&jsonSeenFoldValue == 0
	}
	return present, null
}

// dependencies checks f.deps against the object read into o, worded as
// Validate words them; Validate's own findings there are then moot
// (jsonRecord.keeps), as it cannot tell a null property from an absent one.
func (r *jsonReader) dependencies(o *jsonObject, f *jsonFields) {
	pointer, _ := jsonRender(r.data, r.path, "", false)
	r.record.counted = append(r.record.counted, pointer)
	for _, d := range f.deps {
		if a, _ := f.presence(o, d[0]); !a {
			continue
		}
		if b, _ := f.presence(o, d[1]); !b {
			r.record.problemCause(r.data, r.path, f.fields[d[1]].name, true, "is required when "+strconv.Quote(f.fields[d[0]].name)+" is present", false, causeDependent)
		}
	}
}

// jsonEqualFold reports whether key and name are equal under simple
// Unicode case folding, as bytes.EqualFold has it (encoding/json's rule
// for keys), without allocating.
func jsonEqualFold(key []byte, name string) bool {
	i := 0
	for ; i < len(key) && i < len(name); i++ {
		a, b := key[i], name[i]
		if a|b >= utf8.RuneSelf {
			break
		}
		if a == b {
			continue
		}
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	if i == len(key) || i == len(name) {
		return len(key) == len(name)
	}
	s, t := key[i:], name[i:]
	for len(s) > 0 && len(t) > 0 {
		sr, n := utf8.DecodeRune(s)
		s = s[n:]
		tr, m := utf8.DecodeRuneInString(t)
		t = t[m:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return len(s) == 0 && len(t) == 0
}
