package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"github.com/specgen/specgen/generator"
)

// unit is one generated Go package of the work module: the groups of one
// test file that generate and compile together, or one group on its own.
type unit struct {
	Dir    string // slash path in the work module: "draft2020_12/anchor"
	Pkg    string
	Files  []generator.File
	Groups []int          // group indexes, ascending
	Roots  map[int]string // group index -> the Decode function of its root type
	Draft  Draft
	File   *File
}

// key names group g of the unit.
func (u *unit) key(g int) string { return groupKey(u.Draft, u.File.Name, g) }

// groupKey names a group in reports and in the verdict program.
func groupKey(d Draft, file string, g int) string {
	return fmt.Sprintf("%s/%s/%d", d.Dir, file, g)
}

// schemaPath is where a group's schema is written for specgen to read.
func (w *workspace) schemaPath(d Draft, f *File, g int) string {
	return filepath.Join(w.dir, "schemas", goIdent(d.Dir), goIdent(f.Name), fmt.Sprintf("g%d.schema.json", g))
}

// writeSchemas writes each group's schema as a file of its own. The suite
// implies the draft by its folder; a user states it with $schema, so an
// object schema without one gets the draft's.
func (w *workspace) writeSchemas(d Draft, f File) error {
	for g, grp := range f.Groups {
		p := w.schemaPath(d, &f, g)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, withDraft(grp.Schema, d.URI), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// withDraft returns schema with "$schema": uri added when it is an object
// that names no draft.
func withDraft(schema json.RawMessage, uri string) []byte {
	var m map[string]json.RawMessage
	if json.Unmarshal(schema, &m) != nil || m == nil {
		return schema
	}
	if _, ok := m["$schema"]; ok {
		return schema
	}
	u, _ := json.Marshal(uri)
	rest := bytes.TrimSpace(schema)[1:]
	sep := ","
	if len(m) == 0 {
		sep = ""
	}
	return append(append([]byte(`{"$schema":`), u...), append([]byte(sep), rest...)...)
}

// generate runs specgen on the listed groups of f as one package.
func (w *workspace) generate(d Draft, f *File, groups []int, pkg string) (*unit, error) {
	// The optional format tests hold implementations that assert formats
	// to them: a user who wants formats checked says -assert-format.
	// Likewise draft-07's optional content tests: -assert-content.
	cfg := generator.Config{Package: pkg, AssertFormat: strings.HasPrefix(f.Name, "optional/format/"),
		AssertContent: f.Name == "optional/content.json",
		RefMaps:       []string{remotesURL + "=" + w.remotes}}
	for _, g := range groups {
		cfg.Schemas = append(cfg.Schemas, w.schemaPath(d, f, g))
	}
	r, err := generator.Run(cfg)
	if err != nil {
		return nil, err
	}
	if err := gofmtClean(r.Files); err != nil {
		return nil, err
	}
	u := &unit{Dir: goIdent(d.Dir) + "/" + pkg, Pkg: pkg, Files: r.Files, Groups: groups, Roots: map[int]string{}, Draft: d, File: f}
	for _, g := range groups {
		path := w.schemaPath(d, f, g)
		for _, decl := range r.API.Decls {
			// The first: a type list's variants are made from the root's
			// own schema and share its place.
			if decl.Source.File == path && decl.Source.Pointer == "#" && decl.DecodeName != "" {
				u.Roots[g] = decl.DecodeName
				break
			}
		}
	}
	return u, nil
}

// generateFile makes the units of one test file: all its groups in one
// package when they generate together, else each group that generates on
// its own in a package of its own. Groups that do not generate get their
// outcome in refused.
func (w *workspace) generateFile(d Draft, f *File, refused map[string]string) []*unit {
	if err := w.writeSchemas(d, *f); err != nil {
		for g := range f.Groups {
			refused[groupKey(d, f.Name, g)] = err.Error()
		}
		return nil
	}
	all := make([]int, len(f.Groups))
	for g := range all {
		all[g] = g
	}
	pkg := goIdent(f.Name)
	if u, err := w.generate(d, f, all, pkg); err == nil {
		return []*unit{w.checkRoots(d, f, u, refused)}
	}
	apart := w.generateApart(d, f, all, refused)
	if len(apart) < 2 {
		return apart
	}
	// Those that generate alone may still generate together (the batch
	// failed for the groups now refused).
	var good []int
	for _, u := range apart {
		good = append(good, u.Groups...)
	}
	if u, err := w.generate(d, f, good, pkg); err == nil {
		return []*unit{w.checkRoots(d, f, u, map[string]string{})}
	}
	return apart
}

// generateApart makes one unit per group.
func (w *workspace) generateApart(d Draft, f *File, groups []int, refused map[string]string) []*unit {
	pkg := goIdent(f.Name)
	var units []*unit
	for _, g := range groups {
		u, err := w.generate(d, f, []int{g}, fmt.Sprintf("%s_g%d", pkg, g))
		if err != nil {
			refused[groupKey(d, f.Name, g)] = w.clean(err.Error())
			continue
		}
		units = append(units, w.checkRoots(d, f, u, refused))
	}
	return units
}

// checkRoots refuses the groups of u whose root got no Go declaration.
func (w *workspace) checkRoots(d Draft, f *File, u *unit, refused map[string]string) *unit {
	for _, g := range u.Groups {
		if _, ok := u.Roots[g]; !ok {
			refused[groupKey(d, f.Name, g)] = "no Go type declared for the root schema"
		}
	}
	return u
}

// clean makes a message independent of where the workspace is.
func (w *workspace) clean(msg string) string {
	msg = strings.ReplaceAll(msg, w.dir+string(filepath.Separator)+"schemas"+string(filepath.Separator), "")
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}

// goIdent turns a file or folder name into a lower-case Go identifier.
func goIdent(s string) string {
	s = strings.TrimSuffix(s, ".json")
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	out := b.String()
	if out == "" || out[0] >= '0' && out[0] <= '9' || token.IsKeyword(out) {
		// A real schema's folder may be named "package" (SchemaStore's
		// package.json schema): no Go package may be.
		out = "x" + out
	}
	return out
}
