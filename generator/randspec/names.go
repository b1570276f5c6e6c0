package randspec

// The name pools are chosen to collide: with each other once turned into
// Go identifiers (pet, Pet, pet_), with the identifiers every generated
// package declares (Client, Ptr, ValueError…) or its runtime files may
// (EventStream, EventSink: a field or method of that name once copied a
// runtime file the package could not compile), with Go keywords and
// predeclared names, and with names Go cannot spell.

var schemaNames = []string{
	"Pet", "pet", "Pet_", "pets", "Client", "Server", "Error", "APIError", "Ptr",
	"ValueError", "Item", "Value", "Request", "Response", "Thing", "thing-list",
	"ThingList", "Thing_List", "Node", "Tree", "Any", "string", "Int", "type",
	"Map", "func", "io.Thing", "codersdk.Thing", "v1.Thing", "2fa", "Émoji",
	"FilePart", "EventStream", "GetThingParams", "GetThingResponse", "WithToken",
	"Unimplemented", "Kind", "Shape", "Mode", "Status", "error", "len", "nil",
}

var propNames = []string{
	"id", "ID", "Id", "name", "type", "func", "default", "kind", "value", "Value",
	"a b", "", "x-y", "x_y", "xY", "123abc", "é", `say "hi"`, "back`tick",
	"comma,name", "decoded", "Validate", "MarshalJSON", "String", "Extra", "Rest",
	"Item0", "_", "__", "nil", "true", "iota", "tags", "created_at", "self",
	"EventStream", "EventSink",
}

// paramNames are parameter names besides the generated methods' locals,
// which the caller adds (Options.Locals).
var paramNames = []string{
	"id", "ID", "name", "type", "limit", "filter", "tags", "x", "page[size]",
	"a.b", "user-id", "user_id", "UserID", "func", "default", "string",
}

var headerNames = []string{
	"X-Trace", "x-trace", "X-Request-ID", "X-Tags", "If-Match", "X-Size", "X-call",
}

var operationIDs = []string{
	"getThing", "get_thing", "GetThings", "listThings", "call", "do",
	"newRequest", "Client", "Validate", "type", "2fa", "héllo", "Do", "new",
	"eventStream",
}

var enumStrings = [][]any{
	{"a", "b"},
	{"", "A", "a"},
	{"x-y", "x_y", "xY"},
	{"1", "2", "-1"},
	{">=", "<=", "=="},
	{"Client", "Value", "Validate"},
	{"ok"},
	{"snake_case", "SNAKE_CASE", "snakeCase"},
}

var enumInts = [][]any{{-1, 0, 1}, {1, 2, 3}, {200, 404}}

var enumNumbers = [][]any{{1.5, 2.5}, {0, 0.1}}

var stringFormats = []string{
	"", "", "", "uuid", "date-time", "byte", "uri", "email", "date", "ipv4",
	"ipv6", "hostname", "time", "duration", "regex", "binary", "unknown-fmt",
}

var patterns = []string{
	"^[a-z]+$", `^\d{3}-\d{4}$`, `^\u00e9+$`, "^(?=a).*$", "[A-Z]", "^x{1,1001}$",
}

// rePatterns are patterns both Go's regexp and the JSON Schema compiler
// read (patternProperties keys).
var rePatterns = []string{"^[a-z]+$", `^\d{3}-\d{4}$`, "[A-Z]", "^x-"}

var requestMedia = []string{
	"application/json", "application/json", "application/x-www-form-urlencoded",
	"multipart/form-data", "application/octet-stream", "text/plain",
	"*/*", "application/x-tar", "application/vnd.api+json", "image/png",
	"text/csv", "application/xml",
}

var responseMedia = []string{
	"application/json", "application/json", "application/problem+json",
	"text/plain", "application/octet-stream", "text/event-stream",
	"multipart/form-data", "application/x-www-form-urlencoded", "*/*",
	"image/png", "text/html", "application/xml",
}

var statusCodes = []string{"200", "201", "202", "204", "400", "404", "500", "default", "2XX", "302"}
