package ir

// Decl is a named Go type in the generated package: `type Name <Type>`.
type Decl struct {
	// Name is the Go name, unique in the package.
	Name string
	// SchemaName is the name the spec gives the schema
	// ("codersdk.WorkspaceBuild"), or, for an inline schema, the JSON
	// pointer it was found at ("#/properties/latest_build"): names never
	// start with "#", which is how package diff tells the two apart.
	SchemaName string
	Doc        string
	Deprecated bool
	// Type is what the declaration stands for: a *Struct or *Enum, or any
	// other Type for declarations such as `type Tags map[string]string`.
	Type Type
	// Wrapper marks a declaration made to hold a union variant whose own
	// type cannot carry methods (a scalar, an alias): it is emitted as a
	// defined type, not an alias.
	Wrapper bool
	// RejectNull marks the defined scalar type of a schema file's root
	// that does not allow null: decoding null into it is an error, since
	// encoding/json would leave a zero value that Validate might accept.
	RejectNull bool
	Source     Source
}
