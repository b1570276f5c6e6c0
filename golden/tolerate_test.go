package golden_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// tolerated is a spec defect specgen reads past, as the tools of the
// ecosystem do: where the warning is (file:line:col and pointer, as the
// note prints it) and words of what it says, the change to the spec among
// them.
type tolerated struct {
	where string
	says  []string
}

// toleratedCases are the golden cases of defects that generate with a
// warning, and the warnings each must print. TestGolden holds their
// output; this holds the warnings, one by one.
var toleratedCases = map[string][]tolerated{
	"tolerate-extension-refs": {
		{"tolerate-extension-refs/openapi.yaml:9:5 (#/info/x-logo/$ref)", []string{`"./logo.md" inside x-logo points at nothing`, "not followed", "point it at what exists, or remove it"}},
		{"tolerate-extension-refs/openapi.yaml:17:13 (#/paths/~1pets/get/x-code-samples/0/source/$ref)", []string{`"./samples/list-pets.md" inside x-code-samples`}},
		{"tolerate-extension-refs/openapi.yaml:33:9 (#/components/schemas/Pet/x-internal-notes/$ref)", []string{`"#/components/x-notes/pet" inside x-internal-notes`}},
	},
	"tolerate-id-fragment-ref": {
		{"tolerate-id-fragment-ref/openapi.yaml:34:11 (#/components/schemas/Pet/properties/tag/$ref)", []string{`"#/components/schemas/Tag" names nothing in the schema whose $id is https://example.com/schemas/pet`, "read against the document", "drop the $id"}},
		{"tolerate-id-fragment-ref/openapi.yaml:38:13 (#/components/schemas/Pet/properties/owners/items/$ref)", []string{`"#/components/schemas/Owner"`}},
	},
	"tolerate-components-map-ref": {
		{"tolerate-components-map-ref/openapi.yaml:19:13 (#/paths/~1pets/get/responses/200/content/$ref)", []string{"content is a $ref to the whole map in ./components/pets-content.yaml: read as its 1 entries, copied here"}},
		{"tolerate-components-map-ref/openapi.yaml:29:5 (#/components/schemas/$ref)", []string{"schemas is a $ref to the whole map in ./components/schemas.yaml", "a $ref to each of its 2 entries", "write it out, or bundle the document"}},
		{"tolerate-components-map-ref/openapi.yaml:31:5 (#/components/parameters/$ref)", []string{"parameters is a $ref to the whole map in ./components/parameters.yaml"}},
		{"tolerate-components-map-ref/openapi.yaml:32:3 (#/components/requestBodies)", []string{"requestBodies is the path to the whole map in ./components/request-bodies.yaml"}},
	},
	"tolerate-description-ref": {
		{"tolerate-description-ref/openapi.yaml:5:3 (#/info/description)", []string{"description is a $ref to ./docs/introduction.md, not text: ignored", "write the text itself"}},
		{"tolerate-description-ref/openapi.yaml:10:7 (#/paths/~1pets/get/operationId)", []string{"operationId is a $ref to ./names.yaml#/listPets: read as its text"}},
		{"tolerate-description-ref/openapi.yaml:13:7 (#/paths/~1pets/get/description)", []string{"description is a $ref to ./docs/list-pets.md: read as its text"}},
		{"tolerate-description-ref/openapi.yaml:28:7 (#/components/schemas/Pet/description)", []string{"a $ref to ./docs/pet.md"}},
		{"tolerate-description-ref/openapi.yaml:36:11 (#/components/schemas/Pet/properties/weight/description)", []string{"description is a number, not text"}},
	},
	"tolerate-dangling-example-ref": {
		{"tolerate-dangling-example-ref/openapi.yaml:20:19 (#/paths/~1pets/get/responses/200/content/application~1json/examples/two/$ref)", []string{`"#/components/examples/TwoPets" does not resolve`, "left out, as what holds it generates nothing"}},
		{"tolerate-dangling-example-ref/openapi.yaml:22:19 (#/paths/~1pets/get/responses/200/content/application~1json/examples/none/$ref)", []string{`"./examples/none.json" does not resolve`, "cannot read"}},
		{"tolerate-dangling-example-ref/openapi.yaml:25:15 (#/paths/~1pets/get/responses/200/links/first/$ref)", []string{`"#/components/links/FirstPet" does not resolve`}},
	},
	"swagger-schema-not-object": {
		{"swagger-schema-not-object/swagger.yaml:12:11 (#/paths/~1pets/post/parameters/0/schema)", []string{"schema is a list of one schema: read as that schema", "write it without the list"}},
		{"swagger-schema-not-object/swagger.yaml:17:11 (#/paths/~1pets/post/responses/200/schema)", []string{"schema is a list of one schema"}},
		{"swagger-schema-not-object/swagger.yaml:19:9 (#/paths/~1pets/post/responses/202)", []string{`response 202 is the string "#/responses/Accepted": read as a $ref to it`}},
		{"swagger-schema-not-object/swagger.yaml:25:11 (#/paths/~1pets/get/responses/200/schema)", []string{`schema is the type name "integer": read as {type: integer}`}},
		{"swagger-schema-not-object/swagger.yaml:28:11 (#/paths/~1pets/get/responses/default/schema)", []string{"schema is true", "read as any value"}},
	},
	"swagger-host-url-flows": {
		{"swagger-host-url-flows/swagger.yaml:5:1 (#/host)", []string{`host "https://api.example.com/v2" is a URL, not a host name: read as host api.example.com, scheme https, base path /v2`}},
		{"swagger-host-url-flows/swagger.yaml:9:5 (#/securityDefinitions/oauth/flow)", []string{`flow "authorization_code" is OpenAPI 3's name: read as Swagger 2.0's "accessCode"`}},
		{"swagger-host-url-flows/swagger.yaml:16:5 (#/securityDefinitions/robots/flow)", []string{`flow "device_code" is none of Swagger 2.0's`, "the security scheme robots is left out"}},
	},
	"swagger-body-params": {
		{"swagger-body-params/swagger.yaml:15:11 (#/paths/~1pets/post/parameters/1)", []string{"a second body parameter: left out", "merge them into one schema"}},
		{"swagger-body-params/swagger.yaml:31:11 (#/paths/~1pets~1{id}~1photo/put/parameters/1)", []string{"a body parameter beside form parameters: left out"}},
	},
	"swagger-moved-refs": {
		{"swagger-moved-refs/swagger.yaml:48:9 (#/definitions/Pet/properties/name/$ref)", []string{`"#/parameters/NewPet/schema/properties/name" points into a schema the conversion to OpenAPI 3 moves: read as "#/components/requestBodies/NewPet/content/application~1json/schema/properties/name"`, "refer to a definition instead"}},
		{"swagger-moved-refs/swagger.yaml:50:9 (#/definitions/Pet/properties/friends/$ref)", []string{`read as "#/components/responses/PetList/content/application~1json/schema"`}},
		{"swagger-moved-refs/swagger.yaml:52:9 (#/definitions/Pet/properties/best/$ref)", []string{`read as "#/definitions/Pet"`}},
	},
	"tolerate-fragment-root-refs": {
		{"tolerate-fragment-root-refs/schemas/cat.yaml:7:5 (#/properties/tag/$ref)", []string{`$ref "#/components/schemas/Tag" names nothing in tolerate-fragment-root-refs/schemas/cat.yaml: read against tolerate-fragment-root-refs/openapi.yaml, the document it is part of`, "write the path of the file it names"}},
		{"tolerate-fragment-root-refs/schemas/pet.yaml:7:5 (#/discriminator/mapping/cat)", []string{`"#/components/schemas/Cat" names nothing in tolerate-fragment-root-refs/schemas/pet.yaml`}},
		{"tolerate-fragment-root-refs/schemas/pet.yaml:8:5 (#/discriminator/mapping/dog)", []string{`"#/components/schemas/Dog"`}},
	},
	"tolerate-recursive-anchor": {
		{"tolerate-recursive-anchor/openapi.yaml:10:7 (#/components/schemas/Comparison/required)", []string{"required lists 3 names, 2 of them distinct: repeats ignored"}},
		{"tolerate-recursive-anchor/openapi.yaml:29:17 (#/components/schemas/CompoundFilter/properties/filters/items/anyOf/1/$recursiveRef)", []string{"$recursiveRef is 2019-09's, not a keyword of 2020-12 (OpenAPI 3.1): read as $ref to #/components/schemas/CompoundFilter", "write $ref"}},
	},
	"tolerate-bool-required": {
		{"tolerate-bool-required/openapi.yaml:16:11 (#/components/schemas/Pet/properties/name/required)", []string{`required: true on a property's schema is not JSON Schema: read as "name" listed in the object's required`}},
		{"tolerate-bool-required/openapi.yaml:19:11 (#/components/schemas/Pet/properties/tag/required)", []string{"required: false on a property's schema is not JSON Schema: ignored"}},
	},
	"tolerate-bool-required-schema": {
		{"tolerate-bool-required-schema/openapi.yaml:17:15 (#/paths/~1images/put/parameters/0/schema/items/required)", []string{"required: true on a schema that is not a property's is not JSON Schema: ignored"}},
		{"tolerate-bool-required-schema/openapi.yaml:24:15 (#/paths/~1images/put/requestBody/content/image~1jpeg/schema/required)", []string{"required: true on a schema that is not a property's"}},
		{"tolerate-bool-required-schema/openapi.yaml:40:11 (#/components/schemas/Shape/oneOf/0/required)", []string{"required: false on a schema that is not a property's"}},
		{"tolerate-bool-required-schema/openapi.yaml:44:7 (#/components/schemas/Named/required)", []string{"required: true on a schema that is not a property's"}},
	},
	"tolerate-type-aliases": {
		{"tolerate-type-aliases/swagger.yaml:16:11 (#/paths/~1volumes/get/parameters/0/type)", []string{`type "bool" is not a JSON type: read as "boolean" (write that)`}},
		{"tolerate-type-aliases/swagger.yaml:19:11 (#/paths/~1volumes/get/parameters/1/type)", []string{`type "int" is not a JSON type: read as "integer"`}},
		{"tolerate-type-aliases/swagger.yaml:32:9 (#/definitions/Volume/properties/size/type)", []string{`type "long" is not a JSON type: read as "integer"`}},
		{"tolerate-type-aliases/swagger.yaml:34:9 (#/definitions/Volume/properties/ratio/type)", []string{`type "double" is not a JSON type: read as "number"`}},
		{"tolerate-type-aliases/swagger.yaml:36:9 (#/definitions/Volume/properties/shared/type)", []string{`type "bool" is not a JSON type: read as "boolean"`}},
	},
	"tolerate-empty-type": {
		{"tolerate-empty-type/openapi.yaml:29:11 (#/components/schemas/SearchResult/properties/name/type)", []string{"type has no value: ignored"}},
		{"tolerate-empty-type/openapi.yaml:33:11 (#/components/schemas/SearchResult/properties/updatedAt/type)", []string{"type has no value: ignored"}},
	},
	"tolerate-header-parameter-ref": {
		{"tolerate-header-parameter-ref/openapi.yaml:26:13 (#/paths/~1tables~1{table}/get/responses/304/headers/ETag)", []string{`$ref "#/components/parameters/etag" names a parameter where a header belongs: read as a header`}},
		{"tolerate-header-parameter-ref/openapi.yaml:41:9 (#/components/responses/LoadTableResponse/headers/ETag)", []string{"names a parameter where a header belongs"}},
		// Response headers are not generated (docs/degraded.md): read as
		// headers, they are noted as such, as every documented header is.
		{"tolerate-header-parameter-ref/openapi.yaml:38:5 (#/components/responses/LoadTableResponse)", []string{"the headers of response 200 are documented but not generated"}},
		{"tolerate-header-parameter-ref/openapi.yaml:23:9 (#/paths/~1tables~1{table}/get/responses/304)", []string{"the headers of response 304 are documented but not generated"}},
	},
	"tolerate-dangling-near-name": {
		{"tolerate-dangling-near-name/swagger.yaml:29:9 (#/definitions/v1.Service/properties/spec/$ref)", []string{`no "#/definitions/v1.ServiceSpec"`, "read as any JSON value"}},
		{"tolerate-dangling-near-name/swagger.yaml:31:9 (#/definitions/v1.Service/properties/status/$ref)", []string{`no "#/definitions/v1.ServiceStat"`, "read as any JSON value"}},
	},
	"tolerate-yaml-flow-key-colon": {
		{"tolerate-yaml-flow-key-colon/openapi.yaml:26:1", []string{`no space after the colon ("key:[ ]")`, `read as "key: [ ]"`}},
		{"tolerate-yaml-flow-key-colon/openapi.yaml:27:1", []string{`no space after the colon`}},
	},
	"tolerate-schema-response-refs-split": {
		{"tolerate-schema-response-refs-split/users.yaml:12:21 (#/paths/~1users/get/responses/200/content/application~1json/schema/oneOf/0)", []string{"names a schema filed under the responses", "read as that schema"}},
		{"tolerate-schema-response-refs-split/permissions.yaml:10:15 (#/paths/~1permissions~1grant/put/responses/200/content/application~1json/schema)", []string{`$ref "./users.yaml#/components/responses/UserResponse" names a schema filed under the responses`}},
		{"tolerate-schema-response-refs-split/permissions.yaml:16:15 (#/paths/~1permissions~1grant/put/responses/201/content/application~1json/schema)", []string{"names a response where a schema belongs: read as the response's schema"}},
	},
	"tolerate-schema-response-refs-nested": {
		{"tolerate-schema-response-refs-nested/openapi.yaml:22:15 (#/paths/~1pets/get/responses/200/content/application~1json/schema)", []string{`$ref "./responses/pets.yaml#/components/responses/PetList" names a schema filed under the responses`, "read as that schema"}},
		{"tolerate-schema-response-refs-nested/openapi.yaml:31:15 (#/paths/~1pets/post/responses/201/content/application~1json/schema)", []string{"names a response where a schema belongs: read as the response's schema"}},
	},
	"tolerate-remote-security-scheme": {
		{"tolerate-remote-security-scheme/openapi.yaml:29:7 (#/components/securitySchemes/OAuth2/$ref)", []string{"is not read (remote references are not fetched): the security scheme is left out", "the generated server admits no request through a requirement naming it unless given a check", "-ref URL=FILE"}},
		// The requirement naming it fails closed: the operation's note
		// says so, and names the check.
		{"tolerate-remote-security-scheme/openapi.yaml:16:5 (#/paths/~1lookuptables/get)", []string{`security scheme "OAuth2" is not checked by generated code`, "only when given WithOAuth2Check", "WithRequestEditor"}},
	},
	"tolerate-numeric-strings": {
		{"tolerate-numeric-strings/swagger.yaml:14:11 (#/paths/~1archive~1{year}/get/parameters/0/minimum)", []string{`minimum is the string "1851": read as the number 1851`}},
		{"tolerate-numeric-strings/swagger.yaml:15:11 (#/paths/~1archive~1{year}/get/parameters/0/maximum)", []string{`maximum is the string "2030"`}},
		{"tolerate-numeric-strings/swagger.yaml:27:9 (#/definitions/Archive/properties/title/maxLength)", []string{`maxLength is the string "80": read as the number 80`}},
	},
	"tolerate-numeric-keyword-text": {
		{"tolerate-numeric-keyword-text/openapi.yaml:15:13 (#/paths/~1links/post/parameters/0/schema/minimum)", []string{`minimum is the string "'created_at' - 21 days", not a number: ignored`, "write a number"}},
		{"tolerate-numeric-keyword-text/openapi.yaml:37:11 (#/components/schemas/Link/properties/expires/maximum)", []string{`maximum is the string "now + 7 days", not a number`}},
		{"tolerate-numeric-keyword-text/openapi.yaml:38:11 (#/components/schemas/Link/properties/expires/minimum)", []string{`minimum is the string "now + 1 day"`}},
		{"tolerate-numeric-keyword-text/openapi.yaml:41:11 (#/components/schemas/Link/properties/title/maxLength)", []string{"maxLength is a bool, not a number: ignored"}},
		{"tolerate-numeric-keyword-text/openapi.yaml:45:11 (#/components/schemas/Link/properties/maximum/minimum)", []string{`minimum is the string "1": read as the number 1`}},
	},
	"tolerate-schema-examples-map": {
		{"tolerate-schema-examples-map/openapi.yaml:32:7 (#/components/schemas/Currency/examples)", []string{"a schema's examples is a map of Example objects (3)", "the list of the values they hold (2)", "write examples: [...] in the schema"}},
		{"tolerate-schema-examples-map/openapi.yaml:48:11 (#/components/schemas/Quote/properties/amount/examples)", []string{"a map of Example objects (1)", "the values they hold (1)"}},
	},
	"tolerate-remote-path-item": {
		{"tolerate-remote-path-item/openapi.yaml:7:5 (#/paths/~1service-info/$ref)", []string{"is not read (remote references are not fetched): the path is left out, with its operations", "-ref URL=FILE"}},
	},
	"tolerate-string-schema-ref": {
		{"tolerate-string-schema-ref/openapi.yaml:14:15 (#/paths/~1pets/get/responses/200/content/application~1json/schema)", []string{`a schema written as the string "#/components/schemas/PetList": read as a $ref to it`}},
		{"tolerate-string-schema-ref/openapi.yaml:19:7 (#/components/schemas/PetList/items)", []string{`"#/components/schemas/Pet"`, `write {$ref: "#/components/schemas/Pet"}`}},
		{"tolerate-string-schema-ref/openapi.yaml:22:11 (#/components/schemas/Pet/allOf/0)", []string{`"#/components/schemas/Named": read as a $ref to it`}},
		{"tolerate-string-schema-ref/openapi.yaml:25:13 (#/components/schemas/Pet/allOf/1/properties/owner)", []string{`"./owner.yaml": read as a $ref to it`}},
	},
	"tolerate-ref-trailing-slash": {
		{"tolerate-ref-trailing-slash/openapi.yaml:12:11 (#/paths/~1pets/get/responses/200/$ref)", []string{`"./components/pets.yaml/#/responses/PetList" names a folder`, `read as "./components/pets.yaml#/responses/PetList"`}},
		{"tolerate-ref-trailing-slash/openapi.yaml:16:7 (#/components/schemas/Pet/$ref)", []string{`read as "./components/pets.yaml#/schemas/Pet"`}},
	},
	"tolerate-yaml-tab-comments": {
		{"tolerate-yaml-tab-comments/openapi.yaml:11:1", []string{"a comment indented with tabs", "read as a comment (indent it with spaces)"}},
		{"tolerate-yaml-tab-comments/openapi.yaml:14:1", []string{"a comment indented with tabs"}},
	},
	"tolerate-yaml-slash-escapes": {
		{"tolerate-yaml-slash-escapes/openapi.yaml:7:1", []string{`escapes "/" as "\/"`, "YAML 1.2 allows and yaml.v3 refuses", `read as "/"`}},
		{"tolerate-yaml-slash-escapes/openapi.yaml:34:1", []string{`read as "/"`}},
		{"tolerate-yaml-slash-escapes/openapi.yaml:37:1", []string{`read as "/"`}},
	},
	"tolerate-null-definition": {
		{"tolerate-null-definition/filter.yaml:5:3 (#/definitions/expression)", []string{`definition "expression" has no value`, "read as any JSON value (give it a schema)"}},
	},
	"tolerate-exclusive-number": {
		{"tolerate-exclusive-number/openapi.yaml:14:11 (#/components/schemas/Sampling/properties/temperature/exclusiveMinimum)", []string{"exclusiveMinimum: 0 is draft 6's (OpenAPI 3.1's)", "read as minimum: 0, exclusiveMinimum: true"}},
		{"tolerate-exclusive-number/openapi.yaml:20:11 (#/components/schemas/Sampling/properties/seed/exclusiveMinimum)", []string{"read as minimum: 0, exclusiveMinimum: true"}},
		{"tolerate-exclusive-number/openapi.yaml:24:11 (#/components/schemas/Sampling/properties/top_p/exclusiveMinimum)", []string{"read as minimum: 0, exclusiveMinimum: true"}},
		{"tolerate-exclusive-number/openapi.yaml:26:11 (#/components/schemas/Sampling/properties/top_p/exclusiveMaximum)", []string{"read as maximum: 1, exclusiveMaximum: true"}},
		{"tolerate-exclusive-number/openapi.yaml:31:11 (#/components/schemas/Sampling/properties/penalty/exclusiveMinimum)", []string{"exclusiveMinimum: -2", "ignored, as minimum: 1 beside it is stricter"}},
	},
	"swagger-exclusive-number": {
		{"swagger-exclusive-number/swagger.yaml:13:11 (#/paths/~1readings/get/parameters/0/exclusiveMinimum)", []string{"read as minimum: 0, exclusiveMinimum: true"}},
		{"swagger-exclusive-number/swagger.yaml:27:9 (#/definitions/Reading/properties/kelvin/exclusiveMinimum)", []string{"exclusiveMinimum: 0 is draft 6's"}},
		{"swagger-exclusive-number/swagger.yaml:31:9 (#/definitions/Reading/properties/ratio/exclusiveMaximum)", []string{"read as maximum: 1, exclusiveMaximum: true"}},
	},
	"tolerate-exclusive-bool": {
		{"tolerate-exclusive-bool/openapi.yaml:14:11 (#/components/schemas/Reading/properties/celsius/exclusiveMinimum)", []string{"exclusiveMinimum: true is OpenAPI 3.0's", "read as exclusiveMinimum: -273.15"}},
		{"tolerate-exclusive-bool/openapi.yaml:18:11 (#/components/schemas/Reading/properties/percent/exclusiveMaximum)", []string{"read as exclusiveMaximum: 100"}},
		{"tolerate-exclusive-bool/openapi.yaml:20:11 (#/components/schemas/Reading/properties/percent/exclusiveMinimum)", []string{"exclusiveMinimum: false is OpenAPI 3.0's", "ignored"}},
	},
	"tolerate-example-values": {
		{"tolerate-example-values/openapi.yaml:15:13 (#/paths/~1pets/get/parameters/0/examples/dog)", []string{`example "dog" is a bare value, not an Example object: read as {value: ...}`}},
		{"tolerate-example-values/openapi.yaml:26:17 (#/paths/~1pets/get/responses/200/content/application~1json/examples/two)", []string{`example "two" is a bare value`}},
	},
	// Parameters in files of their own (a split spec's parameters/*.yaml)
	// are no defect: their schemas compile as schemas, not the file.
	"split-parameter-files": nil,
	"swagger-items-list": {
		{"swagger-items-list/swagger.json:21:35 (#/definitions/Channel/properties/pair/items)", []string{"items is a list, which Swagger 2.0 does not allow: read as draft 4 reads it, a tuple", "write one schema"}},
		{"swagger-items-list/swagger.json:22:20 (#/definitions/Channel/properties/latest/items)", []string{"items is a list"}},
	},
	"swagger-conversion-refs": {
		{"swagger-conversion-refs/swagger.json:17:39 (#/paths/~1contacts~1search/post/responses/200/schema/properties/result/patternProperties/^[^@]+@[^@]+$/$ref)", []string{`$ref "#/definitions/Contact" is left at Swagger 2.0's place by the conversion to OpenAPI 3`, `pointed where the conversion moved it, "#/components/schemas/Contact"`}},
	},
	// A Swagger 2.0 document split over files is no defect: it generates
	// without a word.
	"swagger-split": nil,
}

