package emit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// unionUnits are unions.gen.go's pieces: every union declaration
// (jsonKind, which their decoding shares, is runtime code).
func (e *emitter) unionUnits() ([]unit, bool) {
	us := e.declUnits(isUnion, func(d *ir.Decl) unit {
		return unit{weight: 5 * declWeight(d), write: func(e *emitter, f *jen.File) { e.genUnion(f, d, d.Type.(*ir.Union)) }}
	})
	return us, len(us) > 0
}

// genUnion writes a sum type: a struct holding a sealed interface that only
// the variant types implement, with JSON methods that choose the variant.
//
//	type Pet struct {
//		// Value is *Cat or *Dog; nil encodes as null.
//		Value PetValue
//	}
//	type PetValue interface{ isPetValue() }
//	func (*Cat) isPetValue() {}
func (e *emitter) genUnion(f *jen.File, d *ir.Decl, u *ir.Union) {
	names := variantNames(u)
	f.Line()
	f.Add(typeDoc(d))
	fields := []jen.Code{
		jen.Comment(fmt.Sprintf("// Value is %s; nil encodes as null.", names)),
		jen.Id("Value").Id(u.ValueName),
	}
	if keepsRest(u) {
		fields = append(fields, restField()...)
	}
	f.Type().Id(d.Name).Struct(fields...)
	f.Line()
	f.Comment(fmt.Sprintf("// %s is implemented by the types %s can hold: %s.", u.ValueName, d.Name, names))
	f.Type().Id(u.ValueName).Interface(jen.Id(marker(u)).Params())
	for _, v := range u.Variants {
		f.Func().Params(jen.Op("*").Id(v.Decl.Name)).Id(marker(u)).Params().Block()
	}
	if u.Discriminator != "" {
		e.genTaggedUnmarshal(f, d, u)
	} else {
		e.genShapeUnmarshal(f, d, u)
	}
	if keepsRest(u) {
		genRestNames(f, d, u)
	}
}

func marker(u *ir.Union) string { return "is" + u.ValueName }

// variantNames lists the variants for doc comments: "*Cat or *Dog".
func variantNames(u *ir.Union) string {
	var parts []string
	for _, v := range u.Variants {
		parts = append(parts, "*"+v.Decl.Name)
	}
	return joinWords(parts, "or")
}

// joinWords joins parts as a sentence does: "a", "a or b", "a, b or c".
func joinWords(parts []string, conj string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + conj + " " + parts[len(parts)-1]
}

// genTaggedUnmarshal decodes by the discriminator property.
func (e *emitter) genTaggedUnmarshal(f *jen.File, d *ir.Decl, u *ir.Union) {
	genUnionDecode(f, d)
	f.Line()
	f.Comment(fmt.Sprintf("// unmarshal decodes the variant that the %q property names.", u.Discriminator))
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("unmarshal").Params(jen.Id("data").Index().Byte(), jen.Id("r").Op("*").Id("jsonReader")).Error().Block(
		jen.If(jen.Id("jsonKind").Call(jen.Id("data")).Op("==").Lit("null")).Block(
			jen.Id("u.Value").Op("=").Nil(),
			jen.Return(jen.Nil()),
		),
		jen.Add(probeTag(d, u)),
		jen.If(jen.Id("probe.Tag").Op("==").Nil()).BlockFunc(func(g *jen.Group) {
			if u.Untagged != nil {
				// A value without the property is the base itself.
				for _, c := range e.decodeVariant(u.Untagged) {
					g.Add(c)
				}
				return
			}
			g.Return(jen.Qual("errors", "New").Call(jen.Lit(fmt.Sprintf("%s: no %q property to tell the variant", d.Name, u.Discriminator))))
		}),
		jen.Switch(jen.Op("*").Id("probe.Tag")).BlockFunc(func(g *jen.Group) {
			for _, v := range u.Variants {
				if len(v.Tags) == 0 {
					continue
				}
				g.CaseFunc(func(c *jen.Group) {
					for _, t := range v.Tags {
						c.Lit(t)
					}
				}).Block(e.decodeVariant(v)...)
			}
			g.Default().Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(fmt.Sprintf("%s: unknown %s %%q", d.Name, u.Discriminator)), jen.Op("*").Id("probe.Tag"))),
			)
		}),
	)
}

