package check

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// The message prefixes of Example's verdicts beyond valid and invalid, read
// back by the harness (conformance.RunExamples).
const (
	// Unreadable starts the message of an invalid document that the
	// lenient reading a generated client does (json.Unmarshal into T) cannot
	// read either.
	Unreadable = "unreadable: "
	// RoundTrip starts the message of a valid document whose value does not
	// come back equal when encoded and decoded again.
	RoundTrip = "roundtrip: "
)

// Example checks an API description's example of a body against the
// generated type of its schema, T: DecodeT's verdict (nil when valid); for
// an invalid document, whether json.Unmarshal, the lenient reading a
// generated client makes of an answer, still reads it (else the message
// starts with Unreadable); for a valid one, that encoding the value and
// decoding it again gives a valid document and an equal value (else the
// message starts with RoundTrip).
func Example[T any](decode func([]byte) (T, error)) Func {
	return func(data []byte) error {
		v, err := decode(data)
		if err != nil {
			var lenient T
			if uerr := json.Unmarshal(data, &lenient); uerr != nil {
				return fmt.Errorf("%s%v; %w", Unreadable, uerr, err)
			}
			return err
		}
		return roundTrip(decode, v)
	}
}

// ExampleList is Example for a JSON array of T (a list answer), each item
// checked by T's Decode function.
func ExampleList[T any](decode func([]byte) (T, error)) Func {
	item := Example(decode)
	return func(data []byte) error {
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return fmt.Errorf("%s%v", Unreadable, err)
		}
		var invalid, trips []string
		unreadable := false
		for i, it := range items {
			err := item(it)
			if err == nil {
				continue
			}
			msg := fmt.Sprintf("/%d: %v", i, err)
			switch {
			case strings.HasPrefix(err.Error(), RoundTrip):
				trips = append(trips, msg)
			default:
				unreadable = unreadable || strings.HasPrefix(err.Error(), Unreadable)
				invalid = append(invalid, msg)
			}
		}
		switch {
		case unreadable:
			return errors.New(Unreadable + strings.Join(invalid, "; "))
		case len(invalid) > 0:
			return errors.New(strings.Join(invalid, "; "))
		case len(trips) > 0:
			return errors.New(RoundTrip + strings.Join(trips, "; "))
		}
		return nil
	}
}

// roundTrip encodes v, decodes the result and compares the two values,
// unexported fields included (a union's variant).
func roundTrip[T any](decode func([]byte) (T, error), v T) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("%sencoding: %v", RoundTrip, err)
	}
	w, err := decode(data)
	if err != nil {
		return fmt.Errorf("%sthe encoding %.200s is invalid: %v", RoundTrip, data, err)
	}
	if d := cmp.Diff(v, w, cmp.Exporter(func(reflect.Type) bool { return true })); d != "" {
		return fmt.Errorf("%sdecoded again (-first +second): %s", RoundTrip, d)
	}
	return nil
}