// TestToleratedDefects generates each case of a tolerated defect and checks
// that every warning it expects is printed, located, and that the case
// prints no other located note: a property named description stays a
// property, a schema's $ref that does resolve is followed without a word.
func TestToleratedDefects(t *testing.T) {
	for dir, want := range toleratedCases {
		t.Run(dir, func(t *testing.T) {
			r, err := generator.Run(loadCase(t, dir))
			if err != nil {
				t.Fatalf("generation failed: %v", err)
			}
			for _, w := range want {
				var found string
				for _, n := range r.Notes {
					if strings.HasPrefix(n, w.where+": ") {
						found = n
						break
					}
				}
				if found == "" {
					t.Errorf("no note at %s; notes:\n%s", w.where, strings.Join(r.Notes, "\n"))
					continue
				}
				for _, s := range w.says {
					if !strings.Contains(found, s) {
						t.Errorf("note at %s does not say %q:\n%s", w.where, s, found)
					}
				}
			}
			// kin-openapi's validation warnings are its findings, not a
			// tolerated defect's note: they are not counted.
			lineOf := regexp.MustCompile(`^` + regexp.QuoteMeta(dir) + `/[^ :]+:\d+:`)
			located := 0
			for _, n := range r.Notes {
				if lineOf.MatchString(n) && !strings.Contains(n, "): spec does not validate: ") {
					located++
				}
			}
			if located != len(want) {
				t.Errorf("%d located notes, want %d (one per tolerated defect):\n%s", located, len(want), strings.Join(r.Notes, "\n"))
			}
		})
	}
}
