package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// contents lowers a body's media types (src locates the body) and decides how each travels:
//
//	application/json, */*+json            JSON (json.RawMessage when the schema admits any JSON)
//	text/event-stream                     events of JSON (responses)
//	application/x-www-form-urlencoded     form fields of the object schema
//	multipart/form-data                   form fields and file parts (requests)
//	multipart/* (responses)               RawBody: the Content-Type and the body, as they travel
//	text/*                                a string
//	anything else (octet-stream, images,  bytes: io.Reader in requests, []byte in responses,
//	archives, wildcards)                  whatever the schema says
//
// A JSON media type whose schema is a binary string is bytes too.
func (l *lowerer) contents(op *ir.Operation, src ir.Source, content []*document.MediaType, hint string, request bool) []*ir.Content {
	var out []*ir.Content
	for _, m := range content {
		c := &ir.Content{MediaType: m.Name, SendType: sendType(m.Name)}
		if m.Schema != nil {
			c.Type = l.typeOf(m.Schema, hint)
		}
		switch {
		case isEventStream(m.Name):
			c.Encoding = ir.EncodingEventStream
			if c.Type == nil {
				c.Type = &ir.Any{}
			}
		case isJSON(m.Name) && c.Type != nil && ir.IsBinary(c.Type):
			c.Encoding = ir.EncodingBytes
		case isJSON(m.Name) && isAnyJSON(c.Type):
			// A schema that admits any JSON document (the provisioner
			// state) travels byte for byte: decoding it into `any` would
			// reorder keys and turn an empty body into an error.
			c.Encoding = ir.EncodingRawJSON
		case isJSON(m.Name):
			c.Encoding = ir.EncodingJSON
		case mediaIs(m.Name, "application/x-www-form-urlencoded"):
			c.Encoding = ir.EncodingForm
			c.Form = formOf(c.Type, false)
			l.layDeepFields(op, src, c.Form, m.Encoding)
			if !request {
				// A form answer is read into url.Values: there is no
				// inputCheck on the client to report bad fields with.
				c.Form = &ir.Form{Values: true}
			}
		case mediaIs(m.Name, "multipart/form-data"):
			c.Encoding = ir.EncodingMultipart
			c.Form = formOf(c.Type, true)
			if !request {
				// A FilePart answer would need its files kept open past
				// the method that returns them: the answer is handed over
				// as it travels (noted when it is the one generated).
				c.Encoding, c.Form = ir.EncodingRawBody, nil
			}
		case !request && strings.HasPrefix(strings.ToLower(strings.TrimSpace(m.Name)), "multipart/"):
			// multipart/mixed, /related…: as bytes, the boundary in the
			// Content-Type would be lost.
			c.Encoding = ir.EncodingRawBody
		case strings.HasPrefix(strings.ToLower(strings.TrimSpace(m.Name)), "text/"):
			c.Encoding = ir.EncodingText
		default:
			c.Encoding = ir.EncodingBytes
		}
		out = append(out, c)
	}
	return out
}

// formOf lays out a form body of type t: one field per property of its
// object schema, file parts for binary strings in a multipart body, JSON
// text for properties that are neither scalars nor arrays of scalars. A
// body without an object schema with properties is url.Values.
func formOf(t ir.Type, multipart bool) *ir.Form {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return &ir.Form{Values: true}
	}
	st, ok := ref.Decl.Type.(*ir.Struct)
	if !ok || len(st.Fields) == 0 {
		return &ir.Form{Values: true}
	}
	form := &ir.Form{}
	for _, f := range st.Fields {
		ff := &ir.FormField{Field: f}
		sl, isSlice := f.Type.(*ir.Slice)
		switch layout, ok := ir.LayoutOf(f.Type); {
		case multipart && ir.IsBinary(f.Type):
			ff.Layout.Kind = ir.LayoutFile
		case multipart && isSlice && ir.IsBinary(sl.Elem):
			ff.Layout.Kind = ir.LayoutFiles
		case ok && layout.Kind != ir.LayoutObject:
			ff.Layout = layout
		default:
			ff.Layout.Kind = ir.LayoutJSON
		}
		form.Fields = append(form.Fields, ff)
	}
	return form
}

