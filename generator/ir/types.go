package ir

// Type is the closed set of Go shapes the generator emits. Each use of a
// type is its own value, carrying the validation rules of that use site
// (the same enum narrowed differently in two properties has two *Ref
// values pointing to one *Decl).
type Type interface {
	isType()
	// Rules returns the use-site validation rules; never nil.
	Rules() *Rules
}

// Struct is a Go struct for a JSON object with known properties.
type Struct struct {
	Fields []*Field
	// Extra describes the properties not listed in Fields.
	Extra Extra
	Check Rules
	// AnyKind is true when the schema gives no type: its keywords apply to
	// objects only, so a value of another JSON kind is valid. The struct
	// is the natural Go for the objects; decoding marks the zero struct it
	// leaves for any other value, and Validate accepts that.
	AnyKind bool
	// ExactKeys says only a key equal to a property's name meets its
	// required (JSON Schema documents, as the draft has it); else a key
	// equal ignoring case, which fills the field as encoding/json does,
	// meets it too (OpenAPI: a server reads what it decodes).
	ExactKeys bool
	// RequiredUndeclared are the required names no field holds, in
	// document order (an allOf merge that requires a property none of its
	// members declares): decoding's record checks that the object has
	// them, since the Go value has no field to show it.
	RequiredUndeclared []string
}

// Extra says what a struct does with JSON properties it does not declare.
type Extra struct {
	// Forbidden is true for `additionalProperties: false`. Extra
	// properties are gone once decoded into a struct, so the generated
	// UnmarshalJSON records them for Validate to report.
	Forbidden bool
}

// Field is one property of a Struct.
type Field struct {
	Name       string // Go name
	JSONName   string
	Doc        string
	Deprecated bool
	Type       Type
	// Required is the schema's `required`; Nullable says null is a valid
	// value (3.0 nullable, 3.1 type arrays with "null").
	Required bool
	Nullable bool
	// NullRejected says decoding's record reports a null for the property
	// though it is optional: in JSON Schema documents null is a value like
	// any other, which a typed schema without "null" does not allow (nor
	// an enum without null, whatever its type list says). In
	// OpenAPI documents null stays the same as absent (the null policy).
	NullRejected bool
	// Pointer is the Go shape decided by lowering under the null policy:
	// the field is *T.
	Pointer bool
	// OmitZero says the JSON tag carries omitzero: absent values are left
	// out when encoding.
	OmitZero  bool
	ReadOnly  bool
	WriteOnly bool
	Default   any // the schema default (documentation; not applied)
	Source    Source
}

// Enum is a named set of values over a string, integer or number base.
type Enum struct {
	Base   *Primitive
	Values []*EnumValue
	Check  Rules
}

// EnumValue is one allowed value with its Go constant name.
type EnumValue struct {
	Name  string // Go constant name, unique in the package
	Value any    // string, int64, float64 or bool
	Doc   string
}

// Ref is a use of a declared type, or of an external Go type mapped by a
// type override.
type Ref struct {
	// Decl is the declaration referred to; nil for external types.
	Decl *Decl
	// External is the Go type of an override (for example
	// github.com/google/uuid.NullUUID); zero when Decl is set.
	External Ident
	Check    Rules
	// Kinds, on a use of a struct whose schema gives no type (AnyKind),
	// are the JSON types (null aside) that a type list beside its $ref
	// allows: decoding's record refuses a value of another, which the
	// struct's own decoding takes. nil when nothing beside the $ref
	// restricts it.
	Kinds []JSONType
}

// Slice is a JSON array.
type Slice struct {
	Elem Type
	// ElemNullable says items may be null.
	ElemNullable bool
	// ElemPointer says the elements are pointers: items may be null and
	// the element's Go type has no nil of its own. Decided by lowering.
	ElemPointer bool
	// NullRejected says decoding's record reports a null item (JSON Schema
	// documents, where the items' schema names its types without null): a
	// Go element cannot tell null from its zero value, which Validate
	// might pass (see Field.NullRejected).
	NullRejected bool
	Check        Rules
}

// Map is a JSON object with arbitrary keys (additionalProperties).
type Map struct {
	Elem Type
	// ElemNullable says values may be null.
	ElemNullable bool
	// ElemPointer says the values are pointers: values may be null and
	// the value's Go type has no nil of its own. Decided by lowering.
	ElemPointer bool
	// NullRejected says decoding's record reports a null value, as
	// Slice.NullRejected does for items.
	NullRejected bool
	Check        Rules
}

// Primitive is a JSON scalar with the Go type chosen for its format.
type Primitive struct {
	Kind   Kind
	Format string // as written in the spec ("uuid", "date-time", "int32"…)
	Check  Rules
}

// Any is a value of unknown shape (schema `{}` or `true`).
type Any struct {
	Check Rules
}

func (*Struct) isType()    {}
func (*Enum) isType()      {}
func (*Ref) isType()       {}
func (*Slice) isType()     {}
func (*Map) isType()       {}
func (*Primitive) isType() {}
func (*Any) isType()       {}

func (t *Struct) Rules() *Rules    { return &t.Check }
func (t *Enum) Rules() *Rules      { return &t.Check }
func (t *Ref) Rules() *Rules       { return &t.Check }
func (t *Slice) Rules() *Rules     { return &t.Check }
func (t *Map) Rules() *Rules       { return &t.Check }
func (t *Primitive) Rules() *Rules { return &t.Check }
func (t *Any) Rules() *Rules       { return &t.Check }
