package emit

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// checkRules writes the checks of r on val, a value of shape rt (see
// resolved). Enum types check narrowed value lists with their constants
// (checkEnum); every other keyword is checked here.
//
//	if n := utf8.RuneCountInString(*v.Name); n < 1 {
//		errs.add(&validationPath{parent: p, key: "name"}, "must be at least 1 character long")
//	}
func (e *emitter) checkRules(g *jen.Group, r *ir.Rules, rt ir.Type, val func() *jen.Statement, at func() jen.Code) {
	if !r.Apply(rt) {
		return
	}
	switch t := rt.(type) {
	case *ir.Enum:
		// Compare as the base type, so literals need no conversion.
		k := t.Base.Kind
		base := func() *jen.Statement { return kindType(k).Call(val()) }
		e.checkScalar(g, r, k, base, at, false)
	case *ir.Primitive:
		if k := t.Kind.Base(); k != t.Kind {
			// A string type of a format: checked as its string.
			base := func() *jen.Statement { return kindType(k).Call(val()) }
			e.checkScalar(g, r, k, base, at, true)
			return
		}
		e.checkScalar(g, r, t.Kind, val, at, true)
	case *ir.Slice:
		e.checkArray(g, r, t, val, at)
	case *ir.Map:
		e.checkSize(g, r.MinProperties, r.MaxProperties, jen.Len(val()), "property", at)
		if r.KeyPattern != "" {
			e.checkKeyPattern(g, r.KeyPattern, val, at)
		}
	}
}

// checkScalar writes the enum, const, string and number checks of r on a
// value of kind k. withEnum is false for enum types, whose narrowed lists
// checkEnum handles.
func (e *emitter) checkScalar(g *jen.Group, r *ir.Rules, k ir.Kind, val func() *jen.Statement, at func() jen.Code, withEnum bool) {
	if withEnum && len(r.Enum) > 0 {
		checkOneOf(g, k, r.Enum, val, at)
	}
	if r.HasConst {
		checkConst(g, k, r.Const, val, at)
	}
	switch {
	case k == ir.KindString:
		checkLength(g, r, val, at)
		if r.Pattern != "" {
			name := e.pattern(r.Pattern)
			g.If(jen.Id("!" + name + ".MatchString").Call(val())).Block(
				errsAddMsg(at(), "must match the pattern "+strconv.Quote(r.Pattern)),
			)
		}
		if r.Format != "" {
			if fn := e.useFormat(r.Format); fn != "" {
				g.If(jen.Id("!" + fn).Call(val())).Block(
					errsAdd(at(), jen.Qual("strconv", "Quote").Call(val()).Op("+").Add(quoted(" is not a valid "+r.Format))),
				)
			}
		}
		checkContent(g, r.ContentEncoding, r.ContentMediaType, val, at)
	case k.IsNumber():
		e.checkNumber(g, r, k, val, at)
	}
}

// checkOneOf writes a switch that accepts the values of list representable
// in kind k (a value of another JSON type can never match).
//
//	switch *v.Flag {
//	case true:
//	default:
//		errs.add(…, strconv.FormatBool(*v.Flag)+" is not one of true")
//	}
func checkOneOf(g *jen.Group, k ir.Kind, list []any, val func() *jen.Statement, at func() jen.Code) {
	var cases []jen.Code
	seen := map[string]bool{}
	for _, v := range list {
		text, ok := scalarLitText(k, v)
		if !ok || seen[text] {
			continue
		}
		seen[text] = true
		cases = append(cases, scalarLit(k, v))
	}
	msg := notOneOf(k, val(), list)
	if len(cases) == 0 {
		g.Add(errsAdd(at(), msg))
		return
	}
	g.Switch(val()).Block(
		jen.Case(cases...),
		jen.Default().Block(errsAdd(at(), msg)),
	)
}

// checkConst writes `if v != c`, or an unconditional error when c cannot be
// a value of kind k.
func checkConst(g *jen.Group, k ir.Kind, c any, val func() *jen.Statement, at func() jen.Code) {
	msg := quoted("must be " + allowedText([]any{c}))
	add := errsAdd
	if _, ok := c.(string); ok {
		// One string: a tag, where a union tells its variants apart.
		add = func(at, msg jen.Code) *jen.Statement { return errsAddCause(at, "causeTag", msg) }
	}
	if _, ok := scalarLitText(k, c); !ok {
		g.Add(add(at(), msg))
		return
	}
	g.If(jen.Add(val()).Op("!=").Add(scalarLit(k, c))).Block(add(at(), msg))
}

