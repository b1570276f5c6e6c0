// Package wholenum states, for the tests that hold specgen's JSON decoder
// to encoding/json, the one place the two differ on numbers on purpose:
// JSON Schema counts a whole number written with a fraction or an exponent
// (1.0, 1e3, -0.0) an integer, so the generated decoder reads it into an
// int64 where encoding/json refuses it. Such a test compares the decoder
// with encoding/json on the document these numbers rewritten as plain
// integers (the same values, so a float or an interface{} field decodes
// them alike), and with encoding/json on the original only through Only,
// which admits no other difference.
package wholenum

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Plain returns data with every whole number in the range of Go's integer
// types that is not written as plain digits (1.0, 1e3, -0.0) rewritten as
// them (1, 1000, 0), and the original texts of those it rewrote. A
// document that is not JSON is returned as it is.
func Plain(data []byte) ([]byte, []string) {
	if !json.Valid(data) {
		return data, nil
	}
	var out []byte
	var rewritten []string
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '-' || '0' <= c && c <= '9':
			j := i
			for j < len(data) && strings.IndexByte("+-.eE0123456789", data[j]) >= 0 {
				j++
			}
			if plain, ok := asInteger(string(data[i:j])); ok {
				if out == nil {
					out = append([]byte(nil), data[:i]...)
				}
				out = append(out, plain...)
				rewritten = append(rewritten, string(data[i:j]))
				i = j - 1
				continue
			}
			if out != nil {
				out = append(out, data[i:j]...)
			}
			i = j - 1
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return data, nil
	}
	return out, rewritten
}

// asInteger is the plain digits of the number text when it is whole, in
// the range of int64 or uint64 and not written so already.
func asInteger(text string) (string, bool) {
	if !strings.ContainsAny(text, ".eE") && text != "-0" {
		return "", false
	}
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		// An exponent beyond the text's length (1e-99999, 2e99999) is not
		// given to big.Rat, which would build the power of ten: the number
		// is zero, a fraction or beyond every Go integer.
		if e, err := strconv.Atoi(strings.TrimPrefix(text[i+1:], "+")); err != nil || e > len(text)+40 || -e > len(text)+40 {
			if strings.Trim(text[:i], "-0.") == "" {
				return "0", true
			}
			return "", false
		}
	}
	r, ok := new(big.Rat).SetString(text)
	if !ok || !r.IsInt() || r.Num().BitLen() > 64 {
		return "", false
	}
	return r.Num().String(), true
}

// Only reports whether err, encoding/json's error decoding the original
// document, is explained by the numbers Plain rewrote alone: an
// UnmarshalTypeError for one of them into a Go integer type.
func Only(err error, rewritten []string) bool {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Type == nil {
		return false
	}
	switch te.Type.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
	default:
		return false
	}
	for _, s := range rewritten {
		if te.Value == "number "+s {
			return true
		}
	}
	return false
}
