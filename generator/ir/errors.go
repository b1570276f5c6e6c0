package ir

// ErrorModel says what error answers look like: every non-2xx body the
// client decodes and every error the generated server writes (400 for bad
// input, 401, 404 for unknown routes, 405, 413, 500, 501) is a value of
// Decl, whatever its shape.
//
// Lowering decides once where the server puts what it has to say (see
// docs/errors.md for the rules): the human message, a detail, the HTTP
// status and the list of a bad request's problems. Each is a path of
// fields from Decl, nil when the schema has no place for it; emit renders
// exactly these paths.
type ErrorModel struct {
	// Decl is the error schema's declaration.
	Decl *Decl
	// Message is the string property that carries the human message
	// ("message", RFC 7807's "title", `error.message`…); nil when Decl has
	// none, and the server then answers with Decl's zero value (plus
	// Status and Problems where Decl has them).
	Message FieldPath
	// Detail is a second string property, beside Message, for the
	// detail; nil when there is none (the detail then joins the message).
	Detail FieldPath
	// Status is an integer property the server sets to the answer's HTTP
	// status when it is zero ("status", "code"…); nil when there is none.
	Status FieldPath
	// Problems is where a bad request's problems go; nil when Decl has no
	// list for them (they then join the detail, or the message).
	Problems *ProblemList
	// MediaType is the Content-Type of the error answers the server
	// writes: the one JSON media type every documented error response
	// with this schema gives ("application/problem+json"), else
	// "application/json; charset=utf-8". Decided by lowering.
	MediaType string
	// Synthesized is set when the API names no error schema and lowering
	// declared one (Decl and Problems.Item are then also in API.Decls).
	Synthesized bool
}

// FieldPath is a property reached from a struct through properties whose
// types are references to struct declarations: `error.message` is the
// field Error of the root and then the field Message of Error's type.
// Every field but the last is a *Ref to a Decl whose Type is a *Struct.
type FieldPath []*Field

// Last is the field the path ends at.
func (p FieldPath) Last() *Field { return p[len(p)-1] }

// ProblemList is an array property that lists the inputs of a bad request
// that are not valid: Coder's `validations: [{field, detail}]`, RFC 7807's
// `invalid_params: [{name, reason}]`, or a list of strings.
type ProblemList struct {
	// List is the array property; its type is a *Slice.
	List FieldPath
	// Item is the declaration of the array's items, with Location (the
	// input's name or JSON path) and Detail (what is wrong), both strings;
	// all three are nil when the items are strings ("field: detail").
	Item     *Decl
	Location *Field
	Detail   *Field
}
