package randschema

import "fmt"

// dynamic draws a reference to a schema resource of its own (an embedded
// $id) that is an extensible tree: its children are whatever the
// outermost schema with its dynamic anchor says ($dynamicAnchor and
// $dynamicRef in 2020-12, $recursiveAnchor and $recursiveRef in 2019-09).
// Generate may give the root the same anchor, or make the root extend the
// tree (golden/schema-dynamic-scope's shape); before 2019-09, a plain
// recursive reference.
func (g *gen) dynamic(depth int) map[string]any {
	if g.d < Draft2019 {
		return g.recursive(depth)
	}
	g.ndef++
	id := fmt.Sprintf("t%d.json", g.ndef)
	node := map[string]any{"$id": id, "type": "object"}
	props, _ := g.props(1+g.r.IntN(2), 0, []string{"name", "id", "size"})
	self := g.dynamicRef()
	props["children"] = map[string]any{"type": "array", "items": self}
	node["properties"] = props
	if g.d == Draft2020 {
		node["$dynamicAnchor"] = "node"
	} else {
		node["$recursiveAnchor"] = true
	}
	g.defs[fmt.Sprintf("D%d", g.ndef)] = node
	g.targets[id] = node
	g.trees = append(g.trees, id)
	return map[string]any{"$ref": id}
}

// dynamicRef is the draft's reference to the dynamic anchor "node".
func (g *gen) dynamicRef() map[string]any {
	if g.d == Draft2020 {
		return map[string]any{"$dynamicRef": "#node"}
	}
	return map[string]any{"$recursiveRef": "#"}
}

// anchorRoot gives root the dynamic anchor the trees drawn refer to, so
// that their children are roots; or, now and then, makes root a strict
// extension of the first tree (its anchor, a $ref to it, its own members
// and unevaluatedProperties: false).
func (g *gen) anchorRoot(root map[string]any) map[string]any {
	if len(g.trees) == 0 || g.chance(0.4) {
		return root
	}
	if g.chance(0.5) {
		root = map[string]any{
			"$ref":                  g.trees[0],
			"properties":            map[string]any{"kind": g.scalar()},
			"unevaluatedProperties": false,
		}
	}
	if g.d == Draft2020 {
		root["$dynamicAnchor"] = "node"
	} else {
		root["$recursiveAnchor"] = true
	}
	g.anchored = true
	return root
}
