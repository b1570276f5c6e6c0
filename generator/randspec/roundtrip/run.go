package roundtrip

import (
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Recorder is shared by a generated package's test server and Run: the
// server's methods keep their arguments in Got and return Answer.
type Recorder struct {
	Got    []any
	Answer any
}

// Call is one operation, as the driver written for a package calls it:
// Do draws the arguments (and the answer, with Drawer.Answer), calls the
// client, and returns what it sent, the answer the server was given and
// what the client got.
type Call struct {
	Name string
	Do   func(ctx context.Context, d *Drawer) (sent []any, want, got any, err error)
}

// ErrNoValue says no valid value was drawn for an argument.
var ErrNoValue = errors.New("no valid value drawn")

// Drawer draws the values of one call.
type Drawer struct {
	r   *rand.Rand
	rec *Recorder
	// zeroAnswer says no valid answer was drawn (Answer).
	zeroAnswer bool
}

// tries bounds the draws of one value that Validate refuses.
const tries = 40

// Draw fills each pointed-to value with a random value its Validate (if
// it has one) accepts, and reports whether it found one for each.
func (d *Drawer) Draw(ptrs ...any) bool {
	for _, p := range ptrs {
		v := reflect.ValueOf(p).Elem()
		ok := false
		for range tries {
			v.SetZero()
			fill(d.r, v, 5)
			if valid(v) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Answer draws the value the server answers with and hands it to the
// server; a value Validate refuses leaves the answer zero, which need not
// come back as it went (a zero JSONValue is no JSON value: it is sent as
// null, and arrives as null), so the answer is then not compared.
func (d *Drawer) Answer(p any) {
	if !d.Draw(p) {
		reflect.ValueOf(p).Elem().SetZero()
		d.zeroAnswer = true
	}
	v := reflect.ValueOf(p).Elem()
	if v.Kind() == reflect.Struct {
		// The answer of a status range (2XX) says its status: a success.
		if f := v.FieldByName("StatusCode"); f.IsValid() && f.CanSet() && f.CanInt() {
			f.SetInt(200)
		}
	}
	d.rec.Answer = v.Interface()
}

// valid asks v's Validate method, on the value or its address.
func valid(v reflect.Value) bool {
	type validator interface{ Validate() error }
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return true // an optional body left out; Validate's receiver is the struct's pointer
	}
	if x, ok := v.Interface().(validator); ok {
		return x.Validate() == nil
	}
	if !v.CanAddr() {
		// A map's value: a copy, whose pointer has the methods.
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	if x, ok := v.Addr().Interface().(validator); ok {
		return x.Validate() == nil
	}
	// A value without Validate (a Params struct, a map or list of tuples
	// in one): what it holds must be valid, as the server checks it.
	switch v.Kind() {
	case reflect.Pointer:
		return valid(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && !valid(v.Field(i)) {
				return false
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			if !valid(v.Index(i)) {
				return false
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if !valid(it.Value()) {
				return false
			}
		}
	}
	return true
}

// status returns the StatusCode field of the error the client returned
// (the generated *APIError), 0 for another error.
func status(err error) int {
	for e := err; e != nil; e = errors.Unwrap(e) {
		v := reflect.ValueOf(e)
		if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
			if f := v.Elem().FieldByName("StatusCode"); f.IsValid() && f.CanInt() {
				return int(f.Int())
			}
		}
	}
	return 0
}

// same compares what was sent with what arrived: nil and empty slices and
// maps are alike (an optional empty list is not sent), unexported fields
// count (JSONValue's null).
var same = []cmp.Option{cmpopts.EquateEmpty(), cmp.Exporter(func(reflect.Type) bool { return true })}

// Tally counts the calls by outcome.
type Tally struct {
	Calls, Same, Rejected, NoValue, Unsendable, Failed int
}

// unsendable is how a generated Client refuses a call that sets a header
// parameter whose name is no HTTP token (page[size]): no request can carry
// it, as the generation's note and the field's documentation say. A call
// with an empty path parameter is counted so too (emptyString).
const unsendable = "cannot be sent: its name is not an HTTP token"

// emptyString reports whether an argument is an empty string (an enum
// listing ""): as a path parameter, which the leading arguments are, no
// request can carry it, and the server answers 404, as the generation's
// note says.
func emptyString(arg any) bool {
	v := reflect.ValueOf(arg)
	return v.Kind() == reflect.String && v.Len() == 0
}

// Run makes each call with values drawn from seed, and fails t when what
// the server got differs from what the client sent, or what the client
// got from what the server answered, or a call fails other than by a 400
// (a rejection of a value Validate cannot see, as a parameter's pattern,
// counted and logged).
func Run(t *testing.T, seed uint64, rec *Recorder, calls []Call) Tally {
	var n Tally
	for i, c := range calls {
		d := &Drawer{r: rand.New(rand.NewPCG(seed, uint64(i))), rec: rec}
		rec.Got, rec.Answer = nil, nil
		n.Calls++
		sent, want, got, err := c.Do(context.Background(), d)
		switch {
		case errors.Is(err, ErrNoValue):
			n.NoValue++
			continue
		case err != nil && status(err) == 400:
			n.Rejected++
			t.Logf("%s: rejected: %v", c.Name, err)
			continue
		case err != nil && strings.Contains(err.Error(), unsendable),
			err != nil && status(err) == 404 && slices.ContainsFunc(sent, emptyString):
			n.Unsendable++
			t.Logf("%s: unsendable: %v", c.Name, err)
			continue
		case err != nil:
			n.Failed++
			t.Errorf("%s: %v\n  sent: %#v", c.Name, err, sent)
			continue
		}
		if diff := cmp.Diff(sent, rec.Got, same...); diff != "" {
			n.Failed++
			t.Errorf("%s: the server got other arguments than the client sent (-sent +got):\n%s", c.Name, diff)
			continue
		}
		if diff := cmp.Diff(want, got, same...); diff != "" && !d.zeroAnswer {
			n.Failed++
			t.Errorf("%s: the client got another answer than the server gave (-answer +got):\n%s", c.Name, diff)
			continue
		}
		n.Same++
	}
	t.Logf("ROUNDTRIP calls=%d same=%d rejected=%d novalue=%d unsendable=%d failed=%d", n.Calls, n.Same, n.Rejected, n.NoValue, n.Unsendable, n.Failed)
	return n
}
