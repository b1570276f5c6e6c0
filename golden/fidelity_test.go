package golden_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator/sharedtest"
)

// allowlistPath lists the known differences between our spec and Coder's
// swagger.json, each with a reason.
var allowlistPath = filepath.Join("..", "spec", "fidelity-allowlist.yaml")

// apiPrefix is the server URL our paths are relative to; swagger.json's paths
// carry it.
const apiPrefix = "/api/v2"

// fidelityTags are the swagger.json tags whose operations our spec must cover.
var fidelityTags = []string{"Workspaces", "Builds"}

// TestFidelity compares spec/openapi.yaml with Coder's own swagger.json
// operation by operation: method and path, parameter names, places, required
// flags, types, formats and enums, the request body, the 2xx responses,
// deprecation and security. operationIds are not compared (ours are
// camel-case, Coder's kebab-case). Every difference must be listed in
// spec/fidelity-allowlist.yaml with a reason, and every entry there must still
// match a difference, so the list can neither hide new drift nor go stale.
func TestFidelity(t *testing.T) {
	swaggerFile := sharedtest.Path(t, "corpus/coder/swagger.json")

	ours := ourOperations(t, loadSpec(t))
	theirs := swaggerOperations(t, swaggerFile)
	diffs := compareOperations(ours, theirs)
	allow := loadAllowlist(t)

	matched := map[string]bool{}
	var unlisted []string
	for _, d := range diffs {
		if _, ok := allow[d]; ok {
			matched[d] = true
			continue
		}
		unlisted = append(unlisted, d)
	}
	for _, d := range unlisted {
		t.Errorf("difference not in %s: %s", allowlistPath, d)
	}
	for _, d := range slices.Sorted(maps.Keys(allow)) {
		if !matched[d] {
			t.Errorf("stale entry in %s (matches no difference): %s", allowlistPath, d)
		}
	}
	if testing.Verbose() {
		for _, d := range diffs {
			if reason, ok := allow[d]; ok {
				t.Logf("allowed: %s (%s)", d, reason)
			}
		}
	}
	t.Logf("%d operations in ours, %d in swagger's %v tags, %d differences, %d allowed",
		len(ours), countTagged(theirs), fidelityTags, len(diffs), len(matched))
}

// fidelityOp is what the comparison looks at in one operation, in a form both
// documents reduce to.
type fidelityOp struct {
	Method string
	Path   string // without the /api/v2 prefix
	Tagged bool   // swagger only: tagged with one of fidelityTags
	Params map[string]fidelityParam
	// Body is nil when the operation takes no request body.
	Body *fidelityBody
	// Success maps each 2xx status code to whether that response has a body.
	Success    map[string]bool
	Deprecated bool
	Security   []string
}

type fidelityParam struct {
	In, Name string
	Required bool
	Type     string // "string", "string(uuid)", "integer(int32)", ...
	Enum     []string
}

type fidelityBody struct{ Required bool }

// paramKey identifies a parameter within an operation.
func paramKey(in, name string) string { return in + " " + name }

// matchKey identifies an operation across documents: the method and the path
// with parameter names blanked, so that a renamed path parameter still pairs
// the operations (the rename is reported).
func matchKey(method, path string) string {
	return method + " " + pathParamRE.ReplaceAllString(path, "{}")
}

var pathParamRE = regexp.MustCompile(`\{[^}]*\}`)

func typeString(types []string, format string) string {
	t := strings.Join(types, "|")
	if format != "" {
		t += "(" + format + ")"
	}
	return t
}

func enumStrings(values []any) []string {
	var out []string
	for _, v := range values {
		out = append(out, fmt.Sprint(v))
	}
	slices.Sort(out)
	return out
}

func stripPrefix(path string) string {
	if rest, ok := strings.CutPrefix(path, apiPrefix); ok && (rest == "" || rest[0] == '/') {
		return rest
	}
	return path
}

