// Command specgen generates Go types, validators, an HTTP client and server
// interfaces from OpenAPI documents and JSON Schema files.
//
// Usage:
//
//	specgen generate -spec FILE [-schema FILE]... -out DIR [-package NAME] [flags]
//	specgen check    (same flags): exit 1 and print a diff when DIR is stale
//	specgen diff OLD NEW: report how the API changed, breaking changes first
//	specgen version: the version of specgen's module and of Go
//	specgen help COMMAND: a command's flags (as does COMMAND -h)
//
// Exit status: 0 on success (help included), 1 when check finds differences
// (or diff finds a change at its -fail-on level), 2 for bad input or usage.
// A failed run never changes DIR.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	collectLess()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: specgen <command> [flags]

commands:
  generate   write the Go package for the inputs into -out
  check      exit 1 and print a unified diff when -out is not what generate would write
  diff       report how an API changed between two versions, classifying each change
             as breaking, non-breaking or info (text, Markdown or JSON)
  version    print the version of specgen and of the Go it was built with

run "specgen help <command>" (or "specgen <command> -h") for the flags of a command
`

// commands are the subcommands by name; each parses its own flags and
// answers -h with its help.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"generate": generate,
	"check":    check,
	"diff":     runDiff,
	"version":  versionCommand,
}

// run executes one command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if cmd, ok := commands[args[0]]; ok {
		return cmd(args[1:], stdout, stderr)
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) == 1 || args[0] != "help" {
			fmt.Fprint(stdout, usage)
			return 0
		}
		if cmd, ok := commands[args[1]]; ok && len(args) == 2 {
			return cmd([]string{"-h"}, stdout, stderr)
		}
		fmt.Fprintf(stderr, "specgen help: unknown command %q\n\n%s", args[1], usage)
		return 2
	}
	fmt.Fprintf(stderr, "specgen: unknown command %q\n\n%s", args[0], usage)
	return 2
}
