package naming

import "strconv"

// Scope hands out unique identifiers within one Go namespace (a package's
// top level, a struct's fields, a function's locals). Claims are answered in
// call order, so a caller that claims in a deterministic order gets
// deterministic names.
type Scope struct {
	taken map[string]bool
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
func (s *Scope) Taken(name string) bool { return s.taken[name] }

// Claim takes want if it is free; otherwise it takes the first of want2,
// want3, … that is free. It returns the name taken and whether it differs
// from want.
func (s *Scope) Claim(want string) (string, bool) {
	if !s.taken[want] {
		s.taken[want] = true
		return want, false
	}
	for i := 2; ; i++ {
		alt := want + strconv.Itoa(i)
		if !s.taken[alt] {
			s.taken[alt] = true
			return alt, true
		}
	}
}
