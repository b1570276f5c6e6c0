package emit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Parsing a parameter checks its type (an integer, a uuid, an enum's
// values); the rest of its schema (minimum, maxLength, pattern, minItems…)
// is checked once it parsed, as a body's Validate checks a property, and
// each problem is named by the parameter. OpenFGA's page_size and Ory
// Hydra's page_size have bounds their SDKs rely on the server to enforce.

// paramRules reports whether the schema of p, a scalar or an array in any
// place, has rules parsing does not check. An enum's values are checked
// by parsing; an object's and a JSON parameter's Validate runs where they
// are decoded.
func paramRules(p *ir.Param) bool {
	if p.Layout.Kind != ir.LayoutScalar && p.Layout.Kind != ir.LayoutArray {
		return false
	}
	return rulesBeyondParse(p.Type)
}

// rulesBeyondParse reports whether t, a parameter's type, has rules of a
// primitive or an array of primitives, itself or through a declaration.
func rulesBeyondParse(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Primitive:
		return t.Check.Apply(t)
	case *ir.Slice:
		return t.Check.Apply(t) || rulesBeyondParse(t.Elem)
	case *ir.Ref:
		if t.Decl == nil {
			return false
		}
		d, rules := t.UseRules()
		switch d.Type.(type) {
		case *ir.Primitive, *ir.Slice:
		default:
			return false
		}
		for _, r := range rules {
			if r.Apply(d.Type) {
				return true
			}
		}
		return rulesBeyondParse(d.Type)
	}
	return false
}

// jsonParamRules reports whether p, a parameter that travels as JSON
// (content: application/json), has rules that decoding it leaves
// unchecked: parseJSON runs the Validate of a declared type, but an
// unnamed slice, map or scalar ([]int64 of items at most 5) has none,
// nor has a JSON value (JSONValue, checked by a check… function).
func (e *emitter) jsonParamRules(p *ir.Param) bool {
	if p.Layout.Kind != ir.LayoutJSON {
		return false
	}
	switch p.Type.(type) {
	case *ir.Slice, *ir.Map, *ir.Primitive, *ir.Value:
		return e.typeNeeds(p.Type)
	}
	return false
}

// paramChecked reports whether p has rules its validate…Params function
// checks.
func (e *emitter) paramChecked(p *ir.Param) bool {
	return paramRules(p) || e.jsonParamRules(p)
}

// checkedParams returns op's parameters that have rules to check.
func (e *emitter) checkedParams(op *ir.Operation) []*ir.Param {
	var ps []*ir.Param
	for _, p := range op.Params {
		if e.paramChecked(p) {
			ps = append(ps, p)
		}
	}
	return ps
}

// validateParamsName names the function checking op's parameters'
// rules; it ends in Params where a body's ends in Body, and operation
// names are unique, so it is no other function's name.
func validateParamsName(op *ir.Operation) string { return "validate" + op.Name + "Params" }

// routeParamChecks calls op's validate…Params function, after the
// parameters parsed and before in.ok answers.
//
//	validateGetStoreParams(&in, id, &params)
func (e *emitter) routeParamChecks(g *jen.Group, op *ir.Operation) {
	ps := e.checkedParams(op)
	if len(ps) == 0 {
		return
	}
	args := []jen.Code{jen.Op("&").Add(e.id("in"))}
	for _, p := range op.ParamsIn(ir.InPath) {
		if e.paramChecked(p) {
			args = append(args, jen.Id(p.ArgName))
		}
	}
	if op.ParamsType != "" && slices.ContainsFunc(ps, func(p *ir.Param) bool { return p.In != ir.InPath }) {
		args = append(args, jen.Op("&").Add(e.id("params")))
	}
	g.Id(validateParamsName(op)).Call(args...)
}

// genParamChecks writes the validate…Params function of an operation
// whose parameters have rules, in validate.gen.go beside the patterns it
// uses. It is a function of its own, not code in the route, so that the
// path parameters' names shadow nothing the checks use (a compiled
// pattern, errs). Each parameter is checked in a function literal of its
// own; an optional one that is absent has nothing to check.
//
//	// validateGetStoreParams records in in what the rules of GetStore's
//	// parameters do not allow.
//	func validateGetStoreParams(in *inputCheck, params *GetStoreParams) {
//		if params.PageSize != nil {
//			in.addProblems("page_size", func(v int32) ValueErrors {
//				var list ValueErrors
//				errs := &list
//				if v > 50 {
//					errs.add(&validationPath{key: "page_size"}, "must be at most 50")
//				}
//				return list
//			}(*params.PageSize))
//		}
//	}
func (e *emitter) genParamChecks(f *jen.File, op *ir.Operation) {
	ps := e.checkedParams(op)
	if len(ps) == 0 {
		return
	}
	name := validateParamsName(op)
	sig := []jen.Code{jen.Id("in").Op("*").Id("inputCheck")}
	arg := map[*ir.Param]string{}
	withParams := false
	for _, p := range ps {
		if p.In == ir.InPath {
			arg[p] = "a" + strconv.Itoa(len(arg))
			sig = append(sig, jen.Id(arg[p]).Add(e.goType(p.Type)))
		} else {
			withParams = true
		}
	}
	if withParams {
		sig = append(sig, jen.Id("params").Op("*").Id(op.ParamsType))
	}
	f.Line()
	f.Comment(fmt.Sprintf("// %s records in in what the rules of %s's\n// parameters do not allow.", name, op.Name))
	f.Func().Id(name).Params(sig...).BlockFunc(func(g *jen.Group) {
		for _, p := range ps {
			val := jen.Id("params").Dot(p.Name)
			if p.In == ir.InPath {
				val = jen.Id(arg[p])
			}
			value := val.Clone()
			if p.Pointer {
				value = jen.Op("*").Add(val.Clone())
			}
			at := func() jen.Code {
				return jen.Op("&").Id("validationPath").Values(jen.Id("key").Op(":").Lit(p.WireName))
			}
			// A rule the Go type always meets (minimum 0 on a uint64)
			// writes no check: such a parameter has nothing to check.
			if strings.Join(strings.Fields(fmt.Sprintf("%#v", jen.BlockFunc(func(b *jen.Group) { e.check(b, p.Type, jen.Id("v"), false, at) }))), "") == "{}" {
				continue
			}
			call := jen.Id("in").Dot("addProblems").Call(
				jen.Lit(p.WireName),
				jen.Func().Params(jen.Id("v").Add(e.goType(p.Type))).Id("ValueErrors").BlockFunc(func(b *jen.Group) {
					b.Var().Id("list").Id("ValueErrors")
					b.Id("errs").Op(":=").Op("&").Id("list")
					e.check(b, p.Type, jen.Id("v"), false, at)
					b.Return(jen.Id("list"))
				}).Call(value),
			)
			switch {
			case p.In == ir.InPath || p.Required && !p.Pointer:
				g.Add(call)
			case p.Pointer || p.Layout.Kind == ir.LayoutJSON:
				// JSON's [] and {} are values, checked; nil is absent.
				g.If(val.Clone().Op("!=").Nil()).Block(call)
			default: // an optional array: nil or empty is absent
				g.If(jen.Len(val.Clone()).Op(">").Lit(0)).Block(call)
			}
		}
	})
}
