package load

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// kin-openapi decodes a Swagger 2.0 document's values (enum, default,
// example) into float64, so an integer beyond 2^53 reaches the converted
// document rounded and written as a float: PhotoPrism's time.Duration enum
// lists math.MinInt64 and math.MaxInt64, which became -9.223372036854776e+18
// and 9.223372036854776e+18, constants no int64 holds (the package did not
// compile). restoreBigIntegers puts back the numbers as the original wrote
// them.

// valueKeys are the members of a converted schema whose values kin-openapi
// decoded as it does any JSON value.
var valueKeys = []string{"enum", "default", "example"}

// hasBigInteger reports whether data, JSON text, holds an integer of more
// than 15 digits, which float64 may not hold exactly; nearly no document
// does, and restoreBigIntegers is skipped for those.
func hasBigInteger(data []byte) bool {
	run := 0
	for i, c := range data {
		if '0' <= c && c <= '9' {
			if run == 0 && i > 0 && (data[i-1] == '.' || data[i-1] == 'e' || data[i-1] == 'E' || data[i-1] == '"') {
				run = -1 << 30 // a fraction, an exponent or a string's start
			}
			run++
			if run > 15 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// restoreBigIntegers sets each value of a valueKeys member of the
// converted document data that kin-openapi rounded back to the number the
// original document orig wrote at the same place.
func restoreBigIntegers(orig *File, data []byte) ([]byte, error) {
	if !hasBigInteger(orig.JSON) {
		return data, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	changed := false
	var walk func(v any, ptr string, names bool)
	walk = func(v any, ptr string, names bool) {
		switch x := v.(type) {
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(x)) {
				if !names && slices.Contains(valueKeys, k) {
					if was, ok := originalValue(orig, child(ptr, k), x[k]); ok {
						x[k] = was
						changed = true
					}
					continue
				}
				if !isData(k, names) {
					walk(x[k], child(ptr, k), namesAt(k, names))
				}
			}
		case []any:
			for i, e := range x {
				walk(e, child(ptr, strconv.Itoa(i)), false)
			}
		}
	}
	walk(doc, "#", false)
	if !changed {
		return data, nil
	}
	return json.Marshal(doc)
}

// originalValue returns the value at the place of orig that the converted
// pointer ptr came from (a parameter's keywords move into its schema) when
// it holds a big integer that got equals once rounded.
func originalValue(orig *File, ptr string, got any) (any, bool) {
	p := swaggerPointer(ptr)
	for _, at := range []string{p, strings.Replace(p, "/schema/", "/", 1)} {
		if was := rawAt(orig, at); was != nil && roundsTo(was, got) && hasBigIntegerValue(was) {
			return was, true
		}
	}
	return nil, false
}

// roundsTo reports whether was, read from the original, is got once its
// numbers are float64s, as kin-openapi decoded them.
func roundsTo(was, got any) bool {
	switch w := was.(type) {
	case json.Number:
		g, ok := got.(json.Number)
		if !ok {
			return false
		}
		wf, err1 := strconv.ParseFloat(string(w), 64)
		gf, err2 := strconv.ParseFloat(string(g), 64)
		return err1 == nil && err2 == nil && wf == gf
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !roundsTo(w[i], g[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for k, e := range w {
			if !roundsTo(e, g[k]) {
				return false
			}
		}
		return true
	}
	return bytes.Equal(mustJSON(was), mustJSON(got))
}

// hasBigIntegerValue reports whether v holds a number of more than 15
// digits.
func hasBigIntegerValue(v any) bool {
	switch x := v.(type) {
	case json.Number:
		return hasBigInteger([]byte(x))
	case []any:
		return slices.ContainsFunc(x, hasBigIntegerValue)
	case map[string]any:
		for _, e := range x {
			if hasBigIntegerValue(e) {
				return true
			}
		}
	}
	return false
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
