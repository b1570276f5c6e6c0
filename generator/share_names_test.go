package generator

import (
	"encoding/json"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/typecheck"
)

// shareNamesEnv lists JSON Schema files, separated as PATH is, for
// TestShareKeepsNames to hold to the same promise as the golden cases:
// real schemas, whose output is megabytes, kept out of the default run.
const shareNamesEnv = "SPECGEN_SHARE_NAMES"

// TestShareKeepsNames: sharing one Go type among anonymous schemas of one
// shape (lower/share.go) takes no exported name away. For every golden
// JSON Schema case whose output shares, and every file SPECGEN_SHARE_NAMES
// lists, the package is generated with sharing and without, and code
// written against the unshared package — every exported constant, type,
// method, field, variable and function it declares, used at its own type
// — must type-check against the shared one, each constant with the value
// it had.
func TestShareKeepsNames(t *testing.T) {
	var cfgs []Config
	for _, dir := range schemaGoldenDirs(t) {
		cfgs = append(cfgs, schemaGoldenConfig(t, dir))
	}
	for _, file := range filepath.SplitList(os.Getenv(shareNamesEnv)) {
		cfgs = append(cfgs, Config{Schemas: []string{file}, Package: "p"})
	}
	shared := 0
	for _, cfg := range cfgs {
		name := filepath.Base(filepath.Dir(cfg.Schemas[0]))
		t.Run(name, func(t *testing.T) {
			withShare, err := Run(cfg)
			if err != nil {
				t.Skipf("not generated: %v", err) // golden pins the error
			}
			if len(withShare.API.Aliases) == 0 {
				return
			}
			shared++
			unsharedCfg := cfg
			unsharedCfg.noShare = true
			without, err := Run(unsharedCfg)
			if err != nil {
				t.Fatalf("without sharing: %v", err)
			}
			if len(without.API.Aliases) != 0 {
				t.Fatalf("noShare generated %d aliases", len(without.API.Aliases))
			}
			if err := keepsNames(without.Files, withShare.Files); err != nil {
				t.Error(err)
			}
		})
	}
	if shared == 0 {
		t.Errorf("no golden case shares a type: the test holds nothing")
	}
}