// checkLength writes minLength and maxLength, which count code points.
func checkLength(g *jen.Group, r *ir.Rules, val func() *jen.Statement, at func() jen.Code) {
	if r.MinLength == nil && r.MaxLength == nil {
		return
	}
	n := jen.Id("n")
	count := jen.Id("n").Op(":=").Qual("unicode/utf8", "RuneCountInString").Call(val())
	tooShort := func() *jen.Statement {
		return jen.Add(n.Clone()).Op("<").Id(strconv.FormatInt(*r.MinLength, 10))
	}
	tooLong := func() *jen.Statement {
		return jen.Add(n.Clone()).Op(">").Id(strconv.FormatInt(*r.MaxLength, 10))
	}
	shortErr := func() jen.Code {
		return errsAddMsg(at(), "must be at least "+plural(*r.MinLength, "character")+" long")
	}
	longErr := func() jen.Code {
		return errsAddMsg(at(), "must be at most "+plural(*r.MaxLength, "character")+" long")
	}
	switch {
	case r.MinLength != nil && r.MaxLength != nil:
		g.If(count, tooShort()).Block(shortErr()).Else().If(tooLong()).Block(longErr())
	case r.MinLength != nil:
		g.If(count, tooShort()).Block(shortErr())
	default:
		g.If(count, tooLong()).Block(longErr())
	}
}

// checkArray writes minItems, maxItems and uniqueItems.
func (e *emitter) checkArray(g *jen.Group, r *ir.Rules, t *ir.Slice, val func() *jen.Statement, at func() jen.Code) {
	e.checkSize(g, r.MinItems, r.MaxItems, jen.Len(val()), "item", at)
	if !r.UniqueItems {
		return
	}
	call := e.duplicateCall(t, val())
	g.If(jen.Id("i, j, dup :=").Add(call), jen.Id("dup")).Block(
		// Decoding checks some arrays itself (causeUnique, jsonSliceUnique).
		errsAddCause(at(), "causeUnique", quoted("items ").Op("+").Qual("strconv", "Itoa").Call(jen.Id("i")).Op("+").
			Add(quoted(" and ")).Op("+").Qual("strconv", "Itoa").Call(jen.Id("j")).Op("+").Add(quoted(" are equal"))),
	)
}

// checkSize writes a lower and an upper bound on a count of what (items of
// an array, properties of an object).
func (e *emitter) checkSize(g *jen.Group, min, max *int64, count *jen.Statement, what string, at func() jen.Code) {
	if !sizeChecked(min, max) {
		return
	}
	add := func(msg string) *jen.Statement { return errsAddMsg(at(), msg) }
	if what == "property" {
		// Decoding counts an object's properties itself (causeCount).
		add = func(msg string) *jen.Statement { return errsAddCause(at(), "causeCount", quoted(msg)) }
	}
	if min != nil && *min > 0 {
		g.If(count.Clone().Op("<").Id(strconv.FormatInt(*min, 10))).Block(
			add("must have at least " + plural(*min, what)),
		)
	}
	if max != nil {
		g.If(count.Clone().Op(">").Id(strconv.FormatInt(*max, 10))).Block(
			add("must have at most " + plural(*max, what)),
		)
	}
}

// sizeChecked reports whether checkSize writes a check: a minimum of 0
// holds for every count (Beacon's `"$ref": ListOfSchemas, "minItems": 0`),
// and a block opened for it alone would declare a variable it never uses.
func sizeChecked(min, max *int64) bool {
	return min != nil && *min > 0 || max != nil
}

// plural writes "1 item", "2 items", "3 properties".
func plural(n int64, noun string) string {
	text := strconv.FormatInt(n, 10) + " " + noun
	switch {
	case n == 1:
		return text
	case noun == "property":
		return text[:len(text)-1] + "ies"
	}
	return text + "s"
}

// errsAdd is `errs.add(at, msg)`.
func errsAdd(at, msg jen.Code) *jen.Statement {
	return jen.Id("errs.add").Call(at, msg)
}

// errsAddCause writes errs.addCause(at, code, msg): a failure of a check
// of the kind code names (causeTag, causeType, causeCount,
// causeDependent, causeUnique), which a union's report and decoding's record ask for
// (the runtime's causeCode) rather than reading msg.
func errsAddCause(at jen.Code, code string, msg jen.Code) *jen.Statement {
	return jen.Id("errs.addCause").Call(at, jen.Id(code), msg)
}

// errsRequired writes errs.required(at): the property at at is absent
// (causeRequired, "is required").
func errsRequired(at jen.Code) *jen.Statement {
	return jen.Id("errs.required").Call(at)
}

// checkKeyPattern writes the check that every key of a map matches the one
// patternProperties name of its schema, whose additionalProperties is false
// (a member no pattern matches is not allowed).
//
//	for k := range *v.Env {
//		if !patternEnvKey.MatchString(k) {
//			errs.add(&validationPath{parent: p, key: k}, "is not allowed: the name does not match …")
//		}
//	}
func (e *emitter) checkKeyPattern(g *jen.Group, pattern string, val func() *jen.Statement, at func() jen.Code) {
	name := e.pattern(pattern)
	g.For(jen.Id("k").Op(":=").Range().Add(val())).Block(
		jen.If(jen.Op("!").Id(name).Dot("MatchString").Call(jen.Id("k"))).Block(
			errsAdd(jen.Op("&").Id("validationPath").Values(jen.Id("parent").Op(":").Add(at()), jen.Id("key").Op(":").Id("k")),
				jen.Lit("is not allowed: the name does not match the pattern "+strconv.Quote(pattern))),
		),
	)
}
