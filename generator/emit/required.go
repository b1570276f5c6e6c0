package emit

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Required properties. Decoding cannot tell a missing required scalar
// from its zero value ("name": "" and no name decode alike), so the
// handler checks the raw JSON of a request body for the keys its schema
// requires, at every depth, before it calls Validate. Only declarations
// that request bodies reach, and that require something somewhere, get a
// requireKeys… function.

// computeRequired finds the declarations that need a requireKeys function.
func (e *emitter) computeRequired() {
	e.required = map[*ir.Decl]bool{}
	reach := map[*ir.Decl]bool{}
	var walk func(t ir.Type)
	walk = func(t ir.Type) {
		switch t := t.(type) {
		case *ir.Ref:
			if t.Decl == nil || reach[t.Decl] {
				return
			}
			reach[t.Decl] = true
			if st, ok := t.Decl.Type.(*ir.Struct); ok {
				for _, f := range st.Fields {
					walk(f.Type)
				}
				return
			}
			walk(t.Decl.Type)
		case *ir.Slice:
			walk(t.Elem)
		case *ir.Map:
			walk(t.Elem)
		}
	}
	for _, op := range e.api.Operations {
		if b := op.Body; b != nil && b.Chosen != nil && b.Chosen.Encoding == ir.EncodingJSON {
			walk(b.Chosen.Type)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, d := range e.api.Decls {
			if reach[d] && !e.required[d] && e.declRequires(d) {
				e.required[d] = true
				changed = true
			}
		}
	}
}

// declRequires reports whether d's JSON has required keys somewhere.
func (e *emitter) declRequires(d *ir.Decl) bool {
	switch t := d.Type.(type) {
	case *ir.Struct:
		for _, f := range t.Fields {
			if f.Required || e.typeRequires(f.Type) {
				return true
			}
		}
		return false
	case *ir.Slice, *ir.Map:
		return e.typeRequires(t)
	}
	return false
}

func (e *emitter) typeRequires(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Ref:
		return t.Decl != nil && e.required[t.Decl]
	case *ir.Slice:
		return e.typeRequires(t.Elem)
	case *ir.Map:
		return e.typeRequires(t.Elem)
	}
	return false
}

// requireKeysFunc names the function checking a body of type t, or "".
func (e *emitter) requireKeysFunc(t ir.Type) string {
	if ref, ok := t.(*ir.Ref); ok && ref.Decl != nil && e.required[ref.Decl] {
		return requireKeysName(ref.Decl)
	}
	return ""
}

// requireKeysName is unique: declaration names are, and no other generated
// function starts with "requireKeys".
func requireKeysName(d *ir.Decl) string { return "requireKeys" + d.Name }

