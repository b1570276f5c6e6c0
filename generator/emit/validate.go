package emit

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// validationUnits are validate.gen.go's pieces: Validate for every struct
// and collection type, the checks of request bodies that have no Validate
// of their own, the checks of parameters' rules, the value checks of JSON
// values without a Go shape, and last the patterns all of them use.
func (e *emitter) validationUnits() ([]unit, bool) {
	var us []unit
	for _, d := range e.api.Decls {
		if validated(d) {
			us = append(us, unit{weight: declWeight(d), write: func(e *emitter, f *jen.File) { e.genDeclValidation(f, d) }})
		}
	}
	for _, op := range e.api.Operations {
		if e.checkedBody(op) != nil {
			us = append(us, unit{weight: 4, write: func(e *emitter, f *jen.File) { e.genBodyCheck(f, op) }})
		}
	}
	for _, op := range e.api.Operations {
		if op.Served() && len(e.checkedParams(op)) > 0 {
			us = append(us, unit{weight: 4, write: func(e *emitter, f *jen.File) { e.genParamChecks(f, op) }})
		}
	}
	us = append(us, e.valueCheckUnits()...)
	us = append(us, unit{weight: 1, patterns: true, write: func(e *emitter, f *jen.File) { e.genPatterns(f) }})
	return us, true
}

// validated reports whether d gets Validate in validate.gen.go.
func validated(d *ir.Decl) bool {
	switch d.Type.(type) {
	case *ir.Struct, *ir.Slice, *ir.Map, *ir.Union, *ir.Tuple, *ir.Value:
		return true
	}
	return d.Wrapper
}

// genDeclValidation writes Validate and validate of one declaration.
func (e *emitter) genDeclValidation(f *jen.File, d *ir.Decl) {
	switch t := d.Type.(type) {
	case *ir.Struct:
		e.genValidate(f, d, true, func(g *jen.Group) { e.structChecks(g, d, t) })
	case *ir.Slice, *ir.Map:
		e.genValidate(f, d, false, func(g *jen.Group) {
			e.check(g, t, jen.Id("v"), false, func() jen.Code { return jen.Id("p") })
		})
	case *ir.Union:
		e.genValidate(f, d, true, func(g *jen.Group) { e.unionChecks(g, t) })
	case *ir.Tuple:
		e.genValidate(f, d, true, func(g *jen.Group) { e.tupleChecks(g, t) })
	case *ir.Value:
		e.genValidate(f, d, true, func(g *jen.Group) {
			g.Id(e.calls.name(t.Schema)).Call(jen.Id("v.V"), jen.Id("p"), jen.Id("errs"))
		})
	default:
		// type PetString string, type PetMode Mode: a union variant
		// that wraps a scalar or an enum; check the wrapped value.
		e.genValidate(f, d, true, func(g *jen.Group) {
			at := func() jen.Code { return jen.Id("p") }
			if pointerValidated(t) {
				// A union or struct validates through a pointer, and a
				// conversion of *v is not addressable: convert v.
				e.check(g, t, jen.Parens(jen.Op("*").Add(e.goType(t))).Call(jen.Id("v")), true, at)
				return
			}
			if p, ok := t.(*ir.Primitive); ok && p.Kind.Base() != p.Kind {
				// type Stamp DateTimeString: checked as its string,
				// string(*v), in one conversion.
				base := *p
				base.Kind = p.Kind.Base()
				t = &base
			}
			e.check(g, t, e.goType(t).Call(jen.Op("*").Id("v")), false, at)
		})
	}
}

