// Command specgen generates Go types, validators, an HTTP client and server
// interfaces from OpenAPI documents and JSON Schema files.
//
// Usage:
//
//	specgen generate -spec FILE [-schema FILE]... -out DIR -package NAME [flags]
//	specgen check    (same flags): exit 1 and print a diff when DIR is stale
//	specgen diff OLD NEW: report how the API changed, breaking changes first
//
// Exit status: 0 on success, 1 when check finds differences (or diff finds a
// change at its -fail-on level), 2 for bad input or usage. A failed run never changes DIR.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: specgen <command> [flags]

commands:
  generate   write the Go package for the inputs into -out
  check      exit 1 and print a unified diff when -out is not what generate would write
  diff       report how an API changed between two versions, classifying each change
             as breaking, non-breaking or info (text, Markdown or JSON)

run "specgen <command> -h" for the flags of a command
`

// run executes one command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "generate":
		return generate(args[1:], stdout, stderr)
	case "check":
		return check(args[1:], stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "specgen: unknown command %q\n\n%s", args[0], usage)
	return 2
}
