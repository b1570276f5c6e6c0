package diff_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/diff"
)

// compareDocs writes two OpenAPI documents to files and compares them.
func compareDocs(t *testing.T, old, new string) *diff.Report {
	t.Helper()
	dir := t.TempDir()
	load := func(name, doc string) *generator.Result {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := generator.Run(generator.Config{Spec: path, Package: "api"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	return diff.Compare(load("old.yaml", old).API, load("new.yaml", new).API)
}

// find returns the changes of a subject at a place with a rule.
func find(r *diff.Report, subject, where, rule string) []diff.Change {
	var out []diff.Change
	for _, c := range r.Changes {
		if c.Subject == subject && c.Where() == where && c.Rule == rule {
			out = append(out, c)
		}
	}
	return out
}

// expect checks that exactly one change matches and has the level.
func expect(t *testing.T, r *diff.Report, subject, where, rule string, level diff.Level) {
	t.Helper()
	got := find(r, subject, where, rule)
	if len(got) != 1 {
		t.Errorf("%s %q %s: %d changes, want 1; report:\n%s", subject, where, rule, len(got), text(r))
		return
	}
	if got[0].Level != level {
		t.Errorf("%s %q %s: %s, want %s (%s)", subject, where, rule, got[0].Level, level, got[0].Message)
	}
}

func text(r *diff.Report) string {
	var b strings.Builder
	diff.WriteText(&b, r)
	return b.String()
}

type obj = map[string]any

// schema builds an object schema; required names required properties.
func schema(props obj, required ...string) obj {
	s := obj{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

var str = obj{"type": "string"}

// directionDoc is an API where schema Req travels only in a request and
// Resp only in a response, both with the given shape.
func directionDoc(t *testing.T, shape obj) string {
	doc := obj{
		"openapi": "3.1.0",
		"info":    obj{"title": "T", "version": "1"},
		"paths": obj{"/things": obj{"post": obj{
			"operationId": "createThing",
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/Req"}}}},
			"responses":   obj{"200": obj{"description": "OK", "content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/Resp"}}}}},
		}}},
		"components": obj{"schemas": obj{"Req": shape, "Resp": shape}},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDirection checks each schema rule in a request and in a response:
// narrowing breaks requests, widening breaks responses.
func TestDirection(t *testing.T) {
	nullable := obj{"type": []any{"string", "null"}}
	cases := []struct {
		name                  string
		old, new              obj
		path, rule            string
		inRequest, inResponse diff.Level
	}{
		{"optional field added", schema(obj{"a": str}), schema(obj{"a": str, "b": str}), "b", "field-added", diff.NonBreaking, diff.NonBreaking},
		{"required field added", schema(obj{"a": str}), schema(obj{"a": str, "b": str}, "b"), "b", "field-added", diff.Breaking, diff.NonBreaking},
		{"field removed", schema(obj{"a": str, "b": str}), schema(obj{"a": str}), "b", "field-removed", diff.Warning, diff.Breaking},
		{"field renamed on the wire", schema(obj{"templateId": str}), schema(obj{"template_id": str}), "template_id", "field-renamed", diff.Breaking, diff.Breaking},
		{"optional becomes required", schema(obj{"a": str}), schema(obj{"a": str}, "a"), "a", "field-required", diff.Breaking, diff.NonBreaking},
		{"required becomes optional", schema(obj{"a": str}, "a"), schema(obj{"a": str}), "a", "field-optional", diff.NonBreaking, diff.Breaking},
		{"nullable added", schema(obj{"a": str}), schema(obj{"a": nullable}), "a", "nullable-added", diff.NonBreaking, diff.Breaking},
		{"nullable removed", schema(obj{"a": nullable}), schema(obj{"a": str}), "a", "nullable-removed", diff.Breaking, diff.NonBreaking},
		{"enum value added", schema(obj{"a": obj{"type": "string", "enum": []any{"x"}}}), schema(obj{"a": obj{"type": "string", "enum": []any{"x", "y"}}}), "a", "enum-value-added", diff.NonBreaking, diff.Warning},
		{"enum value removed", schema(obj{"a": obj{"type": "string", "enum": []any{"x", "y"}}}), schema(obj{"a": obj{"type": "string", "enum": []any{"x"}}}), "a", "enum-value-removed", diff.Breaking, diff.NonBreaking},
		{"string becomes an enum", schema(obj{"a": str}), schema(obj{"a": obj{"type": "string", "enum": []any{"x"}}}), "a", "type-narrowed", diff.Breaking, diff.NonBreaking},
		{"type changed", schema(obj{"a": obj{"type": "integer"}}), schema(obj{"a": str}), "a", "type-changed", diff.Breaking, diff.Breaking},
		{"uuid format added", schema(obj{"a": str}), schema(obj{"a": obj{"type": "string", "format": "uuid"}}), "a", "type-narrowed", diff.Breaking, diff.NonBreaking},
		{"date-time format dropped", schema(obj{"a": obj{"type": "string", "format": "date-time"}}), schema(obj{"a": str}), "a", "type-widened", diff.NonBreaking, diff.Breaking},
		{"integer widened to number", schema(obj{"a": obj{"type": "integer"}}), schema(obj{"a": obj{"type": "number"}}), "a", "type-widened", diff.NonBreaking, diff.Breaking},
		{"email format added", schema(obj{"a": str}), schema(obj{"a": obj{"type": "string", "format": "email"}}), "a", "format-added", diff.Breaking, diff.NonBreaking},
		{"maxLength lowered", schema(obj{"a": obj{"type": "string", "maxLength": 10}}), schema(obj{"a": obj{"type": "string", "maxLength": 5}}), "a", "maxLength-changed", diff.Breaking, diff.NonBreaking},
		{"minimum dropped", schema(obj{"a": obj{"type": "integer", "minimum": 1}}), schema(obj{"a": obj{"type": "integer"}}), "a", "minimum-removed", diff.NonBreaking, diff.Warning},
		{"items may be null", schema(obj{"a": obj{"type": "array", "items": str}}), schema(obj{"a": obj{"type": "array", "items": nullable}}), "a[]", "nullable-added", diff.NonBreaking, diff.Breaking},
		{"description changed", schema(obj{"a": obj{"type": "string", "description": "x"}}), schema(obj{"a": obj{"type": "string", "description": "y"}}), "a", "description-changed", diff.Info, diff.Info},
		{"deprecated", schema(obj{"a": str}), schema(obj{"a": obj{"type": "string", "deprecated": true}}), "a", "deprecated", diff.Info, diff.Info},
		// A readOnly property never travels in a request.
		{"readOnly field becomes required", schema(obj{"a": obj{"type": "string", "readOnly": true}}), schema(obj{"a": obj{"type": "string", "readOnly": true}}, "a"), "a", "field-required", diff.Info, diff.NonBreaking},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := compareDocs(t, directionDoc(t, c.old), directionDoc(t, c.new))
			expect(t, r, "Req", c.path, c.rule, c.inRequest)
			expect(t, r, "Resp", c.path, c.rule, c.inResponse)
		})
	}
}

// TestGoNotes checks that changes which alter generated Go say how, and
// that the headline counts them.
func TestGoNotes(t *testing.T) {
	r := compareDocs(t,
		directionDoc(t, schema(obj{"id": str, "n": obj{"type": "integer"}})),
		directionDoc(t, schema(obj{"id": obj{"type": "string", "format": "uuid"}, "n": obj{"type": "integer"}}, "n")))
	for _, c := range []struct{ where, rule, goNote string }{
		{"id", "type-narrowed", "*string → *uuid.UUID"},
		{"n", "field-required", "*int64 → int64"},
	} {
		got := find(r, "Resp", c.where, c.rule)
		if len(got) != 1 || got[0].Go != c.goNote {
			t.Errorf("%s %s: %+v, want Go note %q", c.where, c.rule, got, c.goNote)
		}
	}
	if s := r.Summary(); s.GoAPI != 4 {
		t.Errorf("Summary().GoAPI = %d, want 4 (two fields in two schemas)", s.GoAPI)
	}
}

// TestSchemaUsedBothWays checks that a schema in a request and a response
// is judged by the stricter direction.
func TestSchemaUsedBothWays(t *testing.T) {
	doc := func(values ...any) string {
		return `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    put:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        state: {$ref: '#/components/schemas/State'}
    State:
      type: string
      enum: ` + jsonText(t, values) + "\n"
	}
	r := compareDocs(t, doc("a", "b"), doc("b", "c"))
	expect(t, r, "State", "", "enum-value-added", diff.Warning)
	expect(t, r, "State", "", "enum-value-removed", diff.Breaking)
}

func jsonText(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestNarrowedEnumAtUseSite checks a property that narrows an enum
// (allOf [$ref] with a sibling enum): the use site's allowed values are
// compared, and the enum itself is unchanged.
func TestNarrowedEnumAtUseSite(t *testing.T) {
	doc := func(allowed string) string {
		return `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /builds:
    get:
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Build'}
components:
  schemas:
    Build:
      type: object
      properties:
        reason:
          allOf: [{$ref: '#/components/schemas/Reason'}]
          enum: ` + allowed + `
    Reason:
      type: string
      enum: [initiator, autostart, autostop, cli]
`
	}
	r := compareDocs(t, doc("[initiator, autostart]"), doc("[initiator, autostart, autostop]"))
	expect(t, r, "Build", "reason", "enum-value-added", diff.Warning)
	if len(r.Changes) != 1 {
		t.Errorf("want only the use site's change:\n%s", text(r))
	}
}

// TestOperations checks operation-level rules on one pair of documents.
func TestOperations(t *testing.T) {
	old := `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /workspaces/{id}:
    get:
      operationId: get-workspace
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: verbose, in: query, schema: {type: boolean}}
      responses:
        "200": {description: OK}
  /gone:
    delete:
      responses:
        "204": {description: No Content}
  /open:
    get:
      responses:
        "200": {description: OK}
`
	new := `openapi: 3.1.0
info: {title: T, version: "1"}
components:
  securitySchemes:
    Token: {type: apiKey, in: header, name: X-Token}
paths:
  /workspaces/{workspace}:
    get:
      operationId: fetchWorkspace
      parameters:
        - {name: workspace, in: path, required: true, schema: {type: string}}
        - {name: org, in: query, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200": {description: OK}
        "202": {description: Accepted}
        "404": {description: Not Found}
  /open:
    get:
      security: [{Token: []}]
      responses:
        "200": {description: OK}
  /new:
    post:
      responses:
        "204": {description: No Content}
`
	r := compareDocs(t, old, new)
	const ws = "GET /workspaces/{workspace}"
	expect(t, r, ws, "", "operation-id-changed", diff.Info)
	expect(t, r, ws, "path parameter workspace", "parameter-renamed", diff.Info)
	expect(t, r, ws, "query parameter org", "parameter-added", diff.Breaking)
	expect(t, r, ws, "query parameter limit", "parameter-added", diff.NonBreaking)
	expect(t, r, ws, "query parameter verbose", "parameter-removed", diff.Warning)
	expect(t, r, ws, "response 202", "response-status-added", diff.Warning)
	expect(t, r, ws, "response 404", "response-status-added", diff.NonBreaking)
	expect(t, r, "DELETE /gone", "", "operation-removed", diff.Breaking)
	expect(t, r, "POST /new", "", "operation-added", diff.NonBreaking)
	expect(t, r, "GET /open", "security", "security-required", diff.Breaking)
	if got := find(r, ws, "", "operation-id-changed"); len(got) == 1 && got[0].Go != "method GetWorkspace → FetchWorkspace" {
		t.Errorf("operationId change: Go note %q", got[0].Go)
	}
	if !r.Has(diff.Breaking) {
		t.Error("Has(Breaking) = false")
	}
}

// TestMatchByUnqualifiedName checks that "codersdk.Thing" in one version
// and "Thing" in the other are one schema.
func TestMatchByUnqualifiedName(t *testing.T) {
	doc := func(name, extra string) string {
		return `openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    ` + name + `:
      type: object
      properties:
        a: {type: string}` + extra + "\n"
	}
	r := compareDocs(t, doc("codersdk.Thing", ""), doc("Thing", "\n        b: {type: string}"))
	expect(t, r, "Thing", "b", "field-added", diff.NonBreaking)
	if len(r.Changes) != 1 {
		t.Errorf("want only the added field:\n%s", text(r))
	}
}

// TestIdenticalSpecHasNoChanges compares the project's spec with itself.
func TestIdenticalSpecHasNoChanges(t *testing.T) {
	cfg := generator.Config{Spec: "../../spec/openapi.yaml", Schemas: []string{"../../spec/workspace.schema.json"}, Package: "api"}
	a, err := generator.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := generator.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if r := diff.Compare(a.API, b.API); len(r.Changes) != 0 || r.Headline() != "no API changes" {
		t.Errorf("comparing the spec with itself:\n%s", text(r))
	}
}

func TestParseLevel(t *testing.T) {
	for _, l := range []diff.Level{diff.Info, diff.NonBreaking, diff.Breaking} {
		got, err := diff.ParseLevel(l.String())
		if err != nil || got != l {
			t.Errorf("ParseLevel(%q) = %v, %v", l, got, err)
		}
	}
	if _, err := diff.ParseLevel("major"); err == nil {
		t.Error("ParseLevel(major) succeeded")
	}
}

// TestInlineBodies checks that inline request and response schemas are
// compared in place, under their operation, in their direction.
func TestInlineBodies(t *testing.T) {
	doc := func(reqProps, required, respEnum string) string {
		return `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /tokens:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: ` + required + `
              properties: ` + reqProps + `
      responses:
        "201":
          description: Created
          content:
            application/json:
              schema:
                type: object
                properties:
                  scope: {type: string, enum: ` + respEnum + `}
`
	}
	r := compareDocs(t,
		doc("{name: {type: string}}", "[]", "[read]"),
		doc("{name: {type: string}, ttl: {type: integer}}", "[ttl]", "[read, write]"))
	expect(t, r, "POST /tokens", "request body: ttl", "field-added", diff.Breaking)
	expect(t, r, "POST /tokens", "response 201: scope", "enum-value-added", diff.Warning)
	if len(r.Changes) != 2 {
		t.Errorf("want two changes:\n%s", text(r))
	}
}
