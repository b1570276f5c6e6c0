package ir

// ReservedNames are the package-level identifiers the emitters define in
// every generated package. Lowering claims them before any schema is named,
// so a schema called "Client" becomes "Client2" (with a note) instead of
// colliding.
var ReservedNames = []string{
	// types.go
	"Ptr",
	// validate.go
	"ValueError", "ValueErrors",
	// client.go
	"Client", "NewClient", "ClientOption", "Doer", "RequestEditor", "APIError",
	"WithHTTPClient", "WithDoer", "WithBaseURL", "WithUserAgent", "WithRequestEditor",
	"WithSessionToken", "WithMaxResponseBytes", "DefaultMaxResponseBytes",
	// server.go
	"Server", "NewHandler", "HandlerOption", "Unimplemented", "HTTPError",
	"Authenticator", "WithAuthenticator", "WithErrorHandler", "WithMaxBodyBytes",
	"WithPingInterval", "WithLogger", "SessionTokenFromContext",
	// streaming
	"Event", "EventStream", "EventSink",
}
