package ir

// Rules are the validation keywords of one use site. The zero value checks
// nothing. Pointers distinguish "absent" from a zero bound.
type Rules struct {
	// Enum narrows the allowed values (for a Ref to an enum, a subset of its
	// values; for a Primitive, an inline list that was not made a type).
	Enum []any
	// Const is the single allowed value when HasConst is set.
	Const    any
	HasConst bool

	MinLength *int64
	MaxLength *int64
	Pattern   string

	Minimum          *float64
	Maximum          *float64
	ExclusiveMinimum *float64
	ExclusiveMaximum *float64
	MultipleOf       *float64

	MinItems    *int64
	MaxItems    *int64
	UniqueItems bool

	MinProperties *int64
	MaxProperties *int64
	// KeyPattern, on a map, is the pattern every key must match: the one
	// patternProperties name of an object whose additionalProperties is
	// false (lower/patternmap.go).
	KeyPattern string

	// DependentRequired maps a property to the properties it requires, in
	// document order.
	DependentRequired []Dependency

	// Format is a string format checked by Validate rather than by the Go
	// type (email, uri, hostname, ipv4, ipv6, date…); "" for none.
	Format string

	// ContentEncoding and ContentMediaType are draft-07's content keywords,
	// set only where Validate asserts them (ContentCheck names the check).
	ContentEncoding, ContentMediaType string
}

// Dependency is one dependentRequired entry.
type Dependency struct {
	Property string   // JSON name
	Requires []string // JSON names
}

// Empty reports whether the rules check nothing.
func (r *Rules) Empty() bool {
	return len(r.Enum) == 0 && !r.HasConst && r.MinLength == nil &&
		r.MaxLength == nil && r.Pattern == "" && r.Minimum == nil &&
		r.Maximum == nil && r.ExclusiveMinimum == nil &&
		r.ExclusiveMaximum == nil && r.MultipleOf == nil && r.MinItems == nil &&
		r.MaxItems == nil && !r.UniqueItems && r.MinProperties == nil &&
		r.MaxProperties == nil && len(r.DependentRequired) == 0 && r.Format == "" && r.KeyPattern == "" &&
		r.ContentEncoding == "" && r.ContentMediaType == ""
}
