package runtime

import (
	"math"
	"strconv"
)

// jsonInt decodes a number into a signed integer of any size. A whole
// number in any notation (1.0, 1e3, -0.0) is read as the integer it is, as
// JSON Schema counts it an integer (encoding/json refuses it); a fraction
// or a value out of range is a value Go cannot hold (intMismatch).
func jsonInt[T ~int | ~int8 | ~int16 | ~int32 | ~int64](v *T, r *jsonReader) {
	s, ok := r.numberFor(v)
	if !ok {
		return
	}
	n, ok := jsonParseInt(s)
	if !ok || int64(T(n)) != n {
		r.intMismatch(s[:len(s):len(s)], jsonIntName[T](), v) // no capacity kept live
		return
	}
	*v = T(n)
}

// jsonUint decodes a number into an unsigned integer of any size, as
// jsonInt does.
func jsonUint[T ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64](v *T, r *jsonReader) {
	s, ok := r.numberFor(v)
	if !ok {
		return
	}
	n, ok := jsonParseUint(s)
	if !ok || uint64(T(n)) != n {
		r.intMismatch(s[:len(s):len(s)], jsonIntName[T](), v) // no capacity kept live
		return
	}
	*v = T(n)
}

// jsonFloat decodes a number into a float64 or float32; one beyond the
// type's range is a value Go cannot hold, as in encoding/json.
func jsonFloat[T ~float32 | ~float64](v *T, r *jsonReader) {
	s, ok := r.numberFor(v)
	if !ok {
		return
	}
	bits := 64
	if T(math.SmallestNonzeroFloat64) == 0 {
		bits = 32
	}
	f, ok := jsonParseFloat(s, bits)
	if !ok {
		r.mismatchSkipped("number "+string(s), "", v)
		return
	}
	*v = T(f)
}

// numberFor reads the text of a number for a Go number of type typ: false
// for null (left as it is) and for any other kind of value (recorded and
// skipped). typ is a pointer to the number, for the error's type.
func (r *jsonReader) numberFor(typ any) ([]byte, bool) {
	switch c := r.peek(); {
	case c == '-' || '0' <= c && c <= '9':
		s := r.number()
		return s, r.err == nil
	case c == 'n':
		r.literal("null")
	default:
		r.mismatch(jsonKindOf(c), typ)
	}
	return nil, false
}

// jsonParseInt parses the text of a JSON number as strconv.ParseInt(s, 10,
// 64) does, without allocating for the common short integers; a whole
// number written with a fraction or an exponent goes to jsonParseWholeInt,
// off the path of plain digits. It is given s[:len(s):len(s)] so that the
// digits loop keeps no slice capacity live (one spill less per number).
func jsonParseInt(s []byte) (int64, bool) {
	neg := len(s) > 0 && s[0] == '-'
	digits := s
	if neg {
		digits = s[1:]
	}
	if len(digits) > 0 && len(digits) <= 18 {
		var n int64
		for _, c := range digits {
			if c < '0' || c > '9' {
				return jsonParseWholeInt(s[:len(s):len(s)]) // a fraction or an exponent
			}
			n = n*10 + int64(c-'0')
		}
		if neg {
			n = -n
		}
		return n, true
	}
	return jsonParseLongInt(s[:len(s):len(s)])
}

// jsonParseUint parses as strconv.ParseUint(s, 10, 64) does, and a whole
// number in any notation as jsonParseInt does.
func jsonParseUint(s []byte) (uint64, bool) {
	if len(s) > 0 && len(s) <= 19 {
		var n uint64
		for _, c := range s {
			if c < '0' || c > '9' {
				return jsonParseWholeUint(s[:len(s):len(s)]) // a sign, a fraction or an exponent
			}
			n = n*10 + uint64(c-'0')
		}
		return n, true
	}
	return jsonParseLongUint(s[:len(s):len(s)])
}

// jsonPow10 holds the powers of ten a float64 represents exactly.
var jsonPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// jsonParseFloat parses as strconv.ParseFloat(s, bits) does. Numbers of up
// to 15 digits with a short exponent are computed exactly without
// allocating (a mantissa below 2^53 times or over an exact power of ten
// rounds once, correctly); others go to strconv.
func jsonParseFloat(s []byte, bits int) (float64, bool) {
	if bits == 64 {
		if f, ok := jsonFastFloat(s); ok {
			return f, true
		}
	}
	f, err := strconv.ParseFloat(string(s), bits)
	return f, err == nil
}

// jsonFastFloat is Clinger's fast path for the JSON number s.
func jsonFastFloat(s []byte) (float64, bool) {
	i, neg := 0, false
	if i < len(s) && s[i] == '-' {
		neg, i = true, i+1
	}
	var mant uint64
	digits, exp := 0, 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if mant != 0 || s[i] != '0' {
			digits++
		}
		mant = mant*10 + uint64(s[i]-'0')
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if mant != 0 || s[i] != '0' {
				digits++
			}
			mant = mant*10 + uint64(s[i]-'0')
			exp--
		}
	}
	if digits > 15 {
		return 0, false
	}
	if i < len(s) {
		i++ // e or E
		eneg := false
		if s[i] == '+' || s[i] == '-' {
			eneg, i = s[i] == '-', i+1
		}
		e := 0
		for ; i < len(s); i++ {
			if e > 1000 {
				return 0, false
			}
			e = e*10 + int(s[i]-'0')
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	f := float64(mant)
	switch {
	case mant == 0:
		f = 0
	case exp == 0:
	case 0 < exp && exp <= 22:
		f *= jsonPow10[exp]
	case -22 <= exp && exp < 0:
		f /= jsonPow10[-exp]
	default:
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}
