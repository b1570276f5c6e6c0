package difftest

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Difference is a known way in which generated code and JSON Schema (the
// oracle) judge a document differently, with the reason it is accepted.
// docs/validation.md lists the same table; a test keeps the two
// in step.
type Difference struct {
	Name   string
	Schema string // what JSON Schema (the oracle) does
	Go     string // what the generated code does
	Reason string
	// explains reports whether the difference accounts for d in the
	// document of c. It must look at the document, not just the kind of
	// disagreement, so that an unrelated bug is never excused.
	explains func(c *context, d Disagreement) bool
}

// Differences is the table of documented differences, most specific first.
var Differences = []Difference{
	{
		Name:   "null-for-optional",
		Schema: "`null` is not a string, number, object or array unless the schema allows null",
		Go:     "an optional property that is `null` decodes to nil, as if absent: it passes, and counts as absent for `dependentRequired` (in an API description; a JSON Schema document's Decode function checks `dependentRequired` on the JSON object, where a null property is present)",
		Reason: "the null policy (see \"Optional and null\"): Coder sends null for optional properties its schema types as string (`dormant_at`, `job.error`…), and such payloads must decode",
		explains: func(c *context, d Disagreement) bool {
			switch d.Kind {
			case Missed:
				if d.keyword == "dependentRequired" {
					// A null property is present for JSON Schema, and so
					// requires its dependents; for Go it is absent.
					return c.nullTrigger(d.Path)
				}
				// Every keyword that fails on the null (type, enum, const).
				return c.nullAt(d.Path) && c.inObject(d.Path) && !c.oracle.Required(c.doc, d.Path)
			case Extra:
				// A null dependent is absent for Go, present for JSON Schema.
				return c.nullAt(d.Path) && c.inObject(d.Path)
			}
			return false
		},
	},
	{
		Name:   "null-as-zero-value",
		Schema: "`null` is not a valid array item, map value or document unless the schema allows null",
		Go:     "a `null` item, map value or document decodes to the Go type's zero value, which Validate then checks like any other value",
		Reason: "encoding/json decodes null into a value as a no-op; marking each item would take a pointer per item (`[]*T`) for a case real servers do not send",
		explains: func(c *context, d Disagreement) bool {
			switch d.Kind {
			case Missed:
				return c.nullAt(d.Path) && !c.inObject(d.Path)
			case Extra:
				return c.underNull(d.Path)
			}
			return false
		},
	},
	{
		Name:   "number-range",
		Schema: "any integer or number is valid however large",
		Go:     "an integer field (`int64`) does not decode a value beyond its range (it decodes `1.0` and `1e2`, which JSON Schema counts integers); a `float64` field does not decode beyond ±1.8e308",
		Reason: "Go's number types; the alternative (`*big.Int` or json.Number fields) would make every integer awkward to use for a corner real documents do not reach",
		explains: func(c *context, d Disagreement) bool {
			var te *json.UnmarshalTypeError
			if d.Kind != Rejected || !errors.As(c.decodeErr, &te) || !strings.HasPrefix(te.Value, "number ") {
				return false
			}
			return c.numberNotDecodable(strings.TrimPrefix(te.Value, "number "), te.Type)
		},
	},
	{
		Name:   "float-precision",
		Schema: "numbers are compared exactly, as decimals of any length",
		Go:     "a number field holds a `float64` (or `float32`): a bound or `multipleOf` is checked on the nearest one",
		Reason: "Go's floating-point types; only a value closer to a bound than float64 can tell apart is affected",
		explains: func(c *context, d Disagreement) bool {
			return (d.Kind == Missed || d.Kind == Extra) && c.inexactNumberAt(d.Path)
		},
	},
	{
		Name:   "nulluuid-override",
		Schema: "`uuid.NullUUID` is an object `{uuid, valid}`",
		Go:     "the `-type uuid.NullUUID=github.com/google/uuid.NullUUID` override decodes a UUID string or null, and not the object",
		Reason: "Coder's swagger.json describes the Go type's fields, but its servers send the JSON form of google/uuid's NullUUID: a string or null (`Workspace.task_id`)",
		explains: func(c *context, d Disagreement) bool {
			switch d.Kind {
			case Missed, Extra:
				return c.underSchema(d.Path, "uuid.NullUUID")
			case Rejected:
				return walk(c.doc, "", func(ptr string, v any) bool {
					_, isObj := v.(map[string]any)
					return isObj && c.underSchema(ptr, "uuid.NullUUID")
				})
			}
			return false
		},
	},
	{
		Name:   "base64-bytes",
		Schema: "format `byte` (an OpenAPI format) is not asserted: any string is valid",
		Go:     "a `[]byte` field decodes base64 only",
		Reason: "the Go type the format asks for; a string that is not base64 cannot be the bytes it stands for",
		explains: func(c *context, d Disagreement) bool {
			return d.Kind == Rejected && c.anyString(func(ptr, s string) bool {
				_, err := base64.StdEncoding.DecodeString(s)
				return err != nil && c.hasFormat(ptr, "byte")
			})
		},
	},
	{
		Name:   "api-type-beside-union",
		Schema: "a `type` beside `oneOf`/`anyOf` refuses a value of another JSON type, whichever variant it matches",
		Go:     "in an API description every variant is kept: a value a variant holds passes though the type beside the union does not name its JSON type",
		Reason: "API descriptions write `type: object` beside a union of an object and a string and mean both (OpenAI's `TranscriptionChunkingStrategy` takes `\"auto\"`): a client must be able to send what the API takes. A JSON Schema file keeps the draft's reading",
		explains: func(c *context, d Disagreement) bool {
			if !c.oracle.apiDescription || d.Kind != Missed || d.keyword != "type" {
				return false
			}
			kind := jsonKindOf(Lookup(c.doc, d.Path))
			for _, s := range c.oracle.SchemasAt(c.doc, d.Path) {
				if len(s.OneOf)+len(s.AnyOf) > 0 && len(s.Types) > 0 && kind != "" && !slices.Contains(s.Types, kind) &&
					!(kind == "integer" && slices.Contains(s.Types, "number")) {
					return true
				}
			}
			return false
		},
	},
	{
		Name:   "bytes-as-array",
		Schema: "format `byte` is a string (base64): a JSON array is not a string",
		Go:     "a `[]byte` field also decodes a JSON array of numbers 0–255, one per byte",
		Reason: "encoding/json decodes an array into any slice; Coder's own docs show its `[]byte` fields that way (`CreateWorkspaceBuildRequest.state: [0]`), so the server accepts both forms",
		explains: func(c *context, d Disagreement) bool {
			if d.Kind != Missed || d.keyword != "type" {
				return false
			}
			list, ok := Lookup(c.doc, d.Path).([]any)
			if !ok || !c.hasFormat(d.Path, "byte") {
				return false
			}
			for _, v := range list {
				if v == nil {
					continue // a null item decodes as 0 (null-as-zero-value)
				}
				n, isNum := v.(json.Number)
				if !isNum {
					return false
				}
				if i, err := n.Int64(); err != nil || i < 0 || i > 255 {
					return false
				}
			}
			return true
		},
	},
	{
		Name:   "oneof-first-match",
		Schema: "a `oneOf` document must match exactly one variant",
		Go:     "a sum type holds the first variant that matches, and its Decode function reports a second that matches too, where every variant is a struct or a scalar; a variant that does not decode a value its schema allows (`number-range`), or a union with array, map or JSON-value variants, does not count as a second match",
		Reason: "which variant a value is is decided once, when decoding; the support matrix (docs/support.md) says to order variants from most to least specific",
		explains: func(c *context, d Disagreement) bool {
			return d.Kind == Missed && d.keyword == "oneOf" && strings.Contains(d.Detail, "valid against schemas at indexes")
		},
	},
	{
		Name:   "uuid-forms",
		Schema: "format `uuid` is the 36-character 8-4-4-4-12 form",
		Go:     "a `uuid.UUID` field (an API description's, or a JSON Schema file's under `-typed-formats`) also decodes `{…}`, `urn:uuid:…` and the 32 hex digits without hyphens",
		Reason: "github.com/google/uuid's parser; the original text is not kept after decoding. A JSON Schema file's `UUIDString` keeps it, and agrees",
		explains: func(c *context, d Disagreement) bool {
			if !c.typedFormats() || d.Kind != Missed || d.keyword != "format" {
				return false
			}
			s, ok := Lookup(c.doc, d.Path).(string)
			_, err := uuid.Parse(s)
			return ok && err == nil && c.hasFormat(d.Path, "uuid")
		},
	},
	{
		Name:   "date-time-forms",
		Schema: "format `date-time` is RFC 3339, leap second (`23:59:60Z`) and lower-case `t`/`z` included",
		Go:     "a `time.Time` field (an API description's, or a JSON Schema file's under `-typed-formats`) decodes what `time.Time.UnmarshalJSON` accepts: no leap second, no lower-case `t` or `z`, but a comma before the fraction and offsets up to `+24:00`",
		Reason: "Go's time package; the original text is not kept after decoding. A JSON Schema file's `DateTimeString` keeps it, and agrees",
		explains: func(c *context, d Disagreement) bool {
			if !c.typedFormats() {
				return false
			}
			switch d.Kind {
			case Rejected:
				return c.anyString(func(ptr, s string) bool {
					return c.hasFormat(ptr, "date-time") && jsonschema.Formats["date-time"](s) && !goTimeDecodes(s)
				})
			case Missed:
				s, ok := Lookup(c.doc, d.Path).(string)
				return ok && d.keyword == "format" && c.hasFormat(d.Path, "date-time") && goTimeDecodes(s)
			}
			return false
		},
	},
	{
		Name:   "format-annotation-typed",
		Schema: "in a 2019-09 or 2020-12 JSON Schema file generated with `-typed-formats` and without `-assert-format`, `format` only annotates: any string passes",
		Go:     "a `uuid.UUID` or `time.Time` field, the Go type `-typed-formats` chose, cannot hold a string that is not one: decoding rejects it",
		Reason: "asked for: `-typed-formats` trades agreement for everyday Go types (docs/formats.md); by default the fields are `UUIDString` and `DateTimeString`, which agree, and `-assert-format` makes the check the schema's",
		explains: func(c *context, d Disagreement) bool {
			if !c.typedFormats() || !c.oracle.formatAsDraft {
				return false
			}
			// The string a uuid.UUID or time.Time cannot hold as it is:
			// decoding rejects it (Rejected), or, for the looser date-time
			// forms the decoder reads, reports it (Extra, at its place).
			unheld := func(ptr, s string) bool {
				if c.hasFormat(ptr, "uuid") {
					if _, err := uuid.Parse(s); err != nil {
						return true
					}
				}
				return c.hasFormat(ptr, "date-time") && !goTimeDecodes(s)
			}
			switch d.Kind {
			case Rejected:
				return c.anyString(unheld)
			case Extra:
				s, ok := Lookup(c.doc, d.Path).(string)
				return ok && unheld(d.Path, s)
			}
			return false
		},
	},
	{
		Name:   "format-rfc",
		Schema: "jsonschema v5 checks `hostname` (a trailing dot, A-labels not decoded), `ipv4` (strconv.Atoi: `+1`, `00`) and the URI formats (url.Parse: `{}`, `\"`, spaces, non-ASCII, two `@`, any query) more loosely than their RFCs, refuses an escape in a host (`http://%41.example/`), and does not check `idn-hostname`",
		Go:     "`Validate` checks them as the RFCs and the JSON-Schema-Test-Suite's optional/format tests do; the input classes are in docs/formats.md",
		Reason: "issue #13: an asserted format agrees with the suite's tests; jsonschema's reading rejects valid values and accepts what the suite rejects",
		explains: func(c *context, d Disagreement) bool {
			s, ok := Lookup(c.doc, d.Path).(string)
			if !ok || d.Kind != Extra && (d.Kind != Missed || d.keyword != "format") {
				return false
			}
			for _, format := range []string{"hostname", "idn-hostname", "ipv4", "uri", "uri-reference", "iri", "iri-reference"} {
				if c.hasFormat(d.Path, format) && (d.Kind == Extra && formatStricter(format, s) || d.Kind == Missed && formatLaxer(format, s)) {
					return true
				}
			}
			return false
		},
	},
	{
		Name:   "case-insensitive-keys",
		Schema: "property names match exactly: `\"Name\"` is not `\"name\"`",
		Go:     "encoding/json matches a key to a field ignoring case, so `\"Name\"` fills (and is validated as) `name`; in an API description it also meets `name`'s `required`; in a JSON Schema document a Decode function reads `\"Name\"` as another member, as the schema does; and `additionalProperties: false` still wants the exact name",
		Reason: "encoding/json v1's rule; a generated decoder for every struct would cost more than this corner is worth",
		explains: func(c *context, d Disagreement) bool {
			for _, p := range c.foldedProperties() {
				if d.Kind == Rejected || Under(d.Path, p) {
					return true
				}
			}
			return false
		},
	},
	{
		Name:   "duplicate-keys",
		Schema: "an object with a repeated key has the last value",
		Go:     "encoding/json also keeps the last value, but decodes a repeated object into the same struct, merging the two; the Decode functions forget what they found in the earlier value",
		Reason: "encoding/json's behaviour; RFC 8259 leaves repeated names undefined",
		explains: func(c *context, d Disagreement) bool {
			for _, p := range c.duplicateObjects() {
				if d.Kind == Rejected || Under(d.Path, p) {
					return true
				}
			}
			return false
		},
	},
}

// goTimeDecodes reports whether a time.Time decodes the JSON string s.
func goTimeDecodes(s string) bool {
	b, _ := json.Marshal(s)
	var t time.Time
	return json.Unmarshal(b, &t) == nil
}

// jsonKindOf is the JSON type of a decoded value v ("integer" for a whole
// number), or "" for a value no JSON document holds.
func jsonKindOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}
