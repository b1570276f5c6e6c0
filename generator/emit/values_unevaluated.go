package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// unevaluatedProperties and unevaluatedItems apply to what the schema's
// other keywords, and the subschemas that passed, did not evaluate. For
// packages that use them, every value schema gets an annotation function
// that marks what it evaluates on a value it accepts (annotX: its own
// keywords and its unevaluated ones; annotXOwn: all but those), and the
// check of a schema with unevaluated keywords runs annotXOwn first.

// usesUnevaluated reports whether any value schema has an unevaluated
// keyword.
func (e *emitter) usesUnevaluated() bool {
	for _, vs := range e.api.ValueSchemas {
		if vs.UnevaluatedProperties != nil || vs.UnevaluatedItems != nil {
			return true
		}
	}
	return false
}

func annotName(vs *ir.ValueSchema) string { return "annot" + strings.TrimPrefix(vs.Name, "check") }

// annot is annotX(v, ev) for the subschema s.
func annot(s *ir.ValueSchema, v jen.Code) *jen.Statement {
	return jen.Id(annotName(s)).Call(v, jen.Id("ev"))
}

// genAnnotations writes annotXOwn and annotX for one schema.
//
//	func annotRootOwn(v any, ev *jvEvaluated) {
//		if o, ok := v.(map[string]any); ok {
//			if _, ok := o["name"]; ok { ev.prop("name") }
//		}
//	}
func (e *emitter) genAnnotations(f *jen.File, vs *ir.ValueSchema) {
	params := jen.Params(jen.Id("v").Any(), jen.Id("ev").Op("*").Id("jvEvaluated"))
	own := annotName(vs) + "Own"
	f.Line()
	f.Comment("// " + own + " marks what the keywords at " + vs.Source.Pointer + " evaluate in v,\n// unevaluated ones aside.")
	f.Func().Id(own).Add(params).BlockFunc(func(g *jen.Group) {
		g.Id("_").Op("=").Id("ev")
		if vs.Bool != nil {
			return
		}
		valid := func(s *ir.ValueSchema) *jen.Statement { return jen.Id("valueValid").Call(jen.Id(s.Name), jen.Id("v")) }
		// A subschema that fails evaluates nothing: the value fails here
		// anyway, and its members are reported as unevaluated too, as the
		// oracle reports them.
		if vs.Ref != nil {
			g.If(valid(vs.Ref)).Block(annot(vs.Ref, jen.Id("v")))
		}
		e.annotObject(g, vs)
		annotArray(g, vs)
		for _, s := range vs.AllOf {
			g.If(valid(s)).Block(annot(s, jen.Id("v")))
		}
		for _, s := range append(append([]*ir.ValueSchema{}, vs.AnyOf...), vs.OneOf...) {
			g.If(valid(s)).Block(annot(s, jen.Id("v")))
		}
		if vs.If != nil {
			then := []jen.Code{annot(vs.If, jen.Id("v"))}
			if vs.Then != nil {
				then = append(then, annot(vs.Then, jen.Id("v")))
			}
			stmt := g.If(valid(vs.If)).Block(then...)
			if vs.Else != nil {
				stmt.Else().Block(annot(vs.Else, jen.Id("v")))
			}
		}
	})
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
	if len(vs.Properties) == 0 && len(vs.PatternProperties) == 0 && vs.AdditionalProperties == nil && len(vs.DependentSchemas) == 0 {
		return
	}
	g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		for _, p := range vs.Properties {
			b.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("o").Index(jen.Lit(p.Name)), jen.Id("ok")).Block(
				jen.Id("ev.prop").Call(jen.Lit(p.Name)))
		}
		for _, d := range vs.DependentSchemas {
			b.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("o").Index(jen.Lit(d.Name)), jen.Id("ok")).Block(annot(d.Schema, jen.Id("v")))
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
func annotArray(g *jen.Group, vs *ir.ValueSchema) {
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
				jen.If(jen.Id("valueValid").Call(jen.Id(vs.Contains.Name), jen.Id("x"))).Block(jen.Id("ev.match").Call(jen.Id("i"))))
		} else {
			b.Id("_").Op("=").Id("a")
		}
	})
}

// valueUnevaluated writes the checks of unevaluatedProperties and
// unevaluatedItems on what the schema's own keywords left.
func valueUnevaluated(g *jen.Group, vs *ir.ValueSchema) {
	own := annotName(vs) + "Own"
	if u := vs.UnevaluatedProperties; u != nil {
		g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).Block(
			jen.Var().Id("ev").Id("jvEvaluated"),
			jen.Id(own).Call(jen.Id("v"), jen.Op("&").Id("ev")),
			jen.For(jen.List(jen.Id("k"), jen.Id("x")).Op(":=").Range().Id("o")).Block(
				jen.If(jen.Op("!").Id("ev.props").Index(jen.Id("k"))).Block(
					jen.Id(u.Name).Call(jen.Id("x"), keyPath(jen.Id("k")), jen.Id("errs")))))
	}
	if u := vs.UnevaluatedItems; u != nil {
		g.If(jen.List(jen.Id("a"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Index().Any()), jen.Id("ok")).Block(
			jen.Var().Id("ev").Id("jvEvaluated"),
			jen.Id(own).Call(jen.Id("v"), jen.Op("&").Id("ev")),
			jen.For(jen.List(jen.Id("i"), jen.Id("x")).Op(":=").Range().Id("a")).Block(
				jen.If(jen.Op("!").Id("ev.item").Call(jen.Id("i"))).Block(
					jen.Id(u.Name).Call(jen.Id("x"), itemPath(jen.Id("i")), jen.Id("errs")))))
	}
}
