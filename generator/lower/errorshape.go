package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// The rules below decide where the generated server puts what it says in
// an error answer of any shape (docs/errors.md lists them). Names are
// matched case-insensitively and tried in the order given; a required
// property wins over an optional one of any name, and the first property
// in schema order wins among equals, so the choice is deterministic.
var (
	// messageNames carry the human message: Coder's message, RFC 7807's
	// title, {"error": "text"}, and detail or reason when nothing else.
	messageNames = []string{"message", "title", "error", "error_message", "errorMessage", "msg", "description", "detail", "reason"}
	// detailNames carry more text beside the message.
	detailNames = []string{"detail", "details", "description", "error_description", "errorDescription", "reason"}
	// statusNames are integer properties for the HTTP status.
	statusNames = []string{"status", "statusCode", "status_code", "httpStatus", "http_status", "code"}
	// problemListNames are arrays of strings that may list problems; an
	// array of objects with a location and a detail may have any name.
	problemListNames = []string{"validations", "errors", "problems", "invalid_params", "invalid-params", "invalidParams", "violations", "details"}
	// locationNames name the input in a problem object; problemDetailNames
	// say what is wrong with it.
	locationNames      = []string{"field", "name", "path", "pointer", "parameter", "param", "location", "loc", "property", "key"}
	problemDetailNames = []string{"detail", "message", "reason", "description", "error", "msg", "issue"}
)

// shapeModel decides the places of an error model over d, any declaration:
// the message in d's properties, else in those of a struct property of d
// (`{"error": {"code", "message"}}`); the detail, status and problems
// beside the message, else in d itself.
func shapeModel(d *ir.Decl) *ir.ErrorModel {
	m := &ir.ErrorModel{Decl: d}
	root, _ := d.Type.(*ir.Struct)
	if root == nil {
		return m
	}
	holder, prefix := root, ir.FieldPath(nil)
	if f := namedText(root, messageNames, nil); f != nil {
		m.Message = ir.FieldPath{f}
	} else {
		for _, inner := range byRequired(root.Fields) {
			st := structOf(inner.Type)
			if st == nil || st == root {
				continue
			}
			if f := namedText(st, messageNames, nil); f != nil {
				holder, prefix = st, ir.FieldPath{inner}
				m.Message = ir.FieldPath{inner, f}
				break
			}
		}
	}
	var msg *ir.Field
	if m.Message != nil {
		msg = m.Message.Last()
	}
	if f := namedText(holder, detailNames, msg); f != nil {
		m.Detail = join(prefix, f)
	}
	m.Status = placeIn(holder, root, prefix, func(st *ir.Struct) *ir.Field { return namedField(st, statusNames, isInteger) })
	list := placeIn(holder, root, prefix, problemList)
	if list != nil {
		m.Problems = &ir.ProblemList{List: list}
		if item := structOf(list.Last().Type.(*ir.Slice).Elem); item != nil {
			m.Problems.Item = list.Last().Type.(*ir.Slice).Elem.(*ir.Ref).Decl
			m.Problems.Location = namedText(item, locationNames, nil)
			m.Problems.Detail = namedText(item, problemDetailNames, m.Problems.Location)
		}
	}
	return m
}

// placeIn finds a field with find in holder (under prefix), else in root.
func placeIn(holder, root *ir.Struct, prefix ir.FieldPath, find func(*ir.Struct) *ir.Field) ir.FieldPath {
	if f := find(holder); f != nil {
		return join(prefix, f)
	}
	if holder != root {
		if f := find(root); f != nil {
			return ir.FieldPath{f}
		}
	}
	return nil
}

func join(prefix ir.FieldPath, f *ir.Field) ir.FieldPath {
	return append(append(ir.FieldPath{}, prefix...), f)
}

// problemList finds an array that can list problems: of objects with a
// location and a detail string (any name), or of strings (by name).
func problemList(st *ir.Struct) *ir.Field {
	isList := func(f *ir.Field) bool {
		sl, ok := f.Type.(*ir.Slice)
		if !ok || sl.ElemNullable || f.Pointer {
			return false
		}
		if item := structOf(sl.Elem); item != nil {
			loc := namedText(item, locationNames, nil)
			return loc != nil && namedText(item, problemDetailNames, loc) != nil
		}
		return false
	}
	for _, f := range byRequired(st.Fields) {
		if isList(f) {
			return f
		}
	}
	return namedField(st, problemListNames, func(f *ir.Field) bool {
		sl, ok := f.Type.(*ir.Slice)
		return ok && !sl.ElemNullable && !f.Pointer && isString(sl.Elem)
	})
}

// namedText returns the string property of st named by names, other than
// not.
func namedText(st *ir.Struct, names []string, not *ir.Field) *ir.Field {
	return namedField(st, names, func(f *ir.Field) bool { return f != not && isString(f.Type) })
}

// namedField returns the property of st that ok accepts, named by names:
// required ones first, then by the order of names.
func namedField(st *ir.Struct, names []string, ok func(*ir.Field) bool) *ir.Field {
	for _, required := range []bool{true, false} {
		for _, name := range names {
			for _, f := range st.Fields {
				if f.Required == required && strings.EqualFold(f.JSONName, name) && ok(f) {
					return f
				}
			}
		}
	}
	return nil
}

// byRequired returns fields with the required ones first, each group in
// schema order.
func byRequired(fields []*ir.Field) []*ir.Field {
	var req, opt []*ir.Field
	for _, f := range fields {
		if f.Required {
			req = append(req, f)
		} else {
			opt = append(opt, f)
		}
	}
	return append(req, opt...)
}

// structOf returns the struct t refers to, or nil.
func structOf(t ir.Type) *ir.Struct {
	if ref, ok := t.(*ir.Ref); ok && ref.Decl != nil {
		st, _ := ref.Decl.Type.(*ir.Struct)
		return st
	}
	return nil
}

func isString(t ir.Type) bool {
	p, ok := t.(*ir.Primitive)
	return ok && p.Kind == ir.KindString
}

func isInteger(f *ir.Field) bool {
	p, ok := f.Type.(*ir.Primitive)
	if !ok {
		return false
	}
	switch p.Kind {
	case ir.KindInt, ir.KindInt32, ir.KindInt64, ir.KindUint32, ir.KindUint64:
		return true
	}
	return false
}
