package emit

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// The checks of JSON values without a Go shape (ir.Value): one function per
// ir.ValueSchema, over the decoded value (nil, bool, json.Number, string,
// []any, map[string]any), keyword by keyword, calling the fixed helpers of
// jsonvalue.gen.go (package emit/jsonvalue). A subschema whose outcome
// decides something (anyOf, oneOf, not, if, contains) runs into errors of
// its own, so that a value that passes allocates nothing there.

// valueCheckUnits are the value checks, one unit each, and after them the
// annotations of each schema where some schema has unevaluated keywords
// (valueValid, which runs one without reporting, is the runtime's:
// runtime/valuechecks.go).
func (e *emitter) valueCheckUnits() []unit {
	var us []unit
	for _, vs := range e.api.ValueSchemas {
		if e.calls.own(vs) {
			us = append(us, unit{weight: valueWeight(vs), write: func(e *emitter, f *jen.File) { e.genValueCheck(f, vs) }})
		}
	}
	for _, vs := range e.api.ValueSchemas {
		if e.marks[vs] {
			us = append(us, unit{weight: valueWeight(vs), write: func(e *emitter, f *jen.File) { e.genAnnotations(f, vs) }})
		}
	}
	return us
}

// genValueCheck writes the check of one schema.
//
//	func checkRoot(v any, p *validationPath, errs *ValueErrors) {
//		if s, ok := v.(string); ok {
//			if utf8.RuneCountInString(s) < 2 { errs.add(p, "…") }
//		}
//	}
func (e *emitter) genValueCheck(f *jen.File, vs *ir.ValueSchema) {
	var vars []jen.Code
	body := jen.BlockFunc(func(g *jen.Group) {
		if vs.Bool != nil {
			if !*vs.Bool {
				g.Add(errsAdd(jen.Id("p"), jen.Lit("no value is allowed here")))
			}
			return
		}
		if vs.Null {
			g.If(jen.Id("v").Op("==").Nil()).Block(jen.Return())
		}
		if vs.Ref != nil {
			g.Add(e.call(vs.Ref, jen.Id("v"), jen.Id("p")))
		}
		valueTypes(g, vs.Types)
		vars = append(vars, e.valueEnum(g, vs)...)
		e.valueString(g, vs)
		valueNumber(g, vs)
		e.valueArray(g, vs)
		e.valueObject(g, vs)
		e.valueCombinators(g, vs)
		e.valueUnevaluated(g, vs)
	})
	f.Line()
	f.Add(docComment(vs.Name+" checks a value against the schema at "+vs.Source.Pointer+"."+sharesDoc(vs.Shares), false))
	f.Func().Id(vs.Name).Params(jen.Id("v").Any(), jen.Id("p").Op("*").Id("validationPath"), jen.Id("errs").Op("*").Id("ValueErrors")).Add(body)
	if len(vars) > 0 {
		f.Line()
		f.Var().Defs(vars...)
	}
}

// valueTypes writes the type keyword.
func valueTypes(g *jen.Group, types []string) {
	if types == nil {
		return
	}
	var cond *jen.Statement
	for i, t := range types {
		c := jen.Op("!").Id("jvIsType").Call(jen.Id("v"), jen.Lit(t))
		if i == 0 {
			cond = c
		} else {
			cond = cond.Op("&&").Add(c)
		}
	}
	if cond == nil {
		g.Add(errsAdd(jen.Id("p"), jen.Lit("no type is allowed")))
		return
	}
	g.If(cond).Block(errsAddCause(jen.Id("p"), "causeType", jen.Lit("must be of type "+strings.Join(types, " or "))))
}

