package document

import "github.com/specgen/specgen/generator/loc"

// Schema is one JSON Schema (or OpenAPI Schema Object) after reference
// resolution: every $ref is a pointer to the Schema it names, so the graph
// may have cycles. Keywords that do not occur are zero (nil, false, "").
type Schema struct {
	// Key identifies the schema: its absolute location (URL#pointer), shared
	// by every reference to it. Lowering dedupes by Key.
	Key    string
	Source loc.Source

	// Ref is the target of $ref (with any sibling keywords kept on this
	// Schema, as 2020-12 has it).
	Ref *Schema
	// Bool is set for the boolean schemas true and false.
	Bool *bool

	// Types lists the allowed JSON types except "null", in document order;
	// empty means any type. Nullable is true when "null" is allowed (a type
	// array with "null", OpenAPI 3.0's nullable, or an enum listing null).
	Types    []string
	Nullable bool
	// TypeList is the type keyword as written ("null" included); nil when
	// absent. Run-time checks of JSON values (ir.ValueSchema) need it
	// exact, where Nullable also counts enums and OpenAPI's nullable.
	TypeList []string
	// NullableKeyword is set by OpenAPI 3.0's `nullable: true`, which
	// admits null before any other keyword is looked at.
	NullableKeyword bool

	Format string
	// FormatAnnotation is set in drafts where format only annotates
	// (2019-09 and 2020-12) rather than asserts.
	FormatAnnotation bool
	// ContentEncoding and ContentMediaType are draft-07's content keywords
	// (annotations from 2019-09 on; no keywords before draft-07).
	ContentEncoding, ContentMediaType string
	Title                             string
	Description                       string
	Deprecated                        bool
	ReadOnly                          bool
	WriteOnly                         bool

	Enum     []any // nil when absent; values are string, json.Number, bool or nil
	HasEnum  bool
	Const    any
	HasConst bool
	Default  any
	HasDef   bool

	Properties           []*Property // in document order
	Required             []string
	AdditionalProperties *Schema // nil when absent
	PatternProperties    []*Property
	DependentRequired    []Dependency

	Items       *Schema // items (2020-12) or the single-schema items of older drafts
	PrefixItems []*Schema

	AllOf []*Schema
	// RefInAllOf says AllOf's first member is the schema's own $ref,
	// which has members, items or combinators beside it: the allOf it
	// means (load's refAsMember). A JSON value's check still calls it
	// the $ref.
	RefInAllOf bool
	AnyOf      []*Schema
	OneOf      []*Schema
	Not        *Schema

	// If, Then and Else are the conditional keywords; Then and Else are
	// nil when If is.
	If, Then, Else *Schema
	// Contains, with MinContains (nil: 1) and MaxContains, bounds how many
	// items match.
	Contains                 *Schema
	MinContains, MaxContains *int64
	PropertyNames            *Schema
	// DependentSchemas (and the schema form of draft 4–7 dependencies)
	// apply to the whole object when the named property is present.
	DependentSchemas []*Property
	// UnevaluatedProperties and UnevaluatedItems are nil when absent.
	UnevaluatedProperties *Schema
	UnevaluatedItems      *Schema

	Discriminator *Discriminator
	// Base is set on a schema with a discriminator whose oneOf/anyOf
	// variants reach it back through allOf (Cat: allOf [Pet, …] where Pet
	// is oneOf [Cat, Dog]): it is the schema those variants' allOf reach
	// instead, this one without its oneOf, anyOf and discriminator
	// (load/inherit.go). BaseOf points back from that copy.
	Base, BaseOf *Schema
	// Variant is set on a child listed among a base's variants by
	// load/inherit_mapped.go: a type of its own, even when it adds
	// nothing to what it inherits (cookiecuttershark: allOf [shark]).
	Variant bool

	MinLength, MaxLength         *int64
	Pattern                      string
	Minimum, Maximum             *float64
	ExclusiveMinimum             *float64
	ExclusiveMaximum             *float64
	MultipleOf                   *float64
	MinItems, MaxItems           *int64
	UniqueItems                  bool
	MinProperties, MaxProperties *int64

	// Ignored lists keywords present on this schema that specgen does not
	// act on (if/then/else, contains, propertyNames…), for warnings.
	Ignored []string
	// Unsupported lists keywords that change the shape of the data in ways
	// specgen cannot represent ($dynamicRef…): lowering fails on them.
	Unsupported []string

	// Dynamic is set when Ref came from a $dynamicRef or $recursiveRef
	// that the dynamic scope can move (its first target carries the anchor
	// it names); Ref is then only where it resolves when no outer schema
	// resource has that anchor.
	Dynamic *DynamicRef
	// Resource is the Key of the schema resource s belongs to: the nearest
	// enclosing schema with an $id, or its document's root. Evaluation
	// entering it puts its dynamic anchors in scope.
	Resource string
	// Draft4 is set for a schema of draft 4, where 1.0 is a number but
	// not an integer (later drafts count it as both).
	Draft4 bool
	// DynamicAnchor names s for $dynamicRef; RecursiveAnchor is 2019-09's
	// $recursiveAnchor: true.
	DynamicAnchor   string
	RecursiveAnchor bool

	// GoType is the x-go-type extension: an existing Go type to use, a
	// type expression written for another generator's package;
	// GoTypeImport is the import path of its package, when given.
	GoType, GoTypeImport string
	// GoName is the x-go-name extension: the Go name to use.
	GoName string
	// DiscriminatorValue is x-ms-discriminator-value (AutoRest's Swagger
	// 2.0 extension): the value of its base's discriminator that names
	// this schema, where the default is the schema's name.
	DiscriminatorValue string
	// EnumNames is x-enum-varnames: constant name suffixes for Enum.
	EnumNames []string
	// EnumDescriptions is x-enum-descriptions, parallel to Enum.
	EnumDescriptions []string
}

// Property is a named subschema (a property, a $defs entry, a pattern).
type Property struct {
	Name   string
	Schema *Schema
	// Root marks the root of a standalone JSON Schema file: its type is
	// declared with a Validate whatever its shape.
	Root bool
}

// Discriminator is OpenAPI's discriminator object.
type Discriminator struct {
	PropertyName string
	Mapping      []Property // value → schema, in document order
	// Refs are the mapping's values as written, beside Mapping: a target
	// outside oneOf/anyOf is nil there, and load/inherit_mapped.go looks
	// it up among the named schemas.
	Refs []string
}

// Dependency is one member of dependentRequired (or draft-4's array-form
// dependencies): when Property is present, so must Requires be.
type Dependency struct {
	Property string   // JSON name
	Requires []string // JSON names
}

// DynamicRef is what a $dynamicRef or $recursiveRef looks for in the
// dynamic scope: the outermost schema resource with a dynamic anchor of
// that name ($dynamicRef), or with $recursiveAnchor: true ($recursiveRef).
type DynamicRef struct {
	Anchor    string
	Recursive bool
}
