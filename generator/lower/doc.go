// Package lower turns loaded documents into the IR.
//
// Every naming and ordering decision is made here, once: schema names become
// Go identifiers (codersdk.WorkspaceBuild → WorkspaceBuild), collisions are
// resolved deterministically and reported as notes, inline schemas are named
// from their path, references are deduped by the schema they point to, enums
// narrowed through allOf+$ref keep the wide type with the narrowed set as a
// use-site rule, and the null policy decides which fields are pointers.
//
// What cannot be typed exactly is not refused: it is lowered to the nearest
// faithful form (a raw JSON value, a parameter as its JSON text or as text
// the caller formats, a raw body, an operation left to the client) and
// noted with its kind (degrade); Config.Strict makes those notes errors.
// docs/degraded.md lists every such construct.
//
// Lowering reads only package load's plain data; it never sees kin-openapi
// or jsonschema, and emitters never see what lowering reads.
package lower