// genValidate writes the exported Validate and the unexported validate that
// does the work with a path, for one declaration.
//
//	func (v *Workspace) Validate() error {
//		if v == nil {
//			return nil
//		}
//		var errs ValueErrors
//		v.validate(nil, &errs)
//		return errs.err()
//	}
//
// A declaration whose values have nothing to check (e.needs) gets only
// Validate, which returns nil: no check calls its validate (check and
// unionChecks skip it), and a Validate kept for every declaration keeps
// the exported methods the same whatever the schema asserts.
//
// On a pointer receiver (ptr), a nil v is a value left out, as a nil
// field is to the validate of the object holding it (which reports it
// when required): Validate returns nil rather than panic in validate.
func (e *emitter) genValidate(f *jen.File, d *ir.Decl, ptr bool, body func(*jen.Group)) {
	recv := jen.Id("v").Id(d.Name)
	if ptr {
		recv = jen.Id("v").Op("*").Id(d.Name)
	}
	f.Line()
	f.Comment(fmt.Sprintf("// Validate reports every value in v that the schema of %s does not\n// allow, as ValueErrors, or returns nil.", d.Name))
	if !e.needs[d] {
		f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Id("return nil"))
		return
	}
	// The fixed statements and parameters as their text (compact.go).
	f.Func().Params(recv).Id("Validate").Params().Error().BlockFunc(func(g *jen.Group) {
		if ptr {
			g.If(jen.Id("v == nil")).Block(jen.Id("return nil"))
		}
		g.Id("var errs ValueErrors")
		g.Id("v.validate(nil, &errs)")
		g.Id("return errs.err()")
	})
	f.Line()
	f.Func().Params(recv.Clone()).Id("validate").Params(
		jen.Id("p *validationPath"), jen.Id("errs *ValueErrors"),
	).BlockFunc(body)
}

// structChecks checks what decoding recorded, the object's own keywords,
// then each field that can fail, in field order.
func (e *emitter) structChecks(g *jen.Group, d *ir.Decl, st *ir.Struct) {
	e.checkPropertyCount(g, st)
	e.checkDependencies(g, st)
	for _, f := range st.Fields {
		f := f
		path := fieldPathText(f.JSONName)
		at := func() jen.Code { return jen.Id(path) }
		// val, and the tests of it against nil below, are one
		// identifier each (compact.go); val only where a check reads it.
		missing := nilChecked(f)
		needs := e.typeNeeds(f.Type)
		var val *jen.Statement
		if needs {
			val = jen.Id("v." + f.Name)
		}
		switch {
		case missing && needs:
			// nil is a property left out. Decoding records whether a
			// decoded one was absent or null, and decodeChecked keeps
			// that instead of this.
			g.If(jen.Id("v." + f.Name + " != nil")).BlockFunc(func(b *jen.Group) { e.check(b, f.Type, val, f.Pointer, at) }).
				Else().Block(
				errsRequired(at()),
			)
		case missing:
			g.If(jen.Id("v." + f.Name + " == nil")).Block(
				errsRequired(at()),
			)
		case needs && (f.Pointer || ir.Nilable(f.Type) && !loopOnly(f.Type)):
			// An absent optional value has nothing to check (an absent array
			// has no minItems to meet).
			g.If(jen.Id("v." + f.Name + " != nil")).BlockFunc(func(b *jen.Group) { e.check(b, f.Type, val, f.Pointer, at) })
		case needs:
			e.check(g, f.Type, val, false, at)
		}
	}
}

// loopOnly reports whether the checks of t are only a loop over its
// elements, which needs no test for nil.
func loopOnly(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Slice, *ir.Map:
		return !t.Rules().Apply(t)
	}
	return false
}

