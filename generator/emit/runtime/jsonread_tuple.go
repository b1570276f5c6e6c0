package runtime

import (
	"errors"
	"strconv"
)

// jsonTuple is what the decoder of a tuple (prefixItems) knows of its
// schema beyond the types of its positions, which its generated decodeJSON
// switches on.
type jsonTuple struct {
	// name is the Go type, for the error of items a closed tuple does not
	// allow.
	name string
	// positions is the number of prefixItems; closed says no item may
	// follow them (items: false).
	positions int
	closed    bool
	// minItems and maxItems bound the array (-1 for none): the Go value
	// cannot show how long the array was (a position before minItems is a
	// value, not a pointer), so the record counts its items.
	minItems, maxItems int
}

// jsonNextItem moves r to the next item of the array a tuple is decoded from, which
// list started, as item does; at the end it checks the array's length
// against t: items past a closed tuple's positions are an error of the
// tuple's own, as its UnmarshalJSON always gave, and with a record the
// bounds on its items are problems.
//
//	var l jsonList
//	if !r.list(&l, v) {
//		return
//	}
//	for jsonNextItem(r, &l, &jsonTuplePoint) {
//		switch l.i {
//		case 0:
//			jsonNew(&v.X, r, jsonFloat[float64])
//		default:
//			r.skip()
//		}
//	}
//
// A function, not a method of the reader: the reader's methods are copied
// into every generated package, this only into those with a tuple. Its
// name is not jsonTuple followed by a capital, the form of the generated
// jsonTupleSegment variables.
func jsonNextItem(r *jsonReader, l *jsonList, t *jsonTuple) bool {
	if r.item(l) {
		return true
	}
	if r.err != nil {
		return false
	}
	// r.path is the tuple's again.
	if t.closed && l.i > t.positions {
		err := errors.New(t.name + ": " + strconv.Itoa(l.i) + " items, at most " + strconv.Itoa(t.positions) + " allowed")
		// As fail, save that the items decoded are the document's: what
		// Validate finds in them stands.
		if r.record != nil {
			r.record.problem(r.data, r.path, "", false, err.Error(), false)
		}
		if r.failErr == nil {
			r.failErr = err
		}
	}
	if r.record != nil {
		pointer, field := jsonRender(r.data, r.path, "", false)
		if t.minItems >= 0 && l.i < t.minItems {
			r.record.problems = append(r.record.problems, jsonProblem{pointer, field, "must have at least " + jsonItems(t.minItems), causeOther})
			// The positions the array did not reach hold zero values,
			// which are not the document's.
			for i := l.i; i < min(t.minItems, t.positions); i++ {
				r.record.moot = append(r.record.moot, pointer+"/"+strconv.Itoa(i))
			}
		}
		if t.maxItems >= 0 && l.i > t.maxItems {
			r.record.problems = append(r.record.problems, jsonProblem{pointer, field, "must have at most " + jsonItems(t.maxItems), causeOther})
		}
	}
	return false
}

// jsonItems words a number of items as Validate does.
func jsonItems(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

// jsonNew decodes into a new value that *p is set to point to: a tuple's
// position that the array reached, present even when null (which leaves
// the zero value, as anywhere else).
func jsonNew[T any](p **T, r *jsonReader, dec func(*T, *jsonReader)) {
	*p = new(T)
	dec(*p, r)
}

// jsonAppend decodes an item past a tuple's positions into a new element
// of *s.
func jsonAppend[T any](s *[]T, r *jsonReader, dec func(*T, *jsonReader)) {
	var zero T
	*s = append(*s, zero)
	dec(&(*s)[len(*s)-1], r)
}
