package emit

import (
	"strconv"

	"github.com/dave/jennifer/jen"
)

// The validation code of a large schema repeats a few expressions
// thousands of times; written as one jennifer identifier holding their
// text rather than a chain of tokens (Op, Id, Values, Lit: a dozen
// allocations each), they cost building and printing far less and print
// the same tokens on the same line, so gofmt's output is the same.

// fieldPathText is the Go text of the path of the member name of the
// object at p, as jen.Lit would quote name (strconv.Quote):
//
//	&validationPath{parent: p, key: "name"}
func fieldPathText(name string) string {
	return "&validationPath{parent: p, key: " + strconv.Quote(name) + "}"
}

// jsonTagText is the struct tag json:"value" as jennifer's Tag writes it
// (a raw string where one can hold it), without the map and sort Tag
// takes for each field.
func jsonTagText(value string) string {
	tag := "json:" + strconv.Quote(value)
	if strconv.CanBackquote(tag) {
		return "`" + tag + "`"
	}
	return strconv.Quote(tag)
}

// quoted is jen.Lit(s) for a string as one identifier holding its text
// (strconv.Quote, which is what jennifer's %#v writes): jen.Lit boxes the
// string and formats it with fmt when printed, for every message of every
// check.
func quoted(s string) *jen.Statement { return jen.Id(strconv.Quote(s)) }

// validateCall is recv.validate(at, errs), the call of a nested value's
// checks, with the selector and the arguments' fixed text as pieces of
// text: recv and at are written as they are, on the same line.
func validateCall(recv *jen.Statement, at jen.Code) *jen.Statement {
	return recv.Id(".validate(").Add(at).Id(", errs)")
}

// errsAddMsg is errsAdd with a message known when emitting.
func errsAddMsg(at jen.Code, msg string) *jen.Statement {
	return errsAdd(at, quoted(msg))
}
