package ir

// Form lays out a form body (application/x-www-form-urlencoded or
// multipart/form-data): one field per property of the body's object
// schema.
type Form struct {
	// TypeName is the Go struct declared for a multipart body with file
	// parts ("UploadPhotoForm"), whose file fields cannot be the schema
	// type's strings; "" when the body is the schema's own type.
	TypeName string
	// Values is set when the body has no object schema with properties:
	// its Go type is url.Values, any field names.
	Values bool
	// Fields are the schema's properties, in order; empty with Values.
	Fields []*FormField
}

// FormField is one field of a form body.
type FormField struct {
	// Field is the schema property: Go and wire names, type, required.
	Field *Field
	// Layout is how its value travels: a scalar, an array (the field
	// repeated), JSON text (objects and anything else), or a file part;
	// an object (LayoutObject, nested or a map of scalars) in bracket
	// notation, name[key]=value, when the media type's `encoding` gives
	// the property style deepObject (Stripe's metadata, card).
	Layout Layout
	// Brackets marks an array of scalars whose property has style
	// deepObject: each item travels as name[]=item (Stripe's expand[]).
	Brackets bool
}

// WireName is the form field name each value travels under: the
// property's name, with [] for an array in bracket notation.
func (ff *FormField) WireName() string {
	if ff.Brackets {
		return ff.Field.JSONName + "[]"
	}
	return ff.Field.JSONName
}

// HasFiles reports whether some field is a file part.
func (f *Form) HasFiles() bool {
	for _, ff := range f.Fields {
		if ff.Layout.Kind == LayoutFile || ff.Layout.Kind == LayoutFiles {
			return true
		}
	}
	return false
}
