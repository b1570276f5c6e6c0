package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator"
)

// genSuffix marks the files specgen owns in an output directory.
const genSuffix = ".gen.go"

// writeFiles makes dir hold exactly files among its *.gen.go files, leaving
// every other file alone. All new contents are first written to a temporary
// directory beside dir; only then are they renamed into place and stale
// generated files removed, so that an error while writing leaves dir as it
// was. It returns how many files changed. ahead has been reading dir's
// generated files since the run began (write_ahead.go).
func writeFiles(dir string, files []generator.File, ahead *generatedAhead) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	existing, err := ahead.current(dir)
	if err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(dir)), ".specgen-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)

	var changed []string
	want := map[string]bool{}
	for _, f := range files {
		want[f.Path] = true
		if old, ok := existing[f.Path]; ok && bytes.Equal(old, f.Src) {
			continue // unchanged: keep the file (and its mtime)
		}
		if err := os.WriteFile(filepath.Join(tmp, f.Path), f.Src, 0o644); err != nil {
			return 0, err
		}
		changed = append(changed, f.Path)
	}
	for _, name := range changed {
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(dir, name)); err != nil {
			return 0, fmt.Errorf("writing %s: %w", filepath.Join(dir, name), err)
		}
	}
	var stale []string
	for name := range existing {
		if !want[name] {
			stale = append(stale, name)
		}
	}
	sort.Strings(stale)
	for _, name := range stale {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return 0, err
		}
	}
	return len(changed) + len(stale), nil
}

// readGenerated returns the *.gen.go files of dir that specgen wrote (they
// start with its header), by name.
func readGenerated(dir string) (map[string][]byte, error) {
	entries, err := genEntries(dir)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range entries {
		f, err := readSeen(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		if f.generated {
			out[e.Name()] = f.src
		}
	}
	return out, nil
}

// genEntries lists dir's *.gen.go files; none when dir does not exist.
func genEntries(dir string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	out := entries[:0]
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), genSuffix) {
			out = append(out, e)
		}
	}
	return out, nil
}
