package ir

// Alias keeps the Go name of a declaration that shares another's Go type
// (lower/share.go): it is declared `type Name = To.Name` where the
// declaration it stands for would have been. Code written against an
// earlier package keeps compiling, and a schema added later whose name
// sorts first, and so names the shared type, renames nothing a user
// refers to. An alias has no methods of its own: every use of the schema
// refers to To, which carries them.
type Alias struct {
	// Name is the Go name of the declaration that shares To's type.
	Name string
	// SchemaName is that declaration's JSON pointer (ir.Decl.SchemaName).
	SchemaName string
	Deprecated bool
	// To is the declaration whose type the schema shares.
	To *Decl
	// ValueName is the name of the shared union's sealed interface the
	// declaration had (ir.Union.ValueName), kept as an alias of To's;
	// "" for any other declaration.
	ValueName string
	// Values are the constants of a shared enum as the declaration named
	// them, one for each of To's values in its order (the shapes are
	// equal but for these names), each kept as To's constant: code that
	// names a value keeps compiling too. nil for any other declaration.
	Values []*EnumValue
}
