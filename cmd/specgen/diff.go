package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/pprof"
	"strings"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/diff"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/load"
	"github.com/specgen/specgen/templates"
)

const diffHelp = `usage: specgen diff [flags] OLD NEW
       specgen diff [flags] -old-spec FILE [-old-schema FILE]... -new-spec FILE [-new-schema FILE]...
       specgen diff [flags] -base REV [NEW | -spec FILE [-schema FILE]...]

OLD and NEW are each an OpenAPI document or a JSON Schema file (told apart by
their content), or a directory: its openapi.yaml (or .json, or swagger.*)
and its *.schema.json files. With -base, NEW (default: the -spec and
-schema files) is read from the working tree and compared with the same
paths at git revision REV.
`

// diffOptions are the flags of specgen diff.
type diffOptions struct {
	old, new inputs
	base     string
	format   string
	failOn   string
	types    listFlag
	strict   bool
	accept   string
	filter   diff.Filter
	// cpuProfile is where to write a CPU profile of the run, for pprof.
	cpuProfile string
	// out is generate's -out (default the current folder): its go.mod and
	// go.work decide which x-go-type are used, as for generate.
	out  string
	args []string
}

// inputs are the files of one version: what generate's -spec and -schema
// name.
type inputs struct {
	spec    string
	schemas listFlag
}

func (in inputs) empty() bool { return in.spec == "" && len(in.schemas) == 0 }

func (in inputs) paths() []string {
	var out []string
	if in.spec != "" {
		out = append(out, in.spec)
	}
	return append(out, in.schemas...)
}

// runDiff compares two versions of an API and prints a report; the exit
// status is 1 when -fail-on is given and a change at that level is found.
func runDiff(args []string, stdout, stderr io.Writer) int {
	o, status := parseDiffFlags(args, stdout, stderr)
	if o == nil {
		return status
	}
	var failOn diff.Level
	if o.failOn != "" {
		l, err := diff.ParseLevel(o.failOn)
		if err != nil {
			fmt.Fprintf(stderr, "specgen diff: -fail-on: %v\n", err)
			return 2
		}
		failOn = l
	}
	if o.cpuProfile != "" {
		stop, err := startCPUProfile(o.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "specgen diff: -cpuprofile: %v\n", err)
			return 2
		}
		defer stop()
	}
	oldIn, newIn, label, cleanup, err := o.resolve()
	defer cleanup()
	if err != nil {
		fmt.Fprintf(stderr, "specgen diff: %v\n", err)
		return 2
	}
	// The two versions are read at once: reading and resolving the
	// documents is nearly all of a comparison's time.
	var oldAPI *ir.API
	var oldErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		oldAPI, oldErr = o.load(oldIn, label)
	}()
	newAPI, newErr := o.load(newIn, nil)
	<-done
	if oldErr != nil {
		fmt.Fprintf(stderr, "specgen diff: old version: %v\n", oldErr)
		return 2
	}
	if newErr != nil {
		fmt.Fprintf(stderr, "specgen diff: new version: %v\n", newErr)
		return 2
	}
	report := diff.CompareAll(oldAPI, newAPI, load.RawJSON())
	report.Apply(o.filter)
	if o.accept != "" {
		list, err := readAcceptFile(o.accept)
		if err != nil {
			fmt.Fprintf(stderr, "specgen diff: -accept: %v\n", err)
			return 2
		}
		for _, id := range report.Accept(list) {
			fmt.Fprintf(stderr, "specgen diff: %s: %s matches no change (fixed, or no longer the same change); remove it\n", o.accept, id)
		}
	}
	switch o.format {
	case "markdown", "md":
		err = diff.WriteMarkdown(stdout, report, templates.DiffReport())
	case "json":
		err = diff.WriteJSON(stdout, report)
	case "github":
		err = diff.WriteGitHub(stdout, report, newIn.spec)
	default:
		err = diff.WriteText(stdout, report)
	}
	if err != nil {
		fmt.Fprintf(stderr, "specgen diff: %v\n", err)
		return 2
	}
	if o.failOn != "" && report.Has(failOn) {
		fmt.Fprintf(stderr, "specgen diff: %s (-fail-on %s)\n", report.Headline(), failOn)
		return 1
	}
	return 0
}

