package diff

import (
	"encoding/json"
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/specgen/specgen/generator/ir"
)

// kindText is how a scalar kind reads in a report: its JSON type, with the
// format that chose its Go type.
var kindText = map[ir.Kind]string{
	ir.KindString:  "string",
	ir.KindBool:    "boolean",
	ir.KindInt:     "integer(int)",
	ir.KindInt32:   "integer(int32)",
	ir.KindInt64:   "integer",
	ir.KindUint32:  "integer(uint32)",
	ir.KindUint64:  "integer(uint64)",
	ir.KindFloat32: "number(float)",
	ir.KindFloat64: "number",
	ir.KindTime:    "string(date-time)",
	ir.KindUUID:    "string(uuid)",
	ir.KindBytes:   "string(byte)",
}

// describe renders a use of a type for a report: "string(uuid)",
// "object NullTime", "enum WorkspaceStatus", "array of object
// WorkspaceResource", "map of string", "any".
func describe(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Primitive:
		return kindText[t.Kind]
	case *ir.Ref:
		if t.Decl == nil {
			return goIdent(t.External)
		}
		return describeDecl(t.Decl)
	case *ir.Slice:
		return "array of " + describe(t.Elem)
	case *ir.Map:
		return "map of " + describe(t.Elem)
	case *ir.Union:
		return unionText(t)
	case *ir.Tuple:
		return "array of fixed positions"
	case *ir.Enum:
		return "enum of " + kindText[t.Base.Kind]
	case *ir.Struct:
		return "object"
	case *ir.Value:
		return "JSON value"
	}
	return "any"
}

// describeDecl names a declaration by what it is; a named one that is
// neither struct nor enum (a named array or map, an alias) by its name
// alone, since its body may refer back to it.
func describeDecl(d *ir.Decl) string {
	name := ""
	if isNamed(d) {
		name = " " + d.Name
	}
	switch t := d.Type.(type) {
	case *ir.Struct:
		return "object" + name
	case *ir.Enum:
		return "enum" + name
	case *ir.Union:
		if _, ok := constUnion(t); ok {
			return "enum" + name
		}
		if name != "" {
			return unionWord(t) + name
		}
		return unionText(t)
	default:
		if name == "" {
			return describe(t)
		}
		return d.Name
	}
}

// jsonType is the JSON type of the values t accepts ("any" for anything).
func jsonType(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Primitive:
		return kindJSON(t.Kind)
	case *ir.Ref:
		if t.Decl == nil {
			return "external"
		}
		switch dt := t.Decl.Type.(type) {
		case *ir.Struct:
			return "object"
		case *ir.Enum:
			return kindJSON(dt.Base.Kind)
		case *ir.Union:
			if e, ok := constUnion(dt); ok {
				return kindJSON(e.kind)
			}
			return "union"
		default:
			return jsonType(dt)
		}
	case *ir.Slice:
		return "array"
	case *ir.Map:
		return "object"
	case *ir.Tuple:
		return "array"
	case *ir.Union:
		return "union"
	}
	return "any"
}

func kindJSON(k ir.Kind) string {
	switch {
	case k == ir.KindBool:
		return "boolean"
	case k.IsInteger():
		return "integer"
	case k.IsNumber():
		return "number"
	}
	return "string"
}

// goNames renders Go types with declaration names chosen by a function, so
// that the old version's types can be written with the new names of the
// declarations they were paired with (a renamed schema is reported once,
// not at every use).
type goNames func(*ir.Decl) string

// goType renders the Go type of a use of t, as the emitters write it.
func (n goNames) goType(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Primitive:
		id, slice := t.Kind.Go()
		if slice {
			return "[]" + goIdent(id)
		}
		return goIdent(id)
	case *ir.Ref:
		if t.Decl == nil {
			return goIdent(t.External)
		}
		return n(t.Decl)
	case *ir.Slice:
		return "[]" + n.elem(t.Elem, t.ElemNullable)
	case *ir.Map:
		return "map[string]" + n.elem(t.Elem, t.ElemNullable)
	}
	return "any"
}

func (n goNames) elem(t ir.Type, nullable bool) string {
	if nullable && !ir.Nilable(t) {
		return "*" + n.goType(t)
	}
	return n.goType(t)
}

// goBody says what Go a declaration is, for a note about a declaration
// that changed shape: "struct", "union (interface PetValue)", "defined
// type with constants", "alias of string", "defined type []Pet".
func (n goNames) goBody(d *ir.Decl) string {
	switch shapeOf(d) {
	case shapeStruct:
		return "struct"
	case shapeUnion:
		return "union (interface " + d.Type.(*ir.Union).ValueName + ")"
	case shapeEnum:
		if e, _ := enumOf(d); e.constTypes {
			return "union of one type per value"
		}
		return "defined type with constants"
	}
	switch d.Type.(type) {
	case *ir.Slice, *ir.Map:
		return "defined type " + n.goType(d.Type)
	case *ir.Tuple:
		return "struct of positions"
	}
	if d.Wrapper {
		return "defined type " + n.goType(d.Type)
	}
	return "alias of " + n.goType(d.Type)
}

// field renders a struct field's Go type under the null policy.
func (n goNames) field(f *ir.Field) string {
	if f.Pointer {
		return "*" + n.goType(f.Type)
	}
	return n.goType(f.Type)
}

// goIdent renders an identifier as Go source refers to it: uuid.UUID.
func goIdent(id ir.Ident) string {
	if id.ImportPath == "" {
		return id.Name
	}
	return path.Base(id.ImportPath) + "." + id.Name
}

// shownValues is how many enum values a message lists before "and N
// more": an event type enum that gains sixty values is one line.
const shownValues = 12

// values renders enum values for a message: "a", "b", 3.
func values(vs []any) string {
	var parts []string
	for i, v := range vs {
		if i == shownValues && len(vs) > shownValues+1 {
			parts = append(parts, fmt.Sprintf("and %d more", len(vs)-shownValues))
			break
		}
		parts = append(parts, value(v))
	}
	return strings.Join(parts, ", ")
}

// value renders a value of the spec (an enum value, a default, a const)
// as JSON writes it, never as Go prints it.
func value(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case nil:
		return "null"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// sameText reports whether two descriptions say the same thing: reflowing
// a paragraph is not a change.
// It compares word by word (words as strings.Fields splits them) without
// building the joined texts: every description of both versions passes
// here, nearly always unchanged.
func sameText(a, b string) bool {
	if a == b {
		return true
	}
	for {
		a = strings.TrimLeftFunc(a, unicode.IsSpace)
		b = strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i := strings.IndexFunc(a, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		j := strings.IndexFunc(b, unicode.IsSpace)
		if j < 0 {
			j = len(b)
		}
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}