// check writes the checks of a use of t on val (a pointer to the value when
// ptr is set, never nil there). at builds the *validationPath of val.
func (e *emitter) check(g *jen.Group, t ir.Type, val *jen.Statement, ptr bool, at func() jen.Code) {
	// deref is the value itself; derefx is the same as an operand of a
	// selector or index expression, parenthesised when it is *p.
	deref := func() *jen.Statement {
		if ptr {
			return jen.Op("*").Add(val.Clone())
		}
		return val.Clone()
	}
	derefx := func() *jen.Statement {
		if ptr {
			return jen.Parens(deref())
		}
		return val.Clone()
	}
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl == nil {
			return
		}
		d, rules := t.UseRules()
		switch dt := d.Type.(type) {
		case *ir.Enum:
			e.checkEnumUse(g, d, dt, rules, val, deref, at)
			for _, r := range rules {
				e.checkRules(g, r, dt, deref, at)
			}
		case *ir.Struct, *ir.Union, *ir.Tuple, *ir.Value:
			if e.needs[d] {
				g.Add(validateCall(val.Clone(), at()))
			}
		case *ir.Slice, *ir.Map:
			if e.needs[d] {
				g.Add(validateCall(derefx(), at()))
			}
			for _, r := range rules {
				e.checkRules(g, r, dt, deref, at)
			}
		default:
			for _, r := range rules {
				e.checkRules(g, r, dt, deref, at)
			}
		}
	case *ir.Value:
		// A value left out has nothing to check; null is a value.
		if e.typeNeeds(t) {
			g.If(jen.Op("!").Add(val.Clone()).Dot("IsZero").Call()).Block(
				jen.Id(e.calls.name(t.Schema)).Call(jen.Add(val.Clone()).Dot("V"), at(), jen.Id("errs")))
		}
	case *ir.Slice:
		e.checkRules(g, &t.Check, t, deref, at)
		if !e.typeNeeds(t.Elem) {
			return
		}
		// The element is indexed by the loop's own variable: a slice of
		// slices names the inner one apart, or v[i][i] would read the
		// inner index twice.
		i := "i"
		if e.sliceLoops > 0 {
			i += strconv.Itoa(e.sliceLoops)
		}
		e.sliceLoops++
		defer func() { e.sliceLoops-- }()
		if !e.elemReports(t.Elem, t.ElemPointer, derefx().Index(jen.Id(i))) {
			return
		}
		// The loop's header and the element's path as their text
		// (compact.go): a large schema has a loop for every array of
		// objects.
		g.For(jen.Id(i + " := range").Add(deref())).BlockFunc(func(b *jen.Group) {
			b.Id("ip := validationPath{parent:").Add(at()).Id(", index: " + i + ", isIndex: true}")
			elem := derefx().Index(jen.Id(i))
			e.checkElem(b, t.Elem, t.ElemPointer, elem, func() jen.Code { return jen.Id("&ip") })
		})
	case *ir.Map:
		e.checkRules(g, &t.Check, t, deref, at)
		if !e.typeNeeds(t.Elem) {
			return
		}
		if !e.elemReports(t.Elem, t.ElemPointer, jen.Id("x")) {
			return
		}
		g.For(jen.Id("k, x := range").Add(deref())).BlockFunc(func(b *jen.Group) {
			if t.Check.KeyPattern != "" {
				// A member the pattern does not name is not allowed
				// (checkKeyPattern says so); its value is no map value.
				b.If(jen.Op("!").Id(e.pattern(t.Check.KeyPattern)).Dot("MatchString").Call(jen.Id("k"))).Block(jen.Continue())
			}
			b.Id("kp := validationPath{parent:").Add(at()).Id(", key: k}")
			e.checkElem(b, t.Elem, t.ElemPointer, jen.Id("x"), func() jen.Code { return jen.Id("&kp") })
		})
	case *ir.Primitive:
		e.checkRules(g, &t.Check, t, deref, at)
	}
}

// checkElem checks a slice element or map value, which is a pointer where
// lowering says (ElemPointer).
func (e *emitter) checkElem(g *jen.Group, t ir.Type, pointer bool, val *jen.Statement, at func() jen.Code) {
	if pointer {
		g.If(jen.Add(val.Clone()).Op("!=").Nil()).BlockFunc(func(b *jen.Group) { e.check(b, t, val, true, at) })
		return
	}
	e.check(g, t, val, false, at)
}

// checkEnumUse checks an enum value against every narrowed list on the way
// to its declaration, or, when nothing narrows it, against every value of
// the type.
func (e *emitter) checkEnumUse(g *jen.Group, d *ir.Decl, en *ir.Enum, rules []*ir.Rules, val *jen.Statement, deref func() *jen.Statement, at func() jen.Code) {
	narrowed := false
	for _, r := range rules {
		if len(r.Enum) > 0 {
			e.checkEnum(g, d, en, r.Enum, val, deref, at)
			narrowed = true
		}
	}
	if !narrowed {
		e.checkEnum(g, d, en, nil, val, deref, at)
	}
}

