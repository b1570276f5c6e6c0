package randspec_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/randspec"
)

// TestRoundTrip goes past "compiles": for random API descriptions, the
// generated client calls the generated server (httptest) with random valid
// arguments, and what the server's methods receive must equal what was
// sent, and what the client returns what the server's method answered
// (driver_test.go writes each package's test; package roundtrip draws and
// compares). Each package is built by the go command, so this costs
// seconds a document: by default it runs roundTripSeeds;
// SPECGEN_ROUNDTRIP=N runs N documents from SPECGEN_ROUNDTRIP_SEED
// (default 1); SPECGEN_ROUNDTRIP_DIR=DIR builds them in DIR, kept after
// the run; SPECGEN_ROUNDTRIP_SPECS=FILE[:FILE…] runs published documents
// instead (docs/realspecs.md). A 400 is counted, not failed: it answers a value Validate
// cannot see (a path parameter's pattern), which the drawer does not know.
func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a package a document")
	}
	seeds := roundTripSeeds
	if n, err := strconv.Atoi(os.Getenv("SPECGEN_ROUNDTRIP")); err == nil && n > 0 {
		start, _ := strconv.ParseUint(os.Getenv("SPECGEN_ROUNDTRIP_SEED"), 10, 64)
		seeds = nil
		for s := max(start, 1); len(seeds) < n; s++ {
			seeds = append(seeds, s)
		}
	}
	mod := roundTripModule(t)
	opts := randspec.Options{Locals: emitLocals()}
	written, called := 0, 0
	skipped := map[string]int{}
	// A document: a random one of a seed, or a published one given by
	// SPECGEN_ROUNDTRIP_SPECS (its values drawn from the seed of its place
	// in the list).
	type rtDoc struct {
		seed uint64
		path string
	}
	var docs []rtDoc
	for _, seed := range seeds {
		docs = append(docs, rtDoc{seed: seed})
	}
	if list := os.Getenv("SPECGEN_ROUNDTRIP_SPECS"); list != "" {
		docs = nil
		for i, path := range filepath.SplitList(list) {
			abs, err := filepath.Abs(path)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, rtDoc{seed: uint64(i + 1), path: abs})
		}
	}
	for _, d := range docs {
		seed, path := d.seed, d.path
		dir := filepath.Join(mod, fmt.Sprintf("p%d", seed))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if path == "" {
			doc := randspec.Generate(seed, opts)
			if !doc.IsSpec() {
				os.RemoveAll(dir)
				continue
			}
			path = filepath.Join(dir, doc.Name+".txt")
			if err := os.WriteFile(path, doc.Text, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		files, err := generator.Generate(generator.Config{Package: "api", Spec: path})
		if err != nil {
			os.RemoveAll(dir)
			if d.path != "" {
				t.Errorf("%s: refused: %v", d.path, err)
			}
			continue // refused: TestRandomDocuments's to count
		}
		pkg, err := checkPackage(files)
		if err != nil {
			t.Errorf("seed %d %s: does not compile: %v", seed, d.path, err)
			continue
		}
		src, c, s, ok := driverSource(pkg, seed)
		for _, why := range s {
			skipped[why]++
		}
		if !ok || c == 0 {
			os.RemoveAll(dir)
			continue
		}
		called += c
		files = append(files, generator.File{Path: "roundtrip_test.go", Src: []byte(src)})
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(dir, f.Path), f.Src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		written++
	}
	if written == 0 {
		t.Fatalf("no document of %v has an operation to call", docs)
	}
	cmd := exec.Command("go", "test", "-count=1", "-v", "-run", "^TestRoundTrip$", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	totals := map[string]int{}
	for pkg, res := range parseRoundTrip(string(out)) {
		for k, v := range res.counts {
			totals[k] += v
		}
		if res.failed {
			t.Errorf("%s (document %s/%s):\n%s", pkg, mod, pkg, res.log)
		} else if testing.Verbose() {
			t.Logf("%s: %v", pkg, res.counts)
			for _, line := range strings.Split(res.log, "\n") {
				if strings.Contains(line, ": rejected: ") || strings.Contains(line, ": unsendable: ") {
					t.Logf("%s: %s", pkg, strings.TrimSpace(line))
				}
			}
		}
	}
	t.Logf("%d packages, %d operations called, skipped: %v; calls: %v", written, called, skipped, totals)
}

// roundTripSeeds are go test's documents: seeds whose packages have
// operations of many shapes (and build in a few seconds together).
var roundTripSeeds = []uint64{309, 310}

// roundTripModule makes a module in a temp dir that builds the generated
// packages against this repository (for package roundtrip) with its
// go.sum, offline.
func roundTripModule(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	if keep := os.Getenv("SPECGEN_ROUNDTRIP_DIR"); keep != "" {
		// Kept after the run, to read and rerun a failing package.
		mod = keep
		if err := os.MkdirAll(mod, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := regexp.MustCompile(`(?m)^module .*$`).ReplaceAllString(string(gomod), "module example.com/rt")
	text += fmt.Sprintf("\nrequire github.com/specgen/specgen v0.0.0\n\nreplace github.com/specgen/specgen => %s\n", root)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	return mod
}

// pkgResult is what go test said of one package.
type pkgResult struct {
	failed bool
	log    string
	counts map[string]int
}

var (
	tallyLine = regexp.MustCompile(`ROUNDTRIP ((?:\w+=\d+ ?)+)`)
	endLine   = regexp.MustCompile(`^(ok|FAIL|---)\s+example\.com/rt/(\S+)`)
)

// parseRoundTrip reads go test -v's output of the module: each package's
// lines come before its ok or FAIL line.
func parseRoundTrip(out string) map[string]*pkgResult {
	res := map[string]*pkgResult{}
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		lines = append(lines, line)
		m := endLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		r := &pkgResult{failed: m[1] == "FAIL", counts: map[string]int{}}
		for _, l := range lines {
			if tm := tallyLine.FindStringSubmatch(l); tm != nil {
				for _, kv := range strings.Fields(tm[1]) {
					k, v, _ := strings.Cut(kv, "=")
					n, _ := strconv.Atoi(v)
					r.counts[k] += n
				}
			}
		}
		r.log = firstLines(strings.Join(lines, "\n"), 80)
		res[m[2]] = r
		lines = nil
	}
	if len(lines) > 0 && strings.Contains(strings.Join(lines, "\n"), "FAIL") {
		res["(build)"] = &pkgResult{failed: true, log: firstLines(strings.Join(lines, "\n"), 80)}
	}
	return res
}
