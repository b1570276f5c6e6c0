package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6). Before, uniqueItems compared what the
// encoder wrote for the decoded items, and a struct's Go value holds an
// absent nullable property and a null one alike and drops members no
// property declares: [{}, {"title": null}] and [{"x": 1}, {"x": 2}] were
// "items 0 and 1 are equal" (Open Contracting's relatedProcesses).

func TestUniqueItemsByText(t *testing.T) {
	for _, c := range []struct {
		file, doc string
		valid     bool
		decode    func([]byte) error
	}{
		{"release", `{"relatedProcesses": [{}, {"title": null}]}`, true, decodeRelease},
		{"release", `{"relatedProcesses": [{}, {"relationship": null}]}`, true, decodeRelease},
		{"release", `{"relatedProcesses": [{"x": 1}, {"x": 2}]}`, true, decodeRelease},
		{"release", `{"relatedProcesses": [{"id": "a", "x": 1}, {"id": "a"}]}`, true, decodeRelease},
		{"release", `{"relatedProcesses": [{"count": 1}, {"count": 1.0}]}`, false, decodeRelease},
		{"release", `{"relatedProcesses": [{"title": null}, {"title": null}]}`, false, decodeRelease},
		{"release", `{"relatedProcesses": [{"x": 1, "id": "a"}, {"id": "a", "x": 1}]}`, false, decodeRelease},
		{"release", `{"relatedProcesses": [{}, {}]}`, false, decodeRelease},
		{"release", `{"relatedProcesses": [{"count": "x"}, {"count": "x"}]}`, false, decodeRelease},
		{"release", `{"groups": [[{}], [{"title": null}]]}`, true, decodeRelease},
		{"release", `{"groups": [[{"y": true}], [{"y": false}]]}`, true, decodeRelease},
		{"release", `{"groups": [[{"y": true}], [{"y": true}]]}`, false, decodeRelease},
		{"release", `{"tags": ["a", "b"]}`, true, decodeRelease},
		{"release", `{"tags": ["a", "a"]}`, false, decodeRelease},
		{"list", `[{}, {"name": null}, {"other": 1}]`, true, decodeList},
		{"list", `[{"name": "a"}, {"name": "a", "extra": [1]}]`, true, decodeList},
		{"list", `[{"name": "a", "extra": [1]}, {"extra": [1.0], "name": "a"}]`, false, decodeList},
		{"list", `[{"name": null}, {"name": null}]`, false, decodeList},
	} {
		o, err := oracle.Compile("../"+c.file+".schema.json", nil, false)
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if err := c.decode([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, Decode says %v", c.doc, c.valid, err)
		}
	}
}

// TestUniqueItemsValidateAlone: Validate of a value built in Go, with no
// document behind it, still compares the Go values.
func TestUniqueItemsValidateAlone(t *testing.T) {
	v := Release{RelatedProcesses: []RelatedProcess{{}, {}}}
	if err := v.Validate(); err == nil {
		t.Error("two zero RelatedProcess values: Validate found no duplicate")
	}
}

func decodeRelease(b []byte) error { _, err := DecodeRelease(b); return err }
func decodeList(b []byte) error    { _, err := DecodeList(b); return err }
