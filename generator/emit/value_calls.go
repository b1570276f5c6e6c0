package emit

import (
	"reflect"

	"github.com/specgen/specgen/generator/ir"
)

// Many value schemas say nothing of their own: a union member or a
// property that is a bare $ref, a member that names one type, the schema
// false. Their checks would be one-line functions (Vega-Lite's schema has
// some 1,300 of its 3,000), so a call of such a check names what it would
// do instead: the check of the schema the reference leads to, or a fixed
// check of the runtime (runtime/valuetypes.go); the schema gets no function
// of its own.

// valueCalls maps each value schema whose check is not a function of its
// own to the function its callers call instead; a schema not in it is
// called by its own name.
type valueCalls map[*ir.ValueSchema]string

// fixedTypeChecks are the runtime's checks of the schemas {"type": t}.
var fixedTypeChecks = map[string]string{
	"null": "jvTypeNull", "boolean": "jvTypeBoolean", "string": "jvTypeString",
	"number": "jvTypeNumber", "integer": "jvTypeInteger", "array": "jvTypeArray",
	"object": "jvTypeObject",
}

// planValueCalls decides which checks are folded into their callers. The
// annotation functions of unevaluated keywords are named after each
// schema's check whether it has a function or not (annotName), and call
// the checks through valueCalls too.
func planValueCalls(api *ir.API) valueCalls {
	calls := valueCalls{}
	for _, vs := range api.ValueSchemas {
		// Follow bare references to the schema that says something; a
		// loop of bare references keeps its functions (and still never
		// ends when it runs, as the schema asks).
		target, seen := vs, map[*ir.ValueSchema]bool{}
		for onlyRef(target) && !seen[target] {
			seen[target] = true
			target = target.Ref
		}
		if seen[target] {
			continue
		}
		name := target.Name
		if fixed := fixedValueCheck(target); fixed != "" {
			name = fixed
		}
		if name != vs.Name {
			calls[vs] = name
		}
	}
	return calls
}

// name is the function a call of vs's check names.
func (c valueCalls) name(vs *ir.ValueSchema) string {
	if n, ok := c[vs]; ok {
		return n
	}
	return vs.Name
}

// own reports whether vs's check is a function of its own.
func (c valueCalls) own(vs *ir.ValueSchema) bool {
	_, folded := c[vs]
	return !folded
}

// onlyRef reports whether vs is a bare $ref: nothing but the reference
// (its name and place aside) is set.
func onlyRef(vs *ir.ValueSchema) bool {
	if vs.Ref == nil {
		return false
	}
	rest := *vs
	rest.Name, rest.Source, rest.Shares, rest.Ref = "", ir.Source{}, nil, nil
	return isEmptyValueSchema(&rest)
}

// fixedValueCheck is the runtime check that does all vs's check does, or
// "": the schema false, or a schema of one type and nothing else.
func fixedValueCheck(vs *ir.ValueSchema) string {
	rest := *vs
	rest.Name, rest.Source, rest.Shares = "", ir.Source{}, nil
	switch {
	case vs.Bool != nil && !*vs.Bool:
		rest.Bool = nil
		if isEmptyValueSchema(&rest) {
			return "jvFalse"
		}
	case len(vs.Types) == 1 && fixedTypeChecks[vs.Types[0]] != "":
		rest.Types = nil
		if isEmptyValueSchema(&rest) {
			return fixedTypeChecks[vs.Types[0]]
		}
	}
	return ""
}

// isEmptyValueSchema reports whether no keyword of vs is set. It compares
// the whole struct, so that a keyword added to ir.ValueSchema later keeps
// a schema that has it out of the folding above. (Types nil is any type;
// Types empty allows none, and is set.)
func isEmptyValueSchema(vs *ir.ValueSchema) bool {
	return reflect.DeepEqual(*vs, ir.ValueSchema{})
}