// probeTag reads the discriminator into probe.Tag: with the reader
// (jsonProbe), or, for a name a tag cannot carry, from the object's
// members.
func probeTag(d *ir.Decl, u *ir.Union) jen.Code {
	failed := func(err jen.Code) jen.Code {
		return jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+": %w"), err))
	}
	// The reader reads the one member, as encoding/json would into a field
	// tagged with its name, or, for a name a tag cannot carry, as it
	// would into a map: the exact key only.
	probe := "jsonProbe"
	if !taggable(u.Discriminator) {
		probe = "jsonProbeExact"
	}
	return jen.Var().Id("probe").Struct(jen.Id("Tag").Op("*").String()).Line().
		If(jen.Err().Op(":=").Id(probe).Call(jen.Id("data"), jen.Lit(u.Discriminator), jen.Op("&").Id("probe.Tag")), jen.Err().Op("!=").Nil()).Block(failed(jen.Err()))
}

// decodeVariant decodes data into a new variant and stores it, or
// returns the error: a tagged union's variant, which its tag names.
func (e *emitter) decodeVariant(v *ir.Variant) []jen.Code {
	return []jen.Code{
		jen.Id("v").Op(":=").New(jen.Id(v.Decl.Name)),
		jen.If(jen.Err().Op(":=").Id("r.sub").Call(jen.Id("data"), e.variantDecode(v)), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Id("u.Value").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	}
}

// tryVariant is the call that offers a new variant to the union's
// decoding (runtime jsonUnion), true when the choice is made:
//
//	jsonUnionSub(&s, "Name", new(Name), jsonString[Name])
//	jsonUnionTry(&s, "Cat", new(Cat), (*Cat).decodeJSON, (*Cat).Validate)
//	jsonUnionOne(&s, "Cat", new(Cat), (*Cat).decodeJSON, (*Cat).Validate)
//
// A variant held to its schema (triesVariant) is tried: it matches when
// decoding finds no problem (a member its schema does not allow, a count
// out of bounds: what only the record sees) and its Validate, if it checks
// anything, passes; one decoding tells both, and is the one the union
// keeps. A oneOf tries every variant so. Any other variant is taken as it
// decodes.
func (e *emitter) tryVariant(u *ir.Union, v *ir.Variant) jen.Code {
	name := v.Decl.Name
	decode := e.declDecoder(v.Decl).value(jen.Id(name))
	if !u.OneOf && !e.triesVariant(v.Decl) {
		return jen.Id("jsonUnionSub").Call(jen.Op("&").Id("s"), jen.Lit(name), jen.New(jen.Id(name)), decode)
	}
	// Validate as a method expression: it checks the variant when called,
	// after decoding (a method value of an enum or a list would copy the
	// zero value it held before).
	check := jen.Nil()
	if e.hasValidate(v.Decl) {
		check = jen.Parens(jen.Op("*").Id(name)).Dot("Validate")
	}
	if u.OneOf {
		return jen.Id("jsonUnionOne").Call(jen.Op("&").Id("s"), jen.Lit(name), jen.New(jen.Id(name)), decode, check)
	}
	return jen.Id("jsonUnionTry").Call(jen.Op("&").Id("s"), jen.Lit(name), jen.New(jen.Id(name)), decode, check)
}

// hasValidate reports whether d is declared with a Validate method that
// checks something (see genDeclValidation).
func (e *emitter) hasValidate(d *ir.Decl) bool {
	switch d.Type.(type) {
	case *ir.Struct, *ir.Slice, *ir.Map, *ir.Union, *ir.Tuple, *ir.Value:
		return e.needs[d]
	case *ir.Enum:
		// Every enum has a Validate (genEnum): decoding takes any value of
		// its kind, so a variant beside it of the same kind is reached only
		// when the value is not one the enum lists.
		return true
	}
	return d.Wrapper && e.needs[d]
}

// triesVariant reports whether a variant of d's kind is held to its schema
// before it is kept: it has a Validate that checks something, or it is a
// struct, map or array, whose decoding records what Validate cannot see (a
// member its schema does not allow, an object's number of members). Only
// a scalar that decodes is taken as it is.
func (e *emitter) triesVariant(d *ir.Decl) bool {
	// A variant's wrapper of a declared struct, map, array or tuple
	// (Expo's plugin entry, a one-item and a two-item tuple) is tried as
	// that type is: the one-item tuple decodes a two-item array, which
	// only its Validate rejects. A wrapper of anything else (a union of
	// consts: Vega-Lite's CompositeMark in AnyMark) stays as it was, since
	// what it holds chooses among its own variants when it decodes.
	target := d
	for range 8 {
		ref, ok := target.Type.(*ir.Ref)
		if !ok || ref.Decl == nil || ref.Decl == target {
			break
		}
		target = ref.Decl
	}
	switch target.Type.(type) {
	case *ir.Struct, *ir.Map, *ir.Slice, *ir.Tuple:
		return true
	}
	return e.hasValidate(d)
}

// genShapeUnmarshal decodes the first variant, in schema order, whose JSON
// type matches and whose required properties are present, that decodes
// without error and that satisfies its schema; failing that, the first
// that decodes. The runtime's jsonUnion does the choosing; what is written
// here is the schema's part: which variants fit the value's shape, in
// order, and how each decodes and validates.
//
//	func (u *Pet) unmarshal(data []byte, r *jsonReader) error {
//		kind := jsonKind(data)
//		if kind == "null" {
//			u.Value = nil
//			return nil
//		}
//		s := jsonUnion{data: data, r: r}
//		switch {
//		case kind == "object" && jsonUnionTry(&s, "Cat", new(Cat), (*Cat).decodeJSON, (*Cat).Validate):
//		case kind == "string" && jsonUnionSub(&s, "Name", new(Name), jsonString[Name]):
//		}
//		v, err := s.end("Pet", "Pet: must be an object (Cat) or a string (Name)")
//		if v != nil {
//			u.Value = v.(PetValue)
//		}
//		return err
//	}
func (e *emitter) genShapeUnmarshal(f *jen.File, d *ir.Decl, u *ir.Union) {
	needKeys := false
	for _, v := range u.Variants {
		if v.JSONType == "object" && len(v.Required) > 0 {
			needKeys = true
		}
	}
	genUnionDecode(f, d)
	f.Line()
	f.Comment("// unmarshal decodes the first variant, in schema order, that fits data and\n// matches its schema, else the first that decodes (jsonUnion).")
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("unmarshal").Params(jen.Id("data").Index().Byte(), jen.Id("r").Op("*").Id("jsonReader")).Error().BlockFunc(func(g *jen.Group) {
		g.Id("kind").Op(":=").Id("jsonKind").Call(jen.Id("data"))
		if keepsRest(u) {
			g.Id("u.Rest").Op("=").Nil()
		}
		if d.Null == ir.NullRejected {
			g.If(jen.Id("kind").Op("==").Lit("null")).Block(
				jen.Return(jen.Qual("errors", "New").Call(jen.Lit("null is not allowed: the value is a " + d.Name + " here"))),
			)
		} else {
			g.If(jen.Id("kind").Op("==").Lit("null")).Block(
				jen.Id("u.Value").Op("=").Nil(),
				jen.Return(jen.Nil()),
			)
		}
		if u.Kinds != nil {
			refuseKinds(g, d, u)
		}
		if needKeys {
			g.Id("keys").Op(":=").Id("jsonKeys").Call(jen.Id("data"))
		}
		state := []jen.Code{jen.Id("data").Op(":").Id("data"), jen.Id("r").Op(":").Id("r")}
		if u.OneOf && exclusiveChecked(u) {
			state = append(state, jen.Id("exclusive").Op(":").True())
		} else if u.OneOf {
			g.Comment("// Not exclusive: a variant here may be checked less than its schema asks,\n// so a value two variants match is not reported.")
		}
		g.Id("s").Op(":=").Id("jsonUnion").Values(state...)
		g.Switch().BlockFunc(func(sw *jen.Group) {
			for _, v := range u.Variants {
				sw.Case(variantFits(v, e.tryVariant(u, v)))
			}
			// A value that is no object matches a struct whose schema
			// gives no type vacuously: last, after the variants that hold
			// it by type (ir.Variant.AnyKind).
			for _, v := range u.Variants {
				if v.AnyKind {
					sw.Case(jen.Id("kind").Op("!=").Lit("object").Op("&&").Add(e.tryVariant(u, v)))
				}
			}
		})
		g.List(jen.Id("v"), jen.Err()).Op(":=").Id("s.end").Call(jen.Lit(d.Name), jen.Lit(d.Name+": must be "+variantShapes(u)))
		g.If(jen.Id("v").Op("!=").Nil()).BlockFunc(func(b *jen.Group) {
			b.Id("u.Value").Op("=").Id("v").Assert(jen.Id(u.ValueName))
			if keepsRest(u) {
				b.Id("u.Rest").Op("=").Id("jsonRest").Call(jen.Id("data"), jen.Id("u.declares"))
			}
		})
		g.Return(jen.Err())
	})
}

// variantShapes says what the variants take, for the error of a value
// none fits by shape: `an object with "name" (Cat) or a string (Name)`.
func variantShapes(u *ir.Union) string {
	var parts []string
	for _, v := range u.Variants {
		what := "any value"
		switch v.JSONType {
		case "":
		case ir.JSONObject, ir.JSONInteger, ir.JSONArray:
			what = "an " + string(v.JSONType)
		default:
			what = "a " + string(v.JSONType)
		}
		if v.JSONType == ir.JSONObject && len(v.Required) > 0 {
			what += " with " + quotedList(v.Required)
		}
		parts = append(parts, what+" ("+v.Decl.Name+")")
	}
	return joinWords(parts, "or")
}

// quotedList is "a", "a" and "b", "a", "b" and "c".
func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return joinWords(q, "and")
}

