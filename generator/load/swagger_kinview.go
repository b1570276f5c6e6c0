package load

import "encoding/json"

// kin-openapi's conversion reads a schema below an additionalProperties
// straight into OpenAPI 3's model (additionalPropertiesForms), and then
// resolves the $refs in it by reading what they name from the Swagger 2.0
// file itself, as OpenAPI 3 too: a definition reached that way (a property
// of a map's values typed #/definitions/Cat, Cat an allOf of Pet, Pet with
// Swagger 2.0's discriminator, a property name) stopped the whole document
// ("bad data in #/definitions/Pet (expecting ref to schema object)", found
// by randspec seed 6000273). The conversion itself reads the definitions
// as Swagger 2.0's, from the decoded document, so only the resolver needs
// another view: kinView gives it the file with every schema in OpenAPI 3's
// forms, as the other files of a split document have already
// (tolerate.go).

// kinView returns the JSON kin-openapi's resolver is to read of the Swagger
// 2.0 file f while converting it, or nil when it may read f.JSON: when no
// $ref lies below an additionalProperties, the resolver reads nothing of f.
func kinView(f *File) ([]byte, error) {
	if !refBelowAdditional(f.Value, "", false) {
		return nil, nil
	}
	var copied any
	if err := json.Unmarshal(f.JSON, &copied); err != nil {
		return nil, err
	}
	if !additionalPropertiesForms(copied, "", true) {
		return nil, nil
	}
	return json.Marshal(copied)
}

// refBelowAdditional reports whether a $ref lies in a schema below an
// additionalProperties of v (a member of parentKey), walking what
// additionalPropertiesForms walks.
func refBelowAdditional(v any, parentKey string, below bool) bool {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x["$ref"].(string); ok && below && !namedMaps[parentKey] {
			return true
		}
		for k, e := range x {
			if skipRefKeys[k] || foreignExtension(k) || k == "examples" {
				continue
			}
			if refBelowAdditional(e, k, below || (k == "additionalProperties" && !namedMaps[parentKey])) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if refBelowAdditional(e, "", below) {
				return true
			}
		}
	}
	return false
}