// genRequired writes the helpers and one requireKeys function per
// declaration that needs one.
func (e *emitter) genRequired(f *jen.File) bool {
	any := false
	for _, d := range e.api.Decls {
		if e.required[d] {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	genJSONKeyHelpers(f)
	for _, d := range e.api.Decls {
		if !e.required[d] {
			continue
		}
		f.Line()
		f.Comment(fmt.Sprintf("// %s reports the properties that the JSON of a %s must\n// have and raw lacks, at any depth.", requireKeysName(d), d.Name))
		f.Func().Id(requireKeysName(d)).Params(
			jen.Id("raw").Index().Byte(), jen.Id("p").Op("*").Id("validationPath"), jen.Id("errs").Op("*").Id("ValueErrors"),
		).BlockFunc(func(g *jen.Group) {
			if st, ok := d.Type.(*ir.Struct); ok {
				e.requireStruct(g, st)
				return
			}
			e.requireIn(g, d.Type, jen.Id("raw"), func() jen.Code { return jen.Id("p") }, 0)
		})
	}
	return true
}

// requireStruct checks a struct's keys and descends into its fields.
func (e *emitter) requireStruct(g *jen.Group, st *ir.Struct) {
	g.List(jen.Id("obj"), jen.Id("ok")).Op(":=").Id("jsonObject").Call(jen.Id("raw"))
	g.If(jen.Op("!").Id("ok")).Block(jen.Return())
	for _, f := range st.Fields {
		if f.Required {
			g.Id("requireKey").Call(jen.Id("obj"), jen.Lit(f.JSONName), jen.Lit(f.Nullable), jen.Id("p"), jen.Id("errs"))
		}
		if !e.typeRequires(f.Type) {
			continue
		}
		f := f
		at := func() jen.Code {
			return jen.Op("&").Id("validationPath").Values(jen.Dict{jen.Id("parent"): jen.Id("p"), jen.Id("key"): jen.Lit(f.JSONName)})
		}
		g.If(jen.List(jen.Id("x"), jen.Id("ok")).Op(":=").Id("jsonKey").Call(jen.Id("obj"), jen.Lit(f.JSONName)), jen.Id("ok")).BlockFunc(func(b *jen.Group) {
			e.requireIn(b, f.Type, jen.Id("x"), at, 0)
		})
	}
}

// requireIn checks the JSON raw of a value of type t, located by at.
func (e *emitter) requireIn(g *jen.Group, t ir.Type, raw jen.Code, at func() jen.Code, depth int) {
	item, path := "item"+strconv.Itoa(depth), "ip"+strconv.Itoa(depth)
	switch t := t.(type) {
	case *ir.Ref:
		g.Id(requireKeysName(t.Decl)).Call(raw, at(), jen.Id("errs"))
	case *ir.Slice:
		g.For(jen.List(jen.Id("i"), jen.Id(item)).Op(":=").Range().Id("jsonArray").Call(raw)).BlockFunc(func(b *jen.Group) {
			b.Id(path).Op(":=").Id("validationPath").Values(jen.Dict{jen.Id("parent"): at(), jen.Id("index"): jen.Id("i"), jen.Id("isIndex"): jen.True()})
			e.requireIn(b, t.Elem, jen.Id(item), func() jen.Code { return jen.Op("&").Id(path) }, depth+1)
		})
	case *ir.Map:
		g.List(jen.Id("members"+strconv.Itoa(depth)), jen.Id("_")).Op(":=").Id("jsonObject").Call(raw)
		g.For(jen.List(jen.Id("k"), jen.Id(item)).Op(":=").Range().Id("members" + strconv.Itoa(depth))).BlockFunc(func(b *jen.Group) {
			b.Id(path).Op(":=").Id("validationPath").Values(jen.Dict{jen.Id("parent"): at(), jen.Id("key"): jen.Id("k")})
			e.requireIn(b, t.Elem, jen.Id(item), func() jen.Code { return jen.Op("&").Id(path) }, depth+1)
		})
	}
}

// genJSONKeyHelpers writes jsonObject, jsonArray, jsonKey and requireKey.
func genJSONKeyHelpers(f *jen.File) {
	raw := jen.Id("raw").Index().Byte()
	f.Comment("// jsonObject returns the members of a JSON object; ok is false for any\n// other JSON value.")
	f.Func().Id("jsonObject").Params(raw.Clone()).Params(jen.Map(jen.String()).Qual(encJSON, "RawMessage"), jen.Bool()).Block(
		jen.Var().Id("obj").Map(jen.String()).Qual(encJSON, "RawMessage"),
		jen.If(jen.Qual(encJSON, "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("obj")).Op("!=").Nil().Op("||").Id("obj").Op("==").Nil()).Block(
			jen.Return(jen.Nil(), jen.False()),
		),
		jen.Return(jen.Id("obj"), jen.True()),
	)
	f.Line()
	f.Comment("// jsonArray returns the items of a JSON array, or nil for any other value.")
	f.Func().Id("jsonArray").Params(raw.Clone()).Index().Qual(encJSON, "RawMessage").Block(
		jen.Var().Id("items").Index().Qual(encJSON, "RawMessage"),
		jen.If(jen.Qual(encJSON, "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("items")).Op("!=").Nil()).Block(jen.Return(jen.Nil())),
		jen.Return(jen.Id("items")),
	)
	f.Line()
	f.Comment("// jsonKey looks name up as encoding/json matches keys to fields: exactly,\n// else ignoring case.")
	f.Func().Id("jsonKey").Params(jen.Id("obj").Map(jen.String()).Qual(encJSON, "RawMessage"), jen.Id("name").String()).Params(jen.Qual(encJSON, "RawMessage"), jen.Bool()).Block(
		jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("obj").Index(jen.Id("name")), jen.Id("ok")).Block(jen.Return(jen.Id("v"), jen.True())),
		jen.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("obj")).Block(
			jen.If(jen.Qual("strings", "EqualFold").Call(jen.Id("k"), jen.Id("name"))).Block(jen.Return(jen.Id("v"), jen.True())),
		),
		jen.Return(jen.Nil(), jen.False()),
	)
	f.Line()
	f.Comment("// requireKey reports name missing from obj, or null when it may not be.")
	f.Func().Id("requireKey").Params(
		jen.Id("obj").Map(jen.String()).Qual(encJSON, "RawMessage"), jen.Id("name").String(), jen.Id("nullable").Bool(),
		jen.Id("p").Op("*").Id("validationPath"), jen.Id("errs").Op("*").Id("ValueErrors"),
	).Block(
		jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("jsonKey").Call(jen.Id("obj"), jen.Id("name")),
		jen.Switch().Block(
			jen.Case(jen.Op("!").Id("ok")).Block(
				jen.Id("errs").Dot("add").Call(jen.Op("&").Id("validationPath").Values(jen.Dict{jen.Id("parent"): jen.Id("p"), jen.Id("key"): jen.Id("name")}), jen.Lit("is required")),
			),
			jen.Case(jen.Op("!").Id("nullable").Op("&&").String().Call(jen.Id("v")).Op("==").Lit("null")).Block(
				jen.Id("errs").Dot("add").Call(jen.Op("&").Id("validationPath").Values(jen.Dict{jen.Id("parent"): jen.Id("p"), jen.Id("key"): jen.Id("name")}), jen.Lit("must not be null")),
			),
		),
	)
}
