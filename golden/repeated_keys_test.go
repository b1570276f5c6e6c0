package golden_test

import (
	"testing"

	depnull "github.com/specgen/specgen/golden/schema-dependent-null/want"
	repeatedkeys "github.com/specgen/specgen/golden/schema-repeated-keys/want"
)

// TestRepeatedAndFoldedKeys holds the generated Decode function to the
// oracle on documents the differential test cannot write (its documents
// are decoded values): keys in another case and keys written twice, at
// the root, in a map and in a nested struct. Found by make realschemas
// MUTATE=N's key-case and dupkey mutations (docs/realschemas.md).
func TestRepeatedAndFoldedKeys(t *testing.T) {
	checkVerdicts(t, "schema-repeated-keys/config.schema.json", "#", repeatedkeys.DecodeConfig, nil, []verdictCase{
		{doc: `{"Name": "a", "version": "1"}`},
		{doc: `{"name": "a", "VERSION": "1"}`},
		{doc: `{"name": "a", "version": "1", "Port": 8}`},
		// Another member than port and owner: their schemas do not apply.
		{doc: `{"name": "a", "version": "1", "PORT": "x"}`},
		{doc: `{"name": "a", "version": "1", "Owner": 5}`},
		{doc: `{"name": "a", "version": "1", "owner": {"Email": "a@b.co"}}`},
		// In an object that requires nothing as well (limits).
		{doc: `{"name": "a", "version": "1", "limits": {"PORT": "x"}}`},
		{doc: `{"name": "a", "version": "1", "limits": {"Port": 8, "port": "x"}}`},
		{doc: `{"name": "a", "version": "1", "port": "x", "port": 8}`},
		{doc: `{"name": "a", "version": "1", "port": 8, "port": "x"}`},
		{doc: `{"name": null, "name": "a", "version": "1"}`},
		{doc: `{"name": "a", "name": null, "version": "1"}`},
		{doc: `{"name": "a", "version": "1", "env": {"k": null, "j": "x", "k": "v"}}`},
		{doc: `{"name": "a", "version": "1", "env": {"k": "v", "k": null}}`},
		{doc: `{"name": "a", "version": "1", "env": {"k": 1}, "env": {"k": "v"}}`},
		{doc: `{"name": "a", "version": "1", "owner": {}, "owner": {"email": "a@b.co"}}`},
		{doc: `{"name": "a", "version": "1", "owner": {"email": "a@b.co"}, "owner": {}}`},
	})
}

// TestDependentRequiredNull holds dependentRequired to the oracle where a
// property may be null (randschemas seed 400): a null property is present,
// on either side of the dependency, though its Go value is nil as for one
// absent; decoding checks the dependency on the JSON object.
func TestDependentRequiredNull(t *testing.T) {
	checkVerdicts(t, "schema-dependent-null/config.schema.json", "#", depnull.DecodeConfig, nil, []verdictCase{
		{doc: `{"count": null, "x-a": false}`},
		{doc: `{"x-a": false}`},
		{doc: `{"limit": null}`},
		{doc: `{"limit": null, "unit": "s"}`},
		{doc: `{"label": null, "tags": null}`},
		{doc: `{"label": null}`},
		{doc: `{"label": "a", "tags": ["b"]}`},
		{doc: `{"LIMIT": 1, "X-A": true}`},
		{doc: `{"limit": 1, "limit": null}`},
		{doc: `{"unit": "s", "limit": 1, "unit": null}`},
	})
}