// checkEnum checks an enum value: against the narrowed set when the use
// narrows it, else against every value of the type.
func (e *emitter) checkEnum(g *jen.Group, d *ir.Decl, en *ir.Enum, narrowed []any, val *jen.Statement, deref func() *jen.Statement, at func() jen.Code) {
	if len(narrowed) == 0 {
		// IsKnown has a value receiver, which Go calls through a pointer too.
		g.If(jen.Op("!").Add(val.Clone()).Id(".IsKnown()")).Block(
			errsAdd(at(), notOneOf(en.Base.Kind, deref(), enumValues(en.Values))),
		)
		return
	}
	var cases []jen.Code
	seen := map[string]bool{}
	for _, v := range narrowed {
		text, ok := scalarLitText(en.Base.Kind, v)
		if !ok || seen[text] {
			continue // a value of another type never matches
		}
		seen[text] = true
		cases = append(cases, enumConst(d, en, v))
	}
	msg := notOneOf(en.Base.Kind, deref(), narrowed)
	if len(cases) == 0 {
		g.Add(errsAdd(at(), msg))
		return
	}
	g.Switch(deref()).Block(
		jen.Case(cases...),
		jen.Default().Block(errsAdd(at(), msg)),
	)
}

// enumConst names the constant for v, or writes v converted to the enum
// type when the narrowed set lists a value the enum does not.
func enumConst(d *ir.Decl, en *ir.Enum, v any) jen.Code {
	text, _ := scalarLitText(en.Base.Kind, v)
	for _, ev := range en.Values {
		if t, _ := scalarLitText(en.Base.Kind, ev.Value); t == text {
			return jen.Id(ev.Name)
		}
	}
	return jen.Id(d.Name).Call(scalarLit(en.Base.Kind, v))
}

// unionChecks validates the variant a union holds.
func (e *emitter) unionChecks(g *jen.Group, u *ir.Union) {
	g.Switch(jen.Id("x").Op(":=").Id("v.Value").Assert(jen.Type())).BlockFunc(func(sw *jen.Group) {
		for _, vr := range u.Variants {
			if !e.needs[vr.Decl] {
				continue
			}
			if _, isEnum := vr.Decl.Type.(*ir.Enum); isEnum {
				// Enums have no validate method: check the value here.
				sw.Case(jen.Op("*").Id(vr.Decl.Name)).BlockFunc(func(b *jen.Group) {
					e.check(b, &ir.Ref{Decl: vr.Decl}, jen.Id("x"), true, func() jen.Code { return jen.Id("p") })
				})
				continue
			}
			sw.Case(jen.Op("*").Id(vr.Decl.Name)).Block(
				jen.Id("x.validate").Call(jen.Id("p"), jen.Id("errs")),
			)
		}
	})
}

