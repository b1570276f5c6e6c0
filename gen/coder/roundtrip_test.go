package coder_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/sharedtest"
)

// seedPayload returns the JSON object of seed 000, a Workspace as a real
// server sent it (with nulls where the schema says string, and a field the
// schema lacks).
func seedPayload(t testing.TB) []byte {
	t.Helper()
	text := sharedtest.Read(t, "seeds/000_78dbf27200fb051b.txt")
	i := bytes.Index(text, []byte("\n{"))
	if i < 0 {
		t.Fatal("seed 000 holds no JSON object")
	}
	var raw json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(text[i+1:])).Decode(&raw); err != nil {
		t.Fatalf("seed 000: %v", err)
	}
	return raw
}

// TestSeedWorkspaceRoundTrip decodes the real payload, validates it,
// re-encodes it and decodes that again: the two values must be equal.
func TestSeedWorkspaceRoundTrip(t *testing.T) {
	in := seedPayload(t)
	var ws coder.Workspace
	if err := json.Unmarshal(in, &ws); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := ws.Validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
	out, err := json.Marshal(&ws)
	if err != nil {
		t.Fatal(err)
	}
	var again coder.Workspace
	if err := json.Unmarshal(out, &again); err != nil {
		t.Fatalf("decode re-encoded: %v", err)
	}
	if diff := cmp.Diff(ws, again); diff != "" {
		t.Errorf("round trip changed the value (-first +second):\n%s", diff)
	}

	// That nothing is lost or added on the way: TestSeedPayloadRoundTrip.
}

func sameInstant(a, b string) bool {
	if a == b {
		return true
	}
	ta, err1 := time.Parse(time.RFC3339Nano, a)
	tb, err2 := time.Parse(time.RFC3339Nano, b)
	return err1 == nil && err2 == nil && ta.Equal(tb)
}

// TestNullForStringDecodes pins the null policy: the seed sends null for
// fields the schema types as string (dormant_at, deleting_at, job.error,
// job.canceled_at, job.worker_id); they decode to nil pointers.
func TestNullForStringDecodes(t *testing.T) {
	var ws coder.Workspace
	if err := json.Unmarshal(seedPayload(t), &ws); err != nil {
		t.Fatal(err)
	}
	job := ws.LatestBuild.Job
	for name, isNil := range map[string]bool{
		"dormant_at":      ws.DormantAt == nil,
		"deleting_at":     ws.DeletingAt == nil,
		"job.error":       job.Error == nil,
		"job.canceled_at": job.CanceledAt == nil,
		"job.worker_id":   job.WorkerID == nil,
	} {
		if !isNil {
			t.Errorf("%s: null decoded to a value", name)
		}
	}
	if ws.Favorite == nil || *ws.Favorite {
		t.Errorf("favorite: false must decode to a pointer to false, got %v", ws.Favorite)
	}
	if ws.LatestBuild.Resources == nil || len(ws.LatestBuild.Resources) != 0 {
		t.Errorf("resources: [] must decode to an empty, non-nil slice (so it re-encodes as [])")
	}
}

// TestTaskIDOverride checks the uuid.NullUUID override: Coder sends task_id
// as a UUID string or null, never as the {uuid, valid} object its schema
// describes.
func TestTaskIDOverride(t *testing.T) {
	id := uuid.MustParse("3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f")
	for _, c := range []struct {
		json string
		want uuid.NullUUID
	}{
		{`{"task_id": "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f"}`, uuid.NullUUID{UUID: id, Valid: true}},
		{`{"task_id": null}`, uuid.NullUUID{}},
		{`{}`, uuid.NullUUID{}},
	} {
		var ws coder.Workspace
		if err := json.Unmarshal([]byte(c.json), &ws); err != nil {
			t.Errorf("%s: %v", c.json, err)
			continue
		}
		if ws.TaskID != c.want {
			t.Errorf("%s: task_id = %+v, want %+v", c.json, ws.TaskID, c.want)
		}
	}
}