// valueEnum writes enum and const against values decoded once, when the
// package is initialised; it returns their variable declarations.
func (e *emitter) valueEnum(g *jen.Group, vs *ir.ValueSchema) []jen.Code {
	var vars []jen.Code
	base := strings.TrimPrefix(vs.Name, "check")
	if vs.HasEnum {
		name := "enum" + base
		vars = append(vars, jen.Id(name).Op("=").Id("jvParse").Call(jen.Lit("["+strings.Join(vs.Enum, ",")+"]")).Assert(jen.Index().Any()))
		g.If(jen.Op("!").Id("jvIn").Call(jen.Id("v"), jen.Id(name))).Block(
			errsAdd(jen.Id("p"), jen.Lit("must be one of "+strings.Join(vs.Enum, ", "))))
	}
	if vs.HasConst {
		name := "const" + base
		vars = append(vars, jen.Id(name).Op("=").Id("jvParse").Call(jen.Lit(vs.Const)))
		msg := jen.Lit("must be " + vs.Const)
		check := errsAdd(jen.Id("p"), msg)
		if strings.HasPrefix(vs.Const, `"`) {
			// One string: a tag, where a union tells its variants apart.
			check = errsAddCause(jen.Id("p"), "causeTag", msg)
		}
		g.If(jen.Op("!").Id("jvEqual").Call(jen.Id("v"), jen.Id(name))).Block(check)
	}
	return vars
}

// valueString writes the string keywords, which hold for other types.
func (e *emitter) valueString(g *jen.Group, vs *ir.ValueSchema) {
	format := ""
	if vs.Format != "" {
		format = e.useFormat(vs.Format)
	}
	content, _ := ir.ContentCheck(vs.ContentEncoding, vs.ContentMediaType)
	if vs.MinLength == nil && vs.MaxLength == nil && vs.Pattern == "" && format == "" && content == "" {
		return
	}
	g.If(jen.List(jen.Id("s"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.String()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		r := &ir.Rules{MinLength: vs.MinLength, MaxLength: vs.MaxLength}
		checkLength(b, r, func() *jen.Statement { return jen.Id("s") }, func() jen.Code { return jen.Id("p") })
		if vs.Pattern != "" {
			name := e.pattern(vs.Pattern)
			b.If(jen.Op("!").Id(name).Dot("MatchString").Call(jen.Id("s"))).Block(
				errsAdd(jen.Id("p"), jen.Lit("must match the pattern "+strconv.Quote(vs.Pattern))))
		}
		if format != "" {
			b.If(jen.Op("!").Id(format).Call(jen.Id("s"))).Block(
				errsAdd(jen.Id("p"), jen.Qual("strconv", "Quote").Call(jen.Id("s")).Op("+").Lit(" is not a valid "+vs.Format)))
		}
		checkContent(b, vs.ContentEncoding, vs.ContentMediaType, func() *jen.Statement { return jen.Id("s") }, func() jen.Code { return jen.Id("p") })
	})
}

// valueNumber writes the numeric keywords, compared exactly on the text.
func valueNumber(g *jen.Group, vs *ir.ValueSchema) {
	type bound struct {
		text, op, msg string
	}
	var bounds []bound
	for _, b := range []bound{
		{vs.Minimum, "<", "must be at least "},
		{vs.ExclusiveMinimum, "<=", "must be greater than "},
		{vs.Maximum, ">", "must be at most "},
		{vs.ExclusiveMaximum, ">=", "must be less than "},
	} {
		if b.text != "" {
			bounds = append(bounds, b)
		}
	}
	if len(bounds) == 0 && vs.MultipleOf == "" {
		return
	}
	g.If(jen.List(jen.Id("n"), jen.Id("ok")).Op(":=").Id("jvNumber").Call(jen.Id("v")), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		for _, bd := range bounds {
			b.If(jen.Id("jvCompare").Call(jen.Id("n"), jen.Lit(bd.text)).Op(bd.op).Lit(0)).Block(
				errsAdd(jen.Id("p"), jen.Lit(bd.msg+bd.text)))
		}
		if vs.MultipleOf != "" {
			b.If(jen.Op("!").Id("jvMultipleOf").Call(jen.Id("n"), jen.Lit(vs.MultipleOf))).Block(
				errsAdd(jen.Id("p"), jen.Lit("must be a multiple of "+vs.MultipleOf)))
		}
	})
}

