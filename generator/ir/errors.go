package ir

// ErrorModel says what error answers look like: every non-2xx body the
// client decodes and every error the generated server writes (400 for bad
// input, 401, 404 for unknown routes, 500, 501) is a value of one struct.
//
// The struct follows a convention: a string property `message`, and
// optionally a string property `detail` and an array property
// `validations` of objects with string properties `field` and `detail`
// (the shape of Coder's codersdk.Response).
type ErrorModel struct {
	// Decl is the struct.
	Decl *Decl
	// Message is the `message` field; Detail and Validations are nil when
	// the struct has no such property.
	Message     *Field
	Detail      *Field
	Validations *Field
	// Validation is the struct of Validations' items, with its `field`
	// and `detail` properties; nil with Validations.
	Validation       *Decl
	ValidationField  *Field
	ValidationDetail *Field
	// Synthesized is set when the API names no error schema and lowering
	// declared one (Decl and Validation are then also in API.Decls).
	Synthesized bool
}
