package ir

// LayoutKind says how a parameter's or form field's value is laid out as
// text on the wire.
type LayoutKind int

const (
	// LayoutScalar is one text value.
	LayoutScalar LayoutKind = iota
	// LayoutArray is a list of text values: a []T of a scalar T.
	LayoutArray
	// LayoutObject is a list of name/value pairs: a struct whose properties
	// are all scalars, or a map of scalars.
	LayoutObject
	// LayoutJSON is any value, as its JSON text: parameters given with
	// `content: {application/json: …}`, and form fields that are neither
	// scalars nor arrays of scalars.
	LayoutJSON
	// LayoutFile is a file part of a multipart body (a string property of
	// format binary); LayoutFiles is an array of them.
	LayoutFile
	LayoutFiles
)

// Layout describes how a value of some Type travels as text.
type Layout struct {
	Kind LayoutKind
	// Scalar is the shape of the value (LayoutScalar), of each item
	// (LayoutArray) or of each map value (LayoutObject over a map).
	Scalar Scalar
	// Struct is the declaration of a LayoutObject over a struct, whose
	// properties are Fields; nil for a map.
	Struct *Decl
	Fields []ObjectField
}

// ObjectField is one property of an object laid out as pairs.
type ObjectField struct {
	Field  *Field
	Scalar Scalar
	// Nested is the layout of a property that is itself an object (a
	// struct, or a map of scalars) in a deepObject query parameter:
	// name[prop][key]=value. Nil for a scalar property.
	Nested *Layout
	// Array marks a property that is an array of Scalar, in a deepObject
	// query parameter or bracketed form field: name[prop][0]=a&name[prop][1]=b.
	Array bool
}

// Nested reports whether some property of an object layout is itself an
// object or an array (DeepLayoutOf).
func (l Layout) Nested() bool {
	for _, f := range l.Fields {
		if f.Nested != nil || f.Array {
			return true
		}
	}
	return false
}

// LayoutOf returns how a value of type t travels as text without JSON:
// as a scalar, an array of scalars, or an object of scalar properties (or
// scalar map values). ok is false when it cannot.
func LayoutOf(t Type) (Layout, bool) {
	if s, array, ok := ScalarOf(t); ok {
		if array {
			return Layout{Kind: LayoutArray, Scalar: s}, true
		}
		return Layout{Kind: LayoutScalar, Scalar: s}, true
	}
	switch t := t.(type) {
	case *Map:
		if s, array, ok := ScalarOf(t.Elem); ok && !array && !t.ElemNullable {
			return Layout{Kind: LayoutObject, Scalar: s}, true
		}
	case *Ref:
		if t.Decl == nil {
			return Layout{}, false
		}
		switch dt := t.Decl.Type.(type) {
		case *Struct:
			l := Layout{Kind: LayoutObject, Struct: t.Decl}
			for _, f := range dt.Fields {
				s, array, ok := ScalarOf(f.Type)
				if !ok || array {
					return Layout{}, false
				}
				l.Fields = append(l.Fields, ObjectField{Field: f, Scalar: s})
			}
			return l, true
		case *Map:
			return LayoutOf(dt)
		}
	}
	return Layout{}, false
}

// DeepLayoutOf returns the layout of a deepObject query parameter of type
// t whose struct has properties that are objects themselves, at any depth:
// structs, maps of scalars (name[owner][labels][team]=core) and arrays of
// scalars, indexed (name[tags][0]=a, as kin-openapi reads them). ok is
// false when t is not a struct, or a property is an array of objects or
// any other value, or a struct contains itself (its names would never end).
func DeepLayoutOf(t Type) (Layout, bool) {
	return deepLayout(t, map[*Decl]bool{})
}

// deepLayout is DeepLayoutOf; open holds the structs being laid out, to
// refuse a struct within itself.
func deepLayout(t Type, open map[*Decl]bool) (Layout, bool) {
	ref, ok := t.(*Ref)
	if !ok || ref.Decl == nil || open[ref.Decl] {
		return Layout{}, false
	}
	st, ok := ref.Decl.Type.(*Struct)
	if !ok {
		return Layout{}, false
	}
	open[ref.Decl] = true
	defer delete(open, ref.Decl)
	l := Layout{Kind: LayoutObject, Struct: ref.Decl}
	for _, f := range st.Fields {
		if s, array, ok := ScalarOf(f.Type); ok {
			l.Fields = append(l.Fields, ObjectField{Field: f, Scalar: s, Array: array})
			continue
		}
		sub, ok := LayoutOf(f.Type)
		if !ok || sub.Kind != LayoutObject || sub.Struct != nil {
			// Not a map of scalars: a struct, laid out in turn.
			if sub, ok = deepLayout(f.Type, open); !ok {
				return Layout{}, false
			}
		}
		l.Fields = append(l.Fields, ObjectField{Field: f, Nested: &sub})
	}
	return l, true
}

// IsBinary reports whether t is a string of format binary: raw bytes, a
// file part in a multipart body.
func IsBinary(t Type) bool {
	p, ok := t.(*Primitive)
	return ok && p.Kind == KindString && p.Format == "binary"
}

// ExplodedMap reports whether p is a map sent as one query parameter per
// entry (form style, exploded): on the server it takes every query
// parameter the operation does not declare.
func (p *Param) ExplodedMap() bool {
	return p.In == InQuery && p.Layout.Kind == LayoutObject && p.Layout.Struct == nil &&
		p.Explode && p.Style != StyleDeepObject
}
