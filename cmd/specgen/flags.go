package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/specgen/specgen/generator"
)

// options are the flags generate and check share.
type options struct {
	cfg   generator.Config
	out   string
	quiet bool
	args  []string // as given, to print the command that brings -out up to date
	// notes is -notes FILE: where to write every note.
	notes string
	// cpuProfile is -cpuprofile FILE: where to write a CPU profile of the
	// run (generation and writing), as the real process runs it.
	cpuProfile string
}

// profile starts the CPU profile -cpuprofile asks for; stop ends it (and
// does nothing when none was asked for). ok is false when the profile
// cannot be written (the reason printed).
func (o *options) profile(name string, stderr io.Writer) (stop func(), ok bool) {
	if o.cpuProfile == "" {
		return func() {}, true
	}
	stop, err := startCPUProfile(o.cpuProfile)
	if err != nil {
		fmt.Fprintf(stderr, "specgen %s: -cpuprofile: %v\n", name, err)
		return nil, false
	}
	return stop, true
}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// parseFlags reads the shared flags of generate and check. It returns nil
// options, and the exit status, when the command is over: its help was
// asked for, or the flags are unusable (it has printed why).
func parseFlags(name, help string, args []string, stdout, stderr io.Writer) (*options, int) {
	o := &options{args: args}
	fs := flag.NewFlagSet("specgen "+name, flag.ContinueOnError)
	var schemas, types, refs, refDirs listFlag
	fs.StringVar(&o.cfg.Spec, "spec", "", "OpenAPI 3.0/3.1 or Swagger 2.0 `file` (YAML or JSON)")
	fs.Var(&schemas, "schema", "JSON Schema `file` whose root and $defs become types (repeatable)")
	fs.Var(&refs, "ref", "read the document at a remote `URL=FILE` from FILE: $refs are never fetched (repeatable)")
	fs.Var(&refDirs, "ref-dir", "read the documents below a remote URL prefix from a folder, `URL/=DIR` (repeatable)")
	fs.StringVar(&o.out, "out", "", "output `directory` of the Go package (required)")
	fs.StringVar(&o.cfg.Package, "package", "", "Go package `name` (default: the base name of -out)")
	fs.Var(&types, "type", "map a schema to an existing Go type, `SCHEMA=IMPORT/PATH.Type` (repeatable),\ne.g. uuid.NullUUID=github.com/google/uuid.NullUUID")
	fs.StringVar(&o.cfg.ErrorSchema, "error-schema", "", "the `schema` of error answers, e.g. Response (default: detected from the\ndocumented error responses, else one specgen declares)")
	fs.BoolVar(&o.cfg.Strict, "strict", false, "fail on every construct that is not generated exactly (a keyword Validate does not\ncheck, a parameter sent as its JSON text, a raw body…) instead of noting it")
	skip := fs.Bool("skip-unsupported", false, "deprecated: what cannot be typed exactly is generated with a note by default")
	fs.BoolVar(&o.cfg.AssertFormat, "assert-format", false, "check format in JSON Schema files of drafts 2019-09 and 2020-12 too, where\nit is only an annotation unless asked")
	fs.BoolVar(&o.cfg.TypedFormats, "typed-formats", false, "type strings of format uuid and date-time in JSON Schema files as uuid.UUID and\ntime.Time, as in OpenAPI documents, not UUIDString and DateTimeString; decoding\nthen rejects text the format allows (docs/formats.md)")
	fs.BoolVar(&o.cfg.AssertContent, "assert-content", false, "check contentEncoding base64 and contentMediaType application/json on strings,\nwhich are only annotations unless asked")
	fs.BoolVar(&o.quiet, "q", false, "do not print notes")
	fs.StringVar(&o.notes, "notes", "", "write every note, grouped by kind, to `file`")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file` (for go tool pprof)")
	if status, ok := parseCommandFlags(fs, args, help, stdout, stderr); !ok {
		return nil, status
	}
	if *skip {
		fmt.Fprintf(stderr, "specgen %s: -skip-unsupported is deprecated and does nothing: constructs that cannot be typed exactly are generated with a note by default (-strict refuses them)\n", name)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "specgen %s: unexpected argument %q\n", name, fs.Arg(0))
		return nil, 2
	}
	o.cfg.Schemas = schemas
	o.cfg.RefMaps = append([]string(refs), refDirs...)
	o.cfg.Loaded = collectWhileLowering
	for i := len(refs); i < len(o.cfg.RefMaps); i++ {
		if u, dir, ok := strings.Cut(o.cfg.RefMaps[i], "="); ok && !strings.HasSuffix(u, "/") {
			o.cfg.RefMaps[i] = u + "/=" + dir
		}
	}
	o.cfg.Overrides = types
	if o.cfg.Spec == "" && len(o.cfg.Schemas) == 0 {
		fmt.Fprintf(stderr, "specgen %s: give -spec FILE or -schema FILE\n", name)
		return nil, 2
	}
	if o.out == "" {
		fmt.Fprintf(stderr, "specgen %s: give -out DIR, the package directory to write\n", name)
		return nil, 2
	}
	if o.cfg.Package == "" {
		o.cfg.Package = defaultPackage(o.out)
	}
	o.cfg.Modules = generator.ModulesFor(o.out)
	o.cfg.ImportPath = generator.ImportPathFor(o.out)
	return o, 0
}

// defaultPackage derives a package name from the output directory.
func defaultPackage(dir string) string {
	dir = strings.TrimRight(strings.ReplaceAll(dir, "\\", "/"), "/")
	if i := strings.LastIndex(dir, "/"); i >= 0 {
		dir = dir[i+1:]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(dir) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' && b.Len() > 0 {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "api"
	}
	return b.String()
}
