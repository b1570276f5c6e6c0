package load

import "sync"

// refMemo remembers what resolveRef made of each (base, ref) pair. A large
// schema names the same few hundred targets thousands of times (FHIR R4:
// 8,095 $refs, most of them one of its ~600 definitions, against the one
// URL of its file), and each resolveRef parses two URLs, resolves one
// against the other and prints the result: half of the $ref check's time
// there. resolveRef depends on its arguments alone, so the memo's answer
// is the one it would compute (TestRefMemoAsResolveRef).
type refMemo struct {
	mu sync.Mutex
	m  map[refPair]resolvedRef
}

type refPair struct{ base, ref string }

type resolvedRef struct {
	target, frag string
	err          error
}

// resolve is resolveRef(base, ref), computed once per pair.
func (r *refMemo) resolve(base, ref string) (string, string, error) {
	k := refPair{base, ref}
	r.mu.Lock()
	v, ok := r.m[k]
	r.mu.Unlock()
	if !ok {
		v.target, v.frag, v.err = resolveRef(base, ref)
		r.mu.Lock()
		if r.m == nil {
			r.m = map[refPair]resolvedRef{}
		}
		r.m[k] = v
		r.mu.Unlock()
	}
	return v.target, v.frag, v.err
}
