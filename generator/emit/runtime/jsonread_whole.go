package runtime

import (
	"math"
	"strconv"
)

// JSON Schema counts any number with no fractional part an integer, in
// every draft as the reference validator reads them: 1.0, 1e3, 10E-1 and
// -0.0 are integers, valid under `type: integer`, and `integer` is an int64
// field. encoding/json refuses them for an int64; these functions read
// them, off the path of plain digits (jsonParseInt), so that such a
// document decodes and Validate checks the value as it checks any other.

// jsonParseLongInt parses a number of 19 digits or more, or of none, as
// strconv.ParseInt does, else as a whole number (9223372036854775807.0).
// It is apart from jsonParseInt, as jsonParseWholeInt is, so that the
// digits loop there is laid out as before these were added.
func jsonParseLongInt(s []byte) (int64, bool) {
	if n, err := strconv.ParseInt(string(s), 10, 64); err == nil {
		return n, true
	}
	return jsonParseWholeInt(s)
}

// jsonParseLongUint is jsonParseLongInt for a uint64.
func jsonParseLongUint(s []byte) (uint64, bool) {
	if n, err := strconv.ParseUint(string(s), 10, 64); err == nil {
		return n, true
	}
	return jsonParseWholeUint(s)
}

// jsonParseWholeInt reads the JSON number s as an int64 when it is a whole
// number within int64's range, in any notation.
func jsonParseWholeInt(s []byte) (int64, bool) {
	mag, neg, _, fits := jsonWhole(s)
	switch {
	case !fits:
		return 0, false
	case neg && mag <= 1<<63:
		return int64(-mag), true // -(1<<63) wraps to math.MinInt64
	case !neg && mag <= math.MaxInt64:
		return int64(mag), true
	}
	return 0, false
}

// jsonParseWholeUint reads the JSON number s as a uint64 when it is a
// whole number from 0 (-0.0 is 0) to 2^64-1, in any notation.
func jsonParseWholeUint(s []byte) (uint64, bool) {
	mag, neg, _, fits := jsonWhole(s)
	if !fits || neg && mag != 0 {
		return 0, false
	}
	return mag, true
}

// jsonIsWhole reports whether the JSON number s has no fractional part:
// an integer as JSON Schema counts one (1.0 and 1e3 are, 0.5 is not), of
// any size.
func jsonIsWhole(s []byte) bool {
	_, _, whole, _ := jsonWhole(s)
	return whole
}

// jsonWhole reads the JSON number s (already scanned: JSON's grammar) as
// a whole number: its magnitude and sign. whole reports that s has no
// fractional part; fits that it is whole and its magnitude at most 2^64-1.
// The number is its digits (integer part, then fraction) times ten to the
// exponent less the fraction's length: trailing zeros of the digits raise
// that power, and a power still below zero after them leaves a fraction.
func jsonWhole(s []byte) (mag uint64, neg, whole, fits bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		neg, i = true, 1
	}
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	intPart, frac := s[start:i], s[i:i]
	if i < len(s) && s[i] == '.' {
		i++
		f := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		frac = s[f:i]
	}
	exp := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg, i = s[i] == '-', i+1
		}
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if exp < 1<<20 { // beyond every uint64 and every fraction's length
				exp = exp*10 + int(s[i]-'0')
			}
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) || len(intPart) == 0 {
		return 0, neg, false, false // not a JSON number
	}
	digit := func(k int) byte {
		if k < len(intPart) {
			return intPart[k]
		}
		return frac[k-len(intPart)]
	}
	first, end, pow := 0, len(intPart)+len(frac), exp-len(frac)
	for end > first && digit(end-1) == '0' {
		end, pow = end-1, pow+1
	}
	for first < end && digit(first) == '0' {
		first++
	}
	if first == end {
		return 0, neg, true, true // zero, however written
	}
	if pow < 0 {
		return 0, neg, false, false
	}
	if end-first+pow > 20 {
		return 0, neg, true, false // 21 digits or more
	}
	for k := first; k < end+pow; k++ {
		d := uint64(0)
		if k < end {
			d = uint64(digit(k) - '0')
		}
		if mag > (math.MaxUint64-d)/10 {
			return 0, neg, true, false
		}
		mag = mag*10 + d
	}
	return mag, neg, true, true
}

// intMismatch records the number s that an integer of the type named
// name (typ points to it) cannot hold, saying why: a fraction, or beyond
// the type's range.
func (r *jsonReader) intMismatch(s []byte, name string, typ any) {
	why := " (beyond the range of " + name + ")"
	if _, _, whole, _ := jsonWhole(s); !whole {
		why = " (not a whole number; an integer goes here)"
	}
	r.mismatchSkipped("number "+string(s), why, typ)
}

// jsonIntName names the integer type T by its sign and size (int64,
// uint8; int and uint by their size), for intMismatch, without
// reflection.
func jsonIntName[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64]() string {
	bits := 0
	for x := T(1); x != 0; x <<= 1 {
		bits++
	}
	name := "int"
	if zero := T(0); zero-1 > zero {
		name = "uint"
	}
	return name + strconv.Itoa(bits)
}
