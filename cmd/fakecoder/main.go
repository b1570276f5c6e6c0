// Command fakecoder serves an in-memory Coder deployment: the workspaces
// and builds API (under /api/v2) of package fake, for tests and demos.
//
//	go run ./cmd/fakecoder -addr 127.0.0.1:7080 -token TOKEN
//
// Requests authenticate with the token in the Coder-Session-Token header
// (or the coder_session_token cookie); the token's user is -user, which
// the path user "me" names. Any template id is accepted on create.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "fakecoder:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("fakecoder", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:7080", "`address` to listen on")
	token := fs.String("token", "", "session `token` the user authenticates with (required)")
	username := fs.String("user", "admin", "`name` of the token's user")
	buildDuration := fs.Duration("build-duration", 0, "how long each build runs (0: builds finish at once)")
	allowRenames := fs.Bool("allow-renames", false, "allow renaming workspaces (Coder's --allow-workspace-renames)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *token == "" {
		return errors.New("give -token TOKEN")
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	srv := fake.New(fake.Options{BuildDuration: *buildDuration, Logger: log, AllowRenames: *allowRenames})
	defer srv.Close()
	srv.AddUser(*token, *username)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shutdown)
	}()
	// The token is never printed: it is a credential.
	log.Info("serving the Coder API", "url", "http://"+ln.Addr().String()+"/api/v2", "user", *username, "organization", srv.OrganizationID())
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
