package lower

import (
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit/runtime"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// params lowers an operation's parameters: Go names, types, styles, and
// how each value is laid out as text (ir.Layout).
func (l *lowerer) params(op *ir.Operation, o *document.Operation) {
	scope := naming.NewScope()
	for _, p := range o.Params {
		switch ir.ParamIn(p.In) {
		case ir.InPath, ir.InQuery, ir.InHeader, ir.InCookie:
		default:
			l.fail(p.Source, "", "parameter %q is in %q: want path, query, header or cookie", p.Name, p.In)
			continue
		}
		name, _ := scope.Claim(nonEmpty(naming.Exported(p.Name), "Param"))
		param := &ir.Param{
			Name: name, WireName: p.Name, In: ir.ParamIn(p.In), Doc: p.Description,
			Deprecated: p.Deprecated, Required: p.Required, Source: p.Source,
			ContentType: p.ContentType,
			Type:        l.typeOf(p.Schema, op.Name+name),
		}
		if p.Schema != nil && p.Schema.HasDef {
			param.Default = irValue(p.Schema.Default)
		}
		param.Style, param.Explode = paramStyle(p)
		if param.ContentType == "" && isFreeForm(param.Type) {
			// A free-form object parameter (Coder's `tags`) is name/value
			// pairs of text: nothing on the wire says what else a value
			// could be.
			param.Type = &ir.Map{Elem: &ir.Primitive{Kind: ir.KindString}}
		}
		l.layParam(op, param)
		op.Params = append(op.Params, param)
	}
	l.checkExplodedMaps(op)
	l.checkExplodedNames(op)
}

// paramStyle fills in OpenAPI's defaults: form/explode for query and
// cookie, simple for path and header.
func paramStyle(p *document.Param) (ir.ParamStyle, bool) {
	style := ir.ParamStyle(p.Style)
	if style == "" {
		switch p.In {
		case "query", "cookie":
			style = ir.StyleForm
		default:
			style = ir.StyleSimple
		}
	}
	explode := style == ir.StyleForm
	if p.Explode != nil {
		explode = *p.Explode
	}
	return style, explode
}

// isFreeForm reports whether t is a map of any values.
func isFreeForm(t ir.Type) bool {
	if r, ok := t.(*ir.Ref); ok && r.Decl != nil {
		t = r.Decl.Type
	}
	m, ok := t.(*ir.Map)
	if !ok {
		return false
	}
	_, isAny := m.Elem.(*ir.Any)
	return isAny
}

// layParam decides how a parameter's value travels. Exactly:
//
//	content: {application/json: …}   any value, as its JSON text, in the path, the query or a header;
//	                                 percent-encoded in a cookie, which cannot hold quotes, commas or spaces
//	path                             simple: scalars, arrays (a,b); label (.a) and matrix (;id=a) likewise
//	query                            form (exploded or not), spaceDelimited, pipeDelimited: scalars, arrays, objects;
//	                                 deepObject: objects, and objects of objects at any depth (name[a][b]=v)
//	header                           simple: scalars, arrays, objects (exploded or not)
//	cookie                           form: scalars, arrays, objects (comma-separated)
//
// where an object is a struct of scalar properties or a map of scalars.
// Anything else travels in the nearest faithful way, with a note: as text
// the caller formats, as its JSON text, or in a style that can carry it
// (fitStyle).
func (l *lowerer) layParam(op *ir.Operation, p *ir.Param) {
	if p.In == ir.InPath && !p.Required {
		l.noteAs(ir.NoteSpecWarning, p.Source, "operation %s: path parameter %q is not required, but a path cannot lack it; it is read as required (say required: true)", op.Name, p.WireName)
		p.Required = true
	}
	if p.In == ir.InPath && listsEmpty(p.Type) {
		// A wildcard, or a parameter within a segment, matches text.
		l.noteAs(ir.NoteSpecWarning, p.Source, "operation %s: path parameter %q lists the empty string among its values, which no path can carry: a request with it is answered 404 Not Found", op.Name, p.WireName)
	}
	if p.In == ir.InHeader && !runtime.HTTPToken(p.WireName) {
		// net/http neither sends nor accepts such a header: the
		// operation works without it, and a Client call that sets it
		// fails, naming it, before anything is sent.
		l.noteAs(ir.NoteSpecWarning, p.Source, "operation %s: header parameter %q has a name that is not an HTTP token, which no request can carry; a client call that sets it fails with an error naming it, and the server never receives it", op.Name, p.WireName)
		docNote(p, "Cannot be sent: its name is not an HTTP token. A call that sets it fails.")
	}
	if p.ContentType != "" {
		if !isJSON(p.ContentType) {
			l.degrade(ir.NoteParamText, p.Source, "operation %s: %s parameter %q has content %s, which specgen does not encode; it is carried as the text the caller formats (string)", op.Name, p.In, p.WireName, p.ContentType)
			docNote(p, "The text of the value as the caller formats it: its content is "+p.ContentType+", which specgen does not encode.")
			p.ContentType, p.Type = "", &ir.Primitive{Kind: ir.KindString}
			p.Style, p.Explode = paramStyle(&document.Param{In: string(p.In)})
			p.Layout = ir.Layout{Kind: ir.LayoutScalar, Scalar: ir.Scalar{Kind: ir.KindString}}
			return
		}
		p.Layout = ir.Layout{Kind: ir.LayoutJSON}
		return
	}
	if sl, ok := p.Type.(*ir.Slice); ok && textParam(sl.Elem) {
		l.degrade(ir.NoteParamText, p.Source, "operation %s: %s parameter %q is an array of values with no single scalar type; each is carried as its text (string)", op.Name, p.In, p.WireName)
		p.Type = &ir.Slice{Elem: &ir.Primitive{Kind: ir.KindString}, Check: sl.Check}
	}
	if textParam(p.Type) {
		// A parameter of any type, or of one of several scalar types
		// (GitHub's workflow_id: an integer or a file name), travels as
		// text either way: carry the text and let the implementation read
		// it, rather than refuse the operation.
		l.degrade(ir.NoteParamText, p.Source, "operation %s: %s parameter %q has no single scalar type; it is carried as its text (string)", op.Name, p.In, p.WireName)
		p.Type = &ir.Primitive{Kind: ir.KindString}
	}
	if textListParam(p.Type) {
		// `oneOf: [string, array of string]`: one value is a list of
		// one, so the list carries both.
		l.degrade(ir.NoteParamText, p.Source, "operation %s: %s parameter %q is a value or an array of values; it is carried as []string, one item per value (a single value is a list of one)", op.Name, p.In, p.WireName)
		docNote(p, "A value or an array of values: a single value is a list of one.")
		p.Type = &ir.Slice{Elem: &ir.Primitive{Kind: ir.KindString}}
	}
	layout, ok := ir.LayoutOf(p.Type)
	if !ok && p.In == ir.InQuery && p.Style == ir.StyleDeepObject {
		// Bracket notation nests: filter[owner][name]=alice.
		layout, ok = ir.DeepLayoutOf(p.Type)
	}
	if !ok {
		l.degrade(ir.NoteParamJSON, p.Source, "operation %s: %s parameter %q is not a scalar, an array of scalars or an object of scalar properties, nor (in deepObject style) an object of such objects, which %s style cannot carry; it is sent and received as its JSON text", op.Name, p.In, p.WireName, p.Style)
		docNote(p, "Sent as its JSON text: "+string(p.Style)+" style has no way to write this value.")
		p.Layout = ir.Layout{Kind: ir.LayoutJSON}
		return
	}
	p.Layout = layout
	l.fitStyle(op, p)
	p.KeepEmpty = emptyItems(p)
}

// checkExplodedMaps notes an operation with two exploded free-form query
// objects: each takes every query parameter the other does.
func (l *lowerer) checkExplodedMaps(op *ir.Operation) {
	var first *ir.Param
	for _, p := range op.ParamsIn(ir.InQuery) {
		if !p.ExplodedMap() {
			continue
		}
		if first != nil {
			l.degrade(ir.NoteParamConvention, p.Source, "operation %s: %q and %q are both free-form objects exploded into the query, so nothing tells their pairs apart; the client sends both, and the server gives each every query parameter the operation does not declare", op.Name, first.WireName, p.WireName)
			return
		}
		first = p
	}
}

// listsEmpty reports whether t is a string enum that lists the empty
// string.
func listsEmpty(t ir.Type) bool {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return false
	}
	en, ok := ref.Decl.Type.(*ir.Enum)
	return ok && enumListsEmpty(en)
}