// itemPath is &validationPath{parent: p, index: i, isIndex: true}.
func itemPath(i jen.Code) *jen.Statement {
	return jen.Op("&").Id("validationPath").Values(jen.Id("parent").Op(":").Id("p"), jen.Id("index").Op(":").Add(i), jen.Id("isIndex").Op(":").True())
}

// keyPath is &validationPath{parent: p, key: k}.
func keyPath(k jen.Code) *jen.Statement {
	return jen.Op("&").Id("validationPath").Values(jen.Id("parent").Op(":").Id("p"), jen.Id("key").Op(":").Add(k))
}

// call is check(v, at, errs), the function named as e.calls says.
func (e *emitter) call(check *ir.ValueSchema, v, at jen.Code) *jen.Statement {
	return jen.Id(e.calls.name(check)).Call(v, at, jen.Id("errs"))
}

// valueArray writes the array keywords.
func (e *emitter) valueArray(g *jen.Group, vs *ir.ValueSchema) {
	if !sizeChecked(vs.MinItems, vs.MaxItems) && !vs.UniqueItems && len(vs.PrefixItems) == 0 && vs.Items == nil && vs.Contains == nil {
		return
	}
	g.If(jen.List(jen.Id("a"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Index().Any()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		e.checkSize(b, vs.MinItems, vs.MaxItems, jen.Len(jen.Id("a")), "item", func() jen.Code { return jen.Id("p") })
		if vs.UniqueItems {
			b.If(jen.List(jen.Id("i"), jen.Id("j"), jen.Id("dup")).Op(":=").Id("jvDuplicate").Call(jen.Id("a")), jen.Id("dup")).Block(
				errsAdd(jen.Id("p"), jen.Lit("items ").Op("+").Qual("strconv", "Itoa").Call(jen.Id("i")).Op("+").
					Lit(" and ").Op("+").Qual("strconv", "Itoa").Call(jen.Id("j")).Op("+").Lit(" are equal")))
		}
		for i, it := range vs.PrefixItems {
			b.If(jen.Len(jen.Id("a")).Op(">").Lit(i)).Block(e.call(it, jen.Id("a").Index(jen.Lit(i)), itemPath(jen.Lit(i))))
		}
		if vs.Items != nil {
			b.For(jen.Id("i").Op(":=").Lit(len(vs.PrefixItems)), jen.Id("i").Op("<").Len(jen.Id("a")), jen.Id("i").Op("++")).Block(
				e.call(vs.Items, jen.Id("a").Index(jen.Id("i")), itemPath(jen.Id("i"))))
		}
		if vs.Contains != nil {
			min := int64(1)
			if vs.MinContains != nil {
				min = *vs.MinContains
			}
			b.Id("matched").Op(":=").Lit(0)
			b.For(jen.List(jen.Id("_"), jen.Id("x")).Op(":=").Range().Id("a")).Block(
				jen.If(jen.Id("valueValid").Call(jen.Id(e.calls.name(vs.Contains)), jen.Id("x"))).Block(jen.Id("matched").Op("++")))
			if min > 0 {
				// When no item matches, each item's own failures say why
				// (where the reference validator reports them too).
				b.If(jen.Id("matched").Op("==").Lit(0).Op("&&").Len(jen.Id("a")).Op(">").Lit(0)).Block(
					jen.For(jen.List(jen.Id("i"), jen.Id("x")).Op(":=").Range().Id("a")).Block(
						e.call(vs.Contains, jen.Id("x"), itemPath(jen.Id("i")))),
				).Else().If(jen.Id("matched").Op("<").Lit(int(min))).Block(
					errsAdd(jen.Id("p"), jen.Lit("must contain at least "+plural(min, "item")+" matching contains")))
			}
			if vs.MaxContains != nil {
				b.If(jen.Id("matched").Op(">").Lit(int(*vs.MaxContains))).Block(
					errsAdd(jen.Id("p"), jen.Lit("must contain at most "+plural(*vs.MaxContains, "item")+" matching contains")))
			}
		}
	})
}

// valueObject writes the object keywords.
func (e *emitter) valueObject(g *jen.Group, vs *ir.ValueSchema) {
	if !sizeChecked(vs.MinProperties, vs.MaxProperties) && len(vs.Required) == 0 && len(vs.Properties) == 0 &&
		len(vs.PatternProperties) == 0 && vs.AdditionalProperties == nil && vs.PropertyNames == nil &&
		len(vs.DependentRequired) == 0 && len(vs.DependentSchemas) == 0 {
		return
	}
	o := func() *jen.Statement { return jen.Id("o") }
	has := func(name string) *jen.Statement {
		return jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(o()).Index(jen.Lit(name))
	}
	g.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("v").Assert(jen.Map(jen.String()).Any()), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
		e.checkSize(b, vs.MinProperties, vs.MaxProperties, jen.Len(o()), "property", func() jen.Code { return jen.Id("p") })
		for _, r := range vs.Required {
			b.If(has(r), jen.Op("!").Id("ok")).Block(errsRequired(keyPath(jen.Lit(r))))
		}
		for _, d := range vs.DependentRequired {
			b.If(has(d.Property), jen.Id("ok")).BlockFunc(func(c *jen.Group) {
				for _, r := range d.Requires {
					c.If(has(r), jen.Op("!").Id("ok")).Block(errsAddCause(keyPath(jen.Lit(r)), "causeDependent", jen.Lit("is required when "+strconv.Quote(d.Property)+" is present")))
				}
			})
		}
		for _, d := range vs.DependentSchemas {
			b.If(has(d.Name), jen.Id("ok")).Block(e.call(d.Schema, jen.Id("v"), jen.Id("p")))
		}
		for _, pr := range vs.Properties {
			b.If(jen.List(jen.Id("x"), jen.Id("ok")).Op(":=").Add(o()).Index(jen.Lit(pr.Name)), jen.Id("ok")).Block(
				e.call(pr.Schema, jen.Id("x"), keyPath(jen.Lit(pr.Name))))
		}
		if len(vs.PatternProperties) == 0 && vs.AdditionalProperties == nil && vs.PropertyNames == nil {
			return
		}
		b.For(jen.List(jen.Id("k"), jen.Id("x")).Op(":=").Range().Add(o())).BlockFunc(func(l *jen.Group) {
			l.Id("kp").Op(":=").Id("validationPath").Values(jen.Id("parent").Op(":").Id("p"), jen.Id("key").Op(":").Id("k"))
			if vs.PropertyNames != nil {
				l.Id(e.calls.name(vs.PropertyNames)).Call(jen.Id("k"), jen.Op("&").Id("kp"), jen.Id("errs"))
			}
			if vs.AdditionalProperties != nil {
				l.Id("matched").Op(":=").False()
			}
			for _, pp := range vs.PatternProperties {
				e.ifKeyMatches(l, pp.Name, func(m *jen.Group) {
					if vs.AdditionalProperties != nil {
						m.Id("matched").Op("=").True()
					}
					m.Add(e.call(pp.Schema, jen.Id("x"), jen.Op("&").Id("kp")))
				})
			}
			if vs.AdditionalProperties == nil {
				l.Id("_").Op("=").Id("x")
				return
			}
			var names []jen.Code
			for _, pr := range vs.Properties {
				names = append(names, jen.Lit(pr.Name))
			}
			extra := e.call(vs.AdditionalProperties, jen.Id("x"), jen.Op("&").Id("kp"))
			if len(names) == 0 {
				l.If(jen.Op("!").Id("matched")).Block(extra)
				return
			}
			l.Switch(jen.Id("k")).Block(
				jen.Case(names...),
				jen.Default().Block(jen.If(jen.Op("!").Id("matched")).Block(extra)),
			)
		})
	})
}

