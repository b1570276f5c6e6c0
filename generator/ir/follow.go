package ir

// Follow is the WebSocket form of an operation (x-websocket-follow): when
// the query parameter Param is present, the request upgrades to a WebSocket
// and the server sends Message values, one JSON text message each, closing
// normally when done. The operation keeps its plain form for requests
// without Param; the follow form has a Client and a Server method of its
// own, called Name.
type Follow struct {
	// Name is the Go name of the follow form's Client and Server methods
	// ("FollowWorkspaceBuildLogs"), claimed among the operations' names.
	Name string
	// Param is the query parameter, one of the operation's Params, whose
	// presence (with any value, or none) selects the follow form.
	Param *Param
	// Message is the type of each message.
	Message Type
	Source  Source
}