// parseDiffFlags returns nil options, and the exit status, when the command
// is over: its help was asked for, or the flags are unusable (it has printed
// why).
func parseDiffFlags(args []string, stdout, stderr io.Writer) (*diffOptions, int) {
	o := &diffOptions{}
	fs := flag.NewFlagSet("specgen diff", flag.ContinueOnError)
	fs.StringVar(&o.old.spec, "old-spec", "", "OpenAPI `file` of the old version")
	fs.Var(&o.old.schemas, "old-schema", "JSON Schema `file` of the old version (repeatable)")
	fs.StringVar(&o.new.spec, "new-spec", "", "OpenAPI `file` of the new version")
	fs.Var(&o.new.schemas, "new-schema", "JSON Schema `file` of the new version (repeatable)")
	fs.StringVar(&o.new.spec, "spec", "", "OpenAPI `file` of the new version, as -new-spec, so that generate's flags can be reused")
	fs.Var(&o.new.schemas, "schema", "JSON Schema `file` of the new version, as -new-schema (repeatable)")
	fs.StringVar(&o.base, "base", "", "compare the new version's files with the same paths at git revision `REV`")
	fs.StringVar(&o.format, "format", "text", "report `format`: text, markdown, json or github (workflow annotations)")
	fs.StringVar(&o.failOn, "fail-on", "", "exit 1 when a change at `level` or above is found that is not accepted:\nbreaking, warning, non-breaking or info")
	fs.StringVar(&o.accept, "accept", "", "`file` of change ids already agreed (one per line, # comments): reported as\naccepted and not failing -fail-on")
	fs.Func("match-path", "report only operations whose path matches `regexp`, and schemas they reach", func(s string) (err error) {
		o.filter.Path, err = regexp.Compile(s)
		return err
	})
	fs.Func("match-operation", "report only operations whose \"METHOD /path\" or operationId matches `regexp`,\nand schemas they reach", func(s string) (err error) {
		o.filter.Operation, err = regexp.Compile(s)
		return err
	})
	fs.Var(&o.types, "type", "map a schema to an existing Go type, `SCHEMA=IMPORT/PATH.Type`, in both versions (repeatable)")
	fs.BoolVar(&o.strict, "strict", false, "as for generate: refuse a version with constructs specgen cannot type exactly,\ninstead of comparing their raw JSON")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the comparison to `file` (for go tool pprof)")
	// generate's other flags are accepted and ignored, so that a generate
	// command line (a go:generate directive) can be reused as it is.
	var ignored string
	var quiet bool
	fs.StringVar(&o.out, "out", ".", "the package `directory` generate writes: as for generate, the go.mod and go.work\nabove it decide which x-go-type are used")
	fs.StringVar(&ignored, "package", "", "ignored (generate's flag)")
	fs.BoolVar(&quiet, "q", false, "ignored (generate's flag; diff prints no notes)")
	if status, ok := parseCommandFlags(fs, args, diffHelp, stdout, stderr); !ok {
		return nil, status
	}
	o.args = fs.Args()
	switch o.format {
	case "text", "markdown", "md", "json", "github":
	default:
		fmt.Fprintf(stderr, "specgen diff: -format %q: want text, markdown, json or github\n", o.format)
		return nil, 2
	}
	want := 2
	if o.base != "" {
		want = 1
	}
	switch {
	case len(o.args) > want:
		fmt.Fprintf(stderr, "specgen diff: unexpected argument %q\n", o.args[want])
		return nil, 2
	case len(o.args) > 0 && (!o.old.empty() || !o.new.empty()):
		fmt.Fprintf(stderr, "specgen diff: give the versions as arguments or as -old-*/-new-* flags, not both\n")
		return nil, 2
	case len(o.args) > 0 && len(o.args) < want:
		fmt.Fprintf(stderr, "specgen diff: give OLD and NEW\n")
		return nil, 2
	case o.base != "" && !o.old.empty():
		fmt.Fprintf(stderr, "specgen diff: -base reads the old version from git; -old-spec and -old-schema do not apply\n")
		return nil, 2
	case len(o.args) == 0 && o.new.empty():
		fmt.Fprintf(stderr, "%s\nrun \"specgen diff -h\" for its flags\n", usageLines(diffHelp))
		return nil, 2
	case len(o.args) == 0 && o.base == "" && o.old.empty():
		fmt.Fprintf(stderr, "specgen diff: give the old version (-old-spec, -old-schema) or -base REV\n")
		return nil, 2
	}
	return o, 0
}

// resolve turns the arguments into the inputs of both versions. label
// rewrites the paths in messages about the old version when it was read
// from git; cleanup removes what resolve wrote.
func (o *diffOptions) resolve() (old, new inputs, label *strings.Replacer, cleanup func(), err error) {
	cleanup = func() {}
	old, new = o.old, o.new
	if len(o.args) > 0 {
		if new, err = inputsAt(o.args[len(o.args)-1]); err != nil {
			return
		}
		if o.base == "" {
			if old, err = inputsAt(o.args[0]); err != nil {
				return
			}
		}
	}
	if o.base != "" {
		var dir string
		old, dir, err = atRevision(new, o.base)
		if dir != "" {
			cleanup = func() { os.RemoveAll(dir) }
			label = strings.NewReplacer(dir+string(os.PathSeparator), o.base+":")
		}
	}
	return
}

// load lowers one version to the IR.
func (o *diffOptions) load(in inputs, label *strings.Replacer) (*ir.API, error) {
	r, err := generator.Lower(generator.Config{
		Spec: in.spec, Schemas: in.schemas, Package: "api",
		Overrides: o.types, LenientOverrides: true, Strict: o.strict, NoValidation: true,
		Modules: generator.ModulesFor(o.out), ImportPath: generator.ImportPathFor(o.out),
	})
	if err != nil {
		if label != nil {
			return nil, fmt.Errorf("%s", label.Replace(err.Error()))
		}
		return nil, err
	}
	return r.API, nil
}

// readAcceptFile reads an accept file (see diff.ReadAcceptList).
func readAcceptFile(path string) (diff.AcceptList, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return diff.ReadAcceptList(f, path)
}

// startCPUProfile profiles the process into path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
