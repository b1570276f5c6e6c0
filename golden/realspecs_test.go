package golden_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit/gofmt"
)

// TestRealSpecs runs specgen over every OpenAPI and Swagger document in the
// test data of the modules in the Go module cache (ogen's, kin-openapi's,
// and whatever else is there: hundreds of third-party APIs, some of them
// deliberately invalid), or, when REALSPECS_DIR names a folder, over every
// such document below it (a corpus of published API descriptions kept
// outside the repository). Each must either fail with an error located in
// its input (file and line) or generate a package that type-checks and
// vets (and, under SPECGEN_REALSPECS_BUILD=1, builds);
// a panic, an unlocated error or output that does not compile fails the
// test. It reads the documents in place and builds their output under
// testdata (removed afterwards).
//
// What the module cache holds depends on the machine, so the test runs
// only under SPECGEN_REALSPECS=1 (`make realspecs`), never in CI's
// required set.
func TestRealSpecs(t *testing.T) {
	if os.Getenv("SPECGEN_REALSPECS") != "1" {
		t.Skip("set SPECGEN_REALSPECS=1 (make realspecs) to run specgen over the API documents in the Go module cache's test data, or in REALSPECS_DIR")
	}
	var specs, skipped []string
	if dir := os.Getenv("REALSPECS_DIR"); dir != "" {
		specs, skipped = specsUnder(t, dir)
		if len(specs) == 0 {
			t.Fatalf("REALSPECS_DIR=%s holds no OpenAPI or Swagger document", dir)
		}
	} else if specs = realSpecs(t); len(specs) == 0 {
		t.Skip("no OpenAPI or Swagger documents in the module cache's test data: nothing to run (go mod download fetches the modules whose test data this reads)")
	}
	start := time.Now()
	results := generateAll(specs)
	generated := time.Since(start)

	root := realSpecsTree(t, results)
	// go vet type-checks every package as the compiler's front end does
	// (a package that does not compile fails it) without the back end's
	// code generation, which is most of go build's time and never fails on
	// code that type-checks: on a shared machine, hundreds of packages
	// take minutes instead of most of an hour. SPECGEN_REALSPECS_BUILD=1
	// runs go build as well.
	buildFailures := map[string]string{}
	if os.Getenv("SPECGEN_REALSPECS_BUILD") == "1" {
		buildFailures = goTool(t, root, "build")
	}
	vetFailures := goTool(t, root, "vet")

	counts := map[string]int{}
	var report strings.Builder
	for _, dir := range skipped {
		fmt.Fprintf(&report, "SKIP\t%s\tnot walked (%s)\n", dir, filepath.Base(dir))
	}
	for _, r := range results {
		switch {
		case r.failure != "":
		case r.err != nil:
		case buildFailures[r.dir] != "":
			r.failure = "go build:\n" + buildFailures[r.dir]
		case vetFailures[r.dir] != "":
			r.failure = "go vet:\n" + vetFailures[r.dir]
		}
		switch {
		case r.failure != "":
			counts["failed"]++
			t.Errorf("%s: %s", r.spec, r.failure)
			fmt.Fprintf(&report, "FAIL\t%s\t%s\n", r.spec, firstLine(r.failure))
		case r.err != nil:
			counts["located error"]++
			fmt.Fprintf(&report, "ERROR\t%s\t%s\n", r.spec, firstLine(r.err.Error()))
		case r.notes > 0:
			counts["compiled"]++
			counts["with notes"]++
			fmt.Fprintf(&report, "NOTES\t%s\t%d notes\n", r.spec, r.notes)
		default:
			counts["compiled"]++
			fmt.Fprintf(&report, "OK\t%s\n", r.spec)
		}
	}
	if path := os.Getenv("SPECGEN_REALSPECS_REPORT"); path != "" {
		// One line per document, for comparing runs.
		if err := os.WriteFile(path, []byte(report.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	t.Logf("%d documents: %d generated and compiled (%d as given, %d with notes), %d refused with a located error, %d failed (generating took %v, checking %v); %d folders not walked (.git, node_modules)",
		len(results), counts["compiled"], counts["compiled"]-counts["with notes"], counts["with notes"],
		counts["located error"], counts["failed"],
		generated.Round(time.Millisecond), (time.Since(start) - generated).Round(time.Second), len(skipped))
}

// realSpec is one document and what became of it.
type realSpec struct {
	spec    string
	dir     string // the output package's folder under the tree's root
	files   []generator.File
	notes   int    // how many notes the generation printed
	err     error  // a located error
	failure string // a panic, an unlocated error, a build or vet failure
}

// specHead matches the version field of an OpenAPI or Swagger document, in
// YAML (at the top level) or JSON.
var specHead = regexp.MustCompile(`(?m)^(openapi|swagger):|"(openapi|swagger)"\s*:`)

// apiDescription matches the names projects give their published API
// description (Docker's api/swagger.yaml, Argo's api/openapi-spec/swagger.json).
var apiDescription = regexp.MustCompile(`^(openapi|swagger)(-spec)?\.(json|ya?ml)$`)

// realSpecs lists the OpenAPI and Swagger documents under the testdata (or
// _testdata) folders of the module cache, and the files anywhere in it named
// like an API description (openapi.yaml, swagger.json…), sorted.
func realSpecs(t *testing.T) []string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	cache := strings.TrimSpace(string(out))
	var specs []string
	filepath.WalkDir(cache, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(path, "testdata") && !apiDescription.MatchString(d.Name()) {
			return nil
		}
		switch filepath.Ext(path) {
		case ".json", ".yaml", ".yml":
		default:
			return nil
		}
		if b, err := os.ReadFile(path); err == nil && specHead.Match(b) {
			specs = append(specs, path)
		}
		return nil
	})
	sort.Strings(specs)
	return specs
}

// specsUnder lists the OpenAPI and Swagger documents below dir, sorted:
// every JSON or YAML file whose top level names the version (the other
// files of a split document are reached through its $refs), in folders
// whose names start with a dot too (DataDog keeps its documents in
// .generator/schemas). It does not walk two kinds of folder, and returns
// each it left out, sorted, for the report: .git, a repository's object
// store, where no document is a file; node_modules, npm's copies of other
// packages, whose documents are those packages' fixtures, not the
// corpus's.
func specsUnder(t *testing.T, dir string) (specs, skipped []string) {
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if (d.Name() == ".git" || d.Name() == "node_modules") && path != dir {
				skipped = append(skipped, path)
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".json", ".yaml", ".yml":
		default:
			return nil
		}
		if b, err := os.ReadFile(path); err == nil && namesVersion(b) {
			specs = append(specs, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("REALSPECS_DIR: %v", err)
	}
	sort.Strings(specs)
	sort.Strings(skipped)
	return specs, skipped
}

// TestSpecsUnderWalksDotFolders: a document in a folder whose name starts
// with a dot (DataDog's .generator/schemas) or in a file named like npm's
// (package-api.yaml) is run; .git and node_modules are not walked, and are
// reported as such, not left out silently.
func TestSpecsUnderWalksDotFolders(t *testing.T) {
	dir := t.TempDir()
	doc := []byte("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
	for _, f := range []string{".generator/schemas/v1/openapi.yaml", "package-api.yaml", ".hidden.yaml", "api/v2.json", ".git/openapi.yaml", "web/node_modules/x/openapi.yaml"} {
		b := doc
		if strings.HasSuffix(f, ".json") {
			b = []byte(`{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}`)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	specs, skipped := specsUnder(t, dir)
	rel := func(paths []string) string {
		var out []string
		for _, p := range paths {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return strings.Join(out, " ")
	}
	if got, want := rel(specs), ".generator/schemas/v1/openapi.yaml .hidden.yaml api/v2.json package-api.yaml"; got != want {
		t.Errorf("specs: %s\nwant:  %s", got, want)
	}
	if got, want := rel(skipped), ".git web/node_modules"; got != want {
		t.Errorf("skipped: %s, want %s", got, want)
	}
}

// yamlVersion matches the version field at the top level of a YAML
// document (unindented).
var yamlVersion = regexp.MustCompile(`(?m)^(openapi|swagger):`)

// namesVersion reports whether a file's top level has an "openapi" or
// "swagger" member, so that a fragment of a split document holding a
// property of that name is not taken for a document.
func namesVersion(b []byte) bool {
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		var top map[string]json.RawMessage
		if json.Unmarshal(t, &top) != nil {
			return false
		}
		_, oas := top["openapi"]
		_, sw := top["swagger"]
		return oas || sw
	}
	if yamlVersion.Match(b) {
		return true
	}
	// A document indented as a whole (learn.openapis.org's 2.0 petstores
	// start "---\n  swagger:"): its top level, as a YAML reader sees it.
	var head struct {
		OpenAPI any `yaml:"openapi"`
		Swagger any `yaml:"swagger"`
	}
	return yaml.Unmarshal(b, &head) == nil && (head.OpenAPI != nil || head.Swagger != nil)
}

// generateAll generates every document, on as many goroutines as there are
// processors, recovering panics.
func generateAll(specs []string) []*realSpec {
	results := make([]*realSpec, len(specs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = generateOne(specs[i], fmt.Sprintf("s%03d", i))
			}
		}()
	}
	for i := range specs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// generateOne generates one document and classifies its error.
func generateOne(spec, dir string) (r *realSpec) {
	r = &realSpec{spec: spec, dir: dir}
	defer func() {
		if v := recover(); v != nil {
			r.failure = fmt.Sprintf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	// The packages are built in testdata, in this module: the modules its
	// go.mod requires are the ones an x-go-type may use, as for the CLI.
	res, err := generator.Run(generator.Config{Spec: spec, Package: "api", Modules: generator.ModulesFor("testdata")})
	switch {
	case err == nil:
		r.files, r.notes = res.Files, len(res.Notes)
		r.failure = notGofmtClean(res.Files)
	case located(err):
		r.err = err
	default:
		r.failure = "error without a location: " + err.Error()
	}
	return r
}

// notGofmtClean names the first file go/format would change, with how:
// the output is laid out by emit's own formatter (generator/emit/gofmt),
// held to go/format on every real document run here too.
func notGofmtClean(files []generator.File) string {
	for _, f := range files {
		if err := gofmt.CheckClean(f.Path, f.Src); err != nil {
			return err.Error()
		}
	}
	return ""
}

// located reports whether err is one or more document errors, each naming
// a file and a line in it.
func located(err error) bool {
	var list document.Errors
	if errors.As(err, &list) {
		for _, e := range list {
			if e.Source.File == "" || e.Source.Line == 0 {
				return false
			}
		}
		return len(list) > 0
	}
	var one *document.Error
	return errors.As(err, &one) && one.Source.File != "" && one.Source.Line > 0
}

// realSpecsTree writes every generated package under a fresh folder of
// testdata (inside this module, so that its go.mod provides uuid) and
// returns the folder; it is removed when the test ends.
func realSpecsTree(t *testing.T, results []*realSpec) string {
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := os.MkdirTemp("testdata", "realspecs-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	for _, r := range results {
		if r.files == nil {
			continue
		}
		pkg := filepath.Join(root, r.dir)
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range r.files {
			if err := os.WriteFile(filepath.Join(pkg, f.Path), f.Src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r.files = nil // the memory of hundreds of packages adds up
	}
	return root
}

// goTool runs `go build` or `go vet` once over every package under root and
// returns its complaints by package folder.
func goTool(t *testing.T, root, verb string) map[string]string {
	cmd := exec.Command("go", verb, "./"+filepath.ToSlash(root)+"/...")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	failures := map[string]string{}
	if err == nil {
		return failures
	}
	// Lines name files as <root>/<dir>/file.go or the package as
	// …/<root>/<dir>; a "#" line starts a package's report.
	pkgOf := regexp.MustCompile(regexp.QuoteMeta(filepath.Base(root)) + `/(s\d+)\b`)
	current := ""
	for _, line := range strings.Split(out.String(), "\n") {
		if m := pkgOf.FindStringSubmatch(line); m != nil {
			current = m[1]
		}
		if current == "" || line == "" {
			continue
		}
		if len(failures[current]) < 2000 {
			failures[current] += line + "\n"
		}
	}
	if len(failures) == 0 {
		t.Fatalf("go %s failed and named no package: %v\n%s", verb, err, out.String())
	}
	return failures
}

// firstLine is the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
