package want

import "testing"

// This file is hand-written. {"signal": "x"} is a Listener by its first
// variant (signalRef); its second (stream) fails in a nested oneOf, whose
// report is made and then dropped. What Validate allocates is that
// report's and the nested variants' errors, no more: the outer oneOf,
// which one variant matches, adds nothing (it named the variants that
// matched before it knew how many did: 12 allocations, 10 before union
// reports), and each error's pointer and field are one string (9 now).

func listenerBesideFailingUnion() Listener {
	return Listener{JSONValue{V: map[string]any{"signal": "x"}}}
}

func TestListenerValidateAllocs(t *testing.T) {
	v := listenerBesideFailingUnion()
	if err := v.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = v.Validate() }); n > 9 {
		t.Errorf("Validate of {\"signal\": \"x\"} allocates %v times, want at most 9", n)
	}
}

func BenchmarkListenerValidate(b *testing.B) {
	v := listenerBesideFailingUnion()
	b.ReportAllocs()
	for b.Loop() {
		_ = v.Validate()
	}
}
