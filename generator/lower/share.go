package lower

import (
	"encoding/binary"
	"fmt"
	"go/token"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/specgen/specgen/generator/ir"
)

// shareEqual gives anonymous schemas of one shape one Go type, and value
// checks of one shape one function. Real schemas repeat inline shapes
// hundreds of times (Vega-Lite's `anyOf: [{type: number}, {$ref: ExprRef}]`
// under every mark's properties, each a union, a wrapper of the number and
// their decoding, encoding and Validate): written once, the package says
// the same in a fraction of the Go, which is what a run spends its time
// writing and formatting.
//
// Two declarations are of one shape when their lowered IR is equal but for
// what only names or locates them (Go and schema names, sources, the name
// of a union's interface and an enum's constants), with declarations they
// refer to compared the same way (recursion included: the coarsest
// partition that refines itself). Only declarations made for inline
// schemas and union variants share; a named schema (a definition, a root)
// keeps its own type, since its name is the schema's. Of each group, the
// first by Go name (Decls are sorted) names the shared type, and every use
// of the others refers to it; its doc comment lists the schemas it stands
// for (ir.Decl.Shares), and the others' names stay declared as aliases of
// it (ir.API.Aliases). The choice depends only on the lowered API, so the
// output stays deterministic to the byte.
func shareEqual(api *ir.API) {
	kept := map[*ir.Decl]bool{}
	var nodes []any
	var index map[any]int
	var class []int
	for {
		nodes, index = nil, map[any]int{}
		for _, d := range api.Decls {
			if shareable(d) && !kept[d] {
				index[d] = len(nodes)
				nodes = append(nodes, d)
			}
		}
		for _, vs := range api.ValueSchemas {
			index[vs] = len(nodes)
			nodes = append(nodes, vs)
		}
		if len(nodes) < 2 {
			return
		}
		class = shapeClasses(nodes, index)
		if !keepVariantsApart(api, index, class, kept) {
			break
		}
	}
	canon := make([]int, len(nodes)) // class → first node in order
	for i := range canon {
		canon[i] = -1
	}
	merged := false
	for i, c := range class {
		if canon[c] < 0 {
			canon[c] = i
		} else {
			merged = true
		}
	}
	if !merged {
		return
	}
	to := map[any]any{}
	for i, n := range nodes {
		first := canon[class[i]]
		if first == i {
			continue
		}
		to[n] = nodes[first]
		switch n := n.(type) {
		case *ir.Decl:
			c := nodes[first].(*ir.Decl)
			c.Shares = append(c.Shares, n.SchemaName)
			if token.IsExported(n.Name) {
				api.Aliases = append(api.Aliases, aliasOf(n, c))
			}
		case *ir.ValueSchema:
			c := nodes[first].(*ir.ValueSchema)
			c.Shares = append(c.Shares, n.Source.Pointer)
		}
	}
	slices.SortFunc(api.Aliases, func(a, b *ir.Alias) int { return strings.Compare(a.Name, b.Name) })
	api.Decls = slices.DeleteFunc(api.Decls, func(d *ir.Decl) bool { return to[d] != nil })
	api.ValueSchemas = slices.DeleteFunc(api.ValueSchemas, func(vs *ir.ValueSchema) bool { return to[vs] != nil })
	// Each declaration or value schema holds a handful of pointers the
	// walk passes (Vega-Lite: 10,415 for 1,257), so seen starts near its
	// final size rather than growing through it.
	seen := make(map[seenPointer]bool, 8*(len(api.Decls)+len(api.ValueSchemas)))
	r := redirector{to: to, seen: seen, holdsType: map[reflect.Type]bool{}, fields: map[reflect.Type][]int{}}
	r.redirect(reflect.ValueOf(api))
}

// aliasOf keeps the names d declared, now that it shares to's type: its
// own, its union's interface and its enum's constants (ir.Alias).
func aliasOf(d, to *ir.Decl) *ir.Alias {
	a := &ir.Alias{Name: d.Name, SchemaName: d.SchemaName, Deprecated: d.Deprecated, To: to}
	switch t := d.Type.(type) {
	case *ir.Union:
		a.ValueName = t.ValueName
	case *ir.Enum:
		a.Values = t.Values
	}
	return a
}

