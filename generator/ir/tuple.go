package ir

// Tuple is a JSON array whose items have types by position (prefixItems).
// It is emitted as a struct with a field per position and JSON methods that
// read and write an array.
type Tuple struct {
	Items []*TupleItem
	// Rest is the type of items past the prefix (items), or nil when the
	// schema allows none (items: false) — then Rest is not emitted.
	Rest Type
	// RestNullable says items past the prefix may be null.
	RestNullable bool
	Check        Rules
}

// TupleItem is one position of a Tuple.
type TupleItem struct {
	Name string // Go field name
	Doc  string
	Type Type
	// Pointer says the item is held by pointer (nil is null), because its
	// type contains the tuple by value (Go rejects an infinite type), or
	// because the position must be present and may hold null.
	Pointer bool
	// Optional says a document may end before this position (it is at or
	// past minItems): the item is held by pointer, nil when absent.
	Optional bool
	// Nullable says the position may hold null; when it may not, decoding
	// with a record reports a null there (the Go value cannot show it).
	Nullable bool
}

func (*Tuple) isType()         {}
func (t *Tuple) Rules() *Rules { return &t.Check }
