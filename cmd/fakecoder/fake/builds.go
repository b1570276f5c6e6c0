package fake

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// build is one workspace build: its API form and what the build endpoints
// return besides it.
type build struct {
	api    coder.WorkspaceBuild
	id     uuid.UUID
	ws     *workspace
	logs   []coder.ProvisionerJobLog
	params []coder.WorkspaceBuildParameter
	state  []byte
	timer  *time.Timer
}

// view is the build as the API shows it; its job is copied, as completing
// or canceling a build replaces the job's fields.
func (b *build) view() coder.WorkspaceBuild {
	v := b.api
	job := *b.api.Job
	v.Job = &job
	return v
}

// buildInput is what starts a build.
type buildInput struct {
	transition coder.WorkspaceTransition
	reason     coder.BuildReason
	versionID  uuid.UUID
	params     []coder.WorkspaceBuildParameter
	state      []byte
}

// activeStatus is the build status while its job runs, by transition.
var activeStatus = map[coder.WorkspaceTransition]coder.WorkspaceStatus{
	coder.WorkspaceTransitionStart:  coder.WorkspaceStatusStarting,
	coder.WorkspaceTransitionStop:   coder.WorkspaceStatusStopping,
	coder.WorkspaceTransitionDelete: coder.WorkspaceStatusDeleting,
}

// doneStatus is the build status once its job succeeded, by transition.
var doneStatus = map[coder.WorkspaceTransition]coder.WorkspaceStatus{
	coder.WorkspaceTransitionStart:  coder.WorkspaceStatusRunning,
	coder.WorkspaceTransitionStop:   coder.WorkspaceStatusStopped,
	coder.WorkspaceTransitionDelete: coder.WorkspaceStatusDeleted,
}

// startBuild adds a build to w and runs its job: at once, or for
// BuildDuration. The lock is held.
func (s *Server) startBuild(w *workspace, initiator *user, in buildInput) *build {
	now := s.opts.Now().UTC()
	id, jobID := uuid.New(), uuid.New()
	number := int64(len(w.builds) + 1)
	params := in.params
	if params == nil && len(w.builds) > 0 {
		params = w.latest().params
	}
	b := &build{id: id, ws: w, params: params, state: in.state}
	var initiatorID uuid.UUID
	initiatorName := ""
	if initiator != nil {
		initiatorID, initiatorName = initiator.id, initiator.username
	}
	b.api = coder.WorkspaceBuild{
		ID: &id, BuildNumber: &number, CreatedAt: &now, UpdatedAt: &now,
		WorkspaceID: &w.id, WorkspaceName: w.api.Name,
		WorkspaceOwnerID: &w.ownerID, WorkspaceOwnerName: w.api.OwnerName, WorkspaceOwnerAvatarURL: coder.Ptr(""),
		TemplateVersionID: &in.versionID, TemplateVersionName: coder.Ptr("v" + in.versionID.String()[:8]),
		InitiatorID: &initiatorID, InitiatorName: &initiatorName,
		Transition: coder.Ptr(in.transition), Reason: coder.Ptr(in.reason),
		Status:    coder.Ptr(activeStatus[in.transition]),
		DailyCost: coder.Ptr(int64(0)), Resources: []coder.WorkspaceResource{},
		Job: &coder.ProvisionerJob{
			ID: &jobID, CreatedAt: &now, StartedAt: &now,
			Status: coder.Ptr(coder.ProvisionerJobStatusRunning), Type: coder.Ptr(coder.ProvisionerJobTypeWorkspaceBuild),
			OrganizationID: w.api.OrganizationID, InitiatorID: &initiatorID, FileID: coder.Ptr(uuid.Nil),
			Tags: map[string]string{"scope": "organization"}, QueuePosition: coder.Ptr(int64(0)), QueueSize: coder.Ptr(int64(0)),
			Input:    &coder.ProvisionerJobInput{WorkspaceBuildID: &id},
			Metadata: &coder.ProvisionerJobMetadata{WorkspaceID: &w.id, WorkspaceName: w.api.Name, WorkspaceBuildTransition: coder.Ptr(in.transition)},
		},
	}
	s.log(b, "Setting up", "init")
	s.log(b, "Planning infrastructure", "plan")
	w.builds = append(w.builds, b)
	s.builds[id] = b
	if s.opts.BuildDuration <= 0 {
		s.finishBuild(b)
	} else {
		b.timer = time.AfterFunc(s.opts.BuildDuration, func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			if !s.closed && b.api.Job.CompletedAt == nil {
				s.finishBuild(b)
				s.notify(w.id)
			}
		})
	}
	s.notify(w.id)
	return b
}

