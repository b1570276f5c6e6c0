package ir

// Kind is the Go representation of a JSON scalar.
type Kind int

const (
	KindString  Kind = iota // string
	KindBool                // bool
	KindInt                 // int (format "int" or none given with a Go int override)
	KindInt32               // int32
	KindInt64               // int64
	KindUint32              // uint32
	KindUint64              // uint64
	KindFloat32             // float32
	KindFloat64             // float64
	KindTime                // time.Time (format date-time)
	KindUUID                // github.com/google/uuid.UUID (format uuid)
	KindBytes               // []byte (format byte: base64 in JSON)
	// The runtime's string types of a format (generator/emit/runtime/
	// formatstrings.go), chosen in JSON Schema files: in JSON and to the
	// string rules a string, in Go a named type whose method parses it.
	KindDateTimeString // DateTimeString (format date-time)
	KindUUIDString     // UUIDString (format uuid)
)

// Go returns the Go type a Kind is emitted as: the named type, or, when
// slice is set (KindBytes), the element of the slice type ([]byte). An
// Ident is always an identifier, never a type expression.
func (k Kind) Go() (id Ident, slice bool) {
	if k == KindBytes {
		return Ident{Name: "byte"}, true
	}
	return k.named(), false
}

// named is the named Go type of every kind but KindBytes.
func (k Kind) named() Ident {
	switch k {
	case KindBool:
		return Ident{Name: "bool"}
	case KindInt:
		return Ident{Name: "int"}
	case KindInt32:
		return Ident{Name: "int32"}
	case KindInt64:
		return Ident{Name: "int64"}
	case KindUint32:
		return Ident{Name: "uint32"}
	case KindUint64:
		return Ident{Name: "uint64"}
	case KindFloat32:
		return Ident{Name: "float32"}
	case KindFloat64:
		return Ident{Name: "float64"}
	case KindTime:
		return Ident{ImportPath: "time", Name: "Time"}
	case KindUUID:
		return Ident{ImportPath: "github.com/google/uuid", Name: "UUID"}
	case KindDateTimeString:
		return Ident{Name: "DateTimeString"}
	case KindUUIDString:
		return Ident{Name: "UUIDString"}
	default:
		return Ident{Name: "string"}
	}
}

// IsInteger reports whether the kind holds JSON integers.
func (k Kind) IsInteger() bool {
	switch k {
	case KindInt, KindInt32, KindInt64, KindUint32, KindUint64:
		return true
	}
	return false
}

// IsNumber reports whether the kind holds JSON numbers (integers included).
func (k Kind) IsNumber() bool {
	return k.IsInteger() || k == KindFloat32 || k == KindFloat64
}

// IsText reports whether the Go value is a string that string rules
// (length, pattern, format) apply to.
func (k Kind) IsText() bool { return k.Base() == KindString }

// Base is the kind a value of k is decoded, encoded and checked as: string
// for the runtime's string types of a format, k itself for every other.
// Where Base differs from k, the Go type is a named type over Base's.
func (k Kind) Base() Kind {
	if k == KindDateTimeString || k == KindUUIDString {
		return KindString
	}
	return k
}
