package ir

// ReservedNames are the package-level identifiers the emitters define in
// generated packages (exactly these; golden/reserved_test.go checks it).
// Lowering claims them before any schema is named, so a schema called
// "Client" becomes "Client2" (with a note) instead of colliding. They are
// claimed for schema-only runs too, so that adding operations to a spec
// never renames its types.
//
// Names derived from the spec are claimed by lowering after the schemas:
// each operation's params struct and result types, the struct of its
// multipart body, and each security scheme's client option (With<Scheme>).
var ReservedNames = []string{
	// types.gen.go
	"Ptr",
	// validate.gen.go
	"ValueError", "ValueErrors",
	// jsonvalue.gen.go
	"JSONValue", "JSONNull",
	// errors.gen.go
	"APIError", "NewAPIError",
	// client.gen.go
	"Client", "NewClient", "ClientOption", "Doer", "RequestEditor",
	"WithHTTPClient", "WithUserAgent", "WithRequestEditor", "WithMaxResponseBytes",
	"DefaultMaxResponseBytes",
	// server.gen.go
	"Server", "NewHandler", "HandlerOption", "Unimplemented", "Authenticator",
	"WithAuthenticator", "WithCredentialCookie", "WithErrorHandler", "WithLogger",
	"WithMaxBodyBytes", "WithPingInterval", "DefaultMaxBodyBytes", "DefaultPingInterval",
	// stream.gen.go
	"EventStream", "EventSink", "StreamError",
	// websocket.gen.go, for operations with a WebSocket form
	"WebSocketSink", "WebSocketStream",
	// operations.gen.go, for multipart bodies
	"FilePart",
}