// valueCombinators writes allOf, anyOf, oneOf, not and if/then/else.
func (e *emitter) valueCombinators(g *jen.Group, vs *ir.ValueSchema) {
	for _, s := range vs.AllOf {
		g.Add(e.call(s, jen.Id("v"), jen.Id("p")))
	}
	valid := func(s *ir.ValueSchema) *jen.Statement {
		return jen.Id("valueValid").Call(jen.Id(e.calls.name(s)), jen.Id("v"))
	}
	if len(vs.AnyOf) > 0 {
		g.BlockFunc(func(b *jen.Group) { e.valueUnion(b, "a", vs.AnyOf, false) })
	}
	if len(vs.OneOf) > 0 {
		g.BlockFunc(func(b *jen.Group) { e.valueUnion(b, "o", vs.OneOf, true) })
	}
	if vs.Not != nil {
		g.If(valid(vs.Not)).Block(errsAdd(jen.Id("p"), jen.Lit("must not match the schema of not")))
	}
	if vs.If != nil && (vs.Then != nil || vs.Else != nil) {
		switch {
		case vs.Then != nil && vs.Else != nil:
			g.If(valid(vs.If)).Block(e.call(vs.Then, jen.Id("v"), jen.Id("p"))).Else().Block(e.call(vs.Else, jen.Id("v"), jen.Id("p")))
		case vs.Then != nil:
			g.If(valid(vs.If)).Block(e.call(vs.Then, jen.Id("v"), jen.Id("p")))
		default:
			g.If(jen.Op("!").Add(valid(vs.If))).Block(e.call(vs.Else, jen.Id("v"), jen.Id("p")))
		}
	}
}

