package load

import (
	"bytes"
	"encoding/json"
	"maps"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// metaGate moves the schema compiler's meta-schema check in front of the
// compiler (metacheck.go says why): the compiler gets a copy of its draft
// without a meta-schema, and every document it reads passes through the
// gate, which lets a plain schema through and holds any other to the
// draft's meta-schema, returning the compiler's own error for it. A
// document whose $schema names the compiler's draft (a draft-07 or
// 2019-09 schema file, whose draft the compiler was given) is served
// without that $schema when it is plain: the compiler would otherwise look
// the draft up by name and check the document against its meta-schema
// again. One that names another draft is left to the compiler.
type metaGate struct {
	draft   *jsonschema.Draft // the draft as the compiler would have used it
	version int               // 4, 6, 7, 2019 or 2020 (plainSchema's drafts)
	once    sync.Once
	meta    *jsonschema.Schema
	metaErr error
}

// gateMetaSchema sets c up to compile without its draft's meta-schema
// check and returns the gate that does it instead; nil (and c unchanged)
// when the draft is one plainSchema does not know, or when this version of
// the compiler has no meta-schema where this expects it.
func gateMetaSchema(c *jsonschema.Compiler) *metaGate {
	g := &metaGate{draft: c.Draft}
	switch c.Draft {
	case jsonschema.Draft4:
		g.version = 4
	case jsonschema.Draft6:
		g.version = 6
	case jsonschema.Draft7:
		g.version = 7
	case jsonschema.Draft2019:
		g.version = 2019
	case jsonschema.Draft2020:
		g.version = 2020
	default:
		return nil
	}
	d := *c.Draft
	f := reflect.ValueOf(&d).Elem().FieldByName("meta")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*jsonschema.Schema)(nil)) {
		return nil
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.Zero(f.Type()))
	c.Draft = &d
	return g
}

// serve returns what the compiler reads for the document v, whose JSON is
// data: data, or data without the root's $schema (see metaGate), and the
// error the compiler's meta-schema check would have returned for it; nil
// when v is plain.
func (g *metaGate) serve(v any, data []byte) ([]byte, error) {
	return g.serveAs(v, data, true)
}

// serveAs is serve for data that decodes to v with some $refs rewritten
// (servedRootJSON); refsPlain says whether every rewritten $ref passes
// plainSchema's rule for "$ref", the only rule that reads its value.
func (g *metaGate) serveAs(v any, data []byte, refsPlain bool) ([]byte, error) {
	switch g.verdict(v, refsPlain) {
	case gateValidate:
		return data, g.validate(data)
	case gatePlainNamed:
		if out, ok := withoutRootMember(data, "$schema"); ok {
			return out, nil
		}
	}
	return data, nil
}

// gateVerdict is what the gate does with one document.
type gateVerdict int

const (
	// gateCompiler: served as it is, and the compiler checks it against
	// the meta-schema itself (another draft, or one plainSchema is unsure
	// of under the compiler's own draft named in $schema), or nothing is
	// to check (no gate).
	gateCompiler gateVerdict = iota
	// gatePlain: plain, served as it is, checked by no one.
	gatePlain
	// gatePlainNamed: plain, naming the compiler's draft in $schema,
	// served without it.
	gatePlainNamed
	// gateValidate: held to the meta-schema here.
	gateValidate
)

// verdict decides what serveAs does with the document v.
func (g *metaGate) verdict(v any, refsPlain bool) gateVerdict {
	if g == nil {
		return gateCompiler
	}
	if m, ok := v.(map[string]any); ok {
		if s, has := m["$schema"]; has {
			s, ok := s.(string)
			if !ok || !knownDraft(s) {
				return gateValidate
			}
			if !sameDraft(namedDraft(s), g.draft) {
				return gateCompiler
			}
			rest := maps.Clone(m)
			delete(rest, "$schema")
			if !refsPlain || !plainSchema(rest, g.version) {
				return gateCompiler
			}
			return gatePlainNamed
		}
	}
	if refsPlain && plainSchema(v, g.version) {
		return gatePlain
	}
	return gateValidate
}

// validate holds data to the draft's meta-schema, decoded as the compiler
// decodes it.
func (g *metaGate) validate(data []byte) error {
	g.once.Do(func() {
		g.meta, g.metaErr = jsonschema.NewCompiler().Compile(g.draft.URL())
	})
	if g.metaErr != nil {
		return g.metaErr
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil // the compiler reports what does not decode
	}
	return g.meta.Validate(doc)
}

// knownDraft reports whether the compiler knows the draft a $schema names
// (and so checks a document naming it against that draft's meta-schema
// whatever its own draft).
func knownDraft(s string) bool {
	if rest, ok := strings.CutPrefix(s, "http://"); ok {
		s = "https://" + rest
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "#/"), "#")
	switch s {
	case "https://json-schema.org/schema", "https://json-schema.org/draft/2020-12/schema",
		"https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft-07/schema",
		"https://json-schema.org/draft-06/schema", "https://json-schema.org/draft-04/schema":
		return true
	}
	return false
}
