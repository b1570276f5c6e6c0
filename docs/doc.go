// Package docs holds specgen's user documentation, README.md's long
// references, as Markdown, and the tests that keep README and these pages
// true: their links resolve, every command README shows is run by a test,
// and the commands of "Using specgen in your module" and of the CI workflow
// work in a module of a user's (newcomer_test.go).
package docs
