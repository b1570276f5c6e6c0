package naming

import "testing"

// TestScopeOverReserved: a scope over a reserved set treats its names as
// taken, and claiming in one scope changes neither the set nor another
// scope over it.
func TestScopeOverReserved(t *testing.T) {
	base := NewReserved("ctx", "body")
	a, b := NewScopeOver(base), NewScopeOver(base)
	if got, renamed := a.Claim("ctx"); got != "ctx2" || !renamed {
		t.Errorf("Claim(ctx) = %q, %v; want ctx2, true", got, renamed)
	}
	if got, _ := a.Claim("id"); got != "id" {
		t.Errorf("Claim(id) = %q", got)
	}
	if !a.Taken("body") || !a.Taken("id") || b.Taken("id") || b.Taken("ctx2") {
		t.Error("taken names leaked between scopes or the reserved set was lost")
	}
	if len(base) != 2 {
		t.Errorf("the reserved set changed: %v", base)
	}
}

// TestTake: a name taken with Take is taken like a claimed one, in its
// scope only, and the next Claim of it is renamed.
func TestTake(t *testing.T) {
	base := NewReserved("ctx")
	a, b := NewScopeOver(base), NewScopeOver(base)
	a.Take("checkFoo")
	if !a.Taken("checkFoo") || b.Taken("checkFoo") || base["checkFoo"] {
		t.Error("Take did not take the name in its scope alone")
	}
	if got, renamed := a.Claim("checkFoo"); got != "checkFoo2" || !renamed {
		t.Errorf("Claim(checkFoo) after Take = %q, %v; want checkFoo2, true", got, renamed)
	}
}
