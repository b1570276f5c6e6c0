package load

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/loc"
)

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlProblem is yaml.v3's message without its "yaml: line N:" prefix,
// whose line is not where the problem is (see locateYAMLError).
func yamlProblem(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLineRE.ReplaceAllString(msg, "")
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg), ":"))
}

// parseYAML returns a YAML document's tree and value, with syntax errors
// located at their line.
func parseYAML(path string, data []byte) (*node, any, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := yamlProblem(err)
		src := loc.Source{File: path}
		src.Line, src.Column = locateYAMLError(data, msg)
		return nil, nil, &document.Error{Source: src, Msg: "malformed document: " + msg, Err: err}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, nil, &document.Error{Source: loc.Source{File: path}, Msg: "empty document"}
	}
	return yamlNode(root.Content[0], path, 0)
}

// yamlNode converts a YAML node to a tree node and JSON values, keeping
// mapping keys as strings (YAML allows other key types; JSON does not).
// depth guards against alias cycles.
func yamlNode(n *yaml.Node, path string, depth int) (*node, any, error) {
	fail := func(format string, a ...any) error {
		return &document.Error{Source: loc.Source{File: path, Line: n.Line, Column: n.Column}, Msg: fmt.Sprintf(format, a...)}
	}
	if depth > 10000 {
		return nil, nil, fail("malformed document: nested too deeply (an alias cycle?)")
	}
	out := &node{line: n.Line, col: n.Column}
	switch n.Kind {
	case yaml.AliasNode:
		return yamlNode(n.Alias, path, depth+1)
	case yaml.MappingNode:
		out.kind = 'o'
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if _, dup := m[k.Value]; dup {
				return nil, nil, &document.Error{Source: loc.Source{File: path, Line: k.Line, Column: k.Column}, Msg: fmt.Sprintf("malformed document: duplicate key %q", k.Value)}
			}
			kid, v, err := yamlNode(n.Content[i+1], path, depth+1)
			if err != nil {
				return nil, nil, err
			}
			out.keys = append(out.keys, k.Value)
			out.keyPos = append(out.keyPos, pos{k.Line, k.Column})
			out.kids = append(out.kids, kid)
			m[k.Value] = v
		}
		return out, m, nil
	case yaml.SequenceNode:
		out.kind = 'a'
		list := make([]any, len(n.Content))
		for i, c := range n.Content {
			kid, v, err := yamlNode(c, path, depth+1)
			if err != nil {
				return nil, nil, err
			}
			out.kids = append(out.kids, kid)
			list[i] = v
		}
		return out, list, nil
	case yaml.ScalarNode:
		out.kind = 's'
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, nil, fail("malformed value: %v", err)
		}
		return out, jsonScalar(v), nil
	}
	return nil, nil, fail("unexpected YAML node")
}