// tupleChecks validates each position of a tuple, and the rest.
func (e *emitter) tupleChecks(g *jen.Group, t *ir.Tuple) {
	for i, it := range t.Items {
		i := i
		at := func() jen.Code {
			return jen.Op("&").Id("validationPath").Values(
				jen.Id("parent").Op(":").Id("p"), jen.Id("index").Op(":").Lit(i), jen.Id("isIndex").Op(":").True(),
			)
		}
		val := jen.Id("v." + it.Name)
		later, terms := tupleGap(t, i)
		// After &&, a condition of several terms in parentheses; alone
		// (else if), none, as gofmt leaves it.
		laterAnd := later
		if terms > 1 {
			laterAnd = jen.Parens(later)
		}
		switch {
		case later != nil && e.typeNeeds(it.Type):
			g.If(val.Clone().Op("!=").Nil()).BlockFunc(func(b *jen.Group) { e.check(b, it.Type, val, true, at) }).
				Else().If(later).Block(jen.Id("errs").Dot("add").Call(at(), jen.Lit("must not be null")))
			continue
		case later != nil:
			g.If(val.Clone().Op("==").Nil().Op("&&").Add(laterAnd)).Block(jen.Id("errs").Dot("add").Call(at(), jen.Lit("must not be null")))
			continue
		case !e.typeNeeds(it.Type):
			continue
		case it.Pointer || it.Optional:
			g.If(val.Clone().Op("!=").Nil()).BlockFunc(func(b *jen.Group) { e.check(b, it.Type, val, true, at) })
			continue
		}
		if holdsJSONValue(it.Type) {
			// A position the array did not reach is left out, not null.
			g.If(jen.Op("!").Add(val.Clone()).Dot("IsZero").Call()).BlockFunc(func(b *jen.Group) { e.check(b, it.Type, val, false, at) })
			continue
		}
		e.check(g, it.Type, val, false, at)
	}
	if t.Rest != nil && e.typeNeeds(t.Rest) {
		g.For(jen.List(jen.Id("i"), jen.Id("x")).Op(":=").Range().Id("v.Rest")).BlockFunc(func(b *jen.Group) {
			b.Id("ip").Op(":=").Id("validationPath").Values(
				jen.Id("parent").Op(":").Id("p"), jen.Id("index").Op(":").Id("i").Op("+").Lit(len(t.Items)), jen.Id("isIndex").Op(":").True(),
			)
			e.check(b, t.Rest, jen.Id("x"), false, func() jen.Code { return jen.Op("&").Id("ip") })
		})
	}
}

// tupleGap returns, for a position of t that a document may end before
// but that may not hold null, the condition that a later position or item
// is there (v.Y != nil || len(v.Rest) > 0) and its number of terms, or
// nil when nothing can follow it. Left out (nil) with something after it, the position has no JSON but
// the null the encoder writes there, which the schema refuses: Validate
// reports it as decoding a document with that null does ("must not be
// null"), rather than let a value through that comes back different.
func tupleGap(t *ir.Tuple, i int) (cond *jen.Statement, terms int) {
	it := t.Items[i]
	if !it.Optional || it.Pointer || it.Nullable || takesNull(it.Type) {
		return nil, 0
	}
	var later []jen.Code
	for _, next := range t.Items[i+1:] {
		if next.Pointer || next.Optional {
			later = append(later, jen.Id("v."+next.Name).Op("!=").Nil())
		}
	}
	if t.Rest != nil {
		later = append(later, jen.Len(jen.Id("v.Rest")).Op(">").Lit(0))
	}
	if len(later) == 0 {
		return nil, 0
	}
	cond = jen.Add(later[0])
	for _, c := range later[1:] {
		cond.Op("||").Add(c)
	}
	return cond, len(later)
}

// pointerValidated reports whether t names a struct, union, tuple or JSON
// value, whose validate method has a pointer receiver.
func pointerValidated(t ir.Type) bool {
	r, ok := t.(*ir.Ref)
	if !ok || r.Decl == nil {
		return false
	}
	switch r.Decl.Underlying().Type.(type) { // through aliases (type A = B)
	case *ir.Struct, *ir.Union, *ir.Tuple, *ir.Value:
		return true
	}
	return false
}

// holdsJSONValue reports whether t is the generated JSON value, or a
// declaration of one, whose zero value is a value left out.
func holdsJSONValue(t ir.Type) bool {
	if r, ok := t.(*ir.Ref); ok && r.Decl != nil {
		t = r.Decl.Type
	}
	_, ok := t.(*ir.Value)
	return ok
}

// elemReports reports whether checking an element of a slice or map can
// report anything, by writing the check once aside: an element type with
// rules may still need no check (an int64 bounded by int64's own range,
// as venvironment's schemas bound theirs), and a loop whose body never
// locates an error would declare its path variable unused.
func (e *emitter) elemReports(t ir.Type, pointer bool, elem *jen.Statement) bool {
	used := false
	jen.BlockFunc(func(b *jen.Group) {
		e.checkElem(b, t, pointer, elem, func() jen.Code { used = true; return jen.Id("&ip") })
	})
	return used
}
