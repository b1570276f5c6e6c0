package load

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/specgen/specgen/generator/randspec"
)

// TestParseJSONSameAsGrowing: parseJSON, which places an object's members
// once it has read them all, returns the same tree, value and error as the
// parser that grew each object's lists and map member by member
// (refJSONParser, kept here as it was), on every JSON file of the golden
// cases and spec/, random specs, and copies of them broken in ways that
// reach its errors: a duplicate key (in a small and a large object, before
// and after a nested one), a syntax error after a duplicate.
func TestParseJSONSameAsGrowing(t *testing.T) {
	docs := goldenJSON(t, "../../spec/workspace.schema.json")
	for seed := uint64(1); seed <= 40; seed++ {
		docs = append(docs, randspec.Generate(seed, randspec.Options{}).Text)
	}
	large := `{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,"k11":11,"k12":12,"k13":13,"k14":14,"k15":15,"k16":16,"k17":17,"k18":18`
	docs = append(docs,
		[]byte(`{"a":1,"b":{"c":[1,2,{"d":true}],"e":null},"a":2}`),
		[]byte(`{"a":{"x":1,"x":2},"a":3}`),
		[]byte(`{"a":1,"a":{"x":1,"x":2}}`),
		[]byte(`{"a":1,"a":[1,}`),
		[]byte(large+`,"k3":0}`),
		[]byte(large+`,"k18":0}`),
		[]byte(large+`,"k16":{"z":1,"z":2},"k5":1}`),
		[]byte(large+`}`),
		[]byte(`[[],{},[{}],{"":[]}]`),
		[]byte(`{"a":"\u00e9\"","b":-1.5e3}`),
	)
	dups, broken := 0, 0
	for i, d := range docs {
		for _, text := range variants(d) {
			n, v, err := parseJSON(text)
			if _, ok := err.(*dupKeyError); ok {
				dups++
			} else if err != nil {
				broken++
			}
			rn, rv, rerr := refParseJSON(text)
			where := fmt.Sprintf("document %d (%.60q)", i, text)
			if fmt.Sprint(err) != fmt.Sprint(rerr) {
				t.Fatalf("%s: error %v, was %v", where, err, rerr)
			}
			if !reflect.DeepEqual(v, rv) {
				t.Fatalf("%s: another value", where)
			}
			if !reflect.DeepEqual(n, rn) {
				t.Fatalf("%s: another tree", where)
			}
		}
	}
	if dups < 50 || broken < 50 {
		t.Errorf("%d duplicate keys and %d syntax errors met: the variants do not reach the errors", dups, broken)
	}
}

// goldenJSON reads every JSON file of the golden cases, and more.
func goldenJSON(t *testing.T, more ...string) [][]byte {
	files, _ := filepath.Glob("../../golden/*/*.json")
	deeper, _ := filepath.Glob("../../golden/*/*/*.json")
	var docs [][]byte
	for _, f := range append(append(files, deeper...), more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}

// variants are the text and copies of it with a member repeated (the
// first member of each of a few objects written twice) or cut short.
func variants(text []byte) [][]byte {
	out := [][]byte{text}
	for _, cut := range []int{len(text) / 3, len(text) / 2, len(text) - 2} {
		if cut > 0 {
			out = append(out, text[:cut])
		}
	}
	for _, at := range []int{0, len(text) / 4, len(text) / 2} {
		i := bytes.IndexByte(text[at:], '{')
		if i < 0 {
			continue
		}
		i += at
		j := bytes.IndexAny(text[i+1:], ",}")
		if j <= 0 || text[i+1+j] != ',' {
			continue
		}
		first := text[i+1 : i+1+j]
		dup := append(append(append([]byte{}, text[:i+1]...), first...), ',')
		out = append(out, append(dup, text[i+1:]...))
	}
	return out
}

// refJSONParser is jsonParser's object and array reading as it was: each
// object's keys, positions, kids and map grown member by member.
type refJSONParser struct{ jsonParser }

func refParseJSON(data []byte) (*node, any, error) {
	p := &refJSONParser{jsonParser{data: data, line: 1}}
	p.space()
	n, v, err := p.value()
	if err != nil {
		return nil, nil, err
	}
	p.space()
	if p.i != len(p.data) {
		return nil, nil, errJSONSyntax
	}
	return n, v, nil
}

func (p *refJSONParser) value() (*node, any, error) {
	if p.i < len(p.data) {
		switch p.data[p.i] {
		case '{':
			return p.object(p.here())
		case '[':
			return p.array(p.here())
		}
	}
	return p.jsonParser.value()
}

func (p *refJSONParser) object(at pos) (*node, any, error) {
	n := &node{kind: 'o', line: at.line, col: at.col}
	m := map[string]any{}
	p.i++
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return n, m, nil
	}
	for {
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != '"' {
			return nil, nil, errJSONSyntax
		}
		kp := p.here()
		k, err := p.str()
		if err != nil {
			return nil, nil, err
		}
		if _, dup := m[k]; dup {
			return nil, nil, &dupKeyError{key: k, at: kp}
		}
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != ':' {
			return nil, nil, errJSONSyntax
		}
		p.i++
		p.space()
		kid, v, err := p.value()
		if err != nil {
			return nil, nil, err
		}
		n.keys = append(n.keys, k)
		n.keyPos = append(n.keyPos, kp)
		n.kids = append(n.kids, kid)
		m[k] = v
		p.space()
		if p.i >= len(p.data) {
			return nil, nil, errJSONSyntax
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return n, m, nil
		default:
			return nil, nil, errJSONSyntax
		}
	}
}

func (p *refJSONParser) array(at pos) (*node, any, error) {
	n := &node{kind: 'a', line: at.line, col: at.col}
	list := []any{}
	p.i++
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return n, list, nil
	}
	for {
		p.space()
		kid, v, err := p.value()
		if err != nil {
			return nil, nil, err
		}
		n.kids = append(n.kids, kid)
		list = append(list, v)
		p.space()
		if p.i >= len(p.data) {
			return nil, nil, errJSONSyntax
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return n, list, nil
		default:
			return nil, nil, errJSONSyntax
		}
	}
}
