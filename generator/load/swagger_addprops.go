package load

// additionalPropertiesForms rewrites, in every schema below an
// additionalProperties of the Swagger 2.0 document v, the members that
// kin-openapi's reader would take as OpenAPI 3's: it reads such a schema
// straight into OpenAPI 3's model and its conversion never visits it, so a
// Swagger 2.0 discriminator (a property name, a string) stopped the whole
// document ("cannot unmarshal string into value of type
// openapi3.Discriminator", found in Azure's Data Migration API) and
// x-nullable was lost. They get the forms the conversion gives them
// everywhere else: discriminator {propertyName: …}, nullable: true. No
// note: the document is right; only the reader differs. It reports whether
// it rewrote anything.
func additionalPropertiesForms(v any, parentKey string, below bool) bool {
	changed := false
	switch x := v.(type) {
	case map[string]any:
		if below && !namedMaps[parentKey] {
			if name, ok := x["discriminator"].(string); ok {
				x["discriminator"] = map[string]any{"propertyName": name}
				changed = true
			}
			if n, ok := x["x-nullable"].(bool); ok {
				delete(x, "x-nullable")
				changed = true
				if n {
					x["nullable"] = true
				}
			}
		}
		// In no order: what it changes below one member is that member's
		// alone, and it warns of nothing.
		for k, e := range x {
			if skipRefKeys[k] || foreignExtension(k) || k == "examples" {
				continue
			}
			changed = additionalPropertiesForms(e, k, below || (k == "additionalProperties" && !namedMaps[parentKey])) || changed
		}
	case []any:
		for _, e := range x {
			changed = additionalPropertiesForms(e, "", below) || changed
		}
	}
	return changed
}
