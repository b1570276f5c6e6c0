package ir

// Decl is a named Go type in the generated package: `type Name <Type>`.
type Decl struct {
	// Name is the Go name, unique in the package.
	Name string
	// Origin says what the declaration was made for, and so what
	// SchemaName holds.
	Origin Origin
	// SchemaName is the name the spec gives the schema
	// ("codersdk.WorkspaceBuild") for OriginNamed; the JSON pointer the
	// schema was found at ("#/properties/latest_build") for OriginInline
	// and OriginVariant; "specgen:" and the Go name for OriginSpecgen.
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
	// DecodeName is the function that decodes a JSON document into this
	// type and checks it completely ("DecodeWorkspace"), claimed by
	// lowering for named schemas; "" for the others.
	DecodeName string
	// Null is what the Decode function of a schema file's root does with
	// a null document (NullJudged for every other declaration).
	Null   RootNull
	Source Source
	// Shares holds the schemas (SchemaName's pointers) of the other
	// inline schemas and variants of this declaration's shape, whose uses
	// refer to this declaration instead of a Go type of their own
	// (lower/share.go); nil when none does.
	Shares []string
}

// Origin says what a declaration was made for.
type Origin uint8

const (
	// OriginNamed is a named schema: a key of components/schemas, $defs or
	// definitions, or the root of a schema file.
	OriginNamed Origin = iota
	// OriginInline is a schema written inline (a property's object, an
	// operation's body), named from the path that reached it.
	OriginInline
	// OriginVariant is a declaration made to hold a union variant whose own
	// type cannot carry methods (see Wrapper).
	OriginVariant
	// OriginSpecgen is a declaration specgen makes that no schema asks
	// for: the error body of an API that names none.
	OriginSpecgen
)

// String returns the origin's name, for notes and test failures.
func (o Origin) String() string {
	switch o {
	case OriginNamed:
		return "named"
	case OriginInline:
		return "inline"
	case OriginVariant:
		return "variant"
	case OriginSpecgen:
		return "specgen"
	}
	return "Origin(?)"
}

// Named reports whether d was declared for a named schema, whose
// SchemaName is the spec's name for it.
func (d *Decl) Named() bool { return d.Origin == OriginNamed }

// RootNull is what a schema file's root's Decode function does with a
// null document.
type RootNull uint8

const (
	// NullJudged: the type's own decoding and Validate judge null (a
	// JSON value, a union with a null variant), or it is no root.
	NullJudged RootNull = iota
	// NullRejected: the root does not allow null, and decoding null into
	// its defined scalar, slice, map, union or struct type is an error,
	// since encoding/json would leave a zero value that Validate might
	// accept.
	NullRejected
	// NullValid: the root allows null, so a null document is valid as it
	// stands, and its Decode function does not hold the zero value
	// decoding leaves for it (which a bound, an enum or minItems may
	// refuse) to Validate.
	NullValid
)
