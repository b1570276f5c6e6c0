package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// unevaluatedProperties and unevaluatedItems apply to what the schema's
// other keywords, and the subschemas that passed, did not evaluate. For
// packages that use them, every value schema that can mark something
// (annotMarks) gets an annotation function that marks what it evaluates on
// a value it accepts (annotX: its own keywords and its unevaluated ones);
// a schema with unevaluated keywords gets annotXOwn too (all but those),
// which its check runs first. A schema that marks nothing (a type, an
// enum, the schema false, a reference to one) has no annotation function,
// and no call of one is written for it.

// hasUnevaluated reports whether vs has an unevaluated keyword.
func hasUnevaluated(vs *ir.ValueSchema) bool {
	return vs.UnevaluatedProperties != nil || vs.UnevaluatedItems != nil
}

// annotMarks are the value schemas whose annotations can mark a member or
// an item: those whose own keywords do (properties, patternProperties,
// additionalProperties, prefixItems, items, contains, unevaluated…), and
// those with a subschema that does, whose annotation calls its. It grows
// to a fixed point from none, so a loop of references that marks nothing
// itself marks nothing. Nil when no schema has unevaluated keywords.
func annotMarks(api *ir.API) map[*ir.ValueSchema]bool {
	uses := false
	for _, vs := range api.ValueSchemas {
		uses = uses || hasUnevaluated(vs)
	}
	if !uses {
		return nil
	}
	marks := map[*ir.ValueSchema]bool{}
	for changed := true; changed; {
		changed = false
		for _, vs := range api.ValueSchemas {
			if !marks[vs] && marksSomething(vs, marks) {
				marks[vs] = true
				changed = true
			}
		}
	}
	return marks
}

// marksSomething reports whether the annotation of vs marks something,
// given what marks holds of its subschemas (genAnnotations, annotObject
// and annotArray write what it counts).
func marksSomething(vs *ir.ValueSchema, marks map[*ir.ValueSchema]bool) bool {
	if vs.Bool != nil {
		return false
	}
	if hasUnevaluated(vs) || len(vs.Properties) > 0 || len(vs.PatternProperties) > 0 || vs.AdditionalProperties != nil ||
		len(vs.PrefixItems) > 0 || vs.Items != nil || vs.Contains != nil {
		return true
	}
	subs := append(append(append([]*ir.ValueSchema{vs.Ref}, vs.AllOf...), vs.AnyOf...), vs.OneOf...)
	if vs.If != nil {
		subs = append(subs, vs.If, vs.Then, vs.Else)
	}
	for _, d := range vs.DependentSchemas {
		subs = append(subs, d.Schema)
	}
	for _, s := range subs {
		if s != nil && marks[s] {
			return true
		}
	}
	return false
}

func annotName(vs *ir.ValueSchema) string { return "annot" + strings.TrimPrefix(vs.Name, "check") }

// annot is annotX(v, ev) for the subschema s, or nil where s marks nothing.
func (e *emitter) annot(s *ir.ValueSchema, v jen.Code) jen.Code {
	if s == nil || !e.marks[s] {
		return nil
	}
	return jen.Id(annotName(s)).Call(v, jen.Id("ev"))
}

// genAnnotations writes annotX for one schema, with annotXOwn where the
// schema has unevaluated keywords.
//
//	func annotRootOwn(v any, ev *jvEvaluated) {
//		if o, ok := v.(map[string]any); ok {
//			if _, ok := o["name"]; ok { ev.prop("name") }
//		}
//	}
func (e *emitter) genAnnotations(f *jen.File, vs *ir.ValueSchema) {
	params := jen.Params(jen.Id("v").Any(), jen.Id("ev").Op("*").Id("jvEvaluated"))
	own := annotName(vs)
	comment := "// " + own + " marks what the schema at " + vs.Source.Pointer + " evaluates in v."
	if hasUnevaluated(vs) {
		own += "Own"
		comment = "// " + own + " marks what the keywords at " + vs.Source.Pointer + " evaluate in v,\n// unevaluated ones aside."
	}
	f.Line()
	f.Comment(comment)
	f.Func().Id(own).Add(params).BlockFunc(func(g *jen.Group) {
		g.Id("_").Op("=").Id("ev")
		if vs.Bool != nil {
			return
		}
		valid := func(s *ir.ValueSchema) *jen.Statement {
			return jen.Id("valueValid").Call(jen.Id(e.calls.name(s)), jen.Id("v"))
		}
		// A subschema that fails evaluates nothing: the value fails here
		// anyway, and its members are reported as unevaluated too, as the
		// oracle reports them. One that marks nothing is not run.
		ifValid := func(s *ir.ValueSchema) {
			if a := e.annot(s, jen.Id("v")); a != nil {
				g.If(valid(s)).Block(a)
			}
		}
		ifValid(vs.Ref)
		e.annotObject(g, vs)
		e.annotArray(g, vs)
		for _, s := range vs.AllOf {
			ifValid(s)
		}
		for _, s := range append(append([]*ir.ValueSchema{}, vs.AnyOf...), vs.OneOf...) {
			ifValid(s)
		}
		if vs.If != nil {
			then := nonNil(e.annot(vs.If, jen.Id("v")), e.annot(vs.Then, jen.Id("v")))
			otherwise := e.annot(vs.Else, jen.Id("v"))
			switch {
			case len(then) > 0 && otherwise != nil:
				g.If(valid(vs.If)).Block(then...).Else().Block(otherwise)
			case len(then) > 0:
				g.If(valid(vs.If)).Block(then...)
			case otherwise != nil:
				g.If(jen.Op("!").Add(valid(vs.If))).Block(otherwise)
			}
		}
	})
	if !hasUnevaluated(vs) {
		return
	}
	f.Line()
	f.Comment("// " + annotName(vs) + " marks what the schema at " + vs.Source.Pointer + " evaluates in v.")
	f.Func().Id(annotName(vs)).Add(params).BlockFunc(func(g *jen.Group) {
		g.Id(own).Call(jen.Id("v"), jen.Id("ev"))
		if vs.UnevaluatedProperties != nil {
			g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).Block(
				jen.For(jen.Id("k").Op(":=").Range().Id("o")).Block(jen.Id("ev.prop").Call(jen.Id("k"))))
		}
		if vs.UnevaluatedItems != nil {
			g.Id("ev.allItems").Op("=").True()
		}
	})
}

