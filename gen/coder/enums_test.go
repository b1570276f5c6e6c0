package coder_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/sharedtest"
)

// enumType is what every generated string enum has.
type enumType[T any] interface {
	~string
	Values() []T
	IsKnown() bool
	Validate() error
}

// checkEnum checks an enum's values are distinct and known, and that a
// value outside them is unknown and fails Validate naming every value.
func checkEnum[T enumType[T]](t *testing.T) {
	t.Helper()
	var zero T
	values := zero.Values()
	if len(values) == 0 {
		t.Errorf("%T lists no values", zero)
	}
	var quoted []string
	for i, v := range values {
		if !v.IsKnown() || v.Validate() != nil {
			t.Errorf("%T(%q) is not known", v, v)
		}
		if slices.Index(values, v) != i {
			t.Errorf("%T(%q) is listed twice", v, v)
		}
		quoted = append(quoted, strconv.Quote(string(v)))
	}
	bogus := T("not-a-value")
	err := bogus.Validate()
	if bogus.IsKnown() || err == nil {
		t.Fatalf("%T(%q) passes", bogus, bogus)
	}
	if want := `"not-a-value" is not one of ` + strings.Join(quoted, ", "); err.Error() != want {
		t.Errorf("%T: %q, want %q", bogus, err, want)
	}
}

func TestEnums(t *testing.T) {
	checkEnum[coder.AgentSubsystem](t)
	checkEnum[coder.AutomaticUpdates](t)
	checkEnum[coder.BuildReason](t)
	checkEnum[coder.CancelWorkspaceBuildExpectStatus](t)
	checkEnum[coder.CreateWorkspaceBuildReason](t)
	checkEnum[coder.DisplayApp](t)
	checkEnum[coder.JobErrorCode](t)
	checkEnum[coder.LogLevel](t)
	checkEnum[coder.LogSource](t)
	checkEnum[coder.ProvisionerJobStatus](t)
	checkEnum[coder.ProvisionerJobType](t)
	checkEnum[coder.ProvisionerLogLevel](t)
	checkEnum[coder.SharedWorkspaceActorType](t)
	checkEnum[coder.TimingStage](t)
	checkEnum[coder.UsageAppName](t)
	checkEnum[coder.WorkspaceAgentLifecycle](t)
	checkEnum[coder.WorkspaceAgentScriptStatus](t)
	checkEnum[coder.WorkspaceAgentStartupScriptBehavior](t)
	checkEnum[coder.WorkspaceAgentStatus](t)
	checkEnum[coder.WorkspaceAppHealth](t)
	checkEnum[coder.WorkspaceAppOpenIn](t)
	checkEnum[coder.WorkspaceAppSharingLevel](t)
	checkEnum[coder.WorkspaceAppStatusState](t)
	checkEnum[coder.WorkspaceRole](t)
	checkEnum[coder.WorkspaceStatus](t)
	checkEnum[coder.WorkspaceTransition](t)
}

// validatable is what every generated struct has.
type validatable interface{ Validate() error }