// schemaGoldenDirs lists the golden cases that generate from JSON Schema
// files alone.
func schemaGoldenDirs(t *testing.T) []string {
	dirs, err := filepath.Glob(filepath.Join("..", "golden", "*", "*.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range dirs {
		dir := filepath.Dir(f)
		if len(out) > 0 && out[len(out)-1] == dir {
			continue
		}
		specs, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		jsonSpecs, _ := filepath.Glob(filepath.Join(dir, "openapi.json"))
		swagger, _ := filepath.Glob(filepath.Join(dir, "swagger.json"))
		if len(specs)+len(jsonSpecs)+len(swagger) == 0 {
			out = append(out, dir)
		}
	}
	return out
}

// schemaGoldenConfig reads the configuration of a golden JSON Schema case
// as golden_test.go's loadCase does: case.json's choices, else the
// folder's *.schema.json files.
func schemaGoldenConfig(t *testing.T, dir string) Config {
	var cc struct {
		Schemas       []string `json:"schemas"`
		Refs          []string `json:"refs"`
		AssertFormat  bool     `json:"assertFormat"`
		TypedFormats  bool     `json:"typedFormats"`
		AssertContent bool     `json:"assertContent"`
	}
	if b, err := os.ReadFile(filepath.Join(dir, "case.json")); err == nil {
		if err := json.Unmarshal(b, &cc); err != nil {
			t.Fatalf("%s/case.json: %v", dir, err)
		}
	}
	cfg := Config{Package: "want", AssertFormat: cc.AssertFormat, TypedFormats: cc.TypedFormats, AssertContent: cc.AssertContent}
	for _, r := range cc.Refs {
		u, p, _ := strings.Cut(r, "=")
		cfg.RefMaps = append(cfg.RefMaps, u+"="+filepath.Join(dir, p))
	}
	for _, s := range cc.Schemas {
		cfg.Schemas = append(cfg.Schemas, filepath.Join(dir, s))
	}
	if cc.Schemas == nil {
		cfg.Schemas, _ = filepath.Glob(filepath.Join(dir, "*.schema.json"))
		slices.Sort(cfg.Schemas)
	}
	return cfg
}

// keepsNames type-checks the unshared package, writes a file of uses of
// every exported name it declares (userFile) into the shared package,
// and type-checks that: an error names what sharing lost or changed. A
// constant's value is compared too.
func keepsNames(unshared, shared []File) error {
	u, err := typecheck.Package("example.com/p", unshared)
	if err != nil {
		return fmt.Errorf("the unshared package: %v", err)
	}
	uses, imports := userFile(u)
	s, err := typecheck.Package("example.com/p", append(slices.Clip(shared), File{Path: "zz_user_test.go", Src: uses}))
	if err != nil {
		return fmt.Errorf("code written against the unshared package does not compile against the shared one:\n%v\n(%d names checked, %d imports)", err, len(u.Scope().Names()), imports)
	}
	var errs []string
	for _, name := range u.Scope().Names() {
		uo, so := u.Scope().Lookup(name), s.Scope().Lookup(name)
		if !uo.Exported() {
			continue
		}
		if so == nil || fmt.Sprintf("%T", uo) != fmt.Sprintf("%T", so) {
			errs = append(errs, fmt.Sprintf("%v without sharing, %v with", uo, so))
			continue
		}
		if uc, ok := uo.(*types.Const); ok && !constant.Compare(uc.Val(), token.EQL, so.(*types.Const).Val()) {
			errs = append(errs, fmt.Sprintf("const %s is %v without sharing, %v with", name, uc.Val(), so.(*types.Const).Val()))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// userFile writes, in the package's own name, a Go file that uses every
// exported name of pkg at its type, as a user's code may: a constant or
// variable taken at its type (&x is a *T only if x's type is T), a type's
// underlying type (interfaces aside: their sealing methods are
// unexported and named for the union) and each exported method and field,
// a function at its signature. It returns the file and how many packages
// it imports.
func userFile(pkg *types.Package) ([]byte, int) {
	imports := map[string]string{}
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		if _, ok := imports[p.Path()]; !ok {
			imports[p.Path()] = fmt.Sprintf("i%d", len(imports))
		}
		return imports[p.Path()]
	}
	str := func(t types.Type) string { return types.TypeString(t, qual) }
	var b strings.Builder
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const, *types.Var:
			fmt.Fprintf(&b, "var _ = func() { x := %s; var _ *%s = &x }\n", name, str(obj.Type()))
		case *types.Func:
			if obj.Type().(*types.Signature).TypeParams() != nil {
				continue // keepsNames finds it by name: it cannot be used uninstantiated
			}
			fmt.Fprintf(&b, "var _ %s = %s\n", str(obj.Type()), name)
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok && n.TypeParams() != nil {
				continue
			}
			if _, ok := obj.Type().Underlying().(*types.Interface); !ok {
				// ~U holds only the types whose underlying type is U.
				fmt.Fprintf(&b, "func zzUnderlying%s[T interface{ ~%s }]() {}\n\nvar _ = zzUnderlying%[1]s[%[1]s]\n", name, str(obj.Type().Underlying()))
			}
			ms := types.NewMethodSet(types.NewPointer(obj.Type()))
			for i := range ms.Len() {
				if m := ms.At(i); m.Obj().Exported() {
					fmt.Fprintf(&b, "var _ = func(v *%s) { var _ %s = v.%s }\n", name, str(m.Type()), m.Obj().Name())
				}
			}
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if f := st.Field(i); f.Exported() {
						fmt.Fprintf(&b, "var _ = func(v *%s) { var _ *%s = &v.%s }\n", name, str(f.Type()), f.Name())
					}
				}
			}
		}
	}
	var head strings.Builder
	head.WriteString("package " + pkg.Name() + "\n\n")
	for _, path := range slices.Sorted(maps.Keys(imports)) {
		fmt.Fprintf(&head, "import %s %q\n", imports[path], path)
	}
	return []byte(head.String() + "\n" + b.String()), len(imports)
}
