// Package conformance runs the official JSON-Schema-Test-Suite through
// specgen: every group's schema is generated into Go with `specgen generate
// -schema`, every test's data is checked by the one documented call (see
// package conformance/check), and the verdict is compared with the suite's
// `valid`.
//
// Speed comes from batching: one generated package per test file (each group
// a schema file of its own, so its types are named apart), one program that
// imports them all and answers every verdict, built by one `go build`.
// Groups whose batch does not generate or compile are split off into
// packages of their own, so one bad schema costs only its own tests.
//
// Each test ends in one status: agree, disagree, refused (specgen would not
// generate the schema), broken (what it generated does not compile) or
// crashed (the check panicked). TestConformance compares the statuses with
// the committed expectation files in testdata/ and fails when a test that
// agreed no longer does; `make conformance` prints the report by file.
package conformance
