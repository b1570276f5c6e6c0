// Package diff compares two versions of an API at the level of specgen's IR
// and classifies every difference for a client of the API, so that a
// reviewer sees in a few lines what a spec change does before reading the
// regenerated Go.
//
// # Matching
//
// Named schemas are matched by the name the spec gives them
// ("codersdk.WorkspaceBuild"), then, among those left, by that name without
// its Go-package-like qualifier ("codersdk.Response" and "Response"), then
// by Go name. Inline schemas are not matched on their own: they are compared
// in place, through the field, parameter or body that holds them.
// Operations are matched by method and path template, with parameter names
// ignored ("/workspaces/{id}" and "/workspaces/{workspace}" are one route),
// then by operationId (a path that moved).
//
// # Classification
//
// A change is breaking when an existing client can fail against the new
// API, non-breaking when it cannot, and info when it does not touch the
// wire at all (descriptions, deprecations, Go names). Which changes break
// depends on the direction data travels:
//
//   - A request (parameters, request bodies) is written by the client and
//     read by the server. Narrowing what a request may hold breaks clients:
//     a new required parameter or field, optional becoming required, an enum
//     value or null no longer accepted, a new format or tighter bound.
//     Widening is safe.
//   - A response is written by the server and read by the client. Widening
//     what a response may hold breaks clients: a field removed or becoming
//     optional, null or a new enum value appearing (a client that rejects
//     unknown values, such as specgen's Validate, fails), a format or bound
//     dropped. Narrowing is safe.
//
// A schema is judged in every direction it travels in either version; a
// schema no operation uses (types generated from JSON Schema alone) is
// judged both ways. Removals (operations, parameters, fields, success
// statuses) and changes of type (a JSON type, or a different schema) break
// in both directions. readOnly properties never travel in requests and
// writeOnly ones never in responses.
//
// Changes that alter the Go the generator writes for existing code (a field
// that becomes uuid.UUID instead of string, a renamed method) carry a Go
// note, so that users of the generated package know to expect compile
// errors after regenerating, whatever the wire says.
package diff
