package coder_test

import (
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
// of the documented differences explains. Without -fuzz it runs the seeds
// below and the corpus in testdata/fuzz/FuzzValidateAgreement.
func FuzzValidateAgreement(f *testing.F) {
	oracle, err := difftest.NewOracle("../../spec/workspace.schema.json", "#")
	if err != nil {
		f.Fatal(err)
	}
	target := difftest.TargetOf[coder.Workspace]("Workspace")
	// The real payloads, when ../shared is there (the committed corpus
	// holds small documents derived from them either way).
	if root := sharedtest.Root(); root != "" {
		for _, rel := range []string{
			"corpus/coder/examples/workspace.docs-example.json",
			"corpus/coder/examples/workspace.cli-golden.normalized.json",
		} {
			if data, err := os.ReadFile(filepath.Join(root, rel)); err == nil {
				f.Add(data)
			}
		}
		f.Add(seedPayload(f))
	}
	f.Add([]byte(`{"latest_build": {"status": "running", "job": {"status": "pending"}, "reason": "initiator"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		out := difftest.Compare(oracle, target, data)
		if len(out.Unexcused()) > 0 {
			t.Fatalf("generated Validate and the oracle disagree on\n%s\n%s", data, out)
		}
	})
}