// keepVariantsApart finds the unions two of whose variants would be one
// type (oneOf [{type: object}, {type: object}]): a union tells its
// variants apart by type, and the type would be declared its variant
// twice. Those variants are added to kept, to keep their own types, and
// it reports whether there were any (the classes are then made again,
// since what refers to them differs now too).
func keepVariantsApart(api *ir.API, index map[any]int, class []int, kept map[*ir.Decl]bool) bool {
	found := false
	for _, d := range api.Decls {
		u, ok := d.Type.(*ir.Union)
		if !ok {
			continue
		}
		for i, a := range u.Variants {
			ia, ok := index[a.Decl]
			if !ok {
				continue
			}
			for _, b := range u.Variants[:i] {
				if ib, ok := index[b.Decl]; ok && b.Decl != a.Decl && class[ia] == class[ib] {
					kept[a.Decl], kept[b.Decl], found = true, true, true
				}
			}
		}
	}
	return found
}

// shareable reports whether d may share its Go type with another
// declaration of its shape: made for an inline schema or a union variant,
// with no Decode function or root null policy of its own.
func shareable(d *ir.Decl) bool {
	return (d.Origin == ir.OriginInline || d.Origin == ir.OriginVariant) &&
		d.DecodeName == "" && d.Null == ir.NullJudged
}

// shapeClasses partitions nodes by shape: each node's IR is written once
// as text with its references to other nodes left as holes, then classes
// are refined by the classes of the holes until they no longer split.
func shapeClasses(nodes []any, index map[any]int) []int {
	shapes, writers := writeShapes(nodes, index)
	// A class for each text a worker wrote, then each node's.
	texts := map[string]int{}
	classOf := make([][]int, len(writers))
	for k, w := range writers {
		for _, text := range w.texts {
			c, ok := texts[text]
			if !ok {
				c = len(texts)
				texts[text] = c
			}
			classOf[k] = append(classOf[k], c)
		}
	}
	class := make([]int, len(nodes))
	for i, s := range shapes {
		class[i] = classOf[s.writer][s.text]
	}
	count := len(texts)
	var key []byte
	for {
		next := map[string]int{}
		split := make([]int, len(nodes))
		for i, s := range shapes {
			// Fixed-width classes: the key is only compared, never read.
			key = binary.LittleEndian.AppendUint32(key[:0], uint32(class[i]))
			for _, r := range s.refs {
				key = binary.LittleEndian.AppendUint32(key, uint32(class[r]))
			}
			c, ok := next[string(key)]
			if !ok {
				c = len(next)
				next[string(key)] = c
			}
			split[i] = c
		}
		class = split
		if len(next) == count {
			return class
		}
		count = len(next)
	}
}

// shapeText is one node's written shape: the worker that wrote it, the
// text among that worker's texts, and the nodes its holes refer to, in
// order.
type shapeText struct {
	writer, text int
	refs         []int
}

// writeShapes writes the shape of every node. Writing, a walk of the IR
// by reflection, is most of what sharing costs, and each node's text
// depends on the IR alone: the nodes are written on GOMAXPROCS workers
// (a run is otherwise on one core while it lowers), in batches taken in
// turn, each worker keeping each text it writes once (Vega-Lite's 5,682
// nodes write 654).
func writeShapes(nodes []any, index map[any]int) ([]shapeText, []*shapeWriter) {
	const batch = 64
	shapes := make([]shapeText, len(nodes))
	writers := make([]*shapeWriter, min(runtime.GOMAXPROCS(0), (len(nodes)+batch-1)/batch))
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range writers {
		w := &shapeWriter{index: index, fields: map[reflect.Type][]int{}, seen: map[string]int{}}
		writers[k] = w
		wg.Go(func() {
			for lo := int(next.Add(batch) - batch); lo < len(nodes); lo = int(next.Add(batch) - batch) {
				for i := lo; i < min(lo+batch, len(nodes)); i++ {
					w.b, w.refs = w.b[:0], nil
					w.node(reflect.ValueOf(nodes[i]).Elem())
					t, ok := w.seen[string(w.b)]
					if !ok {
						t = len(w.texts)
						w.seen[string(w.b)] = t
						w.texts = append(w.texts, string(w.b))
					}
					shapes[i] = shapeText{writer: k, text: t, refs: w.refs}
				}
			}
		})
	}
	wg.Wait()
	return shapes, writers
}