// enumListsEmpty reports whether en lists the empty string.
func enumListsEmpty(en *ir.Enum) bool {
	return slices.ContainsFunc(en.Values, func(v *ir.EnumValue) bool { return v.Value == "" })
}

// checkExplodedNames notes a query name that two query parameters write:
// an object exploded into the query writes each property as a parameter
// of its own (?a=1), and another such object, or a parameter, may have
// that name too. A request cannot tell whose it is, and the server gives
// the value to each (randspec seed 415: two objects of a property "a").
func (l *lowerer) checkExplodedNames(op *ir.Operation) {
	owner := map[string]*ir.Param{}
	for _, p := range op.ParamsIn(ir.InQuery) {
		names := []string{p.WireName}
		if p.Layout.Kind == ir.LayoutObject && p.Explode && p.Style != ir.StyleDeepObject {
			if p.Layout.Struct == nil {
				continue // checkExplodedMaps' to note
			}
			names = names[:0]
			for _, f := range p.Layout.Fields {
				names = append(names, f.Field.JSONName)
			}
		}
		for _, name := range names {
			first, taken := owner[name]
			if !taken {
				owner[name] = p
				continue
			}
			if first != p {
				l.noteAs(ir.NoteSpecWarning, p.Source, "operation %s: query parameters %q and %q both write %q, as an object exploded into the query writes each property; a request cannot tell whose it is, and the server gives it to both", op.Name, first.WireName, p.WireName, name)
			}
		}
	}
}

