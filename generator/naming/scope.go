package naming

import "strconv"

// Scope hands out unique identifiers within one Go namespace (a package's
// top level, a struct's fields, a function's locals). Claims are answered in
// call order, so a caller that claims in a deterministic order gets
// deterministic names.
type Scope struct {
	base  Reserved // taken before the scope began; shared, never written
	taken map[string]bool
}

// Reserved is a set of names taken in every scope made over it
// (NewScopeOver): one set built once for a scope made many times, instead
// of a copy of a long list in each.
type Reserved map[string]bool

// NewReserved returns the set of names.
func NewReserved(names ...string) Reserved {
	r := make(Reserved, len(names))
	for _, n := range names {
		r[n] = true
	}
	return r
}

// NewScopeOver returns a scope in which the names of base are taken.
func NewScopeOver(base Reserved) *Scope {
	return &Scope{base: base, taken: map[string]bool{}}
}

// NewScope returns a scope with the given names already taken (names the
// emitters produce themselves, such as Client or NewClient).
func NewScope(reserved ...string) *Scope {
	s := &Scope{taken: make(map[string]bool, len(reserved))}
	for _, r := range reserved {
		s.taken[r] = true
	}
	return s
}

// Taken reports whether name is already in use.
func (s *Scope) Taken(name string) bool { return s.base[name] || s.taken[name] }

// Take takes name, which the caller has seen is not Taken: Claim without
// looking again (a long name is hashed once per lookup).
func (s *Scope) Take(name string) { s.taken[name] = true }

// Claim takes want if it is free; otherwise it takes the first of want2,
// want3, … that is free. It returns the name taken and whether it differs
// from want.
func (s *Scope) Claim(want string) (string, bool) {
	if !s.Taken(want) {
		s.taken[want] = true
		return want, false
	}
	for i := 2; ; i++ {
		alt := want + strconv.Itoa(i)
		if !s.Taken(alt) {
			s.taken[alt] = true
			return alt, true
		}
	}
}
