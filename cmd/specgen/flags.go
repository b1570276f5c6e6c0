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
}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// parseFlags reads the shared flags; it returns false (and has printed why)
// when they are unusable.
func parseFlags(name string, args []string, stderr io.Writer) (*options, bool) {
	o := &options{}
	fs := flag.NewFlagSet("specgen "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var schemas, types, refs, refDirs listFlag
	fs.StringVar(&o.cfg.Spec, "spec", "", "OpenAPI 3.0/3.1 or Swagger 2.0 `file` (YAML or JSON)")
	fs.Var(&schemas, "schema", "JSON Schema `file` whose root and $defs become types (repeatable)")
	fs.Var(&refs, "ref", "read the document at a remote `URL=FILE` from FILE: $refs are never fetched (repeatable)")
	fs.Var(&refDirs, "ref-dir", "read the documents below a remote URL prefix from a folder, `URL/=DIR` (repeatable)")
	fs.StringVar(&o.out, "out", "", "output `directory` of the Go package")
	fs.StringVar(&o.cfg.Package, "package", "", "Go package `name` (default: the base name of -out)")
	fs.Var(&types, "type", "map a schema to an existing Go type, `SCHEMA=IMPORT/PATH.Type` (repeatable),\ne.g. uuid.NullUUID=github.com/google/uuid.NullUUID")
	fs.StringVar(&o.cfg.ErrorSchema, "error-schema", "", "the `schema` of error answers, e.g. Response (default: detected from the\ndocumented error responses, else one specgen declares)")
	fs.BoolVar(&o.cfg.Strict, "strict", false, "fail on keywords that Validate does not check, instead of noting them")
	fs.BoolVar(&o.cfg.AssertFormat, "assert-format", false, "check format in JSON values of drafts 2019-09 and 2020-12 too, where it is\nonly an annotation unless asked")
	fs.BoolVar(&o.cfg.SkipUnsupported, "skip-unsupported", false, "type unsupported constructs as any, with a note for each, instead of failing")
	fs.BoolVar(&o.quiet, "q", false, "do not print notes")
	if err := fs.Parse(args); err != nil {
		return nil, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "specgen %s: unexpected argument %q\n", name, fs.Arg(0))
		return nil, false
	}
	o.cfg.Schemas = schemas
	o.cfg.RefMaps = append([]string(refs), refDirs...)
	for i := len(refs); i < len(o.cfg.RefMaps); i++ {
		if u, dir, ok := strings.Cut(o.cfg.RefMaps[i], "="); ok && !strings.HasSuffix(u, "/") {
			o.cfg.RefMaps[i] = u + "/=" + dir
		}
	}
	o.cfg.Overrides = types
	if o.cfg.Spec == "" && len(o.cfg.Schemas) == 0 {
		fmt.Fprintf(stderr, "specgen %s: give -spec FILE or -schema FILE\n", name)
		return nil, false
	}
	if o.out == "" {
		fmt.Fprintf(stderr, "specgen %s: give -out DIR\n", name)
		return nil, false
	}
	if o.cfg.Package == "" {
		o.cfg.Package = defaultPackage(o.out)
	}
	return o, true
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
