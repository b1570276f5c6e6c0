package main

import (
	"os"
	"path/filepath"
	"strings"
)

// How messages name what the user gave: a directory they can find, and a
// command line they can paste.

// displayDir names an output directory in messages. -out as given, unless
// it names no folder ("." or ".."): then the directory's path from the root
// of the Go module holding it ("gen/coder"), else its absolute path.
func displayDir(out string) string {
	clean := filepath.Clean(out)
	if base := filepath.Base(clean); base != "." && base != ".." {
		return out
	}
	abs, err := filepath.Abs(clean)
	if err != nil {
		return out
	}
	for root := abs; ; {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			if rel, err := filepath.Rel(root, abs); err == nil && rel != "." {
				return filepath.ToSlash(rel)
			}
			return abs
		}
		parent := filepath.Dir(root)
		if parent == root {
			return abs
		}
		root = parent
	}
}

// commandLine is "specgen COMMAND ARGS…", each argument quoted for a POSIX
// shell where it needs it.
func commandLine(command string, args []string) string {
	words := []string{"specgen", command}
	for _, a := range args {
		words = append(words, shellQuote(a))
	}
	return strings.Join(words, " ")
}

// shellQuote leaves a word of plain characters as it is and puts any other
// in single quotes.
func shellQuote(s string) string {
	plain := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,+@%", r)) {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
