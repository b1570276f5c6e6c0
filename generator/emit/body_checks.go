package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A JSON request body is checked, once decoded, by the Validate method of
// its type, which reports required properties too (decode.go records them
// at every depth). A body whose schema is written in the operation itself
// as an array, a map or a constrained scalar has a Go type without methods
// ([]Thing), and one that narrows a declaration (an enum subset) has rules
// that its type's Validate does not know; such bodies get a function in
// validate.gen.go, next to the patterns and helpers it may use, and the
// route hands it to decodeBody.

// bodyValidatable reports whether a body of type t is checked by its
// type's Validate method alone: a use, without rules of its own, of a
// declared struct, sum type, tuple, array or map.
func bodyValidatable(t ir.Type) bool {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return false
	}
	d, rules := ref.UseRules()
	switch d.Type.(type) {
	case *ir.Struct, *ir.Union, *ir.Tuple, *ir.Slice, *ir.Map:
	default:
		return false
	}
	for _, r := range rules {
		if r.Apply(d.Type) {
			return false
		}
	}
	return true
}

// checkedBody returns the content of op's JSON request body when it needs
// a validate…Body function, else nil.
func (e *emitter) checkedBody(op *ir.Operation) *ir.Content {
	if op.Body == nil || op.Body.Chosen == nil {
		return nil
	}
	c := op.Body.Chosen
	if c.Encoding != ir.EncodingJSON || c.Type == nil || bodyValidatable(c.Type) || !e.typeNeeds(c.Type) {
		return nil
	}
	return c
}

// validateBodyName names the function checking op's body. Operation names
// are unique and exported, so the name collides with no other function's.
func validateBodyName(op *ir.Operation) string { return "validate" + op.Name + "Body" }

// genBodyCheck writes the validate…Body function of an operation whose
// body needs one (checkedBody is not nil).
//
//	// validatePostThingsBody reports what the schema of PostThings's request
//	// body does not allow in v.
//	func validatePostThingsBody(v []Thing, errs *ValueErrors) {
//		for i := range v {
//			ip := validationPath{index: i, isIndex: true}
//			v[i].validate(&ip, errs)
//		}
//	}
func (e *emitter) genBodyCheck(f *jen.File, op *ir.Operation) {
	c := e.checkedBody(op)
	ptr := op.Body.Pointer
	typ := e.goType(c.Type)
	if ptr {
		typ = jen.Op("*").Add(typ)
	}
	name := validateBodyName(op)
	f.Line()
	f.Comment(fmt.Sprintf("// %s reports what the schema of %s's request\n// body does not allow in v.", name, op.Name))
	f.Func().Id(name).Params(e.id("v").Add(typ), e.id("errs").Op("*").Id("ValueErrors")).BlockFunc(func(g *jen.Group) {
		e.check(g, c.Type, e.id("v"), ptr, func() jen.Code { return jen.Nil() })
	})
}

// bodyCheck is decodeBody's check argument for op, whose body is a use of
// t: a closure calling its validate…Body function, else the body's
// Validate, else nil.
//
//	func() error {
//		var errs ValueErrors
//		validatePostThingsBody(body, &errs)
//		return errs.err()
//	}
func (e *emitter) bodyCheck(op *ir.Operation, t ir.Type) *jen.Statement {
	if e.checkedBody(op) == nil {
		return jen.Add(checkOf(t, e.id("body")))
	}
	return jen.Func().Params().Error().Block(
		jen.Var().Add(e.id("errs")).Id("ValueErrors"),
		jen.Id(validateBodyName(op)).Call(e.id("body"), jen.Op("&").Add(e.id("errs"))),
		jen.Return(e.id("errs").Dot("err").Call()),
	)
}
