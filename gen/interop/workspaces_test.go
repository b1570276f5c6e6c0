package interop

import (
	"net/http"
	"strings"
	"testing"

	"github.com/coder/coder/v2/codersdk"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// TestCreateUserWorkspace creates through the SDK, which sends the unset
// template_version_id as the all-zero UUID and checks for 201 Created.
func TestCreateUserWorkspace(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	if ws.Name != "dev" || ws.OwnerID != d.alice || ws.OwnerName != "alice" || ws.TemplateID != templateID {
		t.Errorf("created workspace = %s/%s owner %s template %s", ws.OwnerName, ws.Name, ws.OwnerID, ws.TemplateID)
	}
	if ws.LatestBuild.BuildNumber != 1 || ws.LatestBuild.Transition != codersdk.WorkspaceTransitionStart || ws.LatestBuild.Status != codersdk.WorkspaceStatusRunning {
		t.Errorf("latest build = #%d %s %s", ws.LatestBuild.BuildNumber, ws.LatestBuild.Transition, ws.LatestBuild.Status)
	}
	sent := d.wire.last(t, http.MethodPost, "/api/v2/users/me/workspaces")
	if sent.Status != http.StatusCreated {
		t.Errorf("status = %d, want 201", sent.Status)
	}
	for _, zero := range []string{`"template_version_id":"00000000-0000-0000-0000-000000000000"`, `"template_version_preset_id":"00000000-0000-0000-0000-000000000000"`} {
		if !strings.Contains(string(sent.Body), zero) {
			t.Errorf("the SDK no longer sends %s: %s", zero, sent.Body)
		}
	}

	// By template version instead: template_id is then the zero UUID.
	version := ws.TemplateActiveVersionID
	other, err := d.sdk.CreateUserWorkspace(testContext(t), "alice", codersdk.CreateWorkspaceRequest{TemplateVersionID: version, Name: "other"})
	if err != nil {
		t.Fatalf("create by template version: %v", err)
	}
	if other.LatestBuild.TemplateVersionID != version {
		t.Errorf("template version = %s, want %s", other.LatestBuild.TemplateVersionID, version)
	}

	// Neither (both zero) is refused, as Coder refuses it.
	_, err = d.sdk.CreateUserWorkspace(testContext(t), codersdk.Me, codersdk.CreateWorkspaceRequest{Name: "none"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest {
		t.Errorf("no template: status %d, want 400", e.StatusCode())
	}
	// The deprecated CreateWorkspace ignores its organization and posts to
	// the same route.
	if _, err := d.sdk.CreateWorkspace(testContext(t), d.fake.OrganizationID(), codersdk.Me, codersdk.CreateWorkspaceRequest{TemplateID: templateID, Name: "legacy"}); err != nil {
		t.Errorf("CreateWorkspace: %v", err)
	}
	_, err = d.sdk.CreateUserWorkspace(testContext(t), codersdk.Me, codersdk.CreateWorkspaceRequest{TemplateID: templateID, Name: "dev"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusConflict {
		t.Errorf("duplicate name: status %d, want 409", e.StatusCode())
	}
}

// TestWorkspaces lists with the SDK's filters and paging. The SDK always
// sends q (empty without filters) and quotes filter values.
func TestWorkspaces(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	for _, name := range []string{"dev", "dev-2", "prod"} {
		d.createWorkspace(t, name)
	}
	ctx := testContext(t)

	all, err := d.sdk.Workspaces(ctx, codersdk.WorkspaceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if all.Count != 3 || len(all.Workspaces) != 3 {
		t.Errorf("unfiltered: count %d, %d workspaces; want 3", all.Count, len(all.Workspaces))
	}
	sent := d.wire.last(t, http.MethodGet, "/api/v2/workspaces")
	if q, ok := sent.Query["q"]; !ok || q[0] != "" {
		t.Errorf("unfiltered list: q = %v (present %v), want present and empty", q, ok)
	}

	filtered, err := d.sdk.Workspaces(ctx, codersdk.WorkspaceFilter{Owner: codersdk.Me, Name: "dev"})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(filtered.Workspaces); filtered.Count != 2 || got != "dev,dev-2" {
		t.Errorf("owner:me name:dev = %d %s, want 2 dev,dev-2", filtered.Count, got)
	}
	if q := d.wire.last(t, http.MethodGet, "/api/v2/workspaces").Query.Get("q"); q != `owner:"me" name:"dev"` {
		t.Errorf("q = %q", q)
	}

	page, err := d.sdk.Workspaces(ctx, codersdk.WorkspaceFilter{Owner: "alice", Offset: 1, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Count != 3 || names(page.Workspaces) != "dev-2" {
		t.Errorf("offset 1 limit 1 = count %d %s, want 3 dev-2", page.Count, names(page.Workspaces))
	}

	raw, err := d.sdk.Workspaces(ctx, codersdk.WorkspaceFilter{FilterQuery: "status:running template:" + all.Workspaces[0].TemplateName})
	if err != nil {
		t.Fatal(err)
	}
	if raw.Count != 3 {
		t.Errorf("raw filter query: count %d, want 3", raw.Count)
	}

	_, err = d.sdk.Workspaces(ctx, codersdk.WorkspaceFilter{FilterQuery: "colour:blue"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || len(e.Validations) != 1 || e.Validations[0].Field != "colour" {
		t.Errorf("unknown filter key: %d %+v", e.StatusCode(), e.Validations)
	}
}

// TestWorkspaceByID reads a workspace by id, and a deleted one with
// DeletedWorkspace (include_deleted=true).
func TestWorkspaceByID(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	created := d.createWorkspace(t, "dev")
	ctx := testContext(t)

	ws, err := d.sdk.Workspace(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ws.ID != created.ID || ws.LatestBuild.ID != created.LatestBuild.ID {
		t.Errorf("Workspace = %s build %s, want %s build %s", ws.ID, ws.LatestBuild.ID, created.ID, created.LatestBuild.ID)
	}

	if _, err := d.sdk.CreateWorkspaceBuild(ctx, created.ID, codersdk.CreateWorkspaceBuildRequest{Transition: codersdk.WorkspaceTransitionDelete}); err != nil {
		t.Fatal(err)
	}
	_, err = d.sdk.Workspace(ctx, created.ID)
	if e := sdkError(t, err); e.StatusCode() != http.StatusGone {
		t.Errorf("deleted workspace: status %d, want 410", e.StatusCode())
	}
	deleted, err := d.sdk.DeletedWorkspace(ctx, created.ID)
	if err != nil {
		t.Fatalf("DeletedWorkspace: %v", err)
	}
	if deleted.LatestBuild.Transition != codersdk.WorkspaceTransitionDelete || deleted.LatestBuild.Status != codersdk.WorkspaceStatusDeleted {
		t.Errorf("deleted workspace's latest build: %s %s", deleted.LatestBuild.Transition, deleted.LatestBuild.Status)
	}
	if got := d.wire.last(t, http.MethodGet, "/api/v2/workspaces/"+created.ID.String()).RawQuery; got != "include_deleted=true" {
		t.Errorf("DeletedWorkspace sent %q", got)
	}
}

// TestWorkspaceByOwnerAndName reads by owner and name; the SDK always sends
// include_deleted, false unless asked.
func TestWorkspaceByOwnerAndName(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	created := d.createWorkspace(t, "dev")
	ctx := testContext(t)

	for _, owner := range []string{codersdk.Me, "alice", d.alice.String()} {
		ws, err := d.sdk.WorkspaceByOwnerAndName(ctx, owner, "dev", codersdk.WorkspaceOptions{})
		if err != nil {
			t.Fatalf("owner %s: %v", owner, err)
		}
		if ws.ID != created.ID {
			t.Errorf("owner %s: got %s, want %s", owner, ws.ID, created.ID)
		}
	}
	if got := d.wire.last(t, http.MethodGet, "/api/v2/users/"+d.alice.String()+"/workspace/dev").RawQuery; got != "include_deleted=false" {
		t.Errorf("WorkspaceByOwnerAndName sent %q, want include_deleted=false", got)
	}

	if _, err := d.sdk.CreateWorkspaceBuild(ctx, created.ID, codersdk.CreateWorkspaceBuildRequest{Transition: codersdk.WorkspaceTransitionDelete}); err != nil {
		t.Fatal(err)
	}
	_, err := d.sdk.WorkspaceByOwnerAndName(ctx, codersdk.Me, "dev", codersdk.WorkspaceOptions{})
	if e := sdkError(t, err); e.StatusCode() != http.StatusNotFound {
		t.Errorf("deleted, without include_deleted: status %d, want 404", e.StatusCode())
	}
	ws, err := d.sdk.WorkspaceByOwnerAndName(ctx, codersdk.Me, "dev", codersdk.WorkspaceOptions{IncludeDeleted: true})
	if err != nil {
		t.Fatalf("include_deleted: %v", err)
	}
	if ws.ID != created.ID {
		t.Errorf("include_deleted: got %s, want %s", ws.ID, created.ID)
	}
}

func names(list []codersdk.Workspace) string {
	out := ""
	for i, ws := range list {
		if i > 0 {
			out += ","
		}
		out += ws.Name
	}
	return out
}
