package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProcReportsWallAndMaxRSS(t *testing.T) {
	s := proc{Args: []string{"go", "env", "GOROOT"}}.run()
	if s.Err != nil {
		t.Fatalf("run: %v\n%s", s.Err, s.Output)
	}
	if s.Wall <= 0 || s.MaxRSS <= 0 {
		t.Errorf("wall %v, max RSS %d: want both positive", s.Wall, s.MaxRSS)
	}
	if !strings.Contains(string(s.Output), "/") {
		t.Errorf("output %q: want GOROOT", s.Output)
	}
}

func TestProcFailureKeepsOutput(t *testing.T) {
	s := proc{Args: []string{"go", "no-such-command"}}.run()
	if s.Err == nil {
		t.Fatal("want an error")
	}
	if msg := failure(s); !strings.Contains(msg, "no-such-command") || !strings.Contains(msg, "exit status") {
		t.Errorf("failure %q: want the command's own message and its exit status", msg)
	}
}

func TestInterleaveStopsRunningAFailedProc(t *testing.T) {
	runs := 0
	count := func() error { runs++; return nil }
	ms := interleave(3, true, []proc{
		{Args: []string{"go", "env", "GOOS"}},
		{Args: []string{"go", "no-such-command"}, Before: count},
	}, func(string) {})
	if !ms[0].ok() || ms[0].Runs != 3 {
		t.Errorf("good proc: %+v, want 3 runs", ms[0])
	}
	if ms[1].Fail == "" || runs != 1 {
		t.Errorf("failing proc ran %d times (want 1, the warm-up), fail %q", runs, ms[1].Fail)
	}
}

// TestNonceIsNewEveryTime: the go command caches builds by content, so a
// nonce that repeats across runs of make bench let `go build` find an
// earlier run's result and time a cache hit.
func TestNonceIsNewEveryTime(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.go"), []byte("package coder\n"), 0o644)
	seen := map[string]bool{}
	for i := 0; i < 3; i++ {
		if err := touchNonce(dir)(); err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(filepath.Join(dir, nonceFile))
		if seen[string(src)] || !strings.HasPrefix(string(src), "package coder\n") {
			t.Errorf("nonce file %q repeats or has the wrong package", src)
		}
		seen[string(src)] = true
	}
}