// finishBuild marks a build's job succeeded. The lock is held.
func (s *Server) finishBuild(b *build) {
	now := s.opts.Now().UTC()
	job := *b.api.Job
	job.Status, job.CompletedAt = coder.Ptr(coder.ProvisionerJobStatusSucceeded), &now
	b.api.Job = &job
	b.api.UpdatedAt = &now
	transition := *b.api.Transition
	b.api.Status = coder.Ptr(doneStatus[transition])
	s.log(b, "Applying changes", "apply")
	switch transition {
	case coder.WorkspaceTransitionStart:
		s.log(b, "Workspace is running", "apply")
		if ttl := b.ws.api.TTLMs; ttl != nil {
			b.api.Deadline = coder.Ptr(now.Add(time.Duration(*ttl) * time.Millisecond))
		}
		b.api.Resources = []coder.WorkspaceResource{{
			ID: coder.Ptr(uuid.NewSHA1(b.id, []byte("resource"))), JobID: job.ID, CreatedAt: &now,
			Name: coder.Ptr("dev"), Type: coder.Ptr("docker_container"), WorkspaceTransition: coder.Ptr(transition),
			Agents: []coder.WorkspaceAgent{}, Metadata: []coder.WorkspaceResourceMetadata{}, DailyCost: coder.Ptr(int64(0)), Hide: coder.Ptr(false),
		}}
	case coder.WorkspaceTransitionDelete:
		b.ws.deleted = true
	}
}

// log appends a provisioner log line to b. The lock is held.
func (s *Server) log(b *build, output, stage string) {
	s.nextLogID++
	now := s.opts.Now().UTC()
	b.logs = append(b.logs, coder.ProvisionerJobLog{
		ID: coder.Ptr(s.nextLogID), CreatedAt: &now, Output: coder.Ptr(output), Stage: coder.Ptr(stage),
		LogLevel: coder.Ptr(coder.LogLevelInfo), LogSource: coder.Ptr(coder.LogSourceProvisioner),
	})
}

// timings derives the build's provisioner timings from its job.
func (b *build) timings() coder.WorkspaceBuildTimings {
	out := coder.WorkspaceBuildTimings{
		AgentConnectionTimings: []coder.AgentConnectionTiming{},
		AgentScriptTimings:     []coder.AgentScriptTiming{},
		ProvisionerTimings:     []coder.ProvisionerTiming{},
	}
	end := b.api.Job.CompletedAt
	if end == nil {
		return out
	}
	for _, stage := range []coder.TimingStage{coder.TimingStageInit, coder.TimingStagePlan, coder.TimingStageGraph, coder.TimingStageApply} {
		out.ProvisionerTimings = append(out.ProvisionerTimings, coder.ProvisionerTiming{
			JobID: b.api.Job.ID, Stage: coder.Ptr(stage), StartedAt: b.api.Job.StartedAt, EndedAt: end,
			Action: coder.Ptr("create"), Source: coder.Ptr("docker"), Resource: coder.Ptr("docker_container.dev"),
		})
	}
	return out
}

// buildByID finds a build by the string id the spec gives the path. The
// lock is held.
func (s *Server) buildByID(idText string) (*build, error) {
	id, err := parseID(idText)
	if err != nil {
		return nil, err
	}
	b, ok := s.builds[id]
	if !ok {
		return nil, notFound()
	}
	return b, nil
}