// variantFits is try guarded by the variant's shape: the value's JSON
// type, an object's required properties.
//
//	kind == "object" && keys["name"] && jsonUnionTry(…)
func variantFits(v *ir.Variant, try jen.Code) jen.Code {
	var conds []jen.Code
	switch v.JSONType {
	case "":
	case "integer":
		conds = append(conds, jen.Id("kind").Op("==").Lit("number"))
	default:
		conds = append(conds, jen.Id("kind").Op("==").Lit(string(v.JSONType)))
	}
	if v.JSONType == "object" {
		for _, r := range v.Required {
			conds = append(conds, jen.Id("keys").Index(jen.Lit(r)))
		}
	}
	cond := jen.Null()
	for _, c := range conds {
		cond.Add(c).Op("&&")
	}
	return cond.Add(try)
}

// genUnionDecode writes the JSON decoding methods of a sum type around its
// unmarshal, which takes the reader of the document it is in (nil on its
// own), so that a record keeps what its variant's decoding found.
//
//	func (u *Pet) UnmarshalJSON(data []byte) error { return u.unmarshal(data, nil) }
//	func (u *Pet) decodeJSON(r *jsonReader) { r.decodeWith(u.unmarshal) }
func genUnionDecode(f *jen.File, d *ir.Decl) {
	u := jen.Id("u")
	f.Line()
	f.Comment("// UnmarshalJSON decodes the variant data holds.")
	f.Func().Params(u.Clone().Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Return(u.Clone().Dot("unmarshal").Call(jen.Id("data"), jen.Nil())),
	)
	f.Line()
	f.Func().Params(u.Clone().Op("*").Id(d.Name)).Id("decodeJSON").Params(jen.Id("r").Op("*").Id("jsonReader")).Block(
		jen.Id("r.decodeWith").Call(u.Clone().Dot("unmarshal")),
	)
}