// layDeepFields lays out in bracket notation (metadata[key]=value,
// card[address][city]=…) the object fields of a urlencoded form whose
// property the media type's `encoding` gives style deepObject, as Stripe's
// API does for every nested property: structs (nested at any depth) and
// maps of scalars; arrays of scalars as name[]=item, repeated (Stripe's
// expand[]). Other fields keep their layout; an object that bracket
// notation cannot carry (arrays within) stays JSON text, with a note.
func (l *lowerer) layDeepFields(op *ir.Operation, src ir.Source, form *ir.Form, enc map[string]document.PropertyEncoding) {
	for _, ff := range form.Fields {
		if enc[ff.Field.JSONName].Style != "deepObject" {
			continue
		}
		if ff.Layout.Kind == ir.LayoutArray {
			ff.Brackets = true
			continue
		}
		if ff.Layout.Kind != ir.LayoutJSON {
			continue
		}
		layout, ok := ir.LayoutOf(ff.Field.Type)
		if !ok || layout.Kind != ir.LayoutObject {
			layout, ok = ir.DeepLayoutOf(ff.Field.Type)
		}
		if !ok {
			l.degrade(ir.NoteParamJSON, src, "operation %s: form field %q has style deepObject but is not an object of scalars, maps of scalars and such objects; it is sent as JSON text", op.Name, ff.Field.JSONName)
			continue
		}
		ff.Layout = layout
	}
}

// mediaRank orders the encodings a body is chosen by: requests prefer JSON,
// then forms, then text, then bytes; responses prefer JSON and event
// streams, then text, then bytes, then a raw multipart answer.
var mediaRank = map[ir.Encoding]int{
	ir.EncodingJSON: 0, ir.EncodingRawJSON: 0, ir.EncodingEventStream: 0,
	ir.EncodingForm: 1, ir.EncodingMultipart: 2, ir.EncodingText: 3, ir.EncodingBytes: 4,
	ir.EncodingRawBody: 5,
}

// choose picks the content generated code uses when a body lists several:
// the best ranked, the first in document order among equals. A response
// that mixes text and bytes (an endpoint serving images and text files) is
// bytes, which can hold either.
func choose(cs []*ir.Content, request bool) *ir.Content {
	var best *ir.Content
	for _, c := range cs {
		if best == nil || mediaRank[c.Encoding] < mediaRank[best.Encoding] {
			best = c
		}
	}
	if !request && best != nil && best.Encoding == ir.EncodingText {
		for _, c := range cs {
			if c.Encoding == ir.EncodingBytes {
				return c
			}
		}
	}
	return best
}

// isJSON reports whether a media type carries JSON: application/json and
// any type/subtype+json.
func isJSON(mediaType string) bool {
	mt := strings.ToLower(strings.TrimSpace(strings.SplitN(mediaType, ";", 2)[0]))
	_, sub, ok := strings.Cut(mt, "/")
	return ok && (sub == "json" || strings.HasSuffix(sub, "+json"))
}

// mediaIs reports whether mediaType is want, parameters ignored.
func mediaIs(mediaType, want string) bool {
	return strings.EqualFold(strings.TrimSpace(strings.SplitN(mediaType, ";", 2)[0]), want)
}

func isEventStream(mediaType string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(mediaType)), "text/event-stream")
}

// isAnyJSON reports whether t is any JSON value with nothing to check.
func isAnyJSON(t ir.Type) bool {
	if t == nil {
		return true
	}
	a, ok := t.(*ir.Any)
	return ok && a.Check.Empty()
}

// bodyPointers decides, once every declaration is complete, which request
// bodies the generated code holds behind a pointer (ir.Body.Pointer): an
// optional one whose Go type has no nil of its own — JSON of a struct,
// enum or number, a form struct — so that "no body" and a zero value
// differ.
func (l *lowerer) bodyPointers() {
	for _, op := range l.api.Operations {
		b := op.Body
		if b == nil || b.Chosen == nil || b.Required {
			continue
		}
		switch c := b.Chosen; c.Encoding {
		case ir.EncodingJSON:
			b.Pointer = !ir.Nilable(c.Type)
		case ir.EncodingForm, ir.EncodingMultipart:
			b.Pointer = !c.Form.Values
		}
	}
}

// sendType is the Content-Type generated code writes for a body of
// mediaType: a wildcard (*/*, image/*) says nothing, so octet-stream.
func sendType(mediaType string) string {
	if strings.Contains(mediaType, "*") {
		return "application/octet-stream"
	}
	return mediaType
}
