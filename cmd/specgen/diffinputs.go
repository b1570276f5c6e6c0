package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/load"
)

// specNames are the file names a directory's OpenAPI document may have, in
// order of preference.
var specNames = []string{"openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.json"}

// inputsAt reads a version given as one path: a directory (its OpenAPI
// document and its *.schema.json files) or a single file, an OpenAPI
// document or a JSON Schema according to its content.
func inputsAt(path string) (inputs, error) {
	st, err := os.Stat(path)
	if err != nil {
		return inputs{}, err
	}
	if !st.IsDir() {
		isSpec, err := isOpenAPI(path)
		if err != nil {
			return inputs{}, err
		}
		if isSpec {
			return inputs{spec: path}, nil
		}
		return inputs{schemas: listFlag{path}}, nil
	}
	var in inputs
	for _, name := range specNames {
		if p := filepath.Join(path, name); fileExists(p) {
			in.spec = p
			break
		}
	}
	schemas, _ := filepath.Glob(filepath.Join(path, "*.schema.json"))
	sort.Strings(schemas)
	in.schemas = schemas
	if in.empty() {
		return in, fmt.Errorf("%s: no %s and no *.schema.json files", path, strings.Join(specNames, ", "))
	}
	return in, nil
}

// isOpenAPI reports whether a file is an OpenAPI or Swagger document (it
// has a top-level "openapi" or "swagger" key) rather than a JSON Schema.
// It looks for the key without decoding the document: a large spec is
// read and resolved once, by the loader.
func isOpenAPI(path string) (bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		if !json.Valid(t) {
			// Let the loader report the error with its line.
			return false, nil
		}
		return load.HasRootMember(t, "openapi", "swagger"), nil
	}
	return topLevelKey.Match(b), nil
}

// topLevelKey finds "openapi:" or "swagger:" at the start of a YAML line:
// a key of the top-level mapping.
var topLevelKey = regexp.MustCompile(`(?m)^["']?(openapi|swagger)["']?[ \t]*:`)

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// atRevision returns in's files as they are at git revision rev. Every
// directory holding one of them is written out from git, whole, into a
// temporary directory (so that relative $refs between files resolve), and
// the returned inputs point there. dir is that directory, for the caller
// to remove; it is set even on error.
func atRevision(in inputs, rev string) (out inputs, dir string, err error) {
	paths := in.paths()
	if len(paths) == 0 {
		return out, "", fmt.Errorf("-base: no files to compare")
	}
	// The repository is the one holding the files, wherever the command
	// runs from.
	top, err := git(filepath.Dir(paths[0]), "rev-parse", "--show-toplevel")
	if err != nil {
		return out, "", fmt.Errorf("-base needs a git work tree: %v", err)
	}
	top = strings.TrimSpace(top)
	if resolved, err := filepath.EvalSymlinks(top); err == nil {
		top = resolved
	}
	if _, err := git(top, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return out, "", fmt.Errorf("-base %s: not a git revision", rev)
	}
	dir, err = os.MkdirTemp("", "specgen-diff-")
	if err != nil {
		return out, "", err
	}
	rel := func(p string) (string, error) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", err
		}
		if resolved, err := filepath.EvalSymlinks(abs); err == nil {
			abs = resolved
		}
		r, err := filepath.Rel(top, abs)
		if err != nil || strings.HasPrefix(r, "..") {
			return "", fmt.Errorf("%s is not in the git work tree %s", p, top)
		}
		return filepath.ToSlash(r), nil
	}
	dirs := map[string]bool{}
	mapped := map[string]string{}
	for _, p := range paths {
		r, err := rel(p)
		if err != nil {
			return out, dir, err
		}
		dirs[pathDir(r)] = true
		mapped[p] = filepath.Join(dir, filepath.FromSlash(r))
	}
	var sorted []string
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Strings(sorted)
	for _, d := range sorted {
		if err := exportDir(top, rev, d, dir); err != nil {
			return out, dir, err
		}
	}
	if in.spec != "" {
		out.spec = mapped[in.spec]
	}
	for _, s := range in.schemas {
		out.schemas = append(out.schemas, mapped[s])
	}
	return out, dir, nil
}

func pathDir(slashPath string) string {
	if i := strings.LastIndex(slashPath, "/"); i >= 0 {
		return slashPath[:i]
	}
	return "."
}

// exportDir writes the files under d (relative to the repository's top) at
// revision rev into dest, keeping their paths.
func exportDir(top, rev, d, dest string) error {
	list, err := git(top, "ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", d)
	if err != nil {
		return err
	}
	for _, name := range strings.Split(strings.TrimRight(list, "\x00"), "\x00") {
		if name == "" {
			continue
		}
		content, err := git(top, "show", rev+":"+name)
		if err != nil {
			return err
		}
		target := filepath.Join(dest, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// git runs a git command (in dir, when given) and returns its output.
func git(dir string, args ...string) (string, error) {
	if dir != "" {
		args = append([]string{"-C", dir}, args...)
	}
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return string(out), nil
}
