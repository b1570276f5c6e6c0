package conformance

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"
)

// TestRealSchemas runs the real-schema corpus at REALSCHEMAS_DIR (see
// docs/realschemas.md) when SPECGEN_REALSCHEMAS is set: every schema must
// generate a package that compiles, and every document's verdict by the
// one documented call must be the oracle's. The report goes to the test
// log, and to SPECGEN_REALSCHEMAS_REPORT when set.
// SPECGEN_REALSCHEMAS_MUTATE=N adds N mutants of every valid document,
// drawn from SPECGEN_REALSCHEMAS_SEED (1 by default).
func TestRealSchemas(t *testing.T) {
	if os.Getenv("SPECGEN_REALSCHEMAS") == "" {
		t.Skip("set SPECGEN_REALSCHEMAS=1 and REALSCHEMAS_DIR (make realschemas)")
	}
	dir := os.Getenv("REALSCHEMAS_DIR")
	if dir == "" {
		t.Fatal("REALSCHEMAS_DIR is not set: the corpus is kept outside the repository (docs/realschemas.md)")
	}
	mut, err := mutationsFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	schemas, err := ReadRealSchemas(dir, mut)
	if err != nil {
		t.Fatal(err)
	}
	cases := make([]Case, len(schemas))
	for i, rs := range schemas {
		cases[i] = rs.Case
		if rs.OracleErr != "" {
			cases[i].Docs = nil
		}
	}
	results, err := RunCases("..", "specgen-realschemas", cases)
	if err != nil {
		t.Fatal(err)
	}
	ExplainAccepted(schemas, results)
	var b bytes.Buffer
	RealReport(&b, schemas, results, true)
	t.Log("\n" + b.String())
	if p := os.Getenv("SPECGEN_REALSCHEMAS_REPORT"); p != "" {
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range results {
		if r.Status != Agree {
			t.Errorf("%s %s: %s: %s", r.Case, r.Doc, r.Status, r.Reason)
		}
	}
}

// mutationsFromEnv reads SPECGEN_REALSCHEMAS_MUTATE and _SEED.
func mutationsFromEnv() (Mutations, error) {
	m := Mutations{Seed: 1}
	if v := os.Getenv("SPECGEN_REALSCHEMAS_MUTATE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return m, fmt.Errorf("SPECGEN_REALSCHEMAS_MUTATE=%q: want a count of mutants a valid document", v)
		}
		m.PerDoc = n
	}
	if v := os.Getenv("SPECGEN_REALSCHEMAS_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return m, fmt.Errorf("SPECGEN_REALSCHEMAS_SEED=%q: want an unsigned integer", v)
		}
		m.Seed = n
	}
	return m, nil
}
