package lower

import (
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// namePatterns names the package-level variable of every pattern in
// l.patterns (patternWorkspaceName), after the first place that matches
// it in a walk of the finished API: the declarations by Go name, then the
// request bodies by operation, then the value checks by name, then the
// parameters by operation — decided here, so that no emitter's
// order can change a name. A pattern that the walk does not reach (one
// Validate never matches: a pattern on a uuid's text) is named after its
// text's place among the others; emit declares only the patterns its code
// uses. Names are claimed past every fixed name of generated code, so a
// pattern variable shadows nothing.
func (l *lowerer) namePatterns() {
	if len(l.patterns) == 0 {
		return
	}
	scope := naming.NewScopeOver(fixedReserved)
	name := func(src, site string) {
		p := l.patterns[src]
		if p == nil || p.err != nil || p.Name != "" {
			return
		}
		p.Name, _ = scope.Claim("pattern" + site)
	}
	w := patternWalk{use: name}
	for _, d := range l.api.Decls {
		w.decl(d)
	}
	for _, op := range l.api.Operations {
		if op.Body != nil && op.Body.Chosen != nil && op.Body.Chosen.Encoding == ir.EncodingJSON && op.Body.Chosen.Type != nil {
			w.use1(op.Body.Chosen.Type, op.Name, "Body")
		}
	}
	for _, vs := range l.api.ValueSchemas {
		if vs.Pattern != "" {
			name(vs.Pattern, strings.TrimPrefix(vs.Name, "check"))
		}
		for _, pp := range vs.PatternProperties {
			name(pp.Name, strings.TrimPrefix(pp.Schema.Name, "check"))
		}
	}
	// Parameters' rules last, so that the names above stay as they were
	// before parameters were checked.
	for _, op := range l.api.Operations {
		for _, p := range op.Params {
			w.use1(p.Type, op.Name, p.Name)
		}
	}
	srcs := make([]string, 0, len(l.patterns))
	for src := range l.patterns {
		srcs = append(srcs, src)
	}
	sort.Strings(srcs)
	for _, src := range srcs {
		name(src, "")
	}
}

// patternWalk visits the string checks of the API's types with the name of
// the place each is made: a declaration and its field
// (WorkspaceName), an element (Item), a map value (Value), a tuple
// position, or a request body (CreateWorkspaceBody).
type patternWalk struct {
	use func(src, site string)
}

// decl visits what the Validate method of d checks.
func (w patternWalk) decl(d *ir.Decl) {
	switch t := d.Type.(type) {
	case *ir.Struct:
		for _, f := range t.Fields {
			w.use1(f.Type, d.Name, f.Name)
		}
	case *ir.Slice, *ir.Map:
		w.use1(t, d.Name, "")
	case *ir.Union:
		for _, vr := range t.Variants {
			if _, ok := vr.Decl.Type.(*ir.Enum); ok {
				w.use1(&ir.Ref{Decl: vr.Decl}, vr.Decl.Name, "")
			}
		}
	case *ir.Tuple:
		for _, it := range t.Items {
			w.use1(it.Type, d.Name, it.Name)
		}
		if t.Rest != nil {
			w.use1(t.Rest, d.Name, "Rest")
		}
	case *ir.Value:
	default:
		if d.Wrapper {
			w.use1(t, d.Name, "")
		}
	}
}

// use1 visits a use of t at site, the name head+tail: its rules where the
// value is a string, and its elements. The name is joined only where a
// pattern is met: most uses have none, and joining it for every field of
// every declaration made most of namePatterns' garbage.
func (w patternWalk) use1(t ir.Type, head, tail string) {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl == nil {
			return
		}
		d, rules := t.UseRules()
		if stringShape(d.Type) {
			for _, r := range rules {
				w.rules(r, head, tail)
			}
		}
	case *ir.Slice:
		w.use1(t.Elem, head+tail, "Item")
	case *ir.Map:
		if t.Check.KeyPattern != "" {
			w.use(t.Check.KeyPattern, head+tail+"Key")
		}
		w.use1(t.Elem, head+tail, "Value")
	case *ir.Primitive:
		if t.Kind.IsText() {
			w.rules(&t.Check, head, tail)
		}
	}
}

func (w patternWalk) rules(r *ir.Rules, head, tail string) {
	if r.Pattern != "" {
		w.use(r.Pattern, head+tail)
	}
}

// stringShape reports whether Validate checks string keywords on a value
// of shape t: a string, or an enum of strings.
func stringShape(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Primitive:
		return t.Kind.IsText()
	case *ir.Enum:
		return t.Base.Kind == ir.KindString
	}
	return false
}
