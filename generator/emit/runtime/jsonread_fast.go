package runtime

import (
	"encoding/binary"
	"time"

	"github.com/google/uuid"
)

// Fast paths of the reader for what API documents are mostly made of:
// strings without escapes (keys above all), UUIDs in their canonical form
// and times in UTC. Each reads what it recognizes and leaves anything else
// to the general code, which gives encoding/json's value or error, so a
// fast path changes no result, only the time taken.

// jsonPlainLen returns how many bytes at the start of s are printable
// ASCII other than '"' and '\\': the part of a string that needs neither
// unescaping nor checking, looked at 8 bytes at a time.
func jsonPlainLen(s []byte) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if jsonSpecial8(binary.LittleEndian.Uint64(s[i:])) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == '"' || c == '\\' || c >= 0x80 {
			break
		}
	}
	return i
}

const (
	jsonOnes  = 0x0101010101010101
	jsonHighs = 0x8080808080808080
)

// jsonSpecial8 is non-zero when one of the 8 bytes of x is '"', '\\', a
// control character or not ASCII. Each term sets the high bit of a byte
// that is one of these (a borrow may also set bits above such a byte,
// which only matters when there is one): x itself for bytes >= 0x80,
// x-0x20 for bytes < 0x20, and a zero byte of x^'"' or x^'\\' for the
// two characters.
func jsonSpecial8(x uint64) uint64 {
	q := x ^ (jsonOnes * '"')
	b := x ^ (jsonOnes * '\\')
	return (x | (x - jsonOnes*' ') | ((q - jsonOnes) &^ q) | ((b - jsonOnes) &^ b)) & jsonHighs
}

// plainString reads a string without escapes or bytes that are not
// ASCII, returning its text (a slice of the data), or returns false and
// reads nothing for any other string.
func (r *jsonReader) plainString() ([]byte, bool) {
	start := r.pos + 1 // after the quote, which the caller has seen
	if start > len(r.data) {
		return nil, false
	}
	end := start + jsonPlainLen(r.data[start:])
	if end >= len(r.data) || r.data[end] != '"' {
		return nil, false
	}
	r.pos = end + 1
	return r.data[start:end], true
}

// jsonUUID decodes a uuid.UUID as its UnmarshalText does, parsing the
// canonical form itself.
func jsonUUID(v *uuid.UUID, r *jsonReader) {
	if r.peek() == '"' {
		at := r.pos
		if b, ok := r.plainString(); ok && jsonParseUUID((*[16]byte)(v), b) {
			return
		}
		r.pos = at
	}
	jsonText(v, r)
}

// jsonParseUUID parses the canonical form of a UUID,
// xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, as uuid.ParseBytes does: false
// (and p left as it is) for anything else, which ParseBytes then reads or
// refuses.
func jsonParseUUID(p *[16]byte, b []byte) bool {
	if len(b) != 36 || b[8] != '-' || b[13] != '-' || b[18] != '-' || b[23] != '-' {
		return false
	}
	var u [16]byte
	var bad byte
	for j := range u {
		i := jsonUUIDDigits[j]
		hi, lo := jsonHexValue[b[i]], jsonHexValue[b[i+1]]
		bad |= hi | lo
		u[j] = hi<<4 | lo
	}
	if bad > 0xf {
		return false
	}
	*p = u
	return true
}

// jsonUUIDDigits are the offsets of the 16 pairs of hex digits of a UUID.
const jsonUUIDDigits = "\x00\x02\x04\x06\x09\x0b\x0e\x10\x13\x15\x18\x1a\x1c\x1e\x20\x22"

// jsonHexValue is the value of each hex digit by its byte, 0xff for
// bytes that are none.
const jsonHexValue = "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\xff\xff\xff\xff\xff\xff" +
	"\xff\x0a\x0b\x0c\x0d\x0e\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0a\x0b\x0c\x0d\x0e\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"

// jsonTime decodes a time.Time as its UnmarshalJSON does, parsing the
// form of a time in UTC (2024-01-02T15:04:05.123Z) itself. A time RFC 3339
// refuses in a form real servers send (jsonParseLooseTime: Jira's
// 2021-01-17T12:34:00.000+0000) is read all the same, so that a client
// reads the answer, and recorded as the problem time.Time gives, so that
// DecodeT still reports it.
func jsonTime(v *time.Time, r *jsonReader) {
	if r.peek() == '"' {
		at := r.pos
		if b, ok := r.plainString(); ok {
			if t, ok := jsonParseTime(b); ok {
				*v = t
				return
			}
			if t, ok := jsonParseLooseTime(b); ok {
				end := r.pos
				if r.record != nil {
					var strict time.Time
					if err := strict.UnmarshalJSON(r.data[at:end]); err != nil {
						r.record.problem(r.data, r.path, "", false, err.Error(), false)
					}
				}
				*v = t
				return
			}
		}
		r.pos = at
	}
	jsonUnmarshaler(v, r)
}

// jsonLooseTimeLayouts are the ISO 8601 forms of a date-time, beside RFC
// 3339's, that APIs send: an offset without its colon (Java's default,
// Jira's), an offset of hours alone, a space for the T.
var jsonLooseTimeLayouts = []string{
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999Z07",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999Z0700",
}

// jsonParseLooseTime parses b by jsonLooseTimeLayouts.
func jsonParseLooseTime(b []byte) (time.Time, bool) {
	s := string(b)
	for _, layout := range jsonLooseTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// jsonParseTime parses YYYY-MM-DDTHH:MM:SS[.F]Z (1 to 9 digits of
// fraction) as time.Time's UnmarshalJSON does (RFC 3339, each field in
// its range), to the same value: time.Date in UTC. Any other form, an
// offset above all, is false and left to UnmarshalJSON.
func jsonParseTime(b []byte) (time.Time, bool) {
	n := len(b)
	if n < 20 || b[4] != '-' || b[7] != '-' || b[10] != 'T' || b[13] != ':' || b[16] != ':' || b[n-1] != 'Z' {
		return time.Time{}, false
	}
	year := jsonDigits(b[0:4])
	month := jsonDigits(b[5:7])
	day := jsonDigits(b[8:10])
	hour := jsonDigits(b[11:13])
	minute := jsonDigits(b[14:16])
	sec := jsonDigits(b[17:19])
	nsec := 0
	switch frac := b[19 : n-1]; {
	case len(frac) == 0:
	case frac[0] == '.' && 2 <= len(frac) && len(frac) <= 10:
		nsec = jsonDigits(frac[1:])
		for i := len(frac); i < 10; i++ {
			nsec *= 10
		}
	default:
		return time.Time{}, false
	}
	if year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || sec > 59 || nsec < 0 ||
		hour < 0 || minute < 0 || sec < 0 || day > jsonDaysIn(month, year) {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC), true
}

// jsonDigits is the value of the decimal digits b, or -1 if one is not.
func jsonDigits(b []byte) int {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// jsonDaysIn is the number of days of month in year.
func jsonDaysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
