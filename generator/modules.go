package generator

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ModulesFor returns the module paths a package written to dir can import
// from (Config.Modules): the path of the module dir lies in and every
// module its go.mod requires. It is nil when no go.mod is found in dir or
// above it, or when that go.mod cannot be read: then nothing is known.
func ModulesFor(dir string) []string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	for d := abs; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			return goModModules(data)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return nil
		}
		d = parent
	}
}

// goModModules reads the module directive and the require directives
// (single and in blocks) of a go.mod; nil when it has no module directive.
// Other directives do not change which paths can be imported: a replace
// gives another source for a path already required.
func goModModules(data []byte) []string {
	var mods []string
	main := false
	inRequire := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "//")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		switch {
		case inRequire:
			if fields[0] == ")" {
				inRequire = false
				continue
			}
			mods = appendModPath(mods, fields[0])
		case fields[0] == "module" && len(fields) >= 2:
			mods = appendModPath(mods, fields[1])
			main = true
		case fields[0] == "require" && len(fields) >= 2:
			if fields[1] == "(" {
				inRequire = true
				continue
			}
			mods = appendModPath(mods, fields[1])
		}
	}
	if !main {
		return nil
	}
	return mods
}

// appendModPath appends a module path as go.mod writes it (bare or quoted).
func appendModPath(mods []string, p string) []string {
	if u, err := strconv.Unquote(p); err == nil {
		p = u
	}
	return append(mods, p)
}
