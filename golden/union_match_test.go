package golden_test

import (
	"testing"

	"github.com/specgen/specgen/generator/difftest"
	nullvariant "github.com/specgen/specgen/golden/union-null-variant/want"
	oneoftwo "github.com/specgen/specgen/golden/union-oneof-two-match/want"
	closedobjects "github.com/specgen/specgen/golden/union-variant-closed-objects/want"
)

// The union cases below are held to the oracle's verdicts here rather than
// by TestGoldenDifferential, which compares the places of failures: when
// no variant matches, the oracle reports every variant's failures and the
// union those of the one it holds.

// verdictCase is a document and the variant the union should hold ("" when
// the check is all that is asked).
type verdictCase struct{ doc, want string }

// checkVerdicts decodes each document with decode (the generated Decode
// function, the one documented call) and compares its verdict with the
// oracle's for the schema at pointer in file; held names the variant decoded.
func checkVerdicts[T any](t *testing.T, file, pointer string, decode func([]byte) (T, error), held func(T) string, cases []verdictCase) {
	t.Helper()
	o, err := difftest.NewOracle(file, pointer)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc, _ := difftest.Decode([]byte(c.doc))
		oracleValid := len(o.Check(doc)) == 0
		v, err := decode([]byte(c.doc))
		if (err == nil) != oracleValid {
			t.Errorf("%s: Decode error = %v, oracle valid = %v", c.doc, err, oracleValid)
			continue
		}
		if c.want != "" && err == nil {
			if got := held(v); got != c.want {
				t.Errorf("%s: decoded as %s, want %s", c.doc, got, c.want)
			}
		}
	}
}

// TestUnionClosedObjectVariants: an object decodes into the struct of each
// object variant of a oneOf, and a member a variant does not allow is seen
// only by decoding's record, so the union keeps the variant whose decoding
// records no problem (appveyor's {"cmd": …} was held as the {"ps": …}
// variant and rejected).
func TestUnionClosedObjectVariants(t *testing.T) {
	held := func(v closedobjects.Commands) string {
		switch v[0].Value.(type) {
		case *closedobjects.CommandString:
			return "string"
		case *closedobjects.CommandObject:
			return "ps"
		case *closedobjects.CommandObject2:
			return "cmd"
		case *closedobjects.CommandObject3:
			return "sh"
		}
		return "none"
	}
	checkVerdicts(t, "union-variant-closed-objects/command.schema.json", "#", closedobjects.DecodeCommands, held, []verdictCase{
		{`["echo"]`, "string"},
		{`[{"ps": "Write-Host"}]`, "ps"},
		{`[{"cmd": "set A=1"}]`, "cmd"},
		{`[{}]`, "cmd"},
		{`[{"sh": "ls"}]`, "sh"},
		{`[{"pwsh": "Write-Host"}]`, ""},
		{`[{"ps": "a", "cmd": "b"}]`, ""},
		{`[{"ps": 1}]`, ""},
	})
}

// TestOneOfMoreThanOneMatches: a value that two variants of a oneOf match
// is invalid; the union holds the first, and Decode reports the second,
// at the union's place, nested and of scalars too.
func TestOneOfMoreThanOneMatches(t *testing.T) {
	step := func(v oneoftwo.Step) string {
		switch v.Value.(type) {
		case *oneoftwo.StepObject:
			return "run"
		case *oneoftwo.StepObject2:
			return "uses"
		}
		return "none"
	}
	checkVerdicts(t, "union-oneof-two-match/step.schema.json", "#", oneoftwo.DecodeStep, step, []verdictCase{
		{`{"run": "make"}`, "run"},
		{`{"uses": "actions/checkout"}`, "uses"},
		{`{"run": "make", "uses": "actions/checkout"}`, ""},
		{`{"run": 1, "uses": "actions/checkout"}`, "uses"},
		{`{}`, ""},
	})
	none := func(oneoftwo.Timeout) string { return "" }
	checkVerdicts(t, "union-oneof-two-match/step.schema.json", "#/$defs/Timeout", oneoftwo.DecodeTimeout, none, []verdictCase{
		{`{"limit": 12}`, ""},
		{`{"limit": 3}`, ""},
		{`{"limit": 3.5}`, ""},
		{`{"limit": 7}`, ""},
		{`{"limit": 0}`, ""},
		{`{"limit": 7.5}`, ""},
	})
	if _, err := oneoftwo.DecodeStep([]byte(`{"run": "make", "uses": "x"}`)); err == nil {
		t.Fatal("a value both variants match decoded without error")
	}
}

// TestUnionNullVariant: null is a value of an anyOf or oneOf with a
// null-only member among several, also for a required property (gadget.yaml's
// documents were rejected: "must not be null"); the differential test
// excuses a null it rejects as null-for-optional, so verdicts are held here.
func TestUnionNullVariant(t *testing.T) {
	none := func(nullvariant.Pref) string { return "" }
	checkVerdicts(t, "union-null-variant/pref.schema.json", "#", nullvariant.DecodePref, none, []verdictCase{
		{`{"name": "a", "default_value": null, "fallback": null}`, ""},
		{`{"name": "a", "default_value": true, "fallback": 2}`, ""},
		{`{"name": "a", "default_value": "x", "fallback": "abcd"}`, ""},
		{`{"name": "a", "fallback": null}`, ""},
		{`{"name": null, "default_value": null, "fallback": null}`, ""},
	})
}
