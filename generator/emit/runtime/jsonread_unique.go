package runtime

import "strconv"

// jsonSliceUnique is jsonSlice (jsonSliceNotNull when notNull) for an
// array with uniqueItems whose items' Go values cannot show every
// difference between their JSON texts: a struct drops the members it does
// not declare and holds an absent property and a null one alike, so
// [{"a": 1}, {"a": 2}] under properties {} would be two equal zero structs.
// With a record, decoding checks uniqueItems on the items as written, by
// JSON equality (jvEqual), and Validate's finding on the Go values is moot
// there (jsonRecord.keeps); without one (UnmarshalJSON, Validate of a value
// built in Go) the Go values are all there is.
func jsonSliceUnique[T any](s *[]T, r *jsonReader, dec func(*T, *jsonReader), notNull bool) {
	if r.record != nil && r.err == nil && r.peek() == '[' {
		jsonUniqueItems(r)
	}
	if notNull {
		jsonSliceNotNull(s, r, dec)
		return
	}
	jsonSlice(s, r, dec)
}

// jsonUniqueItems reads the array at the reader's position a first time, as
// JSON values, without moving the reader, and records the first two equal
// items as Validate words them. A syntax error is left to the decoding
// that follows. A function, not a method: a package without
// jsonSliceUnique carries none of it.
func jsonUniqueItems(r *jsonReader) {
	sub := jsonReader{data: r.data, pos: r.pos, depth: r.depth}
	sub.path = sub.frames[:0]
	var v any
	jvRead(&v, &sub)
	items, ok := v.([]any)
	if sub.err != nil || !ok {
		return
	}
	pointer, field := jsonRender(r.data, r.path, "", false)
	r.record.counted = append(r.record.counted, pointer)
	for j := 1; j < len(items); j++ {
		for i := 0; i < j; i++ {
			if jvEqual(items[i], items[j]) {
				msg := "items " + strconv.Itoa(i) + " and " + strconv.Itoa(j) + " are equal"
				r.record.problems = append(r.record.problems, jsonProblem{pointer, field, msg, causeUnique})
				return
			}
		}
	}
}
