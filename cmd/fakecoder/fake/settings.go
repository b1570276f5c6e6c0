package fake

import (
	"context"
	"net/http"
	"regexp"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// The operations that change a workspace's settings. Each runs under
// mutate, which stamps updated_at and tells the watchers.

// mutate runs change on a live workspace under the lock, stamps updated_at
// and tells the watchers.
func (s *Server) mutate(id uuid.UUID, change func(w *workspace) error) (coder.Workspace, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.liveWorkspace(id)
	if err != nil {
		return coder.Workspace{}, err
	}
	if err := change(w); err != nil {
		return coder.Workspace{}, err
	}
	w.api.UpdatedAt = coder.Ptr(s.opts.Now().UTC())
	s.notify(w.id)
	return w.view(), nil
}

// UpdateWorkspace renames a workspace, where the deployment allows renames
// (Options.AllowRenames, the workspace's allow_renames); an empty or
// unchanged name changes nothing, as in Coder.
func (s *Server) UpdateWorkspace(ctx context.Context, id uuid.UUID, body coder.UpdateWorkspaceRequest) error {
	_, err := s.mutate(id, func(w *workspace) error {
		if body.Name == nil || *body.Name == "" || *body.Name == *w.api.Name {
			return nil
		}
		if !s.opts.AllowRenames {
			return coder.NewAPIError(http.StatusBadRequest, "Workspace renames are not allowed.")
		}
		if err := checkName(*body.Name); err != nil {
			return err
		}
		for _, o := range s.workspaces {
			if o.ownerID == w.ownerID && !o.deleted && *o.api.Name == *body.Name {
				return coder.NewAPIError(http.StatusConflict, "Workspace \""+*body.Name+"\" already exists.")
			}
		}
		w.api.Name = coder.Ptr(*body.Name)
		return nil
	})
	return err
}

// cronRE is the shape Coder's weekly schedules take: an optional CRON_TZ,
// then minute, hour, "*", "*", day of week.
var cronRE = regexp.MustCompile(`^(CRON_TZ=\S+ )?\S+ \S+ \* \* \S+$`)

// UpdateWorkspaceAutostart sets or (with an empty schedule) clears the
// autostart schedule.
func (s *Server) UpdateWorkspaceAutostart(ctx context.Context, id uuid.UUID, body coder.UpdateWorkspaceAutostartRequest) error {
	_, err := s.mutate(id, func(w *workspace) error {
		if body.Schedule == nil || *body.Schedule == "" {
			w.api.AutostartSchedule = nil
			return nil
		}
		if !cronRE.MatchString(*body.Schedule) {
			return invalid("Invalid autostart schedule.", "schedule", "must be a weekly schedule: [CRON_TZ=zone ]min hour * * dow")
		}
		w.api.AutostartSchedule = coder.Ptr(*body.Schedule)
		return nil
	})
	return err
}

// UpdateWorkspaceAutomaticUpdates sets automatic_updates.
func (s *Server) UpdateWorkspaceAutomaticUpdates(ctx context.Context, id uuid.UUID, body coder.UpdateWorkspaceAutomaticUpdatesRequest) error {
	_, err := s.mutate(id, func(w *workspace) error {
		if body.AutomaticUpdates == nil {
			return invalid("Invalid request", "automatic_updates", "must be always or never")
		}
		w.api.AutomaticUpdates = coder.Ptr(*body.AutomaticUpdates)
		return nil
	})
	return err
}

// UpdateWorkspaceDormancy sets dormant_at to now, or clears it.
func (s *Server) UpdateWorkspaceDormancy(ctx context.Context, id uuid.UUID, body coder.UpdateWorkspaceDormancy) (coder.Workspace, error) {
	return s.mutate(id, func(w *workspace) error {
		switch dormant := body.Dormant != nil && *body.Dormant; {
		case dormant && w.api.DormantAt == nil:
			w.api.DormantAt = coder.Ptr(s.opts.Now().UTC())
		case !dormant:
			w.api.DormantAt, w.api.DeletingAt = nil, nil
		}
		return nil
	})
}

// The bounds Coder puts on a workspace's TTL.
const (
	ttlMin = time.Minute
	ttlMax = 30 * 24 * time.Hour
)

// checkTTL applies Coder's rules: nil or 0 is no TTL; otherwise at least a
// minute and at most 30 days, truncated to the minute.
func checkTTL(ms *int64) (*int64, error) {
	if ms == nil || *ms == 0 {
		return nil, nil
	}
	d := (time.Duration(*ms) * time.Millisecond).Truncate(time.Minute)
	switch {
	case d < ttlMin:
		return nil, invalid("Invalid workspace TTL.", "ttl_ms", "time until shutdown must be at least one minute")
	case d > ttlMax:
		return nil, invalid("Invalid workspace TTL.", "ttl_ms", "time until shutdown must be less than 30 days")
	}
	return coder.Ptr(d.Milliseconds()), nil
}

// UpdateWorkspaceTTL sets ttl_ms; later start builds get a deadline.
func (s *Server) UpdateWorkspaceTTL(ctx context.Context, id uuid.UUID, body coder.UpdateWorkspaceTTLRequest) error {
	_, err := s.mutate(id, func(w *workspace) error {
		ttl, err := checkTTL(body.TTLMs)
		if err != nil {
			return err
		}
		w.api.TTLMs = ttl
		return nil
	})
	return err
}

// setFavorite is favorite and unfavorite: only the owner may.
func (s *Server) setFavorite(ctx context.Context, id uuid.UUID, favorite bool) error {
	_, err := s.mutate(id, func(w *workspace) error {
		if me := caller(ctx); me == nil || w.ownerID != me.id {
			verb := "favorite"
			if !favorite {
				verb = "un-favorite"
			}
			return coder.NewAPIError(http.StatusForbidden, "You can only "+verb+" workspaces that you own.")
		}
		w.api.Favorite = coder.Ptr(favorite)
		return nil
	})
	return err
}

// FavoriteWorkspace marks a workspace a favorite of its owner.
func (s *Server) FavoriteWorkspace(ctx context.Context, id uuid.UUID) error {
	return s.setFavorite(ctx, id, true)
}

// UnfavoriteWorkspace clears favorite.
func (s *Server) UnfavoriteWorkspace(ctx context.Context, id uuid.UUID) error {
	return s.setFavorite(ctx, id, false)
}

// ExtendWorkspaceDeadline moves the deadline of the running build, with
// Coder's rules: 409 unless the latest build started the workspace, has
// finished and has a deadline; 400 for a deadline less than 30 minutes
// away.
func (s *Server) ExtendWorkspaceDeadline(ctx context.Context, id uuid.UUID, body coder.PutExtendWorkspaceRequest) (coder.Response, error) {
	var message string
	_, err := s.mutate(id, func(w *workspace) error {
		b := w.latest()
		switch {
		case *b.api.Transition != coder.WorkspaceTransitionStart:
			return coder.NewAPIError(http.StatusConflict, "Workspace must be started, current status: "+string(*b.api.Transition))
		case b.api.Job.CompletedAt == nil:
			return coder.NewAPIError(http.StatusConflict, "Workspace is still building!")
		case b.api.Deadline == nil:
			return coder.NewAPIError(http.StatusConflict, "Workspace shutdown is manual.")
		}
		deadline := body.Deadline.UTC()
		if deadline.Before(s.opts.Now().Add(29 * time.Minute)) {
			return coder.NewAPIError(http.StatusBadRequest, "Cannot extend workspace: new deadline must be at least 30 minutes in the future")
		}
		b.api.Deadline = &deadline
		message = "Deadline updated to " + deadline.Format(time.RFC3339) + "."
		return nil
	})
	if err != nil {
		return coder.Response{}, err
	}
	return coder.Response{Message: &message}, nil
}

// PostWorkspaceUsage records use of the workspace (last_used_at). As in
// Coder (with its workspace-usage experiment on), agent_id and app_name go
// together; the all-zero agent_id and the empty app_name, which Coder's SDK
// sends for unset ones, are unset.
func (s *Server) PostWorkspaceUsage(ctx context.Context, id uuid.UUID, body *coder.PostWorkspaceUsageRequest) error {
	_, err := s.mutate(id, func(w *workspace) error {
		if body != nil {
			agent, app := given(body.AgentID), body.AppName != nil && *body.AppName != ""
			switch {
			case !agent && app:
				return invalid("Invalid request", "agent_id", "must be set when app_name is set")
			case agent && !app:
				return invalid("Invalid request", "app_name", "must be set when agent_id is set")
			}
		}
		w.api.LastUsedAt = coder.Ptr(s.opts.Now().UTC())
		return nil
	})
	return err
}

// ResolveWorkspaceAutostart reports no parameter mismatch: the fake's
// templates have no parameters to mismatch.
func (s *Server) ResolveWorkspaceAutostart(ctx context.Context, id uuid.UUID) (coder.ResolveAutostartResponse, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.liveWorkspace(id); err != nil {
		return coder.ResolveAutostartResponse{}, err
	}
	return coder.ResolveAutostartResponse{ParameterMismatch: coder.Ptr(false)}, nil
}

// GetWorkspaceTimings returns the timings of the latest build.
func (s *Server) GetWorkspaceTimings(ctx context.Context, id uuid.UUID) (coder.WorkspaceBuildTimings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.liveWorkspace(id)
	if err != nil {
		return coder.WorkspaceBuildTimings{}, err
	}
	return w.latest().timings(), nil
}
