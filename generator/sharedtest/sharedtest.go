// Package sharedtest locates the read-only material in ../shared (seeds and
// corpus) for tests.
//
// A newcomer's clone has no ../shared, so tests that need it skip with a
// clear message. CI sets SPECGEN_REQUIRE_SHARED=1, which turns that skip into
// a failure so the tests always run there.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// RequireEnv is the environment variable that makes missing shared material a
// test failure instead of a skip.
const RequireEnv = "SPECGEN_REQUIRE_SHARED"

// DirEnv overrides where the shared folder is (default: ../shared next to the
// module root).
const DirEnv = "SPECGEN_SHARED_DIR"

// Root returns the shared folder, or "" when it does not exist.
func Root() string {
	if d := os.Getenv(DirEnv); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <module>/generator/sharedtest/sharedtest.go.
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return filepath.Clean(d)
	}
	return ""
}

// Path returns the absolute path of rel inside the shared folder. When the
// file is missing it skips the test, or fails it under SPECGEN_REQUIRE_SHARED.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root := Root()
	if root != "" {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "shared material " + rel + " not found (looked for ../shared next to the module; set " + DirEnv + " to point elsewhere)"
	if os.Getenv(RequireEnv) != "" {
		tb.Fatalf("%s, and %s is set", msg, RequireEnv)
	}
	tb.Skip(msg)
	return ""
}

// Read returns the contents of rel inside the shared folder, skipping or
// failing like Path when it is missing.
func Read(tb testing.TB, rel string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Glob returns the files matching pattern inside the shared folder, skipping
// or failing like Path when the folder is missing.
func Glob(tb testing.TB, pattern string) []string {
	tb.Helper()
	root := Path(tb, ".")
	m, err := filepath.Glob(filepath.Join(root, filepath.FromSlash(pattern)))
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
