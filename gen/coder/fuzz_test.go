package coder_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/gen/coder"
	"github.com/specgen/specgen/generator/difftest"
	"github.com/specgen/specgen/generator/sharedtest"
)

// FuzzValidateAgreement mutates Workspace documents and checks that the
// generated code (decode into coder.Workspace, then Validate) and the
// oracle (santhosh-tekuri/jsonschema on spec/workspace.schema.json) agree
// on each: same verdict, same failing JSON pointers, or a disagreement one
// of the documented differences explains.
//
// The fuzzer mutates three things: the document's bytes; at, which picks
// one of its values (depth first); and value, JSON (or else a string) put
// there. Byte mutations mostly find JSON syntax; the second document keeps
// the Workspace's shape and changes one value, which is what reaches the
// checks Validate makes. Without -fuzz the test runs the seeds below and
// testdata/fuzz/FuzzValidateAgreement.
func FuzzValidateAgreement(f *testing.F) {
	oracle, err := difftest.NewOracle("../../spec/workspace.schema.json", "#")
	if err != nil {
		f.Fatal(err)
	}
	target := difftest.TargetOf("Workspace", coder.DecodeWorkspace)
	// The real payloads, when ../shared is there; they are not copied into
	// testdata (inputs the fuzzer derives from them stay in the cache).
	if root := sharedtest.Root(); root != "" {
		for _, rel := range []string{
			"corpus/coder/examples/workspace.docs-example.json",
			"corpus/coder/examples/workspace.cli-golden.normalized.json",
		} {
			if data, err := os.ReadFile(filepath.Join(root, rel)); err == nil {
				f.Add(data, uint16(7), `"specgen"`)
			}
		}
		f.Add(seedPayload(f), uint16(3), "null")
	}
	for _, s := range []struct {
		doc   string
		at    uint16
		value string
	}{
		{`{"latest_build": {"status": "running", "job": {"status": "pending"}, "reason": "initiator", "resources": [{"workspace_transition": "start", "agents": [{"apps": [{"sharing_level": "owner", "health": "healthy"}]}]}]}}`, 5, `"cli"`},
		{`{"shared_with": [{"actor_type": "group", "avatar_url": "https://example.com/a.png", "roles": ["admin", "use"]}], "automatic_updates": "never"}`, 4, `"mailto:x"`},
		{`{"id": "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f", "created_at": "2025-06-01T08:45:00Z", "ttl_ms": 28800000, "favorite": false, "health": {"healthy": true, "failing_agents": []}}`, 2, "1.0"},
		{`{"latest_build": {"matched_provisioners": {"count": 1, "most_recently_seen": "2025-06-01T08:45:00Z"}, "job": {"tags": {"scope": "organization"}, "error_code": "INSUFFICIENT_QUOTA"}}}`, 6, "[]"},
	} {
		f.Add([]byte(s.doc), s.at, s.value)
	}
	f.Fuzz(func(t *testing.T, data []byte, at uint16, value string) {
		check := func(doc []byte) {
			out := difftest.Compare(oracle, target, doc)
			if len(out.Unexcused()) > 0 {
				t.Fatalf("generated Validate and the oracle disagree on\n%s\n%s", doc, out)
			}
		}
		check(data)
		doc, err := difftest.Decode(data)
		if err != nil {
			return
		}
		locs := difftest.Locations(doc)
		v, err := difftest.Decode([]byte(value))
		if err != nil {
			v = value
		}
		mutant, err := json.Marshal(difftest.Set(doc, locs[int(at)%len(locs)], v))
		if err != nil {
			t.Fatal(err)
		}
		check(mutant)
	})
}
