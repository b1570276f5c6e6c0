package emit

import "github.com/specgen/specgen/generator/ir"

// Format checks are fixed code: runtime/formats*.go, copied into packages
// whose Validate methods call them (with what they call in turn).

// useFormat returns the runtime function that checks format, or "" for a
// format Validate does not check (lowering notes those); ir.FormatCheck is
// the table.
func (e *emitter) useFormat(format string) string {
	return ir.FormatCheck(format)
}
