package golden_test

import (
	"testing"

	"github.com/specgen/specgen/generator/difftest"
	closedobjects "github.com/specgen/specgen/golden/union-variant-closed-objects/want"
)

// TestUnionClosedObjectVariants: an object decodes into the struct of each
// object variant of a oneOf, and a member a variant does not allow is seen
// only by decoding's record, so the union keeps the variant whose decoding
// records no problem (appveyor's {"cmd": …} was held as the {"ps": …}
// variant and rejected). Verdicts are the oracle's; the variant held is the
// one the document names.
func TestUnionClosedObjectVariants(t *testing.T) {
	o, err := difftest.NewOracle("union-variant-closed-objects/command.schema.json", "#")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc  string
		want string // the Go type held by the first item, "" when rejected
	}{
		{`["echo"]`, "string"},
		{`[{"ps": "Write-Host"}]`, "ps"},
		{`[{"cmd": "set A=1"}]`, "cmd"},
		{`[{}]`, "cmd"},
		{`[{"sh": "ls"}]`, "sh"},
		{`[{"pwsh": "Write-Host"}]`, ""},
		{`[{"ps": "a", "cmd": "b"}]`, ""},
		{`[{"ps": 1}]`, ""},
	} {
		doc, _ := difftest.Decode([]byte(c.doc))
		oracleValid := len(o.Check(doc)) == 0
		v, err := closedobjects.DecodeCommands([]byte(c.doc))
		if (err == nil) != oracleValid {
			t.Errorf("%s: DecodeCommands error = %v, oracle valid = %v", c.doc, err, oracleValid)
		}
		if c.want == "" || err != nil {
			continue
		}
		got := "none"
		switch v[0].Value.(type) {
		case *closedobjects.CommandString:
			got = "string"
		case *closedobjects.CommandObject:
			got = "ps"
		case *closedobjects.CommandObject2:
			got = "cmd"
		case *closedobjects.CommandObject3:
			got = "sh"
		}
		if got != c.want {
			t.Errorf("%s: decoded as the %s variant, want %s", c.doc, got, c.want)
		}
	}
}