// textParam reports whether a parameter's type is any value, or a union
// whose variants are all scalars: a value that has text on the wire but no
// one Go scalar type.
func textParam(t ir.Type) bool {
	if _, isAny := t.(*ir.Any); isAny {
		return true
	}
	u := paramUnion(t)
	if u == nil {
		return false
	}
	for _, v := range u.Variants {
		if !scalarVariant(v.Decl) {
			return false
		}
	}
	return true
}

// textListParam reports whether a parameter's type is a union of scalars
// and arrays of scalars, with at least one array (`oneOf: [string, array
// of string]`): on the wire, a list of texts.
func textListParam(t ir.Type) bool {
	u := paramUnion(t)
	if u == nil {
		return false
	}
	arrays := 0
	for _, v := range u.Variants {
		sl, isSlice := v.Decl.Type.(*ir.Slice)
		switch {
		case !isSlice:
			if !scalarVariant(v.Decl) {
				return false
			}
		case sl.ElemNullable:
			return false
		default:
			if _, nested, ok := ir.ScalarOf(sl.Elem); !ok || nested {
				return false
			}
			arrays++
		}
	}
	return arrays > 0
}

// paramUnion returns the union a parameter's type names, or nil.
func paramUnion(t ir.Type) *ir.Union {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return nil
	}
	u, _ := ref.Decl.Underlying().Type.(*ir.Union)
	return u
}

// scalarVariant reports whether a union variant is one scalar value on
// the wire.
func scalarVariant(d *ir.Decl) bool {
	if _, _, scalar := ir.ScalarOf(&ir.Ref{Decl: d}); scalar {
		return true
	}
	p, isPrim := d.Type.(*ir.Primitive)
	return isPrim && p.Kind != ir.KindBytes
}

// docNote adds to a parameter's documentation how it travels when that is
// not what the spec says, so that the generated field or argument says it.
func docNote(p *ir.Param, text string) {
	if p.Doc != "" && !strings.HasSuffix(p.Doc, ".") {
		p.Doc += "."
	}
	p.Doc = strings.TrimSpace(p.Doc + " " + text)
}
