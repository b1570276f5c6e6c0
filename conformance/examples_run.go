package conformance

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/specgen/specgen/conformance/check"
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// The outcomes of one example (ExampleResult.Status).
const (
	// ExAgree: the generated DecodeT and the oracle give the same verdict.
	ExAgree = "agree"
	// ExDisagree: they do not.
	ExDisagree = "disagree"
	// ExNoType: the schema has no DecodeT in the generated package.
	ExNoType = "no type"
	// ExPanic: the generated code panicked.
	ExPanic = "panic"
	// ExNoOracle: the oracle could not compile the schema or panicked.
	ExNoOracle = "no oracle"
)

// ExampleResult is the judgement of one example.
type ExampleResult struct {
	Doc string
	Example
	Status string
	// Generated is DecodeT's verdict, Message its error.
	Generated bool
	Message   string
	// Unreadable is set when json.Unmarshal, a generated client's lenient
	// reading, refuses a document DecodeT finds invalid.
	Unreadable bool
	// RoundTrip is why a valid document's value did not survive encoding
	// and decoding again ("" when it did).
	RoundTrip string
}

// ExampleDoc is what became of one document.
type ExampleDoc struct {
	File     string
	Examples int
	// Skipped says why its examples were not checked: the oracle could
	// not read it, specgen refused it, or its package did not build.
	Skipped string
}

// RunExamples checks the examples of the JSON bodies of each API
// description in files (ReadExamples) against the package specgen
// generates for it, one verdict program per document, built in a work
// module of the checkout at repo.
func RunExamples(repo string, files []string) ([]ExampleDoc, []ExampleResult, error) {
	w, err := newWorkspaceNamed(repo, "specgen-examples")
	if err != nil {
		return nil, nil, err
	}
	var docs []ExampleDoc
	var results []ExampleResult
	for i, file := range files {
		d := ExampleDoc{File: file}
		rs, skipped := w.runExampleDoc(fmt.Sprintf("doc%d", i), file)
		d.Examples, d.Skipped = len(rs), skipped
		docs = append(docs, d)
		results = append(results, rs...)
	}
	return docs, results, nil
}

// runExampleDoc checks one document's examples in package dir of the work
// module.
func (w *workspace) runExampleDoc(dir, file string) ([]ExampleResult, string) {
	exs, err := ReadExamples(file)
	if err != nil {
		return nil, "oracle: " + oneLineOf(err.Error())
	}
	if len(exs) == 0 {
		return nil, ""
	}
	res, err := generator.Run(generator.Config{Spec: file, Package: "p", Modules: generator.ModulesFor(filepath.Join(w.dir, dir))})
	if err != nil {
		return nil, "specgen: " + oneLineOf(err.Error())
	}
	decoders := decodersOf(res.API, file)
	if err := w.writeExampleProgram(dir, res.Files, exs, decoders); err != nil {
		return nil, err.Error()
	}
	bin := filepath.Join(w.dir, dir+".bin")
	build := exec.Command("go", "build", "-o", bin, "./"+dir)
	build.Dir, build.Env = w.dir, goEnv()
	if out, err := build.CombinedOutput(); err != nil {
		return nil, "build: " + firstError(w.clean(string(out)))
	}
	var in bytes.Buffer
	for _, e := range exs {
		fmt.Fprintf(&in, "%s\t%s\n", exampleKey(e), e.Data)
	}
	run := exec.Command(bin)
	run.Stdin = &in
	out, _ := run.Output()
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<26)
	var rs []ExampleResult
	for _, e := range exs {
		line := "panic\tthe verdict program stopped"
		if sc.Scan() {
			line = sc.Text()
		}
		rs = append(rs, judgeExample(file, e, line))
	}
	return rs, ""
}

// judgeExample reads one line of check.Serve's answer.
func judgeExample(file string, e Example, line string) ExampleResult {
	r := ExampleResult{Doc: file, Example: e}
	verdict, msg, _ := strings.Cut(line, "\t")
	switch {
	case verdict == "unknown":
		r.Status = ExNoType
		return r
	case verdict == "panic":
		r.Status, r.Message = ExPanic, msg
		return r
	case verdict == "ok":
		r.Generated = true
	case strings.HasPrefix(msg, check.RoundTrip):
		r.Generated, r.RoundTrip = true, msg
	default:
		r.Message = msg
		r.Unreadable = strings.HasPrefix(msg, check.Unreadable)
	}
	r.Status = ExAgree
	switch {
	case strings.HasPrefix(e.Why, "oracle"):
		r.Status = ExNoOracle
	case r.Generated != e.Valid:
		r.Status = ExDisagree
	}
	return r
}

// decodersOf maps the component names of the root document file to the
// Decode functions of their generated types.
func decodersOf(api *ir.API, file string) map[string]string {
	abs, _ := filepath.Abs(file)
	out := map[string]string{}
	for _, d := range api.Decls {
		if d.Origin != ir.OriginNamed || d.DecodeName == "" {
			continue
		}
		if f, _ := filepath.Abs(d.Source.File); f != abs {
			continue
		}
		if name := componentName(d.Source.Pointer); name != "" {
			out[name] = d.DecodeName
		}
	}
	return out
}

// exampleKey is the verdict program's key of an example's check.
func exampleKey(e Example) string {
	if e.List {
		return "[]" + e.Schema
	}
	return e.Schema
}

// writeExampleProgram writes the generated package (dir/p) and the verdict
// program (dir/main.go) that checks examples by check.Example.
func (w *workspace) writeExampleProgram(dir string, files []generator.File, exs []Example, decoders map[string]string) error {
	pkg := filepath.Join(w.dir, dir, "p")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		path := filepath.Join(pkg, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Src, 0o644); err != nil {
			return err
		}
	}
	keys := map[string]string{}
	for _, e := range exs {
		if fn := decoders[e.Schema]; fn != "" {
			call := "check.Example(p." + fn + ")"
			if e.List {
				call = "check.ExampleList(p." + fn + ")"
			}
			keys[exampleKey(e)] = call
		}
	}
	alias := "p" // the package is still compiled when no example has a type
	if len(keys) == 0 {
		alias = "_"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by the examples harness. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n\n\t\"github.com/specgen/specgen/conformance/check\"\n\t%s %q\n)\n\nvar checks = map[string]check.Func{\n", alias, modulePath+"/"+dir+"/p")
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		fmt.Fprintf(&b, "\t%q: %s,\n", k, keys[k])
	}
	b.WriteString("}\n\nfunc main() {\n\tif err := check.Serve(checks, os.Stdin, os.Stdout); err != nil {\n\t\tpanic(err)\n\t}\n}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("verdict program: %v", err)
	}
	return os.WriteFile(filepath.Join(w.dir, dir, "main.go"), src, 0o644)
}

// firstError is the first line of go build's output that is not a package
// heading ("# path").
func firstError(out string) string {
	for _, line := range strings.Split(out, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			return line
		}
	}
	return oneLineOf(out)
}
