package fake

import (
	"context"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// watcherBuffer is how many changes a watcher may lag behind before
// changes are merged: each change sends the workspace's state as it is
// then, so a merged change loses no state.
const watcherBuffer = 64

// notify tells the watchers of workspace id that it changed. The lock is
// held.
func (s *Server) notify(id uuid.UUID) {
	for ch := range s.watchers[id] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// subscribe registers a watcher of workspace id.
func (s *Server) subscribe(id uuid.UUID) (<-chan struct{}, func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := make(chan struct{}, watcherBuffer)
	if s.watchers[id] == nil {
		s.watchers[id] = map[chan struct{}]bool{}
	}
	s.watchers[id][ch] = true
	return ch, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.watchers[id], ch)
	}
}

// WatchWorkspace streams the workspace: its current state right away, as
// Coder does on connect, then its state after every change, until the
// client goes away.
func (s *Server) WatchWorkspace(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
	changes, cancel := s.subscribe(id)
	defer cancel()
	for {
		s.mu.Lock()
		w, err := s.workspaceByID(id)
		var view coder.Workspace
		if err == nil {
			view = w.view()
		}
		s.mu.Unlock()
		if err != nil {
			return err
		}
		if err := sink.Send(view); err != nil {
			return nil // the client has gone
		}
		select {
		case <-ctx.Done():
			return nil
		case <-changes:
		}
	}
}
