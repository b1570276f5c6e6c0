package interop

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/coder/coder/v2/codersdk"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// sdkCall calls path with the SDK's own request plumbing (its token header,
// its error reading) and decodes a 2xx answer into out, as the SDK's
// methods do: for the operations codersdk v2.30.0 has no method for.
func sdkCall(t *testing.T, d *deployment, method, path string, body any, wantStatus int, out any) {
	t.Helper()
	res, err := d.sdk.Request(testContext(t), method, path, body)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != wantStatus {
		t.Fatalf("%s %s: %v", method, path, codersdk.ReadBodyAsError(res))
	}
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		t.Fatalf("%s %s: decoding: %v", method, path, err)
	}
}

// TestCreateWorkspaceByOrganization posts the SDK's create request to the
// organization route (codersdk's CreateWorkspace ignores its organization
// and posts to /users/{user}/workspaces instead).
func TestCreateWorkspaceByOrganization(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	var ws codersdk.Workspace
	path := fmt.Sprintf("/api/v2/organizations/%s/members/%s/workspaces", d.fake.OrganizationID(), codersdk.Me)
	sdkCall(t, d, http.MethodPost, path, codersdk.CreateWorkspaceRequest{TemplateID: templateID, Name: "dev"}, http.StatusCreated, &ws)
	if ws.Name != "dev" || ws.OrganizationID != d.fake.OrganizationID() || ws.OwnerID != d.alice {
		t.Errorf("created %s in %s for %s", ws.Name, ws.OrganizationID, ws.OwnerID)
	}
}

// TestWorkspaceBuildLogsAndResources reads a build's logs (the JSON form,
// without follow) and its resources (deprecated in Coder, still served)
// into the SDK's types.
func TestWorkspaceBuildLogsAndResources(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	base := "/api/v2/workspacebuilds/" + ws.LatestBuild.ID.String()

	var logs []codersdk.ProvisionerJobLog
	sdkCall(t, d, http.MethodGet, base+"/logs", nil, http.StatusOK, &logs)
	if len(logs) < 2 {
		t.Fatalf("%d log lines, want a few", len(logs))
	}
	var after []codersdk.ProvisionerJobLog
	sdkCall(t, d, http.MethodGet, fmt.Sprintf("%s/logs?after=%d", base, logs[0].ID), nil, http.StatusOK, &after)
	if len(after) != len(logs)-1 || after[0].ID != logs[1].ID {
		t.Errorf("after %d: %d lines starting %d", logs[0].ID, len(after), after[0].ID)
	}
	for _, l := range logs {
		if l.Source != codersdk.LogSourceProvisioner || l.Level != codersdk.LogLevelInfo || l.Output == "" {
			t.Errorf("log line %+v", l)
		}
	}

	var resources []codersdk.WorkspaceResource
	sdkCall(t, d, http.MethodGet, base+"/resources", nil, http.StatusOK, &resources)
	if len(resources) != len(ws.LatestBuild.Resources) || resources[0].ID != ws.LatestBuild.Resources[0].ID {
		t.Errorf("resources = %+v, want the build's %+v", resources, ws.LatestBuild.Resources)
	}
}