// TestValidateReportsEveryProblem checks Validate's error names JSON paths,
// checks narrowed enums at the narrowed set, and reports all problems.
func TestValidateReportsEveryProblem(t *testing.T) {
	var ws coder.Workspace
	if err := json.Unmarshal(seedPayload(t), &ws); err != nil {
		t.Fatal(err)
	}
	ws.LatestBuild.Job.Status = coder.Ptr(coder.ProvisionerJobStatus("bogus"))
	// BuildReason knows "cli", but WorkspaceBuild.reason narrows it to
	// initiator, autostart and autostop.
	ws.LatestBuild.Reason = coder.Ptr(coder.BuildReasonCLI)
	ws.AutomaticUpdates = coder.Ptr(coder.AutomaticUpdates("sometimes"))
	ws.LatestBuild.Resources = []coder.WorkspaceResource{{}, {WorkspaceTransition: coder.Ptr(coder.WorkspaceTransition("pause"))}}

	err := ws.Validate()
	var verrs coder.ValueErrors
	if !asValueErrors(err, &verrs) {
		t.Fatalf("Validate() = %v, want ValueErrors", err)
	}
	var got []string
	for _, e := range verrs {
		got = append(got, e.Error())
	}
	want := []string{
		`automatic_updates: "sometimes" is not one of "always", "never"`,
		`latest_build.job.status: "bogus" is not one of "pending", "running", "succeeded", "canceling", "canceled", "failed"`,
		`latest_build.reason: "cli" is not one of "initiator", "autostart", "autostop"`,
		`latest_build.resources[1].workspace_transition: "pause" is not one of "start", "stop", "delete"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate errors (-want +got):\n%s", diff)
	}
	if verrs[1].Pointer != "/latest_build/job/status" {
		t.Errorf("pointer = %q", verrs[1].Pointer)
	}
	if !strings.Contains(err.Error(), "\n") {
		t.Errorf("several problems should print one per line: %q", err.Error())
	}
}

func asValueErrors(err error, target *coder.ValueErrors) bool {
	v, ok := err.(coder.ValueErrors)
	if ok {
		*target = v
	}
	return ok
}

// TestUnknownEnumDecodes checks that a value a newer server may send
// decodes without error and is reported by Validate.
func TestUnknownEnumDecodes(t *testing.T) {
	var b coder.WorkspaceBuild
	if err := json.Unmarshal([]byte(`{"status": "hibernating"}`), &b); err != nil {
		t.Fatalf("unknown enum value failed to decode: %v", err)
	}
	if b.Status.IsKnown() {
		t.Error("hibernating reported as known")
	}
	if err := b.Validate(); err == nil || !strings.Contains(err.Error(), `status: "hibernating" is not one of`) {
		t.Errorf("Validate() = %v", err)
	}
	if err := coder.WorkspaceStatus("hibernating").Validate(); err == nil {
		t.Error("enum Validate accepted an unknown value")
	}
	if got := len(coder.WorkspaceStatus("").Values()); got != 10 {
		t.Errorf("WorkspaceStatus has %d values, want 10", got)
	}
	if coder.WorkspaceRoleEmpty != "" || !coder.WorkspaceRoleEmpty.IsKnown() {
		t.Error(`the "" value of WorkspaceRole must be a known constant`)
	}
}

// TestValidateDoesNotAllocate pins the zero-allocation design of Validate
// on a valid value: paths are stack frames, rendered only for errors.
func TestValidateDoesNotAllocate(t *testing.T) {
	var ws coder.Workspace
	if err := json.Unmarshal(seedPayload(t), &ws); err != nil {
		t.Fatal(err)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		if ws.Validate() != nil {
			t.Fatal("the seed payload must be valid")
		}
	}); allocs != 0 {
		t.Errorf("Validate of a valid Workspace allocates %v times, want 0", allocs)
	}
}
