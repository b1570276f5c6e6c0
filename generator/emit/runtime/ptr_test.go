package runtime

import "testing"

func TestPtr(t *testing.T) {
	a, b := Ptr("dev"), Ptr("dev")
	if *a != "dev" || a == b {
		t.Fatalf("Ptr(\"dev\") = %p %q, %p: want a new pointer to a copy each call", a, *a, b)
	}
}
