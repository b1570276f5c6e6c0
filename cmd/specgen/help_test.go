package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

var updateHelp = flag.Bool("update", false, "rewrite testdata/help/*.txt")

// TestCommandHelp: "COMMAND -h" and "help COMMAND" print the same help on
// stdout, pinned in testdata/help, and exit 0, as the top-level -h does.
func TestCommandHelp(t *testing.T) {
	for _, name := range []string{"generate", "check", "diff", "version"} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCLI(name, "-h")
			if code != 0 || errOut != "" {
				t.Fatalf("%s -h: exit %d, stderr %q; want 0 and nothing", name, code, errOut)
			}
			if !strings.HasPrefix(out, "usage: specgen "+name) {
				t.Errorf("%s -h does not start with its usage line:\n%s", name, out)
			}
			golden := filepath.Join("testdata", "help", name+".txt")
			if *updateHelp {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("%s -h:\n%s\nwant (%s):\n%s", name, out, golden, want)
			}
			code, viaHelp, errOut := runCLI("help", name)
			if code != 0 || viaHelp != out || errOut != "" {
				t.Errorf("help %s: exit %d, same text as -h %v, stderr %q", name, code, viaHelp == out, errOut)
			}
		})
	}
	if code, out, _ := runCLI("-h"); code != 0 || out != usage {
		t.Errorf("-h: exit %d, %q", code, out)
	}
	if code, out, _ := runCLI("help"); code != 0 || out != usage {
		t.Errorf("help: exit %d, %q", code, out)
	}
	if code, _, errOut := runCLI("help", "frobnicate"); code != 2 || !strings.HasPrefix(errOut, "specgen help: unknown command \"frobnicate\"\n") {
		t.Errorf("help frobnicate: exit %d, %q", code, errOut)
	}
}

// TestGenerateHelpSaysOutIsRequired: the help of generate and check says
// -out must be given, and leaving it out says what it is.
func TestGenerateHelpSaysOutIsRequired(t *testing.T) {
	_, out, _ := runCLI("generate", "-h")
	if !strings.Contains(out, "output directory of the Go package (required)") {
		t.Errorf("generate -h does not say -out is required:\n%s", out)
	}
	code, _, errOut := runCLI("generate", "-spec", "x.yaml")
	if code != 2 || errOut != "specgen generate: give -out DIR, the package directory to write\n" {
		t.Errorf("generate without -out: exit %d, %q", code, errOut)
	}
}