// shapeWriter writes the shape of one node: every field of the IR but
// those that only name or locate a construct, references to nodes as
// holes (refs, in order), to other declarations by name. Strings are
// written with their length before them, so that no two shapes write the
// same text.
type shapeWriter struct {
	b      []byte
	index  map[any]int
	refs   []int
	fields map[reflect.Type][]int // shapedFields, memoized
	// texts are the texts written, each once, and seen their indexes.
	texts []string
	seen  map[string]int
}

var (
	declType  = reflect.TypeFor[ir.Decl]()
	valueType = reflect.TypeFor[ir.ValueSchema]()
	// declPtrType and valuePtrType are the pointers redirect may move.
	declPtrType  = reflect.PointerTo(declType)
	valuePtrType = reflect.PointerTo(valueType)
	sourceType   = reflect.TypeFor[ir.Source]()
	irPkg        = declType.PkgPath()
)

// unshaped holds the fields that name or locate what they belong to
// rather than say what it is: they may differ within a shape.
var unshaped = map[reflect.Type]map[string]bool{
	declType:                        {"Name": true, "SchemaName": true, "Shares": true, "Doc": true},
	valueType:                       {"Name": true, "Shares": true},
	reflect.TypeFor[ir.Union]():     {"ValueName": true},
	reflect.TypeFor[ir.EnumValue](): {"Name": true},
}

// shapedFields lists the fields of struct type t a shape is made of.
func (w *shapeWriter) shapedFields(t reflect.Type) []int {
	if f, ok := w.fields[t]; ok {
		return f
	}
	skip := unshaped[t]
	var fields []int
	for i := range t.NumField() {
		if f := t.Field(i); f.Type != sourceType && !skip[f.Name] {
			fields = append(fields, i)
		}
	}
	w.fields[t] = fields
	return fields
}

// node writes the struct a node pointer points to (not a hole: the node
// itself). A declaration's doc comment may name it (a wrapper's "XNumber
// holds a variant…"): its name there is a hole too.
func (w *shapeWriter) node(v reflect.Value) {
	if d, ok := v.Addr().Interface().(*ir.Decl); ok {
		w.str(strings.ReplaceAll(d.Doc, d.Name, "\x00"))
	}
	w.value(v)
}

func (w *shapeWriter) str(s string) {
	w.b = strconv.AppendInt(w.b, int64(len(s)), 10)
	w.b = append(w.b, ':')
	w.b = append(w.b, s...)
}

