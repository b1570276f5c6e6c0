// Package fake is an in-memory Coder deployment for tests: an
// implementation of the generated coder.Server holding users, workspaces
// and builds in memory, served by the generated handler.
//
//	srv := fake.New(fake.Options{})
//	defer srv.Close()
//	srv.AddUser("TOKEN", "alice")
//	ts := httptest.NewServer(srv.Handler())
//
// State changes follow the API's meaning: creating a workspace starts its
// first build; a build with transition stop moves the latest build to
// stop; favorite sets favorite; dormant sets dormant_at; and every change
// is sent to the workspace's watchers. There is no templates API: any
// template id is accepted, and the user "me" is the caller. Builds finish
// at once, or after Options.BuildDuration. cmd/fakecoder serves one on a
// port.
package fake
