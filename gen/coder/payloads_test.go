package coder_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/specgen/specgen/generator/sharedtest"
)

// docExample is one response example of Coder's API docs (seeds 002 and
// 004): the operation it documents, as "METHOD /path", and its JSON (nil
// where the docs have the heading but no example).
type docExample struct {
	Op     string
	Status string
	JSON   []byte
}

// operationLine is the line of a seed that names the documented operation.
var operationLine = regexp.MustCompile(`(?m)^(GET|POST|PUT|PATCH|DELETE) (/\S*)$`)

// responseLine heads a response example: "200 Response".
var responseLine = regexp.MustCompile(`(?m)^(\d{3}) Response$`)

// seedExamples returns the response examples of a seed, each with the
// operation above it.
func seedExamples(t *testing.T, seed string) []docExample {
	t.Helper()
	text := sharedtest.Read(t, "seeds/"+seed)
	ops := operationLine.FindAllSubmatchIndex(text, -1)
	var out []docExample
	for _, m := range responseLine.FindAllSubmatchIndex(text, -1) {
		op := ""
		for _, o := range ops {
			if o[0] < m[0] {
				op = string(text[o[2]:o[3]]) + " " + string(text[o[4]:o[5]])
			}
		}
		if op == "" {
			t.Fatalf("%s: response example at byte %d has no operation", seed, m[0])
		}
		rest := bytes.TrimLeft(text[m[1]:], " \t\r\n")
		ex := docExample{Op: op, Status: string(text[m[2]:m[3]])}
		if len(rest) == 0 || (rest[0] != '{' && rest[0] != '[') {
			out = append(out, ex) // a heading without an example
			continue
		}
		var raw json.RawMessage
		if err := json.NewDecoder(bytes.NewReader(rest)).Decode(&raw); err != nil {
			t.Fatalf("%s: %s example: %v", seed, op, err)
		}
		ex.JSON = raw
		out = append(out, ex)
	}
	return out
}

// placeholder is how Coder's CLI goldens stand in for ids and times:
// "====[workspace ID]====".
var placeholder = regexp.MustCompile(`^=+\[([^\]]+)\]=+$`)

// fillPlaceholders replaces each placeholder string of a CLI golden with
// a value of its kind: a fixed RFC 3339 time for "timestamp", else a UUID
// derived from the placeholder's name (so equal placeholders stay equal).
func fillPlaceholders(t *testing.T, data []byte) []byte {
	t.Helper()
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		t.Fatal(err)
	}
	var fill func(any) any
	fill = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				v[k] = fill(e)
			}
		case []any:
			for i, e := range v {
				v[i] = fill(e)
			}
		case string:
			if m := placeholder.FindStringSubmatch(v); m != nil {
				if m[1] == "timestamp" {
					return "2024-01-02T03:04:05.123456Z"
				}
				return uuid.NewSHA1(uuid.NameSpaceURL, []byte(m[1])).String()
			}
		}
		return v
	}
	out, err := json.Marshal(fill(tree))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// roundTrip decodes data into v (a pointer to a generated type), validates
// it when it can, re-encodes it and reports how the JSON differs from
// data, up to member order and the null policy: a null member and an
// absent one are the same (README, "Optional and null").
func roundTrip(data []byte, v any) (diffs []string, err error) {
	if err := json.Unmarshal(data, v); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if val, ok := v.(interface{ Validate() error }); ok {
		if err := val.Validate(); err != nil {
			return nil, fmt.Errorf("validate: %w", err)
		}
	}
	out, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return jsonDiff(data, out), nil
}

// jsonDiff lists where two JSON documents differ once null members are
// dropped, each as "pointer: want → got". Strings that are the same
// instant in RFC 3339 are equal.
func jsonDiff(want, got []byte) []string {
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		return []string{"want: " + err.Error()}
	}
	if err := json.Unmarshal(got, &g); err != nil {
		return []string{"got: " + err.Error()}
	}
	return treeDiff("", dropNulls(w), dropNulls(g))
}

func dropNulls(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if e == nil {
				delete(v, k)
			} else {
				v[k] = dropNulls(e)
			}
		}
	case []any:
		for i, e := range v {
			v[i] = dropNulls(e)
		}
	}
	return v
}

func treeDiff(path string, want, got any) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			break
		}
		var out []string
		for k, wv := range w {
			gv, present := g[k]
			if !present {
				out = append(out, fmt.Sprintf("%s/%s: lost", path, k))
				continue
			}
			out = append(out, treeDiff(path+"/"+k, wv, gv)...)
		}
		for k := range g {
			if _, present := w[k]; !present {
				out = append(out, fmt.Sprintf("%s/%s: added", path, k))
			}
		}
		return out
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			break
		}
		var out []string
		for i := range w {
			out = append(out, treeDiff(fmt.Sprintf("%s/%d", path, i), w[i], g[i])...)
		}
		return out
	case string:
		if g, ok := got.(string); ok && sameInstant(w, g) {
			return nil
		}
	}
	if reflect.DeepEqual(want, got) {
		return nil
	}
	return []string{fmt.Sprintf("%s: %s → %s", path, compact(want), compact(got))}
}

func compact(v any) string {
	b, _ := json.Marshal(v)
	s := string(b)
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return strings.TrimSpace(s)
}
