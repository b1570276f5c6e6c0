package lower

import (
	"fmt"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// errorModel decides the struct of error answers (see ir.ErrorModel): the
// schema Config.ErrorSchema names; else the one struct every documented
// error response of the operations uses, when it follows the convention;
// else a struct specgen declares.
func (l *lowerer) errorModel(doc *document.Document) {
	if len(l.api.Operations) == 0 {
		return
	}
	if name := l.cfg.ErrorSchema; name != "" {
		d := l.namedDecl(doc, name)
		if d == nil {
			l.errs = append(l.errs, &document.Error{Msg: fmt.Sprintf("error schema %q: no schema of that name (named schemas are the keys of components/schemas, $defs and definitions)", name)})
			return
		}
		m, why := conventionModel(d)
		if m == nil {
			l.errs = append(l.errs, &document.Error{Source: d.Source, Msg: fmt.Sprintf("error schema %q: %s", name, why)})
			return
		}
		l.api.ErrorModel = m
		return
	}
	if d := l.documentedErrorDecl(); d != nil {
		if m, _ := conventionModel(d); m != nil {
			l.api.ErrorModel = m
			l.noteAs(ir.NoteChoice, d.Source, "error answers are %s: every documented error response uses it", d.Name)
			return
		}
	}
	l.api.ErrorModel = l.synthesizeErrorModel()
	l.noteAs(ir.NoteChoice, ir.Source{}, "error answers are %s, declared by specgen: the API names no error schema (give one with -error-schema)", l.api.ErrorModel.Decl.Name)
}

// namedDecl finds the declaration of the named schema called name (its
// spec name, JSON pointer or key).
func (l *lowerer) namedDecl(doc *document.Document, name string) *ir.Decl {
	for _, n := range doc.Named {
		if n.Name == name || n.Schema.Source.Pointer == name || n.Schema.Key == name {
			return l.decls[n.Schema.Key]
		}
	}
	return nil
}

// documentedErrorDecl returns the one struct that the JSON bodies of all
// documented non-2xx responses are, or nil when there are none or several.
func (l *lowerer) documentedErrorDecl() *ir.Decl {
	var found *ir.Decl
	for _, op := range l.api.Operations {
		for _, r := range op.Responses {
			if r.IsSuccess() || r.Chosen == nil || r.Chosen.Encoding != ir.EncodingJSON {
				continue
			}
			ref, ok := r.Chosen.Type.(*ir.Ref)
			if !ok || ref.Decl == nil {
				return nil
			}
			if found != nil && found != ref.Decl {
				return nil
			}
			found = ref.Decl
		}
	}
	return found
}

// conventionModel matches a struct against the error-body convention, or
// says why it does not match.
func conventionModel(d *ir.Decl) (*ir.ErrorModel, string) {
	st, ok := d.Type.(*ir.Struct)
	if !ok {
		return nil, "it is not an object with properties"
	}
	m := &ir.ErrorModel{Decl: d}
	m.Message = stringField(st, "message")
	if m.Message == nil {
		return nil, `it has no string property "message" (an error schema has "message", and may have "detail" and "validations": [{"field", "detail"}])`
	}
	m.Detail = stringField(st, "detail")
	if f := fieldNamed(st, "validations"); f != nil {
		if sl, ok := f.Type.(*ir.Slice); ok && !sl.ElemNullable {
			if ref, ok := sl.Elem.(*ir.Ref); ok && ref.Decl != nil {
				if vs, ok := ref.Decl.Type.(*ir.Struct); ok {
					field, detail := stringField(vs, "field"), stringField(vs, "detail")
					if field != nil && detail != nil {
						m.Validations, m.Validation = f, ref.Decl
						m.ValidationField, m.ValidationDetail = field, detail
					}
				}
			}
		}
	}
	return m, ""
}

// stringField returns the property json of st when it is a plain string.
func stringField(st *ir.Struct, json string) *ir.Field {
	f := fieldNamed(st, json)
	if f == nil {
		return nil
	}
	if p, ok := f.Type.(*ir.Primitive); ok && p.Kind == ir.KindString {
		return f
	}
	return nil
}

func fieldNamed(st *ir.Struct, json string) *ir.Field {
	for _, f := range st.Fields {
		if f.JSONName == json {
			return f
		}
	}
	return nil
}

// synthesizeErrorModel declares ErrorBody and ErrorBodyValidation, the
// convention's shape, for APIs that name no error schema.
func (l *lowerer) synthesizeErrorModel() *ir.ErrorModel {
	str := func() ir.Type { return &ir.Primitive{Kind: ir.KindString} }
	name, _ := l.scope.Claim("ErrorBody")
	vname, _ := l.scope.Claim(name + "Validation")
	field := &ir.Field{Name: "Field", JSONName: "field", Type: str(), Required: true, Doc: "Field names the input that is wrong: a parameter, or a JSON body's property path (\"latest_build.transition\")."}
	detail := &ir.Field{Name: "Detail", JSONName: "detail", Type: str(), Required: true, Doc: "Detail says what is wrong with it."}
	vdecl := &ir.Decl{
		Name: vname, SchemaName: "specgen:" + vname,
		Doc:  vname + " is one input of a request that is not valid.",
		Type: &ir.Struct{Fields: []*ir.Field{field, detail}},
	}
	msg := &ir.Field{Name: "Message", JSONName: "message", Type: str(), Required: true, Doc: "Message says what went wrong."}
	det := &ir.Field{Name: "Detail", JSONName: "detail", Type: str(), Pointer: true, OmitZero: true, Doc: "Detail adds what helps to debug the problem, if anything."}
	vals := &ir.Field{Name: "Validations", JSONName: "validations", Type: &ir.Slice{Elem: &ir.Ref{Decl: vdecl}}, OmitZero: true, Doc: "Validations lists the inputs that are not valid, for a 400."}
	decl := &ir.Decl{
		Name: name, SchemaName: "specgen:" + name,
		Doc: name + " is the body of the API's error answers. The API description names no\n" +
			"error schema, so specgen declares this one: the generated server writes\n" +
			"it, and the generated client decodes it into APIError.",
		Type: &ir.Struct{Fields: []*ir.Field{msg, det, vals}},
	}
	l.decls["specgen:"+name] = decl
	l.decls["specgen:"+vname] = vdecl
	return &ir.ErrorModel{
		Decl: decl, Message: msg, Detail: det, Validations: vals,
		Validation: vdecl, ValidationField: field, ValidationDetail: detail,
		Synthesized: true,
	}
}
