// Parameters on the server side: a route parses each parameter with the
// inputCheck method of its kind, which records what is wrong, and answers
// 400 with every problem at once. inputCheck is declared by the routes
// (see provided.go), so each parser is copied only where a route calls it.

package runtime

import (
	"encoding/base64"
	"net/http"
	"strconv"
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
