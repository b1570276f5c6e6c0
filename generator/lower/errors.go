package lower

import (
	"fmt"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// errorModel decides the error schema (see ir.ErrorModel): the schema
// Config.ErrorSchema names, whatever its shape; else the schema the
// documented error responses use (all of them, else most 400s, most
// defaults, most of all: documentedErrorDecl), when the server can say a
// message in it; else a struct specgen declares.
func (l *lowerer) errorModel(doc *document.Document) {
	if len(l.api.Operations) == 0 {
		return
	}
	if name := l.cfg.ErrorSchema; name != "" {
		d := l.namedDecl(doc, name)
		if d == nil {
			// Located at the document the operations come from: the flag names
			// a schema that is not in it.
			at := ir.Source{File: l.api.Operations[0].Source.File}
			l.errs = append(l.errs, &document.Error{Source: at, Msg: fmt.Sprintf("-error-schema %q: no schema of that name (named schemas are the keys of components/schemas, $defs and definitions)", name)})
			return
		}
		l.api.ErrorModel = shapeModel(d)
		l.api.ErrorModel.MediaType = l.errorMediaType(d)
		if l.api.ErrorModel.Message == nil {
			l.noteAs(ir.NoteChoice, d.Source, "error schema %s has no string property for a message (%s): the generated server's error answers are its zero value%s, and APIError.Error shows the raw body", d.Name, strings.Join(messageNames, ", "), fills(l.api.ErrorModel))
		}
		return
	}
	named := "the API names no error schema"
	if v := l.documentedErrorDecl(); v != nil {
		named = "the one the API names cannot hold a message"
		d, which := v.Decl, "every documented error response uses"
		if !v.Unanimous {
			which = v.Reason
		}
		if m := shapeModel(d); m.Message != nil {
			m.MediaType = l.errorMediaType(d)
			l.api.ErrorModel = m
			l.noteAs(ir.NoteChoice, d.Source, "error answers are %s: %s it", d.Name, which)
			return
		}
		l.noteAs(ir.NoteChoice, d.Source, "error answers are not %s, which %s: it has no string property for a message (%s); name it with -error-schema to use it anyway", d.Name, which, strings.Join(messageNames, ", "))
	}
	l.api.ErrorModel = l.synthesizeErrorModel()
	l.noteAs(ir.NoteChoice, ir.Source{}, "error answers are %s, declared by specgen: %s (give one with -error-schema)", l.api.ErrorModel.Decl.Name, named)
}

// fills says what the server still fills in an error schema without a
// message.
func fills(m *ir.ErrorModel) string {
	var parts []string
	if m.Status != nil {
		parts = append(parts, "the status in "+m.Status.Last().JSONName)
	}
	if m.Problems != nil {
		parts = append(parts, "the problems of a bad request in "+m.Problems.List.Last().JSONName)
	}
	if len(parts) == 0 {
		return ""
	}
	return " with " + strings.Join(parts, " and ")
}

// errorMediaType returns the media type of the documented error responses
// whose body is d, when they all give the same one and it is not
// application/json; else "".
func (l *lowerer) errorMediaType(d *ir.Decl) string {
	media := ""
	for _, op := range l.api.Operations {
		for _, r := range op.Responses {
			if r.IsSuccess() || r.Chosen == nil || r.Chosen.Encoding != ir.EncodingJSON {
				continue
			}
			if ref, ok := r.Chosen.Type.(*ir.Ref); !ok || ref.Decl != d {
				continue
			}
			if media != "" && media != r.Chosen.MediaType {
				return ""
			}
			media = r.Chosen.MediaType
		}
	}
	if media == "application/json" {
		return ""
	}
	return media
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

// synthesizeErrorModel declares ErrorBody and ErrorBodyValidation, the
// convention's shape, for APIs that name no error schema.
func (l *lowerer) synthesizeErrorModel() *ir.ErrorModel {
	str := func() ir.Type { return &ir.Primitive{Kind: ir.KindString} }
	name, _ := l.scope.Claim("ErrorBody")
	vname, _ := l.scope.Claim(name + "Validation")
	field := &ir.Field{Name: "Field", JSONName: "field", Type: str(), Required: true, Doc: "Field names the input that is wrong: a parameter, or a JSON body's property path (\"latest_build.transition\")."}
	detail := &ir.Field{Name: "Detail", JSONName: "detail", Type: str(), Required: true, Doc: "Detail says what is wrong with it."}
	vdecl := &ir.Decl{
		Name: vname, Origin: ir.OriginSpecgen, SchemaName: "specgen:" + vname,
		Doc:  vname + " is one input of a request that is not valid.",
		Type: &ir.Struct{Fields: []*ir.Field{field, detail}},
	}
	msg := &ir.Field{Name: "Message", JSONName: "message", Type: str(), Required: true, Doc: "Message says what went wrong."}
	det := &ir.Field{Name: "Detail", JSONName: "detail", Type: str(), Pointer: true, OmitZero: true, Doc: "Detail adds what helps to debug the problem, if anything."}
	vals := &ir.Field{Name: "Validations", JSONName: "validations", Type: &ir.Slice{Elem: &ir.Ref{Decl: vdecl}}, OmitZero: true, Doc: "Validations lists the inputs that are not valid, for a 400."}
	decl := &ir.Decl{
		Name: name, Origin: ir.OriginSpecgen, SchemaName: "specgen:" + name,
		Doc: name + " is the body of the API's error answers. The API description names no\n" +
			"error schema, so specgen declares this one: the generated server writes\n" +
			"it, and the generated client decodes it into APIError.",
		Type: &ir.Struct{Fields: []*ir.Field{msg, det, vals}},
	}
	l.decls["specgen:"+name] = decl
	l.decls["specgen:"+vname] = vdecl
	return &ir.ErrorModel{
		Decl: decl, Message: ir.FieldPath{msg}, Detail: ir.FieldPath{det},
		Problems:    &ir.ProblemList{List: ir.FieldPath{vals}, Item: vdecl, Location: field, Detail: detail},
		Synthesized: true,
	}
}

// defaultErrorMediaType is the Content-Type of error answers when the
// documented error responses name no one JSON media type of their own.
const defaultErrorMediaType = "application/json; charset=utf-8"
