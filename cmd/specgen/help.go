package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// A command's help is its usage lines, a paragraph on what it does, and its
// flags. -h (or `specgen help COMMAND`) prints it on stdout and exits 0, as
// the top-level -h does; a flag that does not parse prints the error and
// the usage lines on stderr and exits 2.

const generateHelp = `usage: specgen generate -spec FILE [-schema FILE]... -out DIR [flags]
       specgen generate -schema FILE... -out DIR [flags]

Writes the Go package for an OpenAPI document (and JSON Schema files) into
DIR. specgen owns DIR's *.gen.go files and touches nothing else there.
-out is required; give -spec, -schema or both.
`

const checkHelp = `usage: specgen check -spec FILE [-schema FILE]... -out DIR [flags]

Exits 1 and prints a unified diff when DIR is not what generate, given the
same flags, would write; exits 0 when it is. Nothing is written.
`

// parseCommandFlags parses a command's flags. When it returns false the
// command is over, with the exit status it returns.
func parseCommandFlags(fs *flag.FlagSet, args []string, help string, stdout, stderr io.Writer) (int, bool) {
	fs.SetOutput(stderr) // for the message about a flag that does not parse
	fs.Usage = func() {} // the flag package calls it for -h too; printed below
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, help)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprint(stdout, "\nflags:\n")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
		}
		return 0, false
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s\nrun \"%s -h\" for its flags\n", usageLines(help), fs.Name())
		return 2, false
	}
	return 0, true
}

// usageLines is the first paragraph of a command's help: its usage lines.
func usageLines(help string) string {
	for i := 0; i+1 < len(help); i++ {
		if help[i] == '\n' && help[i+1] == '\n' {
			return help[:i+1]
		}
	}
	return help
}