// withBuild runs read on the build idText names, under the lock.
func withBuild[T any](s *Server, idText string, read func(b *build) (T, error)) (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.buildByID(idText)
	if err != nil {
		var zero T
		return zero, err
	}
	return read(b)
}

// GetWorkspaceBuild returns a build.
func (s *Server) GetWorkspaceBuild(ctx context.Context, id string) (coder.WorkspaceBuild, error) {
	return withBuild(s, id, func(b *build) (coder.WorkspaceBuild, error) { return b.view(), nil })
}

// GetWorkspaceBuildByUserWorkspaceAndNumber finds a build by owner,
// workspace name and build number.
func (s *Server) GetWorkspaceBuildByUserWorkspaceAndNumber(ctx context.Context, userName, name string, number int32) (coder.WorkspaceBuild, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.resolveUser(ctx, userName)
	if err != nil {
		return coder.WorkspaceBuild{}, err
	}
	for _, w := range s.workspaces {
		if w.ownerID == owner.id && *w.api.Name == name && number >= 1 && int(number) <= len(w.builds) {
			return w.builds[number-1].view(), nil
		}
	}
	return coder.WorkspaceBuild{}, notFound()
}

// GetWorkspaceBuildLogs returns a build's logs, those with ids between
// after and before. A request with follow is FollowWorkspaceBuildLogs'.
func (s *Server) GetWorkspaceBuildLogs(ctx context.Context, id string, params coder.GetWorkspaceBuildLogsParams) ([]coder.ProvisionerJobLog, error) {
	return withBuild(s, id, func(b *build) ([]coder.ProvisionerJobLog, error) {
		out := []coder.ProvisionerJobLog{}
		for _, l := range b.logs {
			if (params.After == nil || *l.ID > *params.After) && (params.Before == nil || *params.Before <= 0 || *l.ID < *params.Before) {
				out = append(out, l)
			}
		}
		return out, nil
	})
}

// GetWorkspaceBuildParameters returns the parameters a build ran with.
func (s *Server) GetWorkspaceBuildParameters(ctx context.Context, id string) ([]coder.WorkspaceBuildParameter, error) {
	return withBuild(s, id, func(b *build) ([]coder.WorkspaceBuildParameter, error) {
		return append([]coder.WorkspaceBuildParameter{}, b.params...), nil
	})
}

// GetWorkspaceBuildResources returns a build's resources (deprecated in
// Coder in favour of the build's own resources field).
func (s *Server) GetWorkspaceBuildResources(ctx context.Context, id string) ([]coder.WorkspaceResource, error) {
	return withBuild(s, id, func(b *build) ([]coder.WorkspaceResource, error) { return b.api.Resources, nil })
}

// GetWorkspaceBuildState returns the provisioner state a build was given,
// byte for byte; empty when none.
func (s *Server) GetWorkspaceBuildState(ctx context.Context, id string) (json.RawMessage, error) {
	return withBuild(s, id, func(b *build) (json.RawMessage, error) { return json.RawMessage(b.state), nil })
}

// GetWorkspaceBuildTimings returns a build's timings.
func (s *Server) GetWorkspaceBuildTimings(ctx context.Context, id uuid.UUID) (coder.WorkspaceBuildTimings, error) {
	return withBuild(s, id.String(), func(b *build) (coder.WorkspaceBuildTimings, error) { return b.timings(), nil })
}

