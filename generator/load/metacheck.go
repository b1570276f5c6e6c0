package load

import (
	"math"
	"net/url"
	"strconv"
	"strings"
)

// The schema compiler checks every document it reads against its draft's
// meta-schema before compiling it. That check is general JSON Schema
// evaluation of the meta-schema (for 2020-12: seven vocabularies joined by
// $dynamicRef), and it was a tenth to a fifth of reading a large API. What
// it rejects in real documents is rare, and plainly visible: a keyword
// whose value has the wrong JSON type, a bad regular expression, an empty
// allOf. plainSchema looks for exactly that in one walk, and answers true
// only where the meta-schema certainly accepts the schema; everything
// else (a keyword it is unsure of, another draft, an $id or an anchor) is
// left to the meta-schema, so an invalid schema gets the same located
// error as before. TestPlainSchemaSound checks that plainSchema never
// accepts what the meta-schema rejects, over random schemas and the
// conformance suite.

// plainSchema reports whether v, a schema document of a draft (4, 6, 7,
// 2019-09 or 2020-12; any other: false), certainly passes the draft's
// meta-schema.
func plainSchema(v any, draft int) bool {
	switch d := dialect(draft); d {
	case 4:
		m, ok := v.(map[string]any) // draft 4 has no boolean schemas
		return ok && plainObject(m, d)
	case 6, 7, 2019, 2020:
		return plainSubschema(v, d)
	}
	return false
}

// dialect is the draft a schema is checked for: 4, 6, 7, 2019 or 2020.
// The rules are 2020-12's for every draft after 4, with what the older
// meta-schemas say differently (items as a list, a non-empty enum of
// distinct values):
// where a rule constrains a keyword an older meta-schema does not, it is
// stricter than that meta-schema, which is sound (the meta-schema then
// decides).
type dialect int

// draft4 reports whether d is draft 4, whose meta-schema differs most.
func (d dialect) draft4() bool { return d == 4 }

// plainSubschema is plainSchema for a subschema of a draft.
func plainSubschema(v any, d dialect) bool {
	switch x := v.(type) {
	case map[string]any:
		return plainObject(x, d)
	case bool:
		return !d.draft4()
	}
	return false
}

// plainObject checks every keyword of a schema object that the draft's
// meta-schema constrains; the others (OpenAPI's nullable, example, x-…)
// take any value.
func plainObject(m map[string]any, d dialect) bool {
	for k, e := range m {
		rule, known := metaRules[k]
		if !known {
			continue
		}
		if d.draft4() && rule.after4 || !d.draft4() && rule.only4 {
			// Not this draft's keyword: any value.
			continue
		}
		if !rule.ok(e, d) {
			return false
		}
	}
	if d.draft4() {
		// exclusiveMaximum needs maximum, exclusiveMinimum minimum.
		if _, ok := m["exclusiveMaximum"]; ok && m["maximum"] == nil {
			return false
		}
		if _, ok := m["exclusiveMinimum"]; ok && m["minimum"] == nil {
			return false
		}
	}
	return true
}

// metaRule is what a meta-schema requires of one keyword's value.
type metaRule struct {
	ok func(v any, d dialect) bool
	// only4 marks keywords only draft 4's meta-schema constrains, after4
	// those draft 4's does not.
	only4, after4 bool
}

// metaRules holds every keyword the meta-schemas of drafts 4, 6, 7,
// 2019-09 and 2020-12 constrain (TestMetaRulesCoverMetaSchemas checks
// against their properties). An $id is plain when it is a URI reference
// without a fragment; anchors, dynamic and recursive references, a nested
// $schema and $vocabulary are never plain: the meta-schema checks those.
// (Set in init: the rules of subschemas refer back to it.)
var metaRules map[string]metaRule

func init() { metaRules = metaRuleTable() }

