package runtime

import (
	"strings"
	"time"
)

// Decoding allocates in batches what a generated struct's optional fields
// point to and the text of strings, where one allocation per value made
// decoding a list of structs allocate tens of times per element.
//
// Strings: the text of decoded strings is appended to a buffer of
// jsonStrWindow bytes (or the string, if longer), and each string is cut
// from it; a new buffer is started when one is full. A decoded string
// never shares memory with the caller's data, which may be reused once
// decoding returns; what it does share is its buffer: as long as the
// string is referenced, up to jsonStrWindow bytes of the document's
// strings stay in memory.
//
// Pointers: the targets of optional strings, booleans, integers, floats,
// times and UUIDs come from slabs, arrays of each type that the reader hands out
// one element at a time. A field that keeps a pointer keeps its slab (at
// most jsonSlabMax elements) in memory.

// jsonStrWindow is the size of the buffers strings are cut from.
const jsonStrWindow = 4 << 10

// jsonSlabMax is the largest slab: slabs start small, for a small
// document, and double as a document needs more.
const jsonSlabMax = 256

// jsonSlab hands out pointers to the elements of arrays of T.
type jsonSlab[T any] struct {
	free []T
	n    int
}

// next returns a pointer to a new zero T.
func (s *jsonSlab[T]) next() *T {
	if len(s.free) == 0 {
		s.n = min(max(2*s.n, 8), jsonSlabMax)
		s.free = make([]T, s.n)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}

// jsonSlabs are a reader's slabs, one per type of optional scalar.
type jsonSlabs struct {
	strs   jsonSlab[string]
	bools  jsonSlab[bool]
	ints   jsonSlab[int64]
	floats jsonSlab[float64]
	times  jsonSlab[time.Time]
	uuids  jsonSlab[[16]byte]
}

// str reads a string's text, cut from r.text (see above).
func (r *jsonReader) str() string { return r.keep(r.stringBytes()) }

// keep returns b, text stringBytes or key returned, as a string cut from
// r.text: b is appended to it, and a new one (of jsonStrWindow bytes
// more than b) is started when b does not fit (a strings.Builder never changes what it
// holds, so the strings cut from it before stay as they are).
func (r *jsonReader) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if r.text.Cap()-r.text.Len() < len(b) {
		r.text = strings.Builder{}
		// No more than the strings still to come can take.
		r.text.Grow(len(b) + min(jsonStrWindow, len(r.data)-r.pos))
	}
	n := r.text.Len()
	r.text.Write(b)
	return r.text.String()[n:]
}

// The decoders of optional scalars: each returns the pointer the field
// gets, nil for null, else the one it has (as encoding/json reuses it) or
// one from a slab, holding the value read.
//
//	v.Name = jsonStrPtr(v.Name, r, nil)
//	v.Status = (*WorkspaceStatus)(jsonStrPtr((*string)(v.Status), r, v.Status))
//
// typ, for an enum, is a pointer of its type, for the error of a value of
// another kind. Functions, not methods of the reader, so that a package
// copies only those its decoders call.

func jsonStrPtr(p *string, r *jsonReader, typ any) *string {
	return jsonSlabPtr(p, r, &r.slabs.strs, func(p *string, r *jsonReader) {
		switch c := r.peek(); {
		case c == '"':
			*p = r.str()
		case typ != nil:
			r.mismatch(jsonKindOf(c), typ)
		default:
			r.mismatch(jsonKindOf(c), p)
		}
	})
}

func jsonBoolPtr(p *bool, r *jsonReader) *bool {
	return jsonSlabPtr(p, r, &r.slabs.bools, jsonBool[bool])
}

func jsonIntPtr(p *int64, r *jsonReader) *int64 {
	return jsonSlabPtr(p, r, &r.slabs.ints, jsonInt[int64])
}

func jsonFloatPtr(p *float64, r *jsonReader) *float64 {
	return jsonSlabPtr(p, r, &r.slabs.floats, jsonFloat[float64])
}

func jsonTimePtr(p *time.Time, r *jsonReader) *time.Time {
	return jsonSlabPtr(p, r, &r.slabs.times, jsonTime)
}

// jsonSlabPtr is what they share: null is nil; any other value is decoded
// by dec into the pointer the field has, or a new one from slab.
func jsonSlabPtr[T any](p *T, r *jsonReader, slab *jsonSlab[T], dec func(*T, *jsonReader)) *T {
	if r.peek() == 'n' {
		r.literal("null")
		return nil
	}
	if p == nil {
		p = slab.next()
	}
	dec(p, r)
	return p
}

// uuidPtr decodes an optional UUID (a type over [16]byte) with parse, its
// UnmarshalText, which the generated package supplies; typ points to the
// field, for the error of a value of another kind, which encoding/json
// gives for the pointer (*uuid.UUID) that has the method.
//
//	v.ID = (*uuid.UUID)(jsonUUIDPtr((*[16]byte)(v.ID), r, &v.ID, jsonUUIDText))
func jsonUUIDPtr(p *[16]byte, r *jsonReader, typ any, parse func(*[16]byte, []byte) error) *[16]byte {
	return jsonSlabPtr(p, r, &r.slabs.uuids, func(p *[16]byte, r *jsonReader) {
		if c := r.peek(); c != '"' {
			r.mismatch(jsonKindOf(c), typ)
		} else if b := r.stringBytes(); jsonParseUUID(p, b) {
		} else if err := parse(p, b); err != nil && r.err == nil {
			r.fail(err)
		}
	})
}
