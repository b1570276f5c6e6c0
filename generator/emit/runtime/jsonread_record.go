package runtime

import (
	"slices"
	"strconv"
	"strings"
)

// jsonRecord is what decoding learned that the decoded value cannot show,
// kept beside the value rather than in it, so that generated types stay
// plain: every problem located, the values decoding could not give (a
// required property absent or null, a value of the wrong kind), below
// which what Validate finds in the zero value left there is moot, and the
// objects whose number of properties (and dependentRequired) and the
// arrays whose uniqueItems decoding checked against the JSON itself.
type jsonRecord struct {
	problems []jsonProblem
	moot     []string
	counted  []string
	// trial is set in the record of a union's variant on trial
	// (jsonTryVariant) and of the values it decodes through sub: a union
	// decoded there is nested in a union, and remembers its trials in the
	// reader's memo (jsonTrialOf).
	trial bool
}

// jsonProblem is one problem decoding found, located as a ValueError is,
// with its cause code.
type jsonProblem struct {
	pointer, field, message string
	code                    causeCode
}

// jsonDecodeRecorded decodes data with decode, keeping every problem in a
// record; the error is a syntax error only.
func jsonDecodeRecorded(data []byte, decode func(*jsonReader)) (*jsonRecord, error) {
	r := jsonReader{data: data, record: &jsonRecord{}}
	r.path = r.frames[:0]
	r.document(decode)
	return r.record, r.err
}

// problem records msg at path, below it at name when named is set; moot
// says that the value there is not what the document said.
func (rec *jsonRecord) problem(data []byte, path []jsonFrame, name string, named bool, msg string, moot bool) {
	rec.problemCause(data, path, name, named, msg, moot, causeOther)
}

// problemCause is problem, for a check of kind code.
func (rec *jsonRecord) problemCause(data []byte, path []jsonFrame, name string, named bool, msg string, moot bool, code causeCode) {
	pointer, field := jsonRender(data, path, name, named)
	rec.problems = append(rec.problems, jsonProblem{pointer, field, msg, code})
	if moot {
		rec.moot = append(rec.moot, pointer)
	}
}

// forget drops what the record holds at pointer and below it: an object
// that repeats a key keeps the last value, as encoding/json and JSON
// Schema's readers do, so what an earlier value of the key showed is moot.
func (rec *jsonRecord) forget(pointer string) {
	under := func(p string) bool { return p == pointer || strings.HasPrefix(p, pointer+"/") }
	rec.problems = slices.DeleteFunc(rec.problems, func(p jsonProblem) bool { return under(p.pointer) })
	rec.moot = slices.DeleteFunc(rec.moot, under)
	rec.counted = slices.DeleteFunc(rec.counted, under)
}

// count records the number of properties of the object at path against
// its bounds (-1 for none), worded as Validate words them.
func (rec *jsonRecord) count(data []byte, path []jsonFrame, n, lo, hi int) {
	pointer, field := jsonRender(data, path, "", false)
	rec.counted = append(rec.counted, pointer)
	if lo >= 0 && n < lo {
		rec.problems = append(rec.problems, jsonProblem{pointer, field, "must have at least " + jsonCount(lo), causeCount})
	}
	if hi >= 0 && n > hi {
		rec.problems = append(rec.problems, jsonProblem{pointer, field, "must have at most " + jsonCount(hi), causeCount})
	}
}

func jsonCount(n int) string {
	if n == 1 {
		return "1 property"
	}
	return strconv.Itoa(n) + " properties"
}

// keeps reports whether Validate's finding e stands beside the record:
// not below a value decoding could not give, and not a count of
// properties (causeCount), a dependentRequired (causeDependent) or a
// uniqueItems (causeUnique) that decoding checked on the JSON itself.
func (rec *jsonRecord) keeps(e *ValueError) bool {
	pointer := e.Pointer
	for _, m := range rec.moot {
		if pointer == m || strings.HasPrefix(pointer, m+"/") {
			return false
		}
	}
	switch e.code {
	case causeCount:
		return !slices.Contains(rec.counted, pointer)
	case causeUnique:
		// uniqueItems, which decoding checked on the items as written
		// (jsonSliceUnique).
		return !slices.Contains(rec.counted, pointer)
	case causeDependent:
		// Located at the property required, below its object.
		return !slices.Contains(rec.counted, pointer[:max(strings.LastIndexByte(pointer, '/'), 0)])
	}
	return true
}

// jsonRender renders a path (and name below it) as a JSON pointer and in
// the dotted form of ValueError.Field.
func jsonRender(data []byte, path []jsonFrame, name string, named bool) (pointer, field string) {
	var p, f strings.Builder
	add := func(key string) {
		p.WriteByte('/')
		p.WriteString(strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1"))
		if f.Len() > 0 {
			f.WriteByte('.')
		}
		f.WriteString(key)
	}
	for i := range path {
		if fr := &path[i]; fr.index >= 0 {
			i := strconv.Itoa(fr.index)
			p.WriteString("/" + i)
			f.WriteString("[" + i + "]")
		} else {
			add(fr.text(data))
		}
	}
	if named {
		add(name)
	}
	return p.String(), f.String()
}

// jsonPointer is the JSON pointer of name below path.
func jsonPointer(data []byte, path []jsonFrame, name string) string {
	p, _ := jsonRender(data, path, name, true)
	return p
}

// jsonKeyText unescapes a key as written in the document.
func jsonKeyText(raw []byte) string {
	for _, c := range raw {
		if c == '\\' || c >= 0x80 {
			q := make([]byte, 0, len(raw)+2)
			q = append(append(append(q, '"'), raw...), '"')
			r := jsonReader{data: q}
			return string(r.stringBytes())
		}
	}
	return string(raw)
}

// fieldPath is the path of an UnmarshalTypeError: the keys from the root,
// dotted, as encoding/json reports it.
func (r *jsonReader) fieldPath() string {
	var b strings.Builder
	for i := range r.path {
		if fr := &r.path[i]; fr.index < 0 {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(fr.text(r.data))
		}
	}
	return b.String()
}
