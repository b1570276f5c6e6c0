// Parameters on the server side: a route parses each parameter with the
// inputCheck method of its kind, which records what is wrong, and answers
// 400 with every problem at once. inputCheck is declared by the routes
// (see provided.go), so each parser is copied only where a route calls it;
// their names are none a generated type's methods have (validate,
// decodeJSON), which would copy them where no route calls them.

package runtime

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
)

// validatable is a value with a generated Validate method.
type validatable interface {
	Validate() error
}

// add records that field is not valid.
func (in *inputCheck) add(field, detail string) {
	in.problems = append(in.problems, inputProblem{field, detail})
}

// addProblems records each of the problems the checks of the parameter
// name found, named by their path (the name, "ids[1]" for an item), unless
// the parameter already has one (named by it or a path below it): a value
// that did not parse was checked as its zero value.
func (in *inputCheck) addProblems(name string, errs ValueErrors) {
	for _, p := range in.problems {
		// name, name.x or name[1]
		if rest, ok := strings.CutPrefix(p.field, name); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
			return
		}
	}
	for _, ve := range errs {
		in.add(ve.Field, ve.Message)
	}
}

// ok answers 400 with the problems, if any, and reports whether there were
// none.
func (in *inputCheck) ok(h *handler, w http.ResponseWriter, r *http.Request) bool {
	if len(in.problems) == 0 {
		return true
	}
	h.writeError(w, r, badRequest("Invalid request parameters.", "", in.problems...))
	return false
}

// check records v's Validate failure.
func (in *inputCheck) check(field string, v validatable) {
	if err := v.Validate(); err != nil {
		in.add(field, err.Error())
	}
}

// parseBool parses s, the value of the parameter field, recording a
// problem when it is not true or false.
func (in *inputCheck) parseBool(field, s string) bool {
	v, err := strconv.ParseBool(s)
	if err != nil {
		in.add(field, "must be true or false")
	}
	return v
}

// parseInt parses s, the value of the parameter field, recording a
// problem when it is not an integer of that size.
func (in *inputCheck) parseInt(field, s string, bits int) int64 {
	v, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		in.add(field, "must be an integer of that size")
	}
	return v
}

// parseUint parses s, the value of the parameter field, recording a
// problem when it is not a non-negative integer of that size.
func (in *inputCheck) parseUint(field, s string, bits int) uint64 {
	v, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		in.add(field, "must be a non-negative integer of that size")
	}
	return v
}

// parseFloat parses s, the value of the parameter field, recording a
// problem when it is not a number.
func (in *inputCheck) parseFloat(field, s string, bits int) float64 {
	v, err := strconv.ParseFloat(s, bits)
	if err != nil {
		in.add(field, "must be a number")
	}
	return v
}

// parseUUID parses s, the value of the parameter field, recording a
// problem when it is not a UUID.
func (in *inputCheck) parseUUID(field, s string) uuid.UUID {
	v, err := uuid.Parse(s)
	if err != nil {
		in.add(field, "must be a UUID")
	}
	return v
}

// parseTime parses s, the value of the parameter field, recording a
// problem when it is not an RFC 3339 date-time.
func (in *inputCheck) parseTime(field, s string) time.Time {
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		in.add(field, "must be an RFC 3339 date-time")
	}
	return v
}

// parseBytes parses s, the value of the parameter field, recording a
// problem when it is not base64.
func (in *inputCheck) parseBytes(field, s string) []byte {
	v, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		in.add(field, "must be base64")
	}
	return v
}

// pairs reads the names and values of an object parameter field from s:
// name,value,name,value with items separated by sep, or name=value,name=value
// when exploded. It records a problem, and returns nil, when s is neither.
func (in *inputCheck) pairs(field, s, sep string, exploded bool) map[string]string {
	items := strings.Split(s, sep)
	out := make(map[string]string, len(items))
	if exploded {
		for _, item := range items {
			k, v, ok := strings.Cut(item, "=")
			if !ok {
				in.add(field, "must be name=value pairs")
				return nil
			}
			out[k] = v
		}
		return out
	}
	if len(items)%2 != 0 {
		in.add(field, "must be names and values in turn")
		return nil
	}
	for i := 0; i < len(items); i += 2 {
		out[items[i]] = items[i+1]
	}
	return out
}

// items returns the values of an indexed array field (field[0]=a&field[1]=b),
// given by index, in index order. It records a problem, and returns nil,
// when an index is not a number.
func (in *inputCheck) items(field string, byIndex map[string]string) []string {
	keys := make([]string, 0, len(byIndex))
	for k := range byIndex {
		if _, err := strconv.ParseUint(k, 10, 31); err != nil {
			in.add(field, "must be items by index ([0], [1], …)")
			return nil
		}
		keys = append(keys, k)
	}
	// Numbers in order: the shorter first, then as text (leading zeros aside).
	slices.SortFunc(keys, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, byIndex[k])
	}
	return out
}

// checkEach records each problem v's Validate method reports, named by
// prefix and the problem's field path (or by the prefix alone).
func (in *inputCheck) checkEach(prefix string, v validatable) {
	in.addEach(strings.TrimSuffix(prefix, "."), v.Validate())
}

// addEach records err, the problems found in the value of field: each
// ValueError named by its path below field (point.x, ids[1]), as
// validate…Params names those it finds, another error by field alone. It
// reports whether there was none.
func (in *inputCheck) addEach(field string, err error) bool {
	var errs ValueErrors
	switch err := err.(type) {
	case nil:
		return true
	case ValueErrors:
		errs = err
	case *ValueError:
		errs = ValueErrors{err}
	default:
		in.add(field, err.Error())
		return false
	}
	for _, ve := range errs {
		switch {
		case ve.Field == "":
			in.add(field, ve.Message)
		case field == "" || ve.Field[0] == '[':
			in.add(field+ve.Field, ve.Message)
		default:
			in.add(field+"."+ve.Field, ve.Message)
		}
	}
	return false
}

// parseJSON decodes s, the JSON text of the parameter field, into v and
// checks it with its Validate method, if it has one, recording a problem
// when it fails; it reports whether v may be used. A generated type is
// checked completely, as its Decode function does (decodeChecked).
func (in *inputCheck) parseJSON(field, s string, v any) bool {
	if d, ok := v.(interface {
		decodeJSON(*jsonReader)
	}); ok {
		var check func() error
		if val, ok := v.(validatable); ok {
			check = val.Validate
		}
		return in.decodedJSON(field, decodeChecked([]byte(s), d.decodeJSON, check))
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		in.add(field, "must be JSON of its schema: "+err.Error())
		return false
	}
	if val, ok := v.(validatable); ok {
		return in.addEach(field, val.Validate())
	}
	return true
}

// readJSON decodes s, the JSON text of the parameter field, with decode:
// that of a type with no decodeJSON method (an unnamed slice, map or
// scalar), whose rules validate…Params checks. Decoding's record reports
// what the Go value cannot show, as for a body: a null where the schema
// allows none (a tuple's position, an item, a map's value) is a problem,
// not the zero value encoding/json would leave.
func (in *inputCheck) readJSON(field, s string, decode func(*jsonReader)) bool {
	return in.decodedJSON(field, decodeChecked([]byte(s), decode, nil))
}

// decodedJSON records err, what decodeChecked returned for the JSON text
// of the parameter field, and reports whether there was none.
func (in *inputCheck) decodedJSON(field string, err error) bool {
	if _, problems := err.(ValueErrors); err != nil && !problems {
		in.add(field, "must be JSON of its schema: "+err.Error())
		return false
	}
	return in.addEach(field, err)
}
