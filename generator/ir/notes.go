package ir

// NoteKind names a sort of note, for grouping and counting them in the
// summary: a spec with 300 notes reads as a dozen lines of kinds.
type NoteKind string

// Kinds of notes that report an exact decision worth knowing.
const (
	// NoteRenamed is a name changed because another took it.
	NoteRenamed NoteKind = "renamed"
	// NoteSpecWarning is something the loader found wrong with the spec
	// and read anyway.
	NoteSpecWarning NoteKind = "spec warning"
	// NoteChoice is one of several possibilities chosen (a media type,
	// the error schema, a WebSocket).
	NoteChoice NoteKind = "choice"
	// NoteNotGenerated is documentation in the spec that the generated
	// code does not carry (response headers, security schemes,
	// additional properties).
	NoteNotGenerated NoteKind = "not generated"
)

// Kinds of notes that report something generated as the nearest faithful
// Go instead of exactly (Note.Degraded); docs/degraded.md lists what
// becomes what.
const (
	// NoteUnchecked is a keyword or format Validate does not check.
	NoteUnchecked NoteKind = "unchecked keyword"
	// NoteDanglingRef is a $ref to a schema that does not exist, read as
	// any JSON value.
	NoteDanglingRef NoteKind = "dangling $ref"
	// NoteRawJSON is a schema that no Go type can follow, typed as its
	// raw JSON (json.RawMessage).
	NoteRawJSON NoteKind = "raw JSON schema"
	// NoteParamJSON is a parameter whose style cannot carry its value,
	// sent and received as the value's JSON text.
	NoteParamJSON NoteKind = "parameter as JSON text"
	// NoteParamText is a parameter carried as the text the caller
	// formats (a string, or one string per repeated value).
	NoteParamText NoteKind = "parameter as text"
	// NoteParamConvention is a parameter sent by a widespread convention
	// OpenAPI does not define (expand[]=a&expand[]=b).
	NoteParamConvention NoteKind = "parameter by convention"
	// NoteRawBody is a body handed over as it travels: an io.ReadCloser
	// and its Content-Type.
	NoteRawBody NoteKind = "raw body"
	// NoteBodyAsBytes is a body whose media type has no other generated
	// form, carried as bytes.
	NoteBodyAsBytes NoteKind = "body as bytes"
	// NoteUnionByShape is a union with a discriminator that cannot
	// select every variant, or a base its variants inherit from through
	// allOf that has none, decoded by the variants' shapes instead.
	NoteUnionByShape NoteKind = "union decoded by shape"
	// NoteNotServed is an operation the client calls but NewHandler
	// cannot route to; its Server method is left out.
	NoteNotServed NoteKind = "not served"
)
