// Package interop tests the generated package gen/coder against Coder's own
// Go SDK (github.com/coder/coder/v2/codersdk).
package interop