// securityNames lists the security schemes any requirement names, sorted.
func securityNames[R ~map[string][]string](reqs []R) []string {
	var names []string
	for _, req := range reqs {
		names = append(names, slices.Collect(maps.Keys(req))...)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// ourOperations reduces our document to fidelityOps keyed by matchKey.
func ourOperations(tb testing.TB, doc *openapi3.T) map[string]*fidelityOp {
	tb.Helper()
	server := ""
	if len(doc.Servers) > 0 {
		server = strings.TrimSuffix(doc.Servers[0].URL, "/")
	}
	ops := map[string]*fidelityOp{}
	for _, o := range specOperations(doc) {
		f := &fidelityOp{
			Method:     o.Method,
			Path:       stripPrefix(server + o.Path),
			Params:     map[string]fidelityParam{},
			Success:    map[string]bool{},
			Deprecated: o.Op.Deprecated,
		}
		// Path-level parameters first; the operation's own override them.
		for _, ps := range []openapi3.Parameters{o.Item.Parameters, o.Op.Parameters} {
			for _, pr := range ps {
				p := pr.Value
				fp := fidelityParam{In: p.In, Name: p.Name, Required: p.Required}
				if p.Schema != nil && p.Schema.Value != nil {
					s := p.Schema.Value
					if s.Type != nil {
						fp.Type = typeString(s.Type.Slice(), s.Format)
					}
					fp.Enum = enumStrings(s.Enum)
				}
				f.Params[paramKey(p.In, p.Name)] = fp
			}
		}
		if rb := o.Op.RequestBody; rb != nil && rb.Value != nil {
			f.Body = &fidelityBody{Required: rb.Value.Required}
		}
		for code, resp := range o.Op.Responses.Map() {
			if len(code) == 3 && code[0] == '2' {
				f.Success[code] = len(resp.Value.Content) > 0
			}
		}
		if o.Op.Security != nil {
			f.Security = securityNames(*o.Op.Security)
		}
		ops[matchKey(f.Method, f.Path)] = f
	}
	return ops
}

// swaggerOperations reduces every operation of swagger.json to fidelityOps
// keyed by matchKey; Tagged marks those the comparison must cover.
func swaggerOperations(tb testing.TB, file string) map[string]*fidelityOp {
	tb.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	var doc openapi2.T
	if err := json.Unmarshal(b, &doc); err != nil {
		tb.Fatalf("decode %s: %v", file, err)
	}
	base := strings.TrimSuffix(doc.BasePath, "/")
	resolve := func(p *openapi2.Parameter) *openapi2.Parameter {
		if p.Ref == "" {
			return p
		}
		name, ok := strings.CutPrefix(p.Ref, "#/parameters/")
		if !ok || doc.Parameters[name] == nil {
			tb.Fatalf("%s: unresolvable parameter reference %q", file, p.Ref)
		}
		return doc.Parameters[name]
	}

	ops := map[string]*fidelityOp{}
	for path, item := range doc.Paths {
		for method, op := range item.Operations() {
			f := &fidelityOp{
				Method:     method,
				Path:       stripPrefix(base + path),
				Params:     map[string]fidelityParam{},
				Success:    map[string]bool{},
				Deprecated: op.Deprecated,
			}
			for _, tag := range op.Tags {
				f.Tagged = f.Tagged || slices.Contains(fidelityTags, tag)
			}
			for _, ps := range []openapi2.Parameters{item.Parameters, op.Parameters} {
				for _, p := range ps {
					p = resolve(p)
					if p.In == "body" {
						f.Body = &fidelityBody{Required: p.Required}
						continue
					}
					fp := fidelityParam{In: p.In, Name: p.Name, Required: p.Required, Enum: enumStrings(p.Enum)}
					if p.Type != nil {
						fp.Type = typeString(p.Type.Slice(), p.Format)
					}
					f.Params[paramKey(p.In, p.Name)] = fp
				}
			}
			for code, resp := range op.Responses.Map() {
				if len(code) == 3 && code[0] == '2' {
					f.Success[code] = resp.Schema != nil
				}
			}
			switch {
			case op.Security != nil:
				f.Security = securityNames(*op.Security)
			default:
				f.Security = securityNames(doc.Security)
			}
			ops[matchKey(f.Method, f.Path)] = f
		}
	}
	return ops
}

func countTagged(ops map[string]*fidelityOp) int {
	n := 0
	for _, op := range ops {
		if op.Tagged {
			n++
		}
	}
	return n
}

// compareOperations lists the differences between ours and theirs, one line
// per difference, prefixed with "METHOD /path:" (our path where we have the
// operation), in a stable order. Swagger operations outside fidelityTags are
// compared only when ours has them too.
func compareOperations(ours, theirs map[string]*fidelityOp) []string {
	keys := map[string]bool{}
	for k := range ours {
		keys[k] = true
	}
	for k, op := range theirs {
		if op.Tagged {
			keys[k] = true
		}
	}

	var diffs []string
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		o, s := ours[k], theirs[k]
		switch {
		case o == nil:
			diffs = append(diffs, fmt.Sprintf("%s %s: operation missing in ours", s.Method, s.Path))
		case s == nil:
			diffs = append(diffs, fmt.Sprintf("%s %s: operation missing in swagger", o.Method, o.Path))
		default:
			for _, d := range compareOperation(o, s) {
				diffs = append(diffs, fmt.Sprintf("%s %s: %s", o.Method, o.Path, d))
			}
		}
	}
	return diffs
}

// compareOperation lists the differences within one pair of operations,
// without the operation prefix.
func compareOperation(o, s *fidelityOp) []string {
	var diffs []string

	// Path parameters renamed between the two documents: report the rename,
	// then compare the parameter under our name.
	sParams := maps.Clone(s.Params)
	oNames := pathParamRE.FindAllString(o.Path, -1)
	sNames := pathParamRE.FindAllString(s.Path, -1)
	for i := range oNames {
		on, sn := strings.Trim(oNames[i], "{}"), strings.Trim(sNames[i], "{}")
		if on == sn {
			continue
		}
		diffs = append(diffs, fmt.Sprintf("path param renamed: swagger %s, ours %s", sn, on))
		if p, ok := sParams[paramKey("path", sn)]; ok {
			delete(sParams, paramKey("path", sn))
			p.Name = on
			sParams[paramKey("path", on)] = p
		}
	}

	pkeys := map[string]bool{}
	for k := range o.Params {
		pkeys[k] = true
	}
	for k := range sParams {
		pkeys[k] = true
	}
	for _, k := range slices.Sorted(maps.Keys(pkeys)) {
		op, inOurs := o.Params[k]
		sp, inSwagger := sParams[k]
		switch {
		case !inOurs:
			diffs = append(diffs, fmt.Sprintf("%s param %s: missing in ours", sp.In, sp.Name))
		case !inSwagger:
			diffs = append(diffs, fmt.Sprintf("%s param %s: missing in swagger", op.In, op.Name))
		default:
			what := fmt.Sprintf("%s param %s", op.In, op.Name)
			if op.Required != sp.Required {
				diffs = append(diffs, fmt.Sprintf("%s: required: swagger %t, ours %t", what, sp.Required, op.Required))
			}
			if op.Type != sp.Type {
				diffs = append(diffs, fmt.Sprintf("%s: type: swagger %s, ours %s", what, sp.Type, op.Type))
			}
			if !slices.Equal(op.Enum, sp.Enum) {
				diffs = append(diffs, fmt.Sprintf("%s: enum: swagger %v, ours %v", what, sp.Enum, op.Enum))
			}
		}
	}

	switch {
	case o.Body == nil && s.Body != nil:
		diffs = append(diffs, "request body: missing in ours")
	case o.Body != nil && s.Body == nil:
		diffs = append(diffs, "request body: missing in swagger")
	case o.Body != nil && o.Body.Required != s.Body.Required:
		diffs = append(diffs, fmt.Sprintf("request body: required: swagger %t, ours %t", s.Body.Required, o.Body.Required))
	}

	oCodes, sCodes := slices.Sorted(maps.Keys(o.Success)), slices.Sorted(maps.Keys(s.Success))
	if !slices.Equal(oCodes, sCodes) {
		diffs = append(diffs, fmt.Sprintf("2xx responses: swagger %v, ours %v", sCodes, oCodes))
	}
	for _, code := range oCodes {
		sBody, ok := s.Success[code]
		if ok && sBody != o.Success[code] {
			diffs = append(diffs, fmt.Sprintf("response %s: has body: swagger %t, ours %t", code, sBody, o.Success[code]))
		}
	}

	if o.Deprecated != s.Deprecated {
		diffs = append(diffs, fmt.Sprintf("deprecated: swagger %t, ours %t", s.Deprecated, o.Deprecated))
	}
	if !slices.Equal(o.Security, s.Security) {
		diffs = append(diffs, fmt.Sprintf("security: swagger %v, ours %v", s.Security, o.Security))
	}
	return diffs
}

// allowEntry is one entry of spec/fidelity-allowlist.yaml.
type allowEntry struct {
	Diff   string `yaml:"diff"`
	Reason string `yaml:"reason"`
}

// loadAllowlist reads the allow-list into a map from difference to reason. It
// fails the test on unknown fields, empty reasons and duplicate entries.
func loadAllowlist(tb testing.TB) map[string]string {
	tb.Helper()
	b, err := os.ReadFile(allowlistPath)
	if err != nil {
		tb.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var entries []allowEntry
	if err := dec.Decode(&entries); err != nil {
		tb.Fatalf("%s: %v", allowlistPath, err)
	}
	allow := map[string]string{}
	for i, e := range entries {
		switch {
		case e.Diff == "":
			tb.Errorf("%s: entry %d has no diff", allowlistPath, i+1)
		case strings.TrimSpace(e.Reason) == "":
			tb.Errorf("%s: entry %q has no reason", allowlistPath, e.Diff)
		case allow[e.Diff] != "":
			tb.Errorf("%s: duplicate entry %q", allowlistPath, e.Diff)
		default:
			allow[e.Diff] = e.Reason
		}
	}
	return allow
}
