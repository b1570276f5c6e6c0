package load

import (
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// A schema that references itself in place — X = {allOf: [{$ref: X}, …]},
// the $ref reached from X without a property or an item in between — is
// evaluated against the same value again and again. The schema compiler
// specgen loads with (jsonschema v5) refuses such a document outright;
// jsonschema v6, the reference the conformance harness holds specgen to,
// compiles it and fails the evaluation where it comes round again (its
// "reference cycle" error, an ordinary failing result: inside anyOf or not
// it is one failing branch). Since the $ref is only ever reached through X
// on the same value, that failure is all it can mean: mendSelfLoop replaces
// its schema by one no value satisfies ({"not": {}}, which every draft
// reads), and the document means what v6 makes of it. Longer loops (X to Y
// to X through references) still refuse the schema (loops.go), as before.

// inPlaceKeys are the keywords whose subschemas apply to the value of the
// schema they are in; the ones before "|" hold a list or a map of them.
var inPlaceKeys = map[string]bool{
	"allOf|": true, "anyOf|": true, "oneOf|": true, "dependentSchemas|": true, "dependencies|": true,
	"not": true, "if": true, "then": true, "else": true,
}

// selfLoopRef reports whether schema x, at path in document root, holds a
// $ref to one of its ancestors reached only through in-place keywords, or
// to itself. Only a fragment pointer is read, and only where no schema
// between the root and x sets a base URI of its own (there "#/…" would be
// that resource's, not the document's).
func selfLoopRef(root any, x map[string]any, path tokenPath) bool {
	ref, ok := x["$ref"].(string)
	if !ok || (ref != "#" && !strings.HasPrefix(ref, "#/")) {
		return false
	}
	target := pointerTokens(ref)
	if len(target) > len(path) {
		return false
	}
	for i, t := range target {
		if path[i] != t {
			return false
		}
	}
	rest := path[len(target):]
	for len(rest) > 0 {
		switch {
		case inPlaceKeys[rest[0]+"|"] && len(rest) >= 2:
			rest = rest[2:]
		case inPlaceKeys[rest[0]]:
			rest = rest[1:]
		default:
			return false
		}
	}
	// No base URI of its own on the way down (the root's own is the
	// document's, which "#/…" names).
	v := root
	for _, t := range path {
		switch n := v.(type) {
		case map[string]any:
			v = n[t]
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(n) {
				return false
			}
			v = n[i]
		default:
			return false
		}
		if m, ok := v.(map[string]any); ok && hasBase(m) {
			return false
		}
	}
	return true
}

// hasBase reports whether schema x sets a base URI of its own (an $id, or
// draft 4's id, that is not a bare fragment).
func hasBase(x map[string]any) bool {
	for _, k := range []string{"$id", "id"} {
		if s, ok := x[k].(string); ok && !strings.HasPrefix(s, "#") {
			return true
		}
	}
	return false
}

// mendSelfLoop replaces schema x, at path, by one no value satisfies when
// it references itself in place (see above); it reports whether it did.
func mendSelfLoop(f *File, x map[string]any, path tokenPath, warn func(loc.Source, string, ...any)) bool {
	if !selfLoopRef(f.Value, x, path) {
		return false
	}
	ref := x["$ref"].(string)
	ptr := path.String()
	for k := range x {
		delete(x, k)
	}
	x["not"] = map[string]any{}
	warn(f.Source(child(ptr, "$ref")), "$ref %q leads back to the schema it is in, for the same value: no value satisfies it there (jsonschema v6 fails the evaluation at the cycle): read as false", ref)
	return true
}