// annotObject marks the members properties, patternProperties,
// additionalProperties and dependentSchemas evaluate.
func (e *emitter) annotObject(g *jen.Group, vs *ir.ValueSchema) {
	if len(vs.Properties) == 0 && len(vs.PatternProperties) == 0 && vs.AdditionalProperties == nil && !e.anyMarks(vs.DependentSchemas) {
		return
	}
	g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		for _, p := range vs.Properties {
			b.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("o").Index(jen.Lit(p.Name)), jen.Id("ok")).Block(
				jen.Id("ev.prop").Call(jen.Lit(p.Name)))
		}
		for _, d := range vs.DependentSchemas {
			if a := e.annot(d.Schema, jen.Id("v")); a != nil {
				b.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("o").Index(jen.Lit(d.Name)), jen.Id("ok")).Block(a)
			}
		}
		if vs.AdditionalProperties == nil && len(vs.PatternProperties) == 0 {
			return
		}
		b.For(jen.Id("k").Op(":=").Range().Id("o")).BlockFunc(func(l *jen.Group) {
			if vs.AdditionalProperties != nil {
				l.Id("ev.prop").Call(jen.Id("k"))
				return
			}
			for _, pp := range vs.PatternProperties {
				e.ifKeyMatches(l, pp.Name, func(m *jen.Group) { m.Id("ev.prop").Call(jen.Id("k")) })
			}
		})
	})
}

// annotArray marks the items prefixItems, items and contains evaluate.
func (e *emitter) annotArray(g *jen.Group, vs *ir.ValueSchema) {
	if len(vs.PrefixItems) == 0 && vs.Items == nil && vs.Contains == nil {
		return
	}
	g.If(jen.List(jen.Id("a"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Index().Any()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		if len(vs.PrefixItems) > 0 {
			b.Id("ev.upTo").Call(jen.Lit(len(vs.PrefixItems)))
		}
		if vs.Items != nil {
			b.Id("ev.allItems").Op("=").True()
		}
		if vs.Contains != nil {
			b.For(jen.List(jen.Id("i"), jen.Id("x")).Op(":=").Range().Id("a")).Block(
				jen.If(jen.Id("valueValid").Call(jen.Id(e.calls.name(vs.Contains)), jen.Id("x"))).Block(jen.Id("ev.match").Call(jen.Id("i"))))
		} else {
			b.Id("_").Op("=").Id("a")
		}
	})
}

// valueUnevaluated writes the checks of unevaluatedProperties and
// unevaluatedItems on what the schema's own keywords left.
func (e *emitter) valueUnevaluated(g *jen.Group, vs *ir.ValueSchema) {
	own := annotName(vs) + "Own"
	if u := vs.UnevaluatedProperties; u != nil {
		g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).Block(
			jen.Var().Id("ev").Id("jvEvaluated"),
			jen.Id(own).Call(jen.Id("v"), jen.Op("&").Id("ev")),
			jen.For(jen.List(jen.Id("k"), jen.Id("x")).Op(":=").Range().Id("o")).Block(
				jen.If(jen.Op("!").Id("ev.props").Index(jen.Id("k"))).Block(
					jen.Id(e.calls.name(u)).Call(jen.Id("x"), keyPath(jen.Id("k")), jen.Id("errs")))))
	}
	if u := vs.UnevaluatedItems; u != nil {
		g.If(jen.List(jen.Id("a"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Index().Any()), jen.Id("ok")).Block(
			jen.Var().Id("ev").Id("jvEvaluated"),
			jen.Id(own).Call(jen.Id("v"), jen.Op("&").Id("ev")),
			jen.For(jen.List(jen.Id("i"), jen.Id("x")).Op(":=").Range().Id("a")).Block(
				jen.If(jen.Op("!").Id("ev.item").Call(jen.Id("i"))).Block(
					jen.Id(e.calls.name(u)).Call(jen.Id("x"), itemPath(jen.Id("i")), jen.Id("errs")))))
	}
}

// anyMarks reports whether some dependent schema of ds marks something.
func (e *emitter) anyMarks(ds []ir.ValueProperty) bool {
	for _, d := range ds {
		if e.marks[d.Schema] {
			return true
		}
	}
	return false
}

// nonNil is cs without its nil elements.
func nonNil(cs ...jen.Code) []jen.Code {
	var out []jen.Code
	for _, c := range cs {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}
