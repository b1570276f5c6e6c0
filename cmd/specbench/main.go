// Command specbench measures specgen against its peers, oapi-codegen and ogen,
// in one run, and prints the results as one Markdown table. `make bench`
// runs it; see docs/benchmarks.md.
//
// Usage:
//
//	specbench run [flags]     install the peers, generate, build, benchmark, print the table
//	specbench kinload FILE    load and validate FILE with kin-openapi only (the generation floor)
//	specbench schemacompile FILE    compile the JSON Schema FILE with santhosh-tekuri/jsonschema only
//	specbench readme          copy the latest report (.bench/results.md) into docs/benchmarks.md, its table into README.md
//	specbench measure -o FILE -- CMD…   run CMD, write its wall time and max RSS to FILE
//
// Everything it installs, converts, generates and measures lives under
// .bench/, which git ignores; nothing there is ever committed.
package main

import (
	"fmt"
	"os"
)

const usage = `usage: specbench <command> [flags]

commands:
  run       install the peers, generate, build, benchmark and print the table
  kinload   load and validate one OpenAPI/Swagger file with kin-openapi only
  schemacompile  compile one JSON Schema file with santhosh-tekuri/jsonschema only
  readme    copy the latest report (.bench/results.md) into docs/benchmarks.md and its table into README.md
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = runCommand(os.Args[2:])
	case "kinload":
		if len(os.Args) != 3 {
			fmt.Fprintln(os.Stderr, "usage: specbench kinload FILE")
			os.Exit(2)
		}
		err = kinLoad(os.Args[2])
	case "schemacompile":
		if len(os.Args) != 3 {
			fmt.Fprintln(os.Stderr, "usage: specbench schemacompile FILE")
			os.Exit(2)
		}
		err = schemaCompile(os.Args[2])
	case "readme":
		err = readmeCommand(os.Args[2:])
	case "measure":
		os.Exit(measureCommand(os.Args[2:]))
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "specbench:", err)
		os.Exit(1)
	}
}
