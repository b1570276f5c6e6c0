// Package templates holds the text templates of specgen's non-Go output
// (Go source is written with jennifer, never from a template). They are
// embedded, so the specgen binary needs no files at run time.
package templates

import "embed"

// FS holds every *.tmpl file of this directory.
//
//go:embed *.tmpl
var FS embed.FS

// DiffReportName is the Markdown template of `specgen diff -format
// markdown`; its data is described at the top of the file.
const DiffReportName = "diff-report.md.tmpl"

// DiffReport returns the Markdown template of `specgen diff`.
func DiffReport() string {
	b, err := FS.ReadFile(DiffReportName)
	if err != nil {
		// The file is embedded at build time; a missing one is a build
		// mistake that templates_test.go catches.
		panic(err)
	}
	return string(b)
}
