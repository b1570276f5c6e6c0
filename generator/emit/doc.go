// Package emit writes Go source for an IR API with jennifer.
//
// It knows only the IR and jennifer: no loader, no disk. Each output file
// has one concern (types, enums, validation, client, server) and is built as
// one jennifer File, rendered (which gofmt-formats it) into bytes. Files are
// named *.gen.go so that the command can remove stale files of its own and
// nothing else.
package emit
