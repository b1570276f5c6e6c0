package fake

import (
	"context"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// Options configure a Server.
type Options struct {
	// BuildDuration is how long a build's job runs; zero finishes builds
	// as they are created.
	BuildDuration time.Duration
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Logger receives the handler's error lines; none when nil.
	Logger *slog.Logger
	// PingInterval is the watch stream's ping interval; the handler's
	// default when zero.
	PingInterval time.Duration
	// AllowRenames lets workspaces be renamed, as Coder's
	// --allow-workspace-renames does; off, as in Coder, a rename is 400.
	AllowRenames bool
}

// Server is the fake deployment. Its methods are safe for concurrent use.
type Server struct {
	opts  Options
	orgID uuid.UUID

	mu         sync.Mutex
	users      []*user // in the order added
	workspaces []*workspace
	builds     map[uuid.UUID]*build
	watchers   map[uuid.UUID]map[chan struct{}]bool
	nextLogID  int64
	closed     bool
}

// Check at compile time that Server implements the generated interface.
var _ coder.Server = (*Server)(nil)

type user struct {
	id       uuid.UUID
	username string
	token    string
}

// New returns an empty deployment with one organization and no users.
func New(opts Options) *Server {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Server{
		opts:     opts,
		orgID:    uuid.NewSHA1(uuid.NameSpaceURL, []byte("fakecoder/organization/coder")),
		builds:   map[uuid.UUID]*build{},
		watchers: map[uuid.UUID]map[chan struct{}]bool{},
	}
}

// OrganizationID is the id of the deployment's default organization.
func (s *Server) OrganizationID() uuid.UUID { return s.orgID }

// AddUser adds a user who authenticates with token, and returns its id.
func (s *Server) AddUser(token, username string) uuid.UUID {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := &user{id: uuid.NewSHA1(uuid.NameSpaceURL, []byte("fakecoder/user/"+username)), username: username, token: token}
	s.users = append(s.users, u)
	return u.id
}

// Handler serves the deployment's API under /api/v2 with the generated
// handler: the session token in the Coder-Session-Token header or the
// coder_session_token cookie.
func (s *Server) Handler() http.Handler {
	opts := []coder.HandlerOption{
		coder.WithAuthenticator(s.Authenticate),
		coder.WithCredentialCookie("coder_session_token"),
	}
	if s.opts.Logger != nil {
		opts = append(opts, coder.WithLogger(s.opts.Logger))
	}
	if s.opts.PingInterval != 0 {
		opts = append(opts, coder.WithPingInterval(s.opts.PingInterval))
	}
	return coder.NewHandler(s, opts...)
}

// Close stops the builds still running; their jobs stay unfinished.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for _, b := range s.builds {
		if b.timer != nil {
			b.timer.Stop()
		}
	}
}

// callerKey is the context key of the authenticated user.
type callerKey struct{}

// Authenticate is the coder.Authenticator: it maps a session token to its
// user, as Coder does. Tokens are compared in constant time, so that the
// time an answer takes says nothing about how much of a guess was right
// (docs/security.md asks every authenticator to).
func (s *Server) Authenticate(ctx context.Context, token string) (context.Context, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range s.users {
		if subtle.ConstantTimeCompare([]byte(u.token), []byte(token)) == 1 {
			return context.WithValue(ctx, callerKey{}, u), nil
		}
	}
	return nil, coder.NewAPIError(http.StatusUnauthorized, "You are signed out or your session has expired. Please sign in again to continue.")
}

// caller returns the authenticated user of ctx.
func caller(ctx context.Context) *user {
	u, _ := ctx.Value(callerKey{}).(*user)
	return u
}

// resolveUser finds the user a path's {user} names: "me", a username or an
// id. The lock is held.
func (s *Server) resolveUser(ctx context.Context, name string) (*user, error) {
	if name == "me" {
		if u := caller(ctx); u != nil {
			return u, nil
		}
	}
	for _, u := range s.users {
		if u.username == name || u.id.String() == name {
			return u, nil
		}
	}
	return nil, notFound()
}

func (s *Server) userByID(id uuid.UUID) *user {
	for _, u := range s.users {
		if u.id == id {
			return u
		}
	}
	return nil
}

// notFound is Coder's answer for anything missing or not visible.
func notFound() error {
	return coder.NewAPIError(http.StatusNotFound, "Resource not found or you do not have access to this resource")
}

// invalid is a 400 naming one field, as Coder's validation answers do.
func invalid(message, field, detail string) error {
	return &coder.APIError{StatusCode: http.StatusBadRequest, Body: &coder.Response{
		Message:     coder.Ptr(message),
		Validations: []coder.ValidationError{{Field: field, Detail: detail}},
	}}
}

// given reports whether an optional id was given: present and not the
// all-zero UUID, which Coder's SDK sends for an unset id and the spec says
// means unset.
func given(id *uuid.UUID) bool { return id != nil && *id != uuid.Nil }

// parseID parses an id from a path parameter the spec types as a string.
func parseID(s string) (uuid.UUID, error) {
	id, err := uuid.Parse(s)
	if err != nil {
		return uuid.Nil, coder.NewAPIError(http.StatusBadRequest, "Invalid UUID \""+s+"\".")
	}
	return id, nil
}