// ListWorkspaceBuilds returns a workspace's builds, newest first, after
// after_id, created at or after since, paged.
func (s *Server) ListWorkspaceBuilds(ctx context.Context, id uuid.UUID, params coder.ListWorkspaceBuildsParams) ([]coder.WorkspaceBuild, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.workspaceByID(id)
	if err != nil {
		return nil, err
	}
	offset, limit, err := page(params.Offset, params.Limit)
	if err != nil {
		return nil, err
	}
	var found []coder.WorkspaceBuild
	skipping := params.AfterID != nil
	for i := len(w.builds) - 1; i >= 0; i-- {
		b := w.builds[i]
		if skipping {
			skipping = b.id != *params.AfterID
			continue
		}
		if params.Since != nil && b.api.CreatedAt.Before(*params.Since) {
			continue
		}
		found = append(found, b.view())
	}
	out := []coder.WorkspaceBuild{}
	for i := offset; i < len(found) && (limit == 0 || i < offset+limit); i++ {
		out = append(out, found[i])
	}
	return out, nil
}

// CreateWorkspaceBuild starts a build of a workspace. As in Coder, one
// build at a time (409 while one runs), orphan only when deleting, and no
// start of a dormant workspace.
func (s *Server) CreateWorkspaceBuild(ctx context.Context, id uuid.UUID, body coder.CreateWorkspaceBuildRequest) (coder.WorkspaceBuild, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.liveWorkspace(id)
	if err != nil {
		return coder.WorkspaceBuild{}, err
	}
	if w.latest().api.Job.CompletedAt == nil {
		return coder.WorkspaceBuild{}, coder.NewAPIError(http.StatusConflict, "A workspace build is already active.")
	}
	if body.Orphan != nil && *body.Orphan && body.Transition != coder.WorkspaceTransitionDelete {
		return coder.WorkspaceBuild{}, invalid("Orphan is only permitted when deleting a workspace.", "orphan", "only with transition delete")
	}
	if w.api.DormantAt != nil && body.Transition == coder.WorkspaceTransitionStart {
		return coder.WorkspaceBuild{}, coder.NewAPIError(http.StatusForbidden, "Workspace is dormant: make it active before starting it.")
	}
	version := *w.latest().api.TemplateVersionID
	if given(body.TemplateVersionID) {
		version = *body.TemplateVersionID
	}
	reason := coder.BuildReasonInitiator
	b := s.startBuild(w, caller(ctx), buildInput{
		transition: body.Transition, reason: reason, versionID: version,
		params: body.RichParameterValues, state: body.State,
	})
	w.api.UpdatedAt = b.api.CreatedAt
	return b.view(), nil
}

// CancelWorkspaceBuild cancels a build whose job has not finished. With
// expect_status, the job must be in that state (412 otherwise).
func (s *Server) CancelWorkspaceBuild(ctx context.Context, id string, params coder.CancelWorkspaceBuildParams) (coder.Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.buildByID(id)
	if err != nil {
		return coder.Response{}, err
	}
	// Coder's order: a finished job first, then the expected status.
	if b.api.Job.CompletedAt != nil {
		return coder.Response{}, coder.NewAPIError(http.StatusBadRequest, "Job has already completed!")
	}
	if params.ExpectStatus != nil && string(*params.ExpectStatus) != string(*b.api.Job.Status) {
		return coder.Response{}, coder.NewAPIError(http.StatusPreconditionFailed, "Job is not in the expected state.")
	}
	if b.timer != nil {
		b.timer.Stop()
	}
	now := s.opts.Now().UTC()
	job := *b.api.Job
	job.Status, job.CanceledAt, job.CompletedAt = coder.Ptr(coder.ProvisionerJobStatusCanceled), &now, &now
	b.api.Job = &job
	b.api.Status = coder.Ptr(coder.WorkspaceStatusCanceled)
	b.api.UpdatedAt = &now
	s.log(b, "Job canceled", "cancel")
	s.notify(b.ws.id)
	return coder.Response{Message: coder.Ptr("Job has been marked as canceled...")}, nil
}

// FinishBuilds finishes every build whose job is still running, as if
// BuildDuration had passed: tests use it to move on without waiting.
func (s *Server) FinishBuilds() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.workspaces {
		for _, b := range w.builds {
			if b.api.Job.CompletedAt == nil {
				if b.timer != nil {
					b.timer.Stop()
				}
				s.finishBuild(b)
				s.notify(w.id)
			}
		}
	}
}
