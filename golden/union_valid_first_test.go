package golden_test

import (
	"encoding/json"
	"testing"

	"github.com/specgen/specgen/generator/difftest"
	variantvalid "github.com/specgen/specgen/golden/union-variant-valid-first/want"
)

// TestUnionKeepsValidVariant: an object that every variant of an anyOf
// decodes into is the first variant it satisfies (packer's builders were
// all decoded as the first, and every valid one but the first rejected);
// when it satisfies none, decoding still succeeds and Validate rejects it,
// as the oracle does.
func TestUnionKeepsValidVariant(t *testing.T) {
	o, err := difftest.NewOracle("union-variant-valid-first/builder.schema.json", "#")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc  string
		want string // the Go type held, "" when Validate must reject
	}{
		{`{"type": "vagrant", "box_name": "hashicorp/bionic64"}`, "*variantvalid.Vagrant"},
		{`{"type": "virtualbox-iso", "disk_size": 4096}`, "*variantvalid.VirtualBox"},
		{`{"disk_size": 4096}`, "*variantvalid.Vagrant"},
		{`{"type": "virtualbox-iso", "disk_size": 0}`, ""},
		{`{"type": "docker"}`, ""},
	} {
		var b variantvalid.Builder
		if err := json.Unmarshal([]byte(c.doc), &b); err != nil {
			t.Errorf("%s: %v", c.doc, err)
			continue
		}
		doc, _ := difftest.Decode([]byte(c.doc))
		oracleValid := len(o.Check(doc)) == 0
		err := b.Validate()
		if (err == nil) != oracleValid {
			t.Errorf("%s: Validate = %v, oracle valid = %v", c.doc, err, oracleValid)
		}
		if got := typeName(b.Value); c.want != "" && got != c.want {
			t.Errorf("%s: decoded as %s, want %s", c.doc, got, c.want)
		}
	}
}

func typeName(v any) string {
	switch v.(type) {
	case *variantvalid.Vagrant:
		return "*variantvalid.Vagrant"
	case *variantvalid.VirtualBox:
		return "*variantvalid.VirtualBox"
	}
	return "none"
}
