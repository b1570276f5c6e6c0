package generator

import (
	"bufio"
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// ModulesFor returns the module paths a package written to dir can import
// from (Config.Modules): the path of the module dir lies in, every module
// its go.mod requires or replaces and, when the go command would build dir
// in a workspace (goWorkFile), the modules of every directory the go.work
// uses (their paths, requires and replaces) and those it replaces. It is
// nil when no go.mod is found in dir or above it, or when that go.mod
// cannot be read: then nothing is known. Only files are read (no go
// command, no network).
func ModulesFor(dir string) []string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	_, data, ok := findGoMod(abs)
	if !ok {
		return nil
	}
	mods := goModModules(data)
	if mods == nil {
		return nil
	}
	work := goWorkFile(abs, os.Getenv("GOWORK"))
	if work == "" {
		return dedupe(mods)
	}
	data, err = os.ReadFile(work)
	if err != nil {
		return dedupe(mods)
	}
	uses, replaces := goWorkDirectives(data)
	for _, u := range uses {
		if !filepath.IsAbs(u) {
			u = filepath.Join(filepath.Dir(work), u)
		}
		if d, err := os.ReadFile(filepath.Join(u, "go.mod")); err == nil {
			mods = append(mods, goModModules(d)...)
		}
	}
	return dedupe(append(mods, replaces...))
}

// ImportPathFor returns the import path of a package written to dir: its
// module's path joined with dir's place under the go.mod, "" when no
// readable go.mod with a module directive is found in dir or above it.
func ImportPathFor(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	root, data, ok := findGoMod(abs)
	if !ok {
		return ""
	}
	mods := goModModules(data)
	if mods == nil {
		return ""
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return ""
	}
	return path.Join(mods[0], filepath.ToSlash(rel))
}

// findGoMod finds the go.mod in dir or the nearest folder above it (dir
// need not exist yet): its folder and contents.
func findGoMod(abs string) (string, []byte, bool) {
	for d := abs; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			return d, data, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", nil, false
		}
		d = parent
	}
}

// goWorkFile finds the go.work as the go command does, given GOWORK's
// value: "off" means none, a path names it (relative to the current
// folder), and "" or "auto" means the go.work in dir or the nearest
// folder above it; "" when there is none.
func goWorkFile(abs, gowork string) string {
	switch gowork {
	case "off":
		return ""
	case "", "auto":
	default:
		p, err := filepath.Abs(gowork)
		if err != nil {
			return ""
		}
		return p
	}
	for d := abs; ; {
		p := filepath.Join(d, "go.work")
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// goModModules reads the module directive and the require and replace
// directives (single and in blocks) of a go.mod; nil when it has no module
// directive. A replaced path (its left side) counts too: a replace names
// where the build finds that module, often a local checkout of it.
func goModModules(data []byte) []string {
	var mods []string
	main := false
	for _, d := range directives(data) {
		switch d.verb {
		case "module":
			if !main {
				mods = append([]string{unquote(d.args[0])}, mods...)
				main = true
			}
		case "require", "replace":
			mods = append(mods, unquote(d.args[0]))
		}
	}
	if !main {
		return nil
	}
	return dedupe(mods)
}

// goWorkDirectives reads a go.work's use directories and the module paths
// its replace directives name.
func goWorkDirectives(data []byte) (uses, replaces []string) {
	for _, d := range directives(data) {
		switch d.verb {
		case "use":
			uses = append(uses, filepath.FromSlash(unquote(d.args[0])))
		case "replace":
			replaces = append(replaces, unquote(d.args[0]))
		}
	}
	return uses, replaces
}

// directive is one line of a go.mod or go.work: its verb (the block's,
// for a line in a block) and the fields after it, at least one.
type directive struct {
	verb string
	args []string
}

// directives splits a go.mod or go.work into directives, comments
// removed; a verb with no argument is left out.
func directives(data []byte) []directive {
	var out []directive
	block := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "//")
		fields := tokens(line)
		if len(fields) == 0 {
			continue
		}
		switch {
		case block != "":
			if fields[0] == ")" {
				block = ""
				continue
			}
			out = append(out, directive{block, fields})
		case len(fields) >= 2 && fields[1] == "(":
			block = fields[0]
		case len(fields) >= 2:
			out = append(out, directive{fields[0], fields[1:]})
		}
	}
	return out
}

// tokens splits a line into fields, a quoted one ("a b" or `a b`)
// kept whole with its quotes.
func tokens(line string) []string {
	var out []string
	for {
		line = strings.TrimLeft(line, " \t\r")
		if line == "" {
			return out
		}
		end := strings.IndexAny(line, " \t\r")
		if q := line[0]; q == '"' || q == '`' {
			end = -1
			for i := 1; i < len(line); i++ {
				if line[i] == '\\' && q == '"' {
					i++
				} else if line[i] == q {
					end = i + 1
					break
				}
			}
		}
		if end < 0 {
			end = len(line)
		}
		out = append(out, line[:end])
		line = line[end:]
	}
}

// unquote reads a path as go.mod and go.work write it (bare or quoted).
func unquote(p string) string {
	if u, err := strconv.Unquote(p); err == nil {
		return u
	}
	return p
}

// dedupe drops repeated paths, keeping the first of each.
func dedupe(mods []string) []string {
	seen := make(map[string]bool, len(mods))
	out := mods[:0]
	for _, m := range mods {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}