func metaRuleTable() map[string]metaRule {
	return map[string]metaRule{
		// Both drafts.
		"$ref":        {ok: func(v any, d dialect) bool { return isString(v) && (d.draft4() || plainURIReference(v.(string))) }},
		"$schema":     {ok: never},
		"title":       {ok: stringValue},
		"description": {ok: stringValue},
		"default":     {ok: anyValue},
		"multipleOf":  {ok: positiveNumber},
		"maximum":     {ok: numberValue},
		"minimum":     {ok: numberValue},
		"exclusiveMaximum": {ok: func(v any, d dialect) bool {
			if d.draft4() {
				return isBool(v)
			}
			return numberValue(v, d)
		}},
		"exclusiveMinimum": {ok: func(v any, d dialect) bool {
			if d.draft4() {
				return isBool(v)
			}
			return numberValue(v, d)
		}},
		"maxLength":            {ok: countValue},
		"minLength":            {ok: countValue},
		"maxItems":             {ok: countValue},
		"minItems":             {ok: countValue},
		"maxProperties":        {ok: countValue},
		"minProperties":        {ok: countValue},
		"pattern":              {ok: regexValue},
		"uniqueItems":          {ok: boolValue},
		"required":             {ok: requiredValue},
		"enum":                 {ok: enumValue},
		"type":                 {ok: typeValue},
		"format":               {ok: stringValue},
		"items":                {ok: itemsValue},
		"additionalItems":      {ok: boolOrSchema},
		"additionalProperties": {ok: boolOrSchema},
		"not":                  {ok: schemaValue},
		"allOf":                {ok: schemaList},
		"anyOf":                {ok: schemaList},
		"oneOf":                {ok: schemaList},
		"definitions":          {ok: schemaMap},
		"properties":           {ok: schemaMap},
		"patternProperties":    {ok: patternMap},
		"dependencies":         {ok: dependenciesValue},

		// Draft 4 only.
		"id":              {ok: never, only4: true},
		"regexProperties": {ok: boolValue, only4: true},

		// After draft 4 (2020-12's rules).
		"$id":                   {ok: idValue, after4: true},
		"$anchor":               {ok: never, after4: true},
		"$dynamicRef":           {ok: never, after4: true},
		"$dynamicAnchor":        {ok: never, after4: true},
		"$recursiveRef":         {ok: never, after4: true},
		"$recursiveAnchor":      {ok: never, after4: true},
		"$vocabulary":           {ok: never, after4: true},
		"$comment":              {ok: stringValue, after4: true},
		"$defs":                 {ok: schemaMap, after4: true},
		"const":                 {ok: anyValue, after4: true},
		"maxContains":           {ok: countValue, after4: true},
		"minContains":           {ok: countValue, after4: true},
		"dependentRequired":     {ok: dependentRequiredValue, after4: true},
		"prefixItems":           {ok: schemaList, after4: true},
		"contains":              {ok: schemaValue, after4: true},
		"dependentSchemas":      {ok: schemaMap, after4: true},
		"propertyNames":         {ok: schemaValue, after4: true},
		"if":                    {ok: schemaValue, after4: true},
		"then":                  {ok: schemaValue, after4: true},
		"else":                  {ok: schemaValue, after4: true},
		"unevaluatedItems":      {ok: schemaValue, after4: true},
		"unevaluatedProperties": {ok: schemaValue, after4: true},
		"deprecated":            {ok: boolValue, after4: true},
		"readOnly":              {ok: boolValue, after4: true},
		"writeOnly":             {ok: boolValue, after4: true},
		"examples":              {ok: func(v any, _ dialect) bool { _, ok := v.([]any); return ok }, after4: true},
		"contentEncoding":       {ok: stringValue, after4: true},
		"contentMediaType":      {ok: stringValue, after4: true},
		"contentSchema":         {ok: schemaValue, after4: true},
	}
}

func never(any, dialect) bool    { return false }
func anyValue(any, dialect) bool { return true }
func isString(v any) bool        { _, ok := v.(string); return ok }
func isBool(v any) bool          { _, ok := v.(bool); return ok }

func stringValue(v any, _ dialect) bool { return isString(v) }
func boolValue(v any, _ dialect) bool   { return isBool(v) }

func schemaValue(v any, d dialect) bool { return plainSubschema(v, d) }

// boolOrSchema: draft 4's additionalItems and additionalProperties take a
// boolean or a schema; in 2020-12 every schema may be a boolean.
func boolOrSchema(v any, d dialect) bool { return isBool(v) || plainSubschema(v, d) }

// itemsValue: a schema, or before 2020-12 also a non-empty list of
// schemas.
func itemsValue(v any, d dialect) bool {
	if _, isList := v.([]any); isList && d != 2020 {
		return schemaList(v, d)
	}
	return plainSubschema(v, d)
}

// schemaList: a non-empty list of schemas.
func schemaList(v any, d dialect) bool {
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return false
	}
	for _, e := range list {
		if !plainSubschema(e, d) {
			return false
		}
	}
	return true
}

// everyMember reports whether v is an object whose every value passes ok.
func everyMember(v any, ok func(any) bool) bool {
	m, isMap := v.(map[string]any)
	if !isMap {
		return false
	}
	for _, e := range m {
		if !ok(e) {
			return false
		}
	}
	return true
}