// TestBadFlag: a flag that does not parse is exit 2 with the error, the
// usage lines and where the flags are, on stderr only.
func TestBadFlag(t *testing.T) {
	code, out, errOut := runCLI("check", "-frob")
	want := "flag provided but not defined: -frob\n" +
		"usage: specgen check -spec FILE [-schema FILE]... -out DIR [flags]\n\n" +
		"run \"specgen check -h\" for its flags\n"
	if code != 2 || out != "" || errOut != want {
		t.Errorf("check -frob: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errOut, want)
	}
}

func TestDiffSchemaFlagHelp(t *testing.T) {
	_, out, _ := runCLI("diff", "-h")
	want := "  -schema file\n    \tJSON Schema file of the new version, as -new-schema (repeatable)\n"
	if !strings.Contains(out, want) {
		t.Errorf("diff -h lacks %q:\n%s", want, out)
	}
}

// TestVersion: "specgen version" prints the module version and Go's, as
// `go version` does.
func TestVersion(t *testing.T) {
	code, out, errOut := runCLI("version")
	re := regexp.MustCompile(`^specgen \S.* ` + regexp.QuoteMeta(runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH) + "\n$")
	if code != 0 || errOut != "" || !re.MatchString(out) {
		t.Errorf("version: exit %d, %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := runCLI("version", "extra"); code != 2 || errOut != "specgen version: unexpected argument \"extra\"\n" {
		t.Errorf("version extra: exit %d, %q", code, errOut)
	}
}

func TestModuleVersion(t *testing.T) {
	dep := func(m debug.Module) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "(devel)"}, Deps: []*debug.Module{
			{Path: "github.com/google/uuid", Version: "v1.6.0"}, &m}}
	}
	cases := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"go install @version", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.0"}}, "v1.2.0"},
		{"built in the clone", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}}, "(devel) (revision 0123456789ab, modified)"},
		{"built in the clone, Go 1.24 stamping", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v0.0.0-20261205120000-0123456789ab+dirty"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}}}, "v0.0.0-20261205120000-0123456789ab+dirty"},
		{"go tool, published", dep(debug.Module{Path: modulePath, Version: "v1.2.0"}), "v1.2.0"},
		{"go tool, replaced by a clone", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v0.0.0-00010101000000-000000000000",
			Replace: &debug.Module{Path: "../specgen", Version: "(devel)"}}}, "v0.0.0-00010101000000-000000000000 => ../specgen"},
		{"a dependency replaced by a clone", dep(debug.Module{Path: modulePath, Version: "v0.0.0-00010101000000-000000000000",
			Replace: &debug.Module{Path: "../specgen"}}), "v0.0.0-00010101000000-000000000000 => ../specgen"},
		{"go tool, replaced by a fork", dep(debug.Module{Path: modulePath, Version: "v1.2.0",
			Replace: &debug.Module{Path: "example.com/fork", Version: "v1.2.1"}}), "v1.2.0 => example.com/fork v1.2.1"},
	}
	for _, c := range cases {
		if got := moduleVersion(c.bi, true); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if got := moduleVersion(nil, false); got != "(unknown: no build information)" {
		t.Errorf("no build info: %q", got)
	}
}

// TestStaleCheckPrintsCommand: a stale check prints the generate command
// that brings the directory up to date, and that command does.
func TestStaleCheckPrintsCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my api")
	args := append([]string{"-out", dir}, workspaceArgs...)
	if code, _, errOut := runCLI(append([]string{"generate"}, args...)...); code != 0 {
		t.Fatal(errOut)
	}
	os.Remove(filepath.Join(dir, "enums.gen.go"))
	code, _, errOut := runCLI(append([]string{"check"}, args...)...)
	want := "specgen: " + dir + " is stale: 1 file(s) differ; to update it, run\n" +
		"\tspecgen generate -out '" + dir + "' -spec ../../spec/openapi.yaml -schema ../../spec/workspace.schema.json " +
		"-package coder -type uuid.NullUUID=github.com/google/uuid.NullUUID -q\n"
	if code != 1 || errOut != want {
		t.Fatalf("check: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, want)
	}
	if code, _, errOut := runCLI(append([]string{"generate"}, args...)...); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := runCLI(append([]string{"check"}, args...)...); code != 0 {
		t.Errorf("check after the printed command: exit %d, %s", code, errOut)
	}
}

// TestSummaryNamesFolder: "-out ." is named by its path in the module, so
// that `make generate` says which folder it wrote.
func TestSummaryNamesFolder(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644)
	pkg := filepath.Join(root, "gen", "tree")
	os.MkdirAll(pkg, 0o755)
	schema, err := filepath.Abs("../../spec/workspace.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(pkg)
	code, out, errOut := runCLI("generate", "-q", "-schema", schema, "-out", ".")
	if code != 0 || !strings.Contains(out, " files in gen/tree (") {
		t.Errorf("generate -out .: exit %d, %q %s", code, out, errOut)
	}
	code, out, _ = runCLI("check", "-q", "-schema", schema, "-out", ".")
	if code != 0 || !strings.HasPrefix(out, "specgen: gen/tree is up to date (") {
		t.Errorf("check -out .: exit %d, %q", code, out)
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"../spec/openapi.yaml": "../spec/openapi.yaml", "a b": "'a b'", "it's": `'it'\''s'`, "": "''",
		"uuid.NullUUID=github.com/google/uuid.NullUUID": "uuid.NullUUID=github.com/google/uuid.NullUUID", "$HOME": "'$HOME'",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}
