package lower

import "github.com/specgen/specgen/generator/document"

// schemaSeen is the set of schemas a walk through wrappers has passed,
// to stop at a loop. Such a walk passes one to three schemas; the null
// checks walk one for every property of every struct, and a map per walk
// (hashing every pointer) was a tenth of lowering FHIR's schema. The
// first few are kept in an array, the rest in a map.
type schemaSeen struct {
	few  [8]*document.Schema
	n    int
	more map[*document.Schema]bool
}

// add reports whether s is new to the set, and adds it.
func (v *schemaSeen) add(s *document.Schema) bool {
	for _, t := range v.few[:v.n] {
		if t == s {
			return false
		}
	}
	if v.n < len(v.few) {
		v.few[v.n] = s
		v.n++
		return true
	}
	if v.more[s] {
		return false
	}
	if v.more == nil {
		v.more = map[*document.Schema]bool{}
	}
	v.more[s] = true
	return true
}
