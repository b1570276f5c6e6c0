package lower

import (
	"fmt"

	"github.com/specgen/specgen/generator/document"
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
		if !l.layParam(op, param) {
			continue
		}
		op.Params = append(op.Params, param)
	}
	l.checkExplodedMaps(op)
}

// paramStyle fills in OpenAPI's defaults: form/explode for query and
// cookie, simple for path and header.
func paramStyle(p *document.Param) (string, bool) {
	style := p.Style
	if style == "" {
		switch p.In {
		case "query", "cookie":
			style = "form"
		default:
			style = "simple"
		}
	}
	explode := style == "form"
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

// layParam decides how a parameter's value travels and fails on what the
// generated code cannot carry. Supported:
//
//	content: {application/json: …}   any value, as its JSON text, in the path, the query or a header;
//	                                 percent-encoded in a cookie, which cannot hold quotes, commas or spaces
//	path                             simple: scalars, arrays (a,b)
//	query                            form (exploded or not), spaceDelimited, pipeDelimited: scalars, arrays, objects;
//	                                 deepObject: objects, and objects of objects at any depth (name[a][b]=v)
//	header                           simple: scalars, arrays, objects (exploded or not)
//	cookie                           form: scalars, arrays, objects (comma-separated)
//
// where an object is a struct of scalar properties or a map of scalars. It
// returns false when the parameter is left out.
func (l *lowerer) layParam(op *ir.Operation, p *ir.Param) bool {
	if p.In == ir.InPath && !p.Required {
		l.fail(p.Source, "", "operation %s: path parameter %q must be required", op.Name, p.WireName)
		return false
	}
	if p.ContentType != "" {
		if !isJSON(p.ContentType) {
			l.dropParam(p.Source, "parameter content "+p.ContentType, "operation %s: %s parameter %q (only JSON content is generated)", op.Name, p.In, p.WireName)
			return false
		}
		p.Layout = ir.Layout{Kind: ir.LayoutJSON}
		return true
	}
	if sl, ok := p.Type.(*ir.Slice); ok && textParam(sl.Elem) {
		l.note(p.Source, "operation %s: %s parameter %q is an array of values with no single scalar type; each is carried as its text (string)", op.Name, p.In, p.WireName)
		p.Type = &ir.Slice{Elem: &ir.Primitive{Kind: ir.KindString}, Check: sl.Check}
	}
	if textParam(p.Type) {
		// A parameter of any type, or of one of several scalar types
		// (GitHub's workflow_id: an integer or a file name), travels as
		// text either way: carry the text and let the implementation read
		// it, rather than refuse the operation.
		l.note(p.Source, "operation %s: %s parameter %q has no single scalar type; it is carried as its text (string)", op.Name, p.In, p.WireName)
		p.Type = &ir.Primitive{Kind: ir.KindString}
	}
	layout, ok := ir.LayoutOf(p.Type)
	if !ok && p.In == ir.InQuery && p.Style == "deepObject" {
		// Bracket notation nests: filter[owner][name]=alice.
		layout, ok = ir.DeepLayoutOf(p.Type)
	}
	if !ok {
		l.dropParam(p.Source, "parameter type", "operation %s: %s parameter %q is not a scalar, an array of scalars or an object of scalar properties, nor (in deepObject style) an object of such objects (`content: {application/json: …}` sends any value as JSON)", op.Name, p.In, p.WireName)
		return false
	}
	p.Layout = layout
	if bad := badStyle(p); bad != "" {
		l.dropParam(p.Source, bad, "operation %s: parameter %q", op.Name, p.WireName)
		return false
	}
	return true
}

// badStyle names the unsupported construct of a parameter's style and
// layout, or returns "".
func badStyle(p *ir.Param) string {
	kind := p.Layout.Kind
	switch p.In {
	case ir.InPath:
		switch {
		case p.Style != "simple":
			return "path parameter style " + p.Style
		case kind == ir.LayoutObject:
			return "object path parameter"
		}
	case ir.InQuery:
		switch p.Style {
		case "form", "spaceDelimited", "pipeDelimited":
		case "deepObject":
			if kind != ir.LayoutObject {
				return "deepObject style on a value that is not an object"
			}
		default:
			return "query parameter style " + p.Style
		}
	case ir.InHeader:
		if p.Style != "simple" {
			return "header parameter style " + p.Style
		}
	case ir.InCookie:
		if p.Style != "form" {
			return "cookie parameter style " + p.Style
		}
	}
	return ""
}

// checkExplodedMaps fails on an operation with two exploded free-form
// query objects: each would take every query parameter the other does.
func (l *lowerer) checkExplodedMaps(op *ir.Operation) {
	var first *ir.Param
	for _, p := range op.ParamsIn(ir.InQuery) {
		if !p.ExplodedMap() {
			continue
		}
		if first != nil {
			l.fail(p.Source, "two exploded map query parameters", "operation %s: %q and %q would both take every undeclared query parameter", op.Name, first.WireName, p.WireName)
			return
		}
		first = p
	}
}

// dropParam reports a parameter the generated code cannot carry: an error,
// or with -skip-unsupported a note saying it is left out.
func (l *lowerer) dropParam(src ir.Source, construct, format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	if l.cfg.SkipUnsupported {
		l.note(src, "skipped unsupported %s (-skip-unsupported): %s; the parameter is left out", construct, msg)
		return
	}
	l.errs = append(l.errs, &document.Error{Source: src, Construct: construct, Msg: msg})
}

// textParam reports whether a parameter's type is any value, or a union
// whose variants are all scalars: a value that has text on the wire but no
// one Go scalar type.
func textParam(t ir.Type) bool {
	if _, isAny := t.(*ir.Any); isAny {
		return true
	}
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return false
	}
	u, ok := ref.Decl.Underlying().Type.(*ir.Union)
	if !ok {
		return false
	}
	for _, v := range u.Variants {
		if _, _, scalar := ir.ScalarOf(&ir.Ref{Decl: v.Decl}); !scalar {
			if p, isPrim := v.Decl.Type.(*ir.Primitive); !isPrim || p.Kind == ir.KindBytes {
				return false
			}
		}
	}
	return true
}
