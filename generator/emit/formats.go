package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Format checks are fixed code: runtime/formats*.go, copied into packages
// whose Validate methods call them (with what they call in turn).

// useFormat returns the runtime function that checks format, or "" for a
// format Validate does not check (lowering notes those); ir.FormatCheck is
// the table.
func (e *emitter) useFormat(format string) string {
	return ir.FormatCheck(format)
}

// checkContent writes the check of a string's contentEncoding and
// contentMediaType, when Validate asserts them (ir.ContentCheck):
//
//	if !isContentBase64JSON(*v.Payload) {
//		errs.add(…, "must be base64-encoded JSON")
//	}
func checkContent(g *jen.Group, encoding, mediaType string, val func() *jen.Statement, at func() jen.Code) {
	fn, what := ir.ContentCheck(encoding, mediaType)
	if fn == "" {
		return
	}
	g.If(jen.Op("!").Id(fn).Call(val())).Block(errsAdd(at(), jen.Lit("must be "+what)))
}
