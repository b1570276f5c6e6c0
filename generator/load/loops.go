package load

import (
	"errors"
	"fmt"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// edge is one step from a schema to another that applies to the same
// value: no property or item lies in between.
type edge struct {
	via string
	to  *document.Schema
}

// inPlace lists the schemas s applies to the value it checks itself.
func inPlace(s *document.Schema) []edge {
	var out []edge
	if s.Ref != nil {
		out = append(out, edge{"$ref", s.Ref})
	}
	for _, group := range []struct {
		name string
		list []*document.Schema
	}{{"allOf", s.AllOf}, {"anyOf", s.AnyOf}, {"oneOf", s.OneOf}} {
		for i, sub := range group.list {
			if sub != nil {
				out = append(out, edge{fmt.Sprintf("%s/%d", group.name, i), sub})
			}
		}
	}
	if s.Not != nil {
		out = append(out, edge{"not", s.Not})
	}
	return out
}

// checkLoops reports a schema reachable from s that reaches itself through
// $ref, allOf, anyOf, oneOf and not alone: it describes no finite value
// (C is allOf [D], D is allOf [C, …]). The schema compiler finds such loops
// inside one document, but not across the roots split.go serves it one by
// one. done remembers the schemas already found free of loops.
//
// In an API description (inherit set) a loop of a discriminated base and
// its children (inherit.go) is mended instead, and the walk starts again:
// the mend only removes edges, so the schemas already found free of loops
// stay so. In a JSON Schema file discriminator is only an annotation, and
// the loop is what the draft says it is.
func checkLoops(s *document.Schema, done map[*document.Schema]bool, inherit bool) error {
	for {
		err := checkLoopsOnce(s, done, inherit)
		if err != errMended {
			return err
		}
	}
}

// errMended stops checkLoopsOnce after mendInherit changed the graph.
var errMended = errors.New("mended")

func checkLoopsOnce(s *document.Schema, done map[*document.Schema]bool, inherit bool) error {
	onPath := map[*document.Schema]int{}
	var path []edge
	var visit func(s *document.Schema) error
	visit = func(s *document.Schema) error {
		if done[s] {
			return nil
		}
		if i, ok := onPath[s]; ok {
			if inherit && mendInherit(s, path[i:]) {
				return errMended
			}
			// Name the schemas the loop's references lead to, and the
			// keywords it goes through.
			steps := []string{pointerOf(s)}
			var vias []string
			seen := map[string]bool{}
			for _, e := range path[i:] {
				if e.via == "$ref" {
					steps = append(steps, pointerOf(e.to))
				}
				if kw, _, _ := strings.Cut(e.via, "/"); !seen[kw] {
					seen[kw] = true
					vias = append(vias, kw)
				}
			}
			return &document.Error{Source: s.Source, Msg: "cannot compile schema: infinite loop: " + strings.Join(steps, " → ") +
				" through " + strings.Join(vias, " and ") + " (each applies to the same value, so the schema never ends)"}
		}
		onPath[s] = len(path)
		for _, e := range inPlace(s) {
			path = append(path, e)
			if err := visit(e.to); err != nil {
				return err
			}
			path = path[:len(path)-1]
		}
		delete(onPath, s)
		done[s] = true
		return nil
	}
	return visit(s)
}

// pointerOf names a schema in a loop's message by its pointer.
func pointerOf(s *document.Schema) string {
	if s.Source.Pointer != "" {
		return s.Source.Pointer
	}
	return s.Key
}
