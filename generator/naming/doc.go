// Package naming turns the strings of API descriptions into Go identifiers.
//
// It is a leaf: it knows nothing of schemas or of the IR. The lowering stage
// decides which name goes where and resolves collisions with a Scope; this
// package only spells.
package naming
