package main

import "fmt"

// downgrader rewrites OpenAPI 3.1 / JSON Schema 2020-12 schema keywords into
// their OpenAPI 3.0 forms, counting each rewrite so the table can say what
// the peers were given.
type downgrader struct{ counts map[string]int }

// document walks every place of an OpenAPI document that holds a schema.
func (d *downgrader) document(root map[string]any) {
	if c, ok := root["components"].(map[string]any); ok {
		for _, s := range asMap(c["schemas"]) {
			d.schema(s)
		}
		for _, p := range asMap(c["parameters"]) {
			d.parameter(p)
		}
		for _, r := range asMap(c["responses"]) {
			d.response(r)
		}
		for _, r := range asMap(c["requestBodies"]) {
			d.content(r)
		}
		for _, h := range asMap(c["headers"]) {
			d.parameter(h)
		}
	}
	for _, item := range asMap(root["paths"]) {
		im, _ := item.(map[string]any)
		for _, p := range asSlice(im["parameters"]) {
			d.parameter(p)
		}
		for k, op := range im {
			om, ok := op.(map[string]any)
			if !ok || k == "parameters" {
				continue
			}
			for _, p := range asSlice(om["parameters"]) {
				d.parameter(p)
			}
			d.content(om["requestBody"])
			for _, r := range asMap(om["responses"]) {
				d.response(r)
			}
		}
	}
	for _, k := range []string{"webhooks", "jsonSchemaDialect"} {
		if _, ok := root[k]; ok {
			delete(root, k)
			d.counts["dropped top-level "+k]++
		}
	}
}

func (d *downgrader) parameter(p any) {
	m, _ := p.(map[string]any)
	d.schema(m["schema"])
	d.content(p)
}

func (d *downgrader) response(r any) {
	m, _ := r.(map[string]any)
	for _, h := range asMap(m["headers"]) {
		d.parameter(h)
	}
	d.content(r)
}

func (d *downgrader) content(holder any) {
	m, _ := holder.(map[string]any)
	for _, mt := range asMap(m["content"]) {
		mm, _ := mt.(map[string]any)
		d.schema(mm["schema"])
	}
}

// schema rewrites one schema and everything below it.
func (d *downgrader) schema(s any) {
	m, ok := s.(map[string]any)
	if !ok {
		return
	}
	if t, ok := m["type"].([]any); ok {
		d.typeArray(m, t)
	}
	if c, ok := m["const"]; ok {
		delete(m, "const")
		m["enum"] = []any{c}
		d.counts["const → enum of one value"]++
	}
	if ex, ok := m["examples"].([]any); ok {
		delete(m, "examples")
		if len(ex) > 0 {
			m["example"] = ex[0]
		}
		d.counts["examples → example"]++
	}
	for _, b := range [][2]string{{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}} {
		if v, ok := m[b[0]]; ok {
			if _, isBool := v.(bool); !isBool {
				m[b[1]], m[b[0]] = v, true
				d.counts[b[0]+": n → "+b[1]+": n, "+b[0]+": true"]++
			}
		}
	}
	for _, k := range []string{"$schema", "$id", "$comment", "$anchor", "contentMediaType", "contentEncoding"} {
		if _, ok := m[k]; ok {
			delete(m, k)
			d.counts["dropped "+k]++
		}
	}
	for _, k := range []string{"anyOf", "oneOf"} {
		if list, ok := m[k].([]any); ok {
			m[k] = d.dropNullBranch(m, list, k)
		}
	}
	for _, k := range []string{"properties", "patternProperties", "$defs", "dependentSchemas"} {
		for _, c := range asMap(m[k]) {
			d.schema(c)
		}
	}
	for _, k := range []string{"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties"} {
		d.schema(m[k])
	}
	for _, k := range []string{"allOf", "anyOf", "oneOf", "prefixItems"} {
		for _, c := range asSlice(m[k]) {
			d.schema(c)
		}
	}
}

// typeArray turns type: [T, "null"] into type: T, nullable: true.
func (d *downgrader) typeArray(m map[string]any, types []any) {
	var rest []any
	null := false
	for _, t := range types {
		if t == "null" {
			null = true
		} else {
			rest = append(rest, t)
		}
	}
	if null {
		m["nullable"] = true
	}
	switch len(rest) {
	case 0:
		delete(m, "type")
	case 1:
		m["type"] = rest[0]
	default:
		// 3.0 has one type per schema: keep the first, say so.
		m["type"] = rest[0]
		d.counts[fmt.Sprintf("type list %v cut to its first type", rest)]++
		return
	}
	d.counts["type: [T, \"null\"] → type: T, nullable: true"]++
}

// dropNullBranch turns anyOf/oneOf: [S, {type: null}] into nullable.
func (d *downgrader) dropNullBranch(m map[string]any, list []any, key string) []any {
	var out []any
	for _, c := range list {
		if cm, ok := c.(map[string]any); ok && len(cm) == 1 && cm["type"] == "null" {
			m["nullable"] = true
			d.counts[key+" branch {type: null} → nullable: true"]++
			continue
		}
		out = append(out, c)
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}
