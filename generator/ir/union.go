package ir

// Union is a value that is one of several types (oneOf, anyOf). It is
// emitted as a struct holding a sealed interface: every variant type gets a
// marker method, so only they can be stored, and the struct has JSON
// methods that pick the variant when decoding.
type Union struct {
	// ValueName is the Go name of the sealed interface ("PetValue").
	ValueName string
	Variants  []*Variant
	// Discriminator is the property whose value names the variant (OpenAPI
	// discriminator); "" when variants are told apart by JSON type and
	// required properties, in order.
	Discriminator string
	// Untagged is the variant a value without the discriminator property
	// decodes as: a base that lists its children only by inheritance and
	// does not require the property is itself such a value. nil when
	// decoding refuses a value without it.
	Untagged *Variant
	// OneOf is true for oneOf (exactly one variant may match), false for
	// anyOf (the first that matches is taken).
	OneOf bool
	// Kinds are the JSON types (null aside) that a type list beside the
	// union allows, where a variant of no one JSON type (a nested union,
	// an untyped schema) could take a value of another: decoding refuses
	// that value before any variant is tried. nil when nothing beside the
	// union restricts it, or when its variants' own types do.
	Kinds []JSONType
	Check Rules
}

// Variant is one alternative of a Union.
type Variant struct {
	// Decl is the declared type stored in the union (as a pointer); unions
	// of scalars or arrays get wrapper declarations ("PetString").
	Decl *Decl
	// Tags are the discriminator values that select this variant.
	Tags []string
	// JSONType is the JSON type the variant accepts, for choosing a
	// variant by shape; "" when it accepts any.
	JSONType JSONType
	// Required lists the required properties of an object variant, which a
	// document must have for the variant to be chosen by shape.
	Required []string
	// AnyKind is set for a struct of a JSON Schema file whose schema
	// gives no type (ir.Struct.AnyKind): its keywords apply to objects
	// only, so it matches a value of any other JSON type as well. Such a
	// value is tried on it after every variant that takes it by type, so
	// that anyOf keeps the variant that holds the value and oneOf counts
	// the vacuous match as a second one.
	AnyKind bool
	// TagField is the Go field of the variant struct that holds the
	// discriminator, set when encoding leaves it empty; nil when the
	// struct has no such field.
	TagField *Field
}

func (*Union) isType()         {}
func (t *Union) Rules() *Rules { return &t.Check }

// JSONType is one of JSON Schema's type names.
type JSONType string

const (
	JSONObject  JSONType = "object"
	JSONArray   JSONType = "array"
	JSONString  JSONType = "string"
	JSONNumber  JSONType = "number"
	JSONInteger JSONType = "integer"
	JSONBoolean JSONType = "boolean"
	JSONNull    JSONType = "null"
)
