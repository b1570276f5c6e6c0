package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// modulePath is specgen's module: in a binary built by `go install
// ./cmd/specgen` it is the main module, under `go tool` in another module it
// is one of that module's dependencies.
const modulePath = "github.com/specgen/specgen"

const versionHelp = `usage: specgen version

Prints the version of specgen's module the binary was built from, and the
Go version, OS and architecture it was built with.
`

func versionCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("specgen version", flag.ContinueOnError)
	if status, ok := parseCommandFlags(fs, args, versionHelp, stdout, stderr); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "specgen version: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	return version(stdout)
}

// version prints "specgen VERSION GOVERSION GOOS/GOARCH", as `go version`
// prints its own.
func version(stdout io.Writer) int {
	bi, ok := debug.ReadBuildInfo()
	fmt.Fprintf(stdout, "specgen %s %s %s/%s\n", moduleVersion(bi, ok), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

// moduleVersion is the version of specgen's module the binary was built
// from: "v1.2.0"; "v0.0.0-00010101000000-000000000000 => ../specgen" when a
// replace directive points at a clone; "(devel)" when built inside the
// clone, with the VCS revision when the build recorded it.
func moduleVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "(unknown: no build information)"
	}
	if bi.Main.Path == modulePath { // built in the clone, or by go tool
		if bi.Main.Replace != nil {
			return bi.Main.Version + " => " + replacement(bi.Main.Replace)
		}
		return withRevision(bi.Main.Version, bi.Settings)
	}
	for _, d := range bi.Deps {
		if d.Path != modulePath {
			continue
		}
		if d.Replace != nil {
			return d.Version + " => " + replacement(d.Replace)
		}
		return d.Version
	}
	return "(unknown: " + modulePath + " is not in the build information)"
}

// replacement names what a replace directive points at: a directory, or a
// module version.
func replacement(m *debug.Module) string {
	if m.Version == "" || m.Version == "(devel)" {
		return m.Path
	}
	return m.Path + " " + m.Version
}

// withRevision adds the commit a clone's build was made from, as the go
// command records it unless -buildvcs=false.
func withRevision(v string, settings []debug.BuildSetting) string {
	var rev, modified string
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" || v != "(devel)" { // Go 1.24 and later put the revision in v
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		rev += ", modified"
	}
	return fmt.Sprintf("%s (revision %s)", v, rev)
}
