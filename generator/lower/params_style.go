package lower

import (
	"github.com/specgen/specgen/generator/ir"
)

// fitStyle checks a parameter's style against its layout. A style that
// cannot carry the value, or that its place does not have, becomes the
// nearest one that can, with a note:
//
//	path, label or matrix          exact: the prefix (".", ";id=") is literal text before the value;
//	                               an exploded array (.a.b, ;id=a;id=b) is text the caller formats
//	path, an object                its JSON text
//	query, deepObject on an array  name[]=a&name[]=b, repeated (PHP's and Rails' convention, Stripe's expand[])
//	query, deepObject on a scalar  name=value
//	any other style                the place's default: form in the query and cookies, simple in headers and paths
func (l *lowerer) fitStyle(op *ir.Operation, p *ir.Param) {
	kind := p.Layout.Kind
	switch p.In {
	case ir.InPath:
		switch {
		case kind == ir.LayoutObject:
			l.degrade(ir.NoteParamJSON, p.Source, "operation %s: path parameter %q is an object, which specgen does not lay out in a path; it is sent and received as its JSON text", op.Name, p.WireName)
			docNote(p, "Sent as its JSON text: an object in a path has no other form here.")
			p.Layout = ir.Layout{Kind: ir.LayoutJSON}
		case (p.Style == ir.StyleLabel || p.Style == ir.StyleMatrix) && kind == ir.LayoutArray && p.Explode:
			l.degrade(ir.NoteParamText, p.Source, "operation %s: path parameter %q is an exploded array in %s style; it is carried as the text of its segment, which the caller formats (string)", op.Name, p.WireName, p.Style)
			example := ".a.b.c"
			if p.Style == ir.StyleMatrix {
				example = ";" + p.WireName + "=a;" + p.WireName + "=b"
			}
			docNote(p, "The text of the path segment as the caller formats it ("+example+").")
			p.Type, p.Style, p.Explode = &ir.Primitive{Kind: ir.KindString}, ir.StyleSimple, false
			p.Layout = ir.Layout{Kind: ir.LayoutScalar, Scalar: ir.Scalar{Kind: ir.KindString}}
		case p.Style == ir.StyleLabel:
			l.pathPrefix[p] = "."
			p.Style = ir.StyleSimple
		case p.Style == ir.StyleMatrix:
			l.pathPrefix[p] = ";" + p.WireName + "="
			p.Style = ir.StyleSimple
		case p.Style != ir.StyleSimple:
			l.restyle(op, p, ir.StyleSimple)
		}
	case ir.InQuery:
		switch p.Style {
		case ir.StyleForm, ir.StyleSpaceDelimited, ir.StylePipeDelimited:
		case ir.StyleDeepObject:
			switch kind {
			case ir.LayoutObject:
			case ir.LayoutArray:
				l.degrade(ir.NoteParamConvention, p.Source, "operation %s: query parameter %q is an array in deepObject style, which OpenAPI does not define; it is sent as %s[]=a&%[2]s[]=b, repeated, as PHP, Rails and Stripe read it", op.Name, p.WireName, p.WireName)
				docNote(p, "Sent as "+p.WireName+"[]=a&"+p.WireName+"[]=b.")
				p.WireName += "[]"
				p.Style, p.Explode = ir.StyleForm, true
			default:
				l.restyle(op, p, ir.StyleForm)
			}
		default:
			l.restyle(op, p, ir.StyleForm)
		}
	case ir.InHeader:
		if p.Style != ir.StyleSimple {
			l.restyle(op, p, ir.StyleSimple)
		}
	case ir.InCookie:
		if p.Style != ir.StyleForm {
			l.restyle(op, p, ir.StyleForm)
		}
	}
}

// restyle gives a parameter the style of its place, with a note.
func (l *lowerer) restyle(op *ir.Operation, p *ir.Param, style ir.ParamStyle) {
	l.degrade(ir.NoteParamConvention, p.Source, "operation %s: %s parameter %q has style %s, which cannot carry it there; it is sent in %s style", op.Name, p.In, p.WireName, p.Style, style)
	p.Style = style
}
