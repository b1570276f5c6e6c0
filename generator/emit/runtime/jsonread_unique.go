package runtime

import (
	"encoding/json"
	"slices"
	"strconv"
)

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
	floats := jsonItemFloats(items)
	if jsonFloatsDistinct(floats) {
		return
	}
	for j := 1; j < len(items); j++ {
		for i := 0; i < j; i++ {
			if floats[i].ok && floats[j].ok && floats[i].f != floats[j].f {
				// Two numbers whose nearest float64s differ differ
				// (rounding keeps order): jvEqual would parse both
				// again to find it, for every pair of a long array.
				continue
			}
			if jvEqual(items[i], items[j]) {
				msg := "items " + strconv.Itoa(i) + " and " + strconv.Itoa(j) + " are equal"
				r.record.problems = append(r.record.problems, jsonProblem{pointer, field, msg, causeUnique})
				return
			}
		}
	}
}

// jsonItemFloat is the nearest float64 of a number item, ok for a number
// whose text parses (not one beyond float64's range), for jsonUniqueItems.
type jsonItemFloat struct {
	f  float64
	ok bool
}

// jsonItemFloats parses the number items of items once.
func jsonItemFloats(items []any) []jsonItemFloat {
	floats := make([]jsonItemFloat, len(items))
	for i, v := range items {
		if n, isNum := v.(json.Number); isNum {
			f, err := strconv.ParseFloat(string(n), 64)
			floats[i] = jsonItemFloat{f, err == nil}
		}
	}
	return floats
}

// jsonFloatsDistinct reports whether every item is a number and no two
// have the same nearest float64, so that no two are equal: sorted once,
// rather than every pair compared (an array of 2,000 numbers took 4× its
// decoding's time in the pairs).
func jsonFloatsDistinct(floats []jsonItemFloat) bool {
	sorted := make([]float64, len(floats))
	for i, f := range floats {
		if !f.ok {
			return false
		}
		sorted[i] = f.f
	}
	slices.Sort(sorted)
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			return false
		}
	}
	return true
}
