package emit

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// checkPropertyCount writes minProperties and maxProperties of a struct.
// A value is held to the number of properties it encodes to; a decoded
// one, in decodeChecked, to the number its JSON object had (unknown
// properties and nulls count, as JSON Schema has it), which decoding
// records.
//
//	n := 1
//	if v.Name != nil {
//		n++
//	}
//	if n < 2 {
//		errs.add(p, "must have at least 2 properties")
//	}
func (e *emitter) checkPropertyCount(g *jen.Group, st *ir.Struct) {
	r := &st.Check
	if !sizeChecked(r.MinProperties, r.MaxProperties) {
		return
	}
	n := jen.Id("n")
	always := 0
	for _, f := range st.Fields {
		if !f.OmitZero {
			always++
		}
	}
	g.Add(n.Clone()).Op(":=").Lit(always)
	for _, f := range st.Fields {
		if f.OmitZero {
			g.If(e.fieldPresent(f)).Block(n.Clone().Op("++"))
		}
	}
	e.checkSize(g, r.MinProperties, r.MaxProperties, n.Clone(), "property", func() jen.Code { return jen.Id("p") })
}

// checkDependencies writes dependentRequired: when a property is present,
// the properties it lists must be too.
//
//	if v.Billing != nil && v.Address == nil {
//		errs.add(&validationPath{parent: p, key: "address"}, `is required when "billing" is present`)
//	}
func (e *emitter) checkDependencies(g *jen.Group, st *ir.Struct) {
	for _, dep := range st.Check.DependentRequired {
		fa := fieldByJSONName(st, dep.Property)
		if fa == nil {
			continue // lowering notes names that are not fields
		}
		for _, req := range dep.Requires {
			fb := fieldByJSONName(st, req)
			if fb == nil || keyTracked(fb) {
				continue // a required property a Go value always has
			}
			cond := jen.Op("!").Parens(e.fieldPresent(fb))
			if !keyTracked(fa) {
				cond = e.fieldPresent(fa).Op("&&").Add(cond)
			}
			g.If(cond).Block(
				errsAddCause(jen.Id(fieldPathText(req)), "causeDependent",
					jen.Lit("is required when "+strconv.Quote(dep.Property)+" is present")),
			)
		}
	}
}

// fieldPresent is the test that a field's property is present in a Go
// value: a non-nil pointer, slice, map or any (a null property is absent,
// the null policy), else what omitzero writes (present: a JSON value that
// is not IsZero…), without reflection. A required property whose Go value
// cannot be absent (keyTracked) is always present; decoding records when a
// decoded one was not.
func (e *emitter) fieldPresent(f *ir.Field) *jen.Statement {
	v := jen.Id("v." + f.Name)
	if f.Pointer || ir.Nilable(f.Type) {
		return v.Op("!=").Nil()
	}
	return e.present(f, v)
}

// fieldByJSONName returns the field of a property, or nil.
func fieldByJSONName(st *ir.Struct, name string) *ir.Field {
	for _, f := range st.Fields {
		if f.JSONName == name {
			return f
		}
	}
	return nil
}

// keyTracked reports whether a field is required but its Go value cannot
// show that the property was absent: a plain value, a nullable property
// (nil is null), or a value of any type (nil is null too). Only decoding
// can tell, and its record does.
func keyTracked(f *ir.Field) bool {
	return f.Required && !nilChecked(f)
}
