package interop

import (
	"context"
	"net/http"
	"testing"

	"github.com/coder/coder/v2/codersdk"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// notFoundServer answers GetWorkspace with a 404 that has every part of
// Coder's error body.
type notFoundServer struct{ coder.Unimplemented }

func (notFoundServer) GetWorkspace(ctx context.Context, id uuid.UUID, _ coder.GetWorkspaceParams) (coder.Workspace, error) {
	return coder.Workspace{}, &coder.APIError{StatusCode: http.StatusNotFound, Body: &coder.Response{
		Message:     coder.Ptr("Workspace not found."),
		Detail:      coder.Ptr("no workspace " + id.String()),
		Validations: []coder.ValidationError{{Field: "workspace", Detail: "does not exist"}},
	}}
}

// TestErrorBodyReachesSDK: an *APIError the implementation returns reaches
// Coder's SDK as a *codersdk.Error with status, message, detail and
// validations, and the request's method and URL.
func TestErrorBodyReachesSDK(t *testing.T) {
	sdk := sdkFor(t, coder.NewHandler(notFoundServer{}, coder.WithAnyCredential()))
	id := uuid.New()

	_, err := sdk.Workspace(testContext(t), id)
	e := sdkError(t, err)
	if e.StatusCode() != http.StatusNotFound || e.Message != "Workspace not found." || e.Detail != "no workspace "+id.String() {
		t.Errorf("404: %d %q %q", e.StatusCode(), e.Message, e.Detail)
	}
	if len(e.Validations) != 1 || e.Validations[0] != (codersdk.ValidationError{Field: "workspace", Detail: "does not exist"}) {
		t.Errorf("validations = %+v", e.Validations)
	}
	if e.Method() != http.MethodGet || e.URL() != sdk.URL.String()+"/api/v2/workspaces/"+id.String() {
		t.Errorf("request = %s %s", e.Method(), e.URL())
	}

	// Unimplemented operations are 501 with a message.
	_, err = sdk.WorkspaceBuild(testContext(t), id)
	if e := sdkError(t, err); e.StatusCode() != http.StatusNotImplemented || e.Message == "" {
		t.Errorf("unimplemented: %d %q", e.StatusCode(), e.Message)
	}
}

// TestFakeErrorsMatchCoder: the fake's answers that have a fixed text in
// Coder carry that text, and the generated handler's own 400, 401 and 404
// reach the SDK as *codersdk.Error.
func TestFakeErrorsMatchCoder(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ctx := testContext(t)

	_, err := d.sdk.Workspace(ctx, uuid.New())
	if e := sdkError(t, err); e.StatusCode() != http.StatusNotFound || e.Message != "Resource not found or you do not have access to this resource" || e.Detail != "" {
		t.Errorf("unknown workspace: %d %q %q", e.StatusCode(), e.Message, e.Detail)
	}

	// ResolveAutostart takes the id as a string: a bad one is the
	// generated handler's 400, one validation per bad parameter.
	_, err = d.sdk.ResolveAutostart(ctx, "not-a-uuid")
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || len(e.Validations) != 1 || e.Validations[0].Field != "workspace" {
		t.Errorf("bad uuid: %d %q %+v", e.StatusCode(), e.Message, e.Validations)
	}

	signedOut := codersdk.New(d.url, codersdk.WithSessionToken("expired"))
	_, err = signedOut.Workspaces(ctx, codersdk.WorkspaceFilter{})
	if e := sdkError(t, err); e.StatusCode() != http.StatusUnauthorized || e.Helper != "Try logging in using 'coder login'." {
		t.Errorf("bad token: %d %q helper %q", e.StatusCode(), e.Message, e.Helper)
	}

	res, err := d.sdk.Request(ctx, http.MethodGet, "/api/v2/nothing-here", nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := sdkError(t, codersdk.ReadBodyAsError(res)); e.StatusCode() != http.StatusNotFound || e.Message != "Route not found." {
		t.Errorf("unknown route: %d %q", e.StatusCode(), e.Message)
	}
}
