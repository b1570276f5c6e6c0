package fake

import (
	"context"
	"net/http"
	"regexp"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// workspace is one workspace: its API form (without latest_build, which
// view adds) and its builds in build-number order.
type workspace struct {
	api     coder.Workspace
	id      uuid.UUID
	ownerID uuid.UUID
	builds  []*build
	deleted bool
}

func (w *workspace) latest() *build { return w.builds[len(w.builds)-1] }

// view is the workspace as the API shows it. Fields of the stored value
// are replaced, never written through, so a view stays valid after the
// lock is released.
func (w *workspace) view() coder.Workspace {
	v := w.api
	latest := w.latest().view()
	v.LatestBuild = &latest
	return v
}

// nameRE is Coder's rule for workspace names (codersdk.NameValid).
var nameRE = regexp.MustCompile(`^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$`)

func checkName(name string) error {
	if len(name) > 32 || !nameRE.MatchString(name) {
		return invalid("Invalid workspace name.", "name", "must be 1 to 32 letters, digits and single hyphens, starting and ending with a letter or digit")
	}
	return nil
}

// workspaceByID finds a workspace; deleted ones only when includeDeleted.
// The lock is held.
func (s *Server) workspaceByID(id uuid.UUID) (*workspace, error) {
	for _, w := range s.workspaces {
		if w.id == id {
			return w, nil
		}
	}
	return nil, notFound()
}

// liveWorkspace is workspaceByID for operations on a workspace that is
// not deleted: Coder answers 410 Gone for those.
func (s *Server) liveWorkspace(id uuid.UUID) (*workspace, error) {
	w, err := s.workspaceByID(id)
	if err == nil && w.deleted {
		return nil, coder.NewAPIError(http.StatusGone, "Workspace "+id.String()+" was deleted.")
	}
	return w, err
}

// CreateUserWorkspace creates a workspace for user and starts its first build.
func (s *Server) CreateUserWorkspace(ctx context.Context, userName string, body coder.CreateWorkspaceRequest) (coder.Workspace, error) {
	return s.createWorkspace(ctx, s.orgID, userName, body)
}

// CreateUserWorkspaceByOrganization is CreateUserWorkspace in organization.
func (s *Server) CreateUserWorkspaceByOrganization(ctx context.Context, organization uuid.UUID, userName string, body coder.CreateWorkspaceRequest) (coder.Workspace, error) {
	return s.createWorkspace(ctx, organization, userName, body)
}

func (s *Server) createWorkspace(ctx context.Context, org uuid.UUID, userName string, body coder.CreateWorkspaceRequest) (coder.Workspace, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.resolveUser(ctx, userName)
	if err != nil {
		return coder.Workspace{}, err
	}
	if err := checkName(body.Name); err != nil {
		return coder.Workspace{}, err
	}
	templateID, versionID, err := templateOf(body)
	if err != nil {
		return coder.Workspace{}, err
	}
	for _, w := range s.workspaces {
		if w.ownerID == owner.id && !w.deleted && *w.api.Name == body.Name {
			return coder.Workspace{}, coder.NewAPIError(http.StatusConflict, "Workspace \""+body.Name+"\" already exists.")
		}
	}
	ttl, err := checkTTL(body.TTLMs)
	if err != nil {
		return coder.Workspace{}, err
	}
	now := s.opts.Now().UTC()
	id := uuid.New()
	w := &workspace{id: id, ownerID: owner.id}
	updates := coder.AutomaticUpdatesNever
	if body.AutomaticUpdates != nil {
		updates = *body.AutomaticUpdates
	}
	short := templateID.String()[:8]
	w.api = coder.Workspace{
		ID: &id, CreatedAt: &now, UpdatedAt: &now, LastUsedAt: &now,
		OwnerID: &owner.id, OwnerName: coder.Ptr(owner.username), OwnerAvatarURL: coder.Ptr(""),
		OrganizationID: &org, OrganizationName: coder.Ptr("coder"),
		TemplateID: &templateID, TemplateName: coder.Ptr("template-" + short),
		TemplateDisplayName: coder.Ptr("Template " + short), TemplateIcon: coder.Ptr(""),
		TemplateActiveVersionID:              &versionID,
		TemplateAllowUserCancelWorkspaceJobs: coder.Ptr(true),
		TemplateRequireActiveVersion:         coder.Ptr(false),
		TemplateUseClassicParameterFlow:      coder.Ptr(false),
		Name:                                 coder.Ptr(body.Name),
		AutostartSchedule:                    body.AutostartSchedule,
		TTLMs:                                ttl,
		AutomaticUpdates:                     &updates,
		AllowRenames:                         coder.Ptr(s.opts.AllowRenames),
		Favorite:                             coder.Ptr(false),
		Outdated:                             coder.Ptr(false),
		IsPrebuild:                           coder.Ptr(false),
		Health:                               &coder.WorkspaceHealth{Healthy: coder.Ptr(true), FailingAgents: []uuid.UUID{}},
		SharedWith:                           []coder.SharedWorkspaceActor{},
	}
	s.workspaces = append(s.workspaces, w)
	s.startBuild(w, caller(ctx), buildInput{
		transition: coder.WorkspaceTransitionStart, reason: coder.BuildReasonInitiator,
		versionID: versionID, params: body.RichParameterValues,
	})
	return w.view(), nil
}

// templateOf returns the template and version a create request names:
// exactly one of them must be given (the all-zero UUID is not given, as the
// spec says); the other is derived from it, as the fake has no templates.
func templateOf(body coder.CreateWorkspaceRequest) (template, version uuid.UUID, err error) {
	switch {
	case given(body.TemplateID) && given(body.TemplateVersionID):
		return uuid.Nil, uuid.Nil, coder.NewAPIError(http.StatusBadRequest, "You cannot specify both a template_id and a template_version_id.")
	case given(body.TemplateID):
		return *body.TemplateID, uuid.NewSHA1(*body.TemplateID, []byte("active-version")), nil
	case given(body.TemplateVersionID):
		return uuid.NewSHA1(*body.TemplateVersionID, []byte("template")), *body.TemplateVersionID, nil
	}
	return uuid.Nil, uuid.Nil, coder.NewAPIError(http.StatusBadRequest, "You must specify either a template_id or a template_version_id.")
}

// GetWorkspace returns a workspace; a deleted one only with include_deleted.
func (s *Server) GetWorkspace(ctx context.Context, id uuid.UUID, params coder.GetWorkspaceParams) (coder.Workspace, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.workspaceByID(id)
	if err != nil {
		return coder.Workspace{}, err
	}
	if w.deleted && (params.IncludeDeleted == nil || !*params.IncludeDeleted) {
		return coder.Workspace{}, coder.NewAPIError(http.StatusGone, "Workspace "+id.String()+" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.")
	}
	return w.view(), nil
}

// GetWorkspaceMetadataByUserAndWorkspaceName finds a workspace by owner and name.
func (s *Server) GetWorkspaceMetadataByUserAndWorkspaceName(ctx context.Context, userName, name string, params coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams) (coder.Workspace, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	owner, err := s.resolveUser(ctx, userName)
	if err != nil {
		return coder.Workspace{}, err
	}
	includeDeleted := params.IncludeDeleted != nil && *params.IncludeDeleted
	for i := len(s.workspaces) - 1; i >= 0; i-- {
		w := s.workspaces[i]
		if w.ownerID == owner.id && *w.api.Name == name && (!w.deleted || includeDeleted) {
			return w.view(), nil
		}
	}
	return coder.Workspace{}, notFound()
}

// ListWorkspaces filters workspaces with Coder's search syntax (owner:,
// name:, status:, template:, dormant:, or a bare name) and pages them.
func (s *Server) ListWorkspaces(ctx context.Context, params coder.ListWorkspacesParams) (coder.WorkspacesResponse, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var q string
	if params.Q != nil {
		q = *params.Q
	}
	match, err := s.workspaceFilter(ctx, q)
	if err != nil {
		return coder.WorkspacesResponse{}, err
	}
	offset, limit, err := page(params.Offset, params.Limit)
	if err != nil {
		return coder.WorkspacesResponse{}, err
	}
	me := caller(ctx)
	var found []coder.Workspace
	// The caller's favorites first, as Coder orders them.
	for _, favorites := range []bool{true, false} {
		for _, w := range s.workspaces {
			if !w.deleted && match(w) && (me != nil && *w.api.Favorite && w.ownerID == me.id) == favorites {
				found = append(found, w.view())
			}
		}
	}
	out := coder.WorkspacesResponse{Count: coder.Ptr(int64(len(found))), Workspaces: []coder.Workspace{}}
	for i := offset; i < len(found) && (limit == 0 || i < offset+limit); i++ {
		out.Workspaces = append(out.Workspaces, found[i])
	}
	return out, nil
}

// page checks Coder's pagination parameters: both non-negative.
func page(offset, limit *int64) (int, int, error) {
	var o, l int64
	if offset != nil {
		o = *offset
	}
	if limit != nil {
		l = *limit
	}
	if o < 0 {
		return 0, 0, invalid("Query parameters have invalid values.", "offset", "must be a non-negative integer")
	}
	if l < 0 {
		return 0, 0, invalid("Query parameters have invalid values.", "limit", "must be a non-negative integer")
	}
	return int(o), int(l), nil
}
