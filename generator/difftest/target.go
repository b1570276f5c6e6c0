package difftest

import (
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
)

// Target is a generated Go type documents are decoded into and validated
// as: the code under test.
type Target struct {
	Name string
	// Run decodes data into the type and validates it. It returns the
	// decoding error, or the JSON pointers Validate reports (sorted, each
	// once; none when the value is valid).
	Run func(data []byte) (paths []string, decodeErr error)
}

// TargetOf is the Target for a generated type T, checked by its generated
// Decode function (DecodeT), the one call that checks a document
// completely. A document encoding/json cannot decode into T at all is a
// rejection, as the documented differences (number notation, date-time
// forms…) describe it; the others are judged by the problems DecodeT
// reports.
func TargetOf[T any](name string, decode func([]byte) (T, error)) Target {
	return Target{Name: name, Run: func(data []byte) ([]string, error) {
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return nil, err
		}
		_, err := decode(data)
		return Pointers(err), nil
	}}
}

// SliceOf is the Target for a JSON array of the generated type T (a list
// response), each element checked by T's Decode function at its index.
func SliceOf[T any](name string, decode func([]byte) (T, error)) Target {
	return Target{Name: name, Run: func(data []byte) ([]string, error) {
		var vs []T
		if err := json.Unmarshal(data, &vs); err != nil {
			return nil, err
		}
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return nil, err
		}
		var out []string
		for i, item := range items {
			_, err := decode(item)
			for _, p := range Pointers(err) {
				out = append(out, "/"+strconv.Itoa(i)+p)
			}
		}
		return unique(out), nil
	}}
}

// Pointers returns the JSON pointers of the errors a generated Validate
// returned: a ValueErrors (a slice of *ValueError) or a single
// *ValueError. Every generated package has its own copy of those types,
// so they are read by reflection, through their Pointer field.
func Pointers(err error) []string {
	if err == nil {
		return nil
	}
	v := reflect.ValueOf(err)
	var out []string
	field := func(e reflect.Value) {
		for e.Kind() == reflect.Pointer {
			e = e.Elem()
		}
		if e.Kind() == reflect.Struct {
			if f := e.FieldByName("Pointer"); f.IsValid() && f.Kind() == reflect.String {
				out = append(out, f.String())
			}
		}
	}
	if v.Kind() == reflect.Slice {
		for i := 0; i < v.Len(); i++ {
			field(v.Index(i))
		}
	} else {
		field(v)
	}
	if len(out) == 0 {
		// Not an error of a generated package: show it as a path no
		// oracle failure can match.
		out = append(out, "?"+err.Error())
	}
	return unique(out)
}

// unique sorts ps and drops repeats.
func unique(ps []string) []string {
	sort.Strings(ps)
	out := ps[:0]
	for i, p := range ps {
		if i == 0 || p != ps[i-1] {
			out = append(out, p)
		}
	}
	return out
}
