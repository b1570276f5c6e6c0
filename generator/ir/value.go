package ir

// Value is a JSON value that has no fixed Go shape (a schema without
// `type`, `not` alone, a boolean schema, a type list beyond null): the
// generated JSONValue type, which keeps what was decoded (numbers as their
// text), checked at run time against Schema by generated code.
type Value struct {
	Schema *ValueSchema
	Check  Rules
}

func (*Value) isType()         {}
func (t *Value) Rules() *Rules { return &t.Check }

// ValueSchema is one JSON Schema as a run-time check of a JSON value: every
// keyword of the validation and applicator vocabularies, each draft's
// spelling already turned into 2020-12's (array items into PrefixItems and
// Items, dependencies into DependentRequired and DependentSchemas). Name is
// the generated function that checks it; the schemas of a package are in
// API.ValueSchemas, and refer to each other by pointer (cycles included).
type ValueSchema struct {
	Name   string
	Source Source
	// Shares holds the pointers of the other schemas of this one's
	// shape, whose checks call this one's function (lower/share.go).
	Shares []string
	// Bool is set for the schemas true and false.
	Bool *bool
	Ref  *ValueSchema

	// Null is set by OpenAPI 3.0's nullable: true, which admits null
	// whatever the schema's other keywords say (as kin-openapi and
	// the generators read it; `allOf: [$ref], nullable: true` is how 3.0
	// descriptions make a reference nullable).
	Null bool
	// Types are the JSON types allowed ("integer" among them); nil for any.
	Types []string
	// Enum and Const hold values as JSON text, compared by JSON equality.
	Enum     []string
	HasEnum  bool
	Const    string
	HasConst bool

	MinLength, MaxLength *int64
	Pattern              string
	// Format is asserted where Validate checks that format at all.
	Format string
	// ContentEncoding and ContentMediaType are set where Validate asserts
	// them (Rules has the same pair).
	ContentEncoding, ContentMediaType string

	// Numeric bounds, as the shortest decimal text of the schema's number.
	Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum, MultipleOf string

	MinItems, MaxItems       *int64
	UniqueItems              bool
	PrefixItems              []*ValueSchema
	Items                    *ValueSchema
	Contains                 *ValueSchema
	MinContains, MaxContains *int64

	Properties           []ValueProperty
	PatternProperties    []ValueProperty
	AdditionalProperties *ValueSchema
	PropertyNames        *ValueSchema
	Required             []string
	DependentRequired    []Dependency
	DependentSchemas     []ValueProperty
	MinProperties        *int64
	MaxProperties        *int64

	AllOf, AnyOf, OneOf []*ValueSchema
	Not                 *ValueSchema
	If, Then, Else      *ValueSchema

	// UnevaluatedProperties and UnevaluatedItems apply to the members and
	// items that no other keyword here, nor a subschema that passed,
	// evaluated.
	UnevaluatedProperties, UnevaluatedItems *ValueSchema
}

// ValueProperty is a subschema under a name: a property, a pattern, the
// property a dependent schema depends on.
type ValueProperty struct {
	Name   string
	Schema *ValueSchema
}
