package runtime

import "time"

// Writers of one member for a pointer field that omitzero leaves out when
// nil: the key (a comma, the name, a colon) and the value, unless p is
// nil. A generated encoder writes such a field in one call,
//
//	w.optStr(",\"name\":", v.Name)
//	w.optObj(",\"latest_build\":", v.LatestBuild != nil, v.LatestBuild)
//
// to methods compiled once. They are kept out of line on purpose: inlined
// (or as a generic helper instantiated per type) each field became a
// slice append and a call in every encoder, and the encoders were most of
// the time `go build` spent on a generated package. An enum's pointer is
// converted to its kind's ((*string)(v.Status)).

//go:noinline
func (w *jsonWriter) optStr(key string, p *string) { jwOpt(w, key, p, jwStr[string]) }

//go:noinline
func (w *jsonWriter) optBool(key string, p *bool) { jwOpt(w, key, p, jwBool[bool]) }

//go:noinline
func (w *jsonWriter) optInt(key string, p *int64) { jwOpt(w, key, p, jwInt[int64]) }

//go:noinline
func (w *jsonWriter) optF64(key string, p *float64) { jwOpt(w, key, p, jwF64[float64]) }

//go:noinline
func (w *jsonWriter) optUUID(key string, p *[16]byte) { jwOpt(w, key, p, jwUUID[[16]byte]) }

//go:noinline
func (w *jsonWriter) optTime(key string, p *time.Time) { jwOpt(w, key, p, jwTime) }

// optObj writes the member of a generated type's pointer when set (the
// pointer is not nil: an interface holding a nil pointer is not nil
// itself, so the caller says).
//
//go:noinline
func (w *jsonWriter) optObj(key string, set bool, v jsonAppender) {
	if set {
		w.b = append(w.b, key...)
		v.appendJSON(w)
	}
}

// member writes a member's key, JSON text the generator wrote (a comma,
// the name, a colon), out of line for the same reason.
//
//go:noinline
func (w *jsonWriter) member(key string) { w.b = append(w.b, key...) }
