package runtime

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"time"
)

// jsonWriter appends JSON text to b: the generated appendJSON methods write
// through it, and produce exactly the bytes encoding/json would (HTML-safe
// strings, its float format, maps in key order). The first error sticks:
// later writes still append, and whoever started the writing returns b only
// when err is nil, so a generated method needs no error checks of its own.
type jsonWriter struct {
	b   []byte
	err error
}

// fail records err unless an earlier error is recorded.
func (w *jsonWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// raw appends s, JSON text the generator wrote (a member's key and colon).
func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

// null appends null.
func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

// close ends an object or array whose members or items were each written
// after a comma, from start on: the first comma becomes open (an empty
// one is open and close alone).
func (w *jsonWriter) close(start int, open, close byte) {
	if len(w.b) == start {
		w.b = append(w.b, open)
	} else {
		w.b[start] = open
	}
	w.b = append(w.b, close)
}

// bool appends true or false.
func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// int appends a signed integer.
func (w *jsonWriter) int(v int64) { w.b = strconv.AppendInt(w.b, v, 10) }

// uint appends an unsigned integer.
func (w *jsonWriter) uint(v uint64) { w.b = strconv.AppendUint(w.b, v, 10) }

// f64 appends a float64 as encoding/json does.
func (w *jsonWriter) f64(v float64) { w.float(v, 64) }

// f32 appends a float32 as encoding/json does: its shortest text as a
// float32, not as the float64 it converts to.
func (w *jsonWriter) f32(v float32) { w.float(float64(v), 32) }

// float appends f as encoding/json's floatEncoder does: the shortest
// decimal that reads back as f, in plain notation ('f') unless f is below
// 1e-6 or from 1e21 up, then as an exponent without a leading zero
// (1e-07 becomes 1e-7); NaN and the infinities have no JSON form and are
// an error, as in encoding/json.
func (w *jsonWriter) float(f float64, bits int) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.fail(errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, bits)))
		w.b = append(w.b, '0')
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, bits)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// time appends t as time.Time's MarshalJSON does: RFC 3339 with the
// nanoseconds it has; a year outside 0–9999 is an error.
func (w *jsonWriter) time(t time.Time) {
	b, err := t.AppendText(append(w.b, '"'))
	if err != nil {
		w.fail(errors.New("json: error calling MarshalJSON for type time.Time: " + err.Error()))
		w.b = append(w.b, '"')
		return
	}
	w.b = append(b, '"')
}

// uuid appends a UUID (github.com/google/uuid's, whose type is [16]byte)
// as its MarshalText does: 36 characters of lowercase hex and dashes.
func (w *jsonWriter) uuid(u [16]byte) {
	w.b = append(w.b, '"')
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			w.b = append(w.b, '-')
		}
		w.b = append(w.b, jwHex[c>>4], jwHex[c&0xf])
	}
	w.b = append(w.b, '"')
}

// bytes appends b as base64 (standard, padded) in a string, as
// encoding/json encodes a []byte; nil is null.
func (w *jsonWriter) bytes(b []byte) {
	if b == nil {
		w.null()
		return
	}
	w.b = append(w.b, '"')
	w.b = base64.StdEncoding.AppendEncode(w.b, b)
	w.b = append(w.b, '"')
}

// marshal appends what encoding/json makes of v: the way out for values
// whose encoding the generator does not know (a -type override).
func (w *jsonWriter) marshal(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		w.fail(err)
		w.null()
		return
	}
	w.b = append(w.b, b...)
}