func (w *shapeWriter) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			w.b = append(w.b, 'n')
			return
		}
		if v.Type().Elem() == declType || v.Type().Elem() == valueType {
			if i, ok := w.index[v.Interface()]; ok {
				w.refs = append(w.refs, i)
				w.b = append(w.b, '#')
				return
			}
			if d, ok := v.Interface().(*ir.Decl); ok {
				w.b = append(w.b, 'D')
				w.str(d.Name)
				return
			}
		}
		w.b = append(w.b, '&')
		w.value(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			w.b = append(w.b, 'n')
			return
		}
		e := v.Elem()
		if t := e.Type(); t.PkgPath() == irPkg || (t.Kind() == reflect.Pointer && t.Elem().PkgPath() == irPkg) {
			w.str(t.String())
			w.value(e)
			return
		}
		// A JSON value of the schema (a default, an enum member):
		// fmt prints maps with their keys sorted.
		w.str(fmt.Sprintf("%T %#v", e.Interface(), e.Interface()))
	case reflect.Struct:
		w.b = append(w.b, '{')
		for _, i := range w.shapedFields(v.Type()) {
			w.value(v.Field(i))
		}
		w.b = append(w.b, '}')
	case reflect.Slice, reflect.Array:
		w.b = append(w.b, '[')
		w.b = strconv.AppendInt(w.b, int64(v.Len()), 10)
		for i := range v.Len() {
			w.b = append(w.b, ' ')
			w.value(v.Index(i))
		}
		w.b = append(w.b, ']')
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		w.b = strconv.AppendBool(w.b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b = strconv.AppendInt(w.b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		w.b = strconv.AppendUint(w.b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		w.b = strconv.AppendFloat(w.b, v.Float(), 'g', -1, 64)
	default:
		// The IR holds no maps, functions or channels; one added later
		// makes its declarations unequal to any other rather than equal.
		w.b = fmt.Appendf(w.b, "%p", v.UnsafePointer())
	}
	w.b = append(w.b, ';')
}

// redirect replaces, everywhere in the IR v reaches, each pointer to a
// node that shares another's Go with that other's (to). It descends only
// into what may hold such a pointer (holds), so the strings and bounds
// that are most of the IR are not walked.
func (r *redirector) redirect(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if t, ok := r.target(v); ok && v.CanSet() {
			v.Set(reflect.ValueOf(t))
		}
		p := seenPointer{v.Type(), uintptr(v.UnsafePointer())}
		if r.seen[p] {
			return
		}
		r.seen[p] = true
		r.redirect(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		if e := v.Elem(); e.Kind() == reflect.Pointer && r.holds(e.Type()) {
			if t, ok := r.target(e); ok && v.CanSet() {
				v.Set(reflect.ValueOf(t))
			}
			r.redirect(v.Elem())
		}
	case reflect.Struct:
		for _, i := range r.holdingFields(v.Type()) {
			r.redirect(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		if !r.holds(v.Type().Elem()) {
			return
		}
		for i := range v.Len() {
			r.redirect(v.Index(i))
		}
	}
}

// target returns where pointer p goes, if it is one shared away: only
// declarations and value schemas are, so no other pointer (most of those
// walked) is hashed as an interface and looked up.
func (r *redirector) target(p reflect.Value) (any, bool) {
	if t := p.Type(); t != declPtrType && t != valuePtrType {
		return nil, false
	}
	t, ok := r.to[p.Interface()]
	return t, ok
}

// redirector is the state of one redirect: where pointers go, the
// pointers walked, and holds and holdingFields memoized by type.
type redirector struct {
	to        map[any]any
	seen      map[seenPointer]bool
	holdsType map[reflect.Type]bool
	fields    map[reflect.Type][]int
}

// holds reports whether a value of type t may hold a pointer to a
// declaration or value schema, directly or within: such a pointer, an
// interface of the IR (an ir.Type), or a pointer, slice, array or struct
// with one inside. Most of the IR (primitives, enums, rules) holds none
// and is not walked.
func (r *redirector) holds(t reflect.Type) bool {
	if h, ok := r.holdsType[t]; ok {
		return h
	}
	r.holdsType[t] = true // a type that contains itself may
	h := false
	switch t.Kind() {
	case reflect.Pointer:
		e := t.Elem()
		h = e == declType || e == valueType || e.PkgPath() == irPkg && r.holds(e)
	case reflect.Interface:
		h = t.PkgPath() == irPkg
	case reflect.Slice, reflect.Array:
		h = r.holds(t.Elem())
	case reflect.Struct:
		h = len(r.holdingFields(t)) > 0
	}
	r.holdsType[t] = h
	return h
}

// holdingFields lists the fields of struct type t that may hold a
// pointer into the IR.
func (r *redirector) holdingFields(t reflect.Type) []int {
	if f, ok := r.fields[t]; ok {
		return f
	}
	r.fields[t] = nil
	var fields []int
	for i := range t.NumField() {
		if r.holds(t.Field(i).Type) {
			fields = append(fields, i)
		}
	}
	r.fields[t] = fields
	return fields
}

// seenPointer is a pointer redirect has walked: its address and type (a
// struct and its first field share an address).
type seenPointer struct {
	t reflect.Type
	p uintptr
}
