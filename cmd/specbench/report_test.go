package main

import "testing"

func TestRelativeTo(t *testing.T) {
	for _, c := range []struct{ dir, arg, want string }{
		{"/c/gen/coder", "/c/.bench/bin/specgen", "../../.bench/bin/specgen"},
		{"/c", "/shared/corpus/coder/swagger.json", "../shared/corpus/coder/swagger.json"},
		{"/c/.bench/mod", "./gen/ogen/coder", "./gen/ogen/coder"},
		{"/c", "-test.bench=.", "-test.bench=."},
		{"/c", "SPECBENCH_ROOT=/c/x", "SPECBENCH_ROOT=x"},
	} {
		if got := relativeTo(c.dir, c.arg); got != c.want {
			t.Errorf("relativeTo(%q, %q) = %q, want %q", c.dir, c.arg, got, c.want)
		}
	}
}