// schemaMap: an object of schemas.
func schemaMap(v any, d dialect) bool {
	return everyMember(v, func(e any) bool { return plainSubschema(e, d) })
}

// patternMap: an object of schemas whose keys are regular expressions.
func patternMap(v any, d dialect) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for k := range m {
		if !compiles(k) {
			return false
		}
	}
	return schemaMap(v, d)
}

// dependenciesValue: each value a schema or a list of unique names (in
// draft 4, a non-empty one).
func dependenciesValue(v any, d dialect) bool {
	return everyMember(v, func(e any) bool {
		if _, isList := e.([]any); isList {
			return uniqueNames(e, d.draft4())
		}
		return plainSubschema(e, d)
	})
}

// dependentRequiredValue: an object of lists of unique names.
func dependentRequiredValue(v any, _ dialect) bool {
	return everyMember(v, func(e any) bool { return uniqueNames(e, false) })
}

// requiredValue: unique names; draft 4 wants at least one.
func requiredValue(v any, d dialect) bool { return uniqueNames(v, d.draft4()) }

// uniqueNames: a list of distinct strings, non-empty when nonEmpty.
func uniqueNames(v any, nonEmpty bool) bool {
	list, ok := v.([]any)
	if !ok || nonEmpty && len(list) == 0 {
		return false
	}
	seen := make(map[string]bool, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok || seen[s] {
			return false
		}
		seen[s] = true
	}
	return true
}

// simpleTypes are the names "type" may use.
var simpleTypes = map[string]bool{"array": true, "boolean": true, "integer": true, "null": true, "number": true, "object": true, "string": true}

// typeValue: a simple type, or a non-empty list of distinct ones.
func typeValue(v any, _ dialect) bool {
	if s, ok := v.(string); ok {
		return simpleTypes[s]
	}
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return false
	}
	seen := map[string]bool{}
	for _, e := range list {
		s, ok := e.(string)
		if !ok || !simpleTypes[s] || seen[s] {
			return false
		}
		seen[s] = true
	}
	return true
}

// enumValue: a list; drafts 4 to 7 want it non-empty with distinct members,
// which is only certain here for strings, booleans, null and numbers of
// distinct values (1 and 1.0 are the same JSON value).
func enumValue(v any, d dialect) bool {
	list, ok := v.([]any)
	if !ok {
		return false
	}
	if d >= 2019 {
		return true
	}
	if len(list) == 0 {
		return false
	}
	seen := make(map[any]bool, len(list))
	for _, e := range list {
		var key any
		switch x := e.(type) {
		case string, bool, nil:
			key = x
		default:
			f, ok := number(e)
			if !ok {
				return false
			}
			key = f
		}
		if seen[key] {
			return false
		}
		seen[key] = true
	}
	return true
}

// number reads a JSON number as the decoder gives it (json.Number text);
// false for anything else, or what float64 cannot hold.
func number(v any) (float64, bool) {
	s, ok := v.(interface{ String() string })
	if !ok {
		return 0, false
	}
	if _, isNumber := v.(interface{ Float64() (float64, error) }); !isNumber {
		return 0, false
	}
	f, err := strconv.ParseFloat(s.String(), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

func numberValue(v any, _ dialect) bool { _, ok := number(v); return ok }

// positiveNumber: a number above zero.
func positiveNumber(v any, _ dialect) bool { f, ok := number(v); return ok && f > 0 }

// countValue: a non-negative integer, written as digits.
func countValue(v any, _ dialect) bool {
	if _, ok := number(v); !ok {
		return false
	}
	s := v.(interface{ String() string }).String()
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// regexValue: a string Go's regexp compiles (what the meta-schema's
// "regex" format asserts here).
func regexValue(v any, _ dialect) bool {
	s, ok := v.(string)
	return ok && compiles(s)
}

func compiles(p string) bool {
	_, err := parseRegexp(p)
	return err == nil
}

// idValue: an $id the meta-schemas after draft 4 accept: a URI reference
// with no fragment but an empty one (2019-09 and 2020-12 say so; drafts 6
// and 7 allow a fragment, which is then left to them).
func idValue(v any, _ dialect) bool {
	s, ok := v.(string)
	return ok && plainURIReference(s) && !strings.Contains(strings.TrimSuffix(s, "#"), "#")
}

// plainURIReference: a reference the "uri-reference" format accepts: it
// parses, has no backslash, and names no IPv6 host (checked further by the
// meta-schema).
func plainURIReference(s string) bool {
	if strings.Contains(s, `\`) {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && !strings.Contains(u.Hostname(), ":")
}