// valueUnion writes an anyOf's or a oneOf's check: each variant checked at
// the value's path into errors of its own (an anyOf's until one passes),
// handed to the runtime, which says why none matched, or which matched
// beside another (valueAnyOf, valueOneOf).
//
//	var a0, a1 ValueErrors
//	if checkX(v, p, &a0); len(a0) > 0 {
//		if checkY(v, p, &a1); len(a1) > 0 {
//			valueAnyOf(p, errs, a0, a1)
//		}
//	}
func (e *emitter) valueUnion(g *jen.Group, prefix string, variants []*ir.ValueSchema, oneOf bool) {
	var names []jen.Code
	for i := range variants {
		names = append(names, jen.Id(prefix+strconv.Itoa(i)))
	}
	g.Var().List(names...).Id("ValueErrors")
	found := func(i int) jen.Code { return jen.Op("&").Id(prefix + strconv.Itoa(i)) }
	if oneOf {
		for i, s := range variants {
			g.Id(e.calls.name(s)).Call(jen.Id("v"), jen.Id("p"), found(i))
		}
		g.Id("valueOneOf").Call(append([]jen.Code{jen.Id("p"), jen.Id("errs")}, names...)...)
		return
	}
	var nest func(b *jen.Group, i int)
	nest = func(b *jen.Group, i int) {
		if i == len(variants) {
			b.Id("valueAnyOf").Call(append([]jen.Code{jen.Id("p"), jen.Id("errs")}, names...)...)
			return
		}
		b.If(jen.Id(e.calls.name(variants[i])).Call(jen.Id("v"), jen.Id("p"), found(i)), jen.Len(names[i]).Op(">").Lit(0)).BlockFunc(func(c *jen.Group) { nest(c, i+1) })
	}
	nest(g, 0)
}

// ifKeyMatches writes then for a member whose key k matches pattern: the
// empty pattern matches every key, so then is written unconditionally.
func (e *emitter) ifKeyMatches(g *jen.Group, pattern string, then func(*jen.Group)) {
	if pattern == "" {
		then(g)
		return
	}
	g.If(jen.Id(e.pattern(pattern)).Dot("MatchString").Call(jen.Id("k"))).BlockFunc(then)
}
