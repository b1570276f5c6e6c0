package fake

import (
	"context"

	"github.com/specgen/specgen/gen/coder"
)

// FollowWorkspaceBuildLogs streams a build's logs over the WebSocket, as
// Coder's logFollower does: the logs after `after` at once, then each new
// one as the build writes it, returning (so the WebSocket closes normally)
// once the job has completed and its last log is sent. `before` is
// ignored, as Coder ignores it when following. An unknown build is a 404
// before the upgrade.
func (s *Server) FollowWorkspaceBuildLogs(ctx context.Context, id string, params coder.GetWorkspaceBuildLogsParams, sink *coder.WebSocketSink[coder.ProvisionerJobLog]) error {
	var after int64
	if params.After != nil {
		after = *params.After
	}
	b, err := withBuild(s, id, func(b *build) (*build, error) { return b, nil })
	if err != nil {
		return err
	}
	// Builds write logs and finish under the lock and then tell the
	// workspace's watchers; subscribing before the first read misses none.
	changes, cancel := s.subscribe(b.ws.id)
	defer cancel()
	for {
		s.mu.Lock()
		var fresh []coder.ProvisionerJobLog
		for _, l := range b.logs {
			if *l.ID > after {
				fresh = append(fresh, l)
			}
		}
		done := b.api.Job.CompletedAt != nil
		s.mu.Unlock()
		for _, l := range fresh {
			if err := sink.Send(ctx, l); err != nil {
				return nil // the client has gone
			}
			after = *l.ID
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-changes:
		}
	}
}
