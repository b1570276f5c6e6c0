package load

import "strings"

// The values structureReader reads: each turns r.ok false when the member
// is there (not null) but not of the JSON type kin-openapi would decode it
// into, where kin-openapi fails to load the document.

func (r *structureReader) str(v any) string {
	s, ok := v.(string)
	if !ok && v != nil {
		r.ok = false
	}
	return s
}

func (r *structureReader) boolean(v any) bool {
	b, ok := v.(bool)
	if !ok && v != nil {
		r.ok = false
	}
	return b
}

func (r *structureReader) object(v any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok && v != nil {
		r.ok = false
	}
	return m
}

func (r *structureReader) list(v any) []any {
	l, ok := v.([]any)
	if !ok && v != nil {
		r.ok = false
	}
	return l
}

// fields turns r.ok false when m has a member that names one of fields in
// other case ("operationID"): kin-openapi's decoder (encoding/json) would
// read it as the field.
func (r *structureReader) fields(m map[string]any, fields ...string) {
	for k := range m {
		for _, f := range fields {
			if k != f && len(k) == len(f) && strings.EqualFold(k, f) {
				r.ok = false
			}
		}
	}
}

// resolve returns the object at ptr of f, through its $ref (chain), with
// where it is and the $ref as written at ptr (kin-openapi's Ref). r.ok
// turns false when there is no object there or the chain does not end in
// a file already read.
func (r *structureReader) resolve(f *File, ptr string) (ref string, at *File, atPtr string, m map[string]any) {
	here := r.object(rawAt(f, ptr))
	if v, isRef := here["$ref"]; isRef {
		ref = r.str(v)
	}
	at, atPtr = r.l.follow(f, ptr, ref)
	m = r.object(rawAt(at, atPtr))
	if _, unresolved := m["$ref"]; m == nil || unresolved {
		r.ok = false
	}
	return ref, at, atPtr, m
}