// variantDecode is the func(*jsonReader) that decodes into the new
// variant v.
func (e *emitter) variantDecode(v *ir.Variant) jen.Code {
	dec := e.declDecoder(v.Decl)
	if dec.method {
		return jen.Id("v.decodeJSON")
	}
	return jen.Func().Params(jen.Id("r").Op("*").Id("jsonReader")).Block(dec.callPtr(jen.Id("v")))
}

// exclusiveChecked reports whether a oneOf's variants are all structs,
// lists, maps, scalars or JSON values, whose checks are complete enough to
// report a value that two of them match. (Lists and maps were left out
// while their trial checked the nil they held before decoding, which had
// CycloneDX's licence choices both match; see wrapperValidated. A JSON
// value checks every keyword of its schema, or says which it does not in
// a note; left out, {} matched two variants of randschema seed 29154 in
// silence.)
func exclusiveChecked(u *ir.Union) bool {
	for _, v := range u.Variants {
		switch v.Decl.Type.(type) {
		case *ir.Tuple, *ir.Any:
			return false
		}
	}
	return true
}

// refuseKinds writes the check of the type list beside a union
// (ir.Union.Kinds): a value of a JSON type it does not name matches no
// variant, whatever a variant of no one type would take.
func refuseKinds(g *jen.Group, d *ir.Decl, u *ir.Union) {
	var allowed []jen.Code
	var names []string
	for _, k := range u.Kinds {
		names = append(names, string(k))
		is := jen.Id("kind").Op("==").Lit(kindOf(k))
		if k == ir.JSONInteger && wholeOnly(u.Kinds) {
			// A number the list allows only as an integer: 0.5 is no
			// integer whatever a variant of numbers would take (1.0 is).
			is = jen.Parens(is.Op("&&").Id("jsonIsWhole").Call(jen.Id("data")))
		}
		allowed = append(allowed, is)
	}
	msg := d.Name + ": the value's JSON type is not allowed"
	if len(names) > 0 {
		msg = d.Name + ": the value must be " + strings.Join(names, " or ")
	}
	refuse := jen.Return(jen.Qual("errors", "New").Call(jen.Lit(msg)))
	if len(allowed) == 0 {
		// Only null is allowed, and null was taken above.
		g.If(jen.Id("kind").Op("!=").Lit("null")).Block(refuse)
		return
	}
	if len(allowed) == 1 && !wholeOnly(u.Kinds) {
		g.If(jen.Id("kind").Op("!=").Lit(kindOf(u.Kinds[0]))).Block(refuse)
		return
	}
	if len(allowed) == 1 {
		g.If(jen.Op("!").Add(allowed[0])).Block(refuse)
		return
	}
	or := jen.Add(allowed[0])
	for _, a := range allowed[1:] {
		or = or.Op("||").Add(a)
	}
	g.If(jen.Op("!").Parens(or)).Block(refuse)
}

// wholeOnly reports whether a type list beside a union allows numbers
// only as integers: it names integer and not number.
func wholeOnly(kinds []ir.JSONType) bool {
	return slices.Contains(kinds, ir.JSONInteger) && !slices.Contains(kinds, ir.JSONNumber)
}

// kindOf is what jsonKind says for a value of JSON type t: an integer's
// kind is number (its variants check the rest).
func kindOf(t ir.JSONType) string {
	if t == ir.JSONInteger {
		return string(ir.JSONNumber)
	}
	return string(t)
}