// TestValidateFindsBadValuesAtDepth decodes documents with values the
// schema does not allow at known places and checks Validate reports
// exactly those places.
func TestValidateFindsBadValuesAtDepth(t *testing.T) {
	cases := []struct {
		into validatable
		doc  string
		want []string
	}{
		{new(coder.Workspace), `{
			"automatic_updates": "sometimes",
			"latest_app_status": {"state": "x"},
			"shared_with": [{"actor_type": "x", "roles": ["admin", "x"]}],
			"latest_build": {
				"reason": "cli", "status": "x", "transition": "x",
				"job": {"status": "x", "type": "x", "error_code": "x", "metadata": {"workspace_build_transition": "x"}},
				"resources": [{"workspace_transition": "x", "agents": [{
					"lifecycle_state": "x", "status": "x", "startup_script_behavior": "x",
					"display_apps": ["vscode", "x"], "subsystems": ["x"],
					"scripts": [{"status": "x"}],
					"apps": [{"health": "x", "open_in": "x", "sharing_level": "x", "statuses": [{"state": "x"}]}]
				}]}]
			}}`,
			[]string{
				"/automatic_updates", "/latest_app_status/state",
				"/latest_build/job/error_code", "/latest_build/job/metadata/workspace_build_transition", "/latest_build/job/status", "/latest_build/job/type",
				"/latest_build/reason",
				"/latest_build/resources/0/agents/0/apps/0/health", "/latest_build/resources/0/agents/0/apps/0/open_in",
				"/latest_build/resources/0/agents/0/apps/0/sharing_level", "/latest_build/resources/0/agents/0/apps/0/statuses/0/state",
				"/latest_build/resources/0/agents/0/display_apps/1", "/latest_build/resources/0/agents/0/lifecycle_state",
				"/latest_build/resources/0/agents/0/scripts/0/status", "/latest_build/resources/0/agents/0/startup_script_behavior",
				"/latest_build/resources/0/agents/0/status", "/latest_build/resources/0/agents/0/subsystems/0",
				"/latest_build/resources/0/workspace_transition", "/latest_build/status", "/latest_build/transition",
				"/shared_with/0/actor_type", "/shared_with/0/roles/1",
			}},
		{new(coder.WorkspacesResponse), `{"workspaces": [{}, {"latest_build": {"status": "x"}}]}`, []string{"/workspaces/1/latest_build/status"}},
		{new(coder.WorkspaceBuildTimings), `{"provisioner_timings": [{"stage": "x"}], "agent_script_timings": [{"stage": "x"}], "agent_connection_timings": [{"stage": "apply"}, {"stage": "x"}]}`,
			[]string{"/agent_connection_timings/1/stage", "/agent_script_timings/0/stage", "/provisioner_timings/0/stage"}},
		{new(coder.ProvisionerJobLog), `{"log_level": "loud", "log_source": "x"}`, []string{"/log_level", "/log_source"}},
		{new(coder.CreateWorkspaceBuildRequest), `{"transition": "x", "log_level": "info", "reason": "task_resume"}`, []string{"/log_level", "/reason", "/transition"}},
		{new(coder.CreateWorkspaceRequest), `{"name": "a", "automatic_updates": "x"}`, []string{"/automatic_updates"}},
		{new(coder.PostWorkspaceUsageRequest), `{"app_name": "emacs"}`, []string{"/app_name"}},
		{new(coder.UpdateWorkspaceAutomaticUpdatesRequest), `{"automatic_updates": "x"}`, []string{"/automatic_updates"}},
	}
	for _, tc := range cases {
		if err := json.Unmarshal([]byte(tc.doc), tc.into); err != nil {
			t.Fatalf("%T: %v", tc.into, err)
		}
		var errs coder.ValueErrors
		if !errors.As(tc.into.Validate(), &errs) {
			t.Fatalf("%T: Validate found nothing", tc.into)
		}
		var got []string
		for _, e := range errs {
			got = append(got, e.Pointer)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%T reports\n%s\nwant\n%s", tc.into, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}

// TestCorpusPayloadsValidate: real server output (with its placeholders
// made valid ids and times) decodes and validates. The docs examples are
// left out: they show uuid.NullUUID as an object, which servers never send.
func TestCorpusPayloadsValidate(t *testing.T) {
	for file, into := range map[string]func() any{
		"corpus/coder/examples/workspace-list.cli-golden.normalized.json": func() any { return new([]coder.Workspace) },
		"corpus/coder/examples/workspace.cli-golden.normalized.json":      func() any { return new(coder.Workspace) },
	} {
		data := sharedtest.Read(t, file)
		v := into()
		if err := json.Unmarshal(data, v); err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		var items []validatable
		switch v := v.(type) {
		case *[]coder.Workspace:
			for i := range *v {
				items = append(items, &(*v)[i])
			}
		case validatable:
			items = append(items, v)
		}
		if len(items) == 0 {
			t.Errorf("%s: nothing decoded", file)
		}
		for i, item := range items {
			if err := item.Validate(); err != nil {
				t.Errorf("%s[%d]: %v", file, i, err)
			}
		}
	}
}
