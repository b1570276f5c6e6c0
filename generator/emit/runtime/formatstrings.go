// The Go types of strings of format date-time and uuid in JSON Schema
// files. A validator reading the schema accepts text that time.Time and
// uuid.UUID cannot hold (a leap second, a lower-case t; in 2019-09 and
// 2020-12, where format only annotates, any string at all), and uuid.UUID
// accepts text the format rejects ("{…}", "urn:uuid:…"), which Validate
// could no longer see. So the field keeps the text as it came: it decodes
// and encodes as a string, Validate checks the format exactly where it
// checks a string's, and the methods below give the typed value on demand.

package runtime

import (
	"errors"
	"strconv"
	"time"

	"github.com/google/uuid"
)

// DateTimeString is a JSON string of format date-time (RFC 3339), kept as
// its text. Time parses it.
type DateTimeString string

// NewDateTimeString returns t as RFC 3339 text with as many fractional
// digits as t needs (time.RFC3339Nano).
func NewDateTimeString(t time.Time) DateTimeString {
	return DateTimeString(t.Format(time.RFC3339Nano))
}

// Time parses s as an RFC 3339 date-time; a lower-case t or z reads as
// upper-case, as RFC 3339 allows. It fails for text that is no RFC 3339
// date-time, and for what a time.Time cannot hold though the format allows
// it: a leap second (23:59:60).
func (s DateTimeString) Time() (time.Time, error) {
	text := string(s)
	if !isFormatDateTime(text) {
		return time.Time{}, errors.New("date-time " + strconv.Quote(text) + " is not RFC 3339")
	}
	if text[10] == 't' || text[len(text)-1] == 'z' {
		b := []byte(text)
		b[10] = 'T'
		if b[len(b)-1] == 'z' {
			b[len(b)-1] = 'Z'
		}
		text = string(b)
	}
	t, err := time.Parse(time.RFC3339Nano, text)
	if err != nil {
		return time.Time{}, errors.New("date-time " + strconv.Quote(string(s)) + " cannot be a time.Time: " + err.Error())
	}
	return t, nil
}

// UUIDString is a JSON string of format uuid, kept as its text. UUID
// parses it.
type UUIDString string

// NewUUIDString returns u in the 8-4-4-4-12 form, lower-case.
func NewUUIDString(u uuid.UUID) UUIDString {
	return UUIDString(u.String())
}

// UUID parses s in the form format uuid allows: 8-4-4-4-12 hexadecimal
// digits of either case. The other forms uuid.Parse reads ("{…}",
// "urn:uuid:…", 32 digits without hyphens) are errors, as the format
// rejects them.
func (s UUIDString) UUID() (uuid.UUID, error) {
	if !isFormatUUID(string(s)) {
		return uuid.UUID{}, errors.New("uuid " + strconv.Quote(string(s)) + " is not of the form 8-4-4-4-12")
	}
	return uuid.Parse(string(s))
}
