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
