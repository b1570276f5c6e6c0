// Package payload builds the documents the benchmarks decode, encode,
// validate and serve: the real Workspace payload of seed 000, and lists of
// workspaces built from the real payloads in corpus/coder/examples.
//
// The harness (cmd/specbench) copies this module into .bench/mod and runs
// the benchmarks with SPECBENCH_SHARED set to the shared folder and
// SPECBENCH_ROOT to the specgen checkout.
package payload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/uuid"
)

// Shared is the shared folder (seeds/, corpus/).
func Shared() string { return os.Getenv("SPECBENCH_SHARED") }

// Root is the specgen checkout (spec/ lives there).
func Root() string { return os.Getenv("SPECBENCH_ROOT") }

// Seed returns seed 000's Workspace, the JSON object in the text after its
// header, exactly as the server sent it.
func Seed() ([]byte, error) {
	files, err := filepath.Glob(filepath.Join(Shared(), "seeds", "000_*.txt"))
	if err != nil || len(files) != 1 {
		return nil, fmt.Errorf("seed 000 not found under %s (SPECBENCH_SHARED)", Shared())
	}
	text, err := os.ReadFile(files[0])
	if err != nil {
		return nil, err
	}
	i := bytes.Index(text, []byte("\n{"))
	if i < 0 {
		return nil, fmt.Errorf("%s: no JSON object", files[0])
	}
	var raw json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(text[i+1:])).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", files[0], err)
	}
	return raw, nil
}

// example is the real server output the lists are made of: `coder list
// --output json` (a []Workspace) with its placeholders replaced by valid
// values. The docs' example (workspace.docs-example.json) is left out: it is
// rendered from the schema, not sent by a server, and shows uuid.NullUUID
// as the object {"uuid": "string", "valid": true}, which no server sends
// (the wire form is a UUID string or null).
const example = "workspace-list.cli-golden.normalized.json"

// Workspaces returns n workspaces built from the real example payloads in
// turn, each with its own ids: every "id" gets a fresh UUID (derived from
// the workspace's index and the JSON path, so every run builds the same
// list), "workspace_id" the workspace's, and "name" a unique name.
func Workspaces(n int) ([]any, error) {
	data, err := os.ReadFile(filepath.Join(Shared(), "corpus", "coder", "examples", example))
	if err != nil {
		return nil, err
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, fmt.Errorf("%s: %w", example, err)
	}
	list := make([]any, n)
	for i := range list {
		var w map[string]any
		if err := json.Unmarshal(raws[i%len(raws)], &w); err != nil {
			return nil, err
		}
		id := uuid.NewSHA1(uuid.NameSpaceOID, fmt.Appendf(nil, "workspace/%d", i)).String()
		vary(w, fmt.Sprint(i), id)
		w["id"] = id
		w["name"] = fmt.Sprintf("workspace-%04d", i)
		list[i] = w
	}
	return list, nil
}

// vary gives every id below v a UUID of its own and points workspace_id at
// the workspace.
func vary(v any, path, workspaceID string) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if s, ok := x.(string); ok && s != "" {
				switch k {
				case "id":
					t[k] = uuid.NewSHA1(uuid.NameSpaceOID, []byte(path+"/"+k)).String()
				case "workspace_id":
					t[k] = workspaceID
				}
				continue
			}
			vary(x, path+"/"+k, workspaceID)
		}
	case []any:
		for i, x := range t {
			vary(x, fmt.Sprintf("%s/%d", path, i), workspaceID)
		}
	}
}

// List returns the body of GET /workspaces for n workspaces:
// {"workspaces": [...], "count": n}.
func List(n int) ([]byte, error) {
	ws, err := Workspaces(n)
	if err != nil {
		return nil, err
	}
	return json.Marshal(map[string]any{"workspaces": ws, "count": n})
}

// WithoutNulls returns doc with every null-valued property removed. The
// Coder server sends null for properties its schema types as plain strings;
// JSON Schema (rightly) rejects those, so the validation benchmarks use this
// form, which all three validators accept, and the Go types decode the same.
func WithoutNulls(doc []byte) ([]byte, error) {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return nil, err
	}
	return json.Marshal(dropNulls(v))
}

func dropNulls(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if x == nil {
				delete(t, k)
				continue
			}
			t[k] = dropNulls(x)
		}
	case []any:
		for i, x := range t {
			t[i] = dropNulls(x)
		}
	}
	return v
}
