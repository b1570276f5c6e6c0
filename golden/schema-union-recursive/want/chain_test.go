package want

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: a union that holds itself, whose variants
// differ only by a bound, decoded as deep as 40 links by the one
// documented call (DecodeChain). Every link is offered all three variants,
// and the ones that fail fail only at their own z, after their next link
// decoded, so decoding that tried each variant again below every variant
// tried above took three times as long a level; it remembers each link's
// trial per variant (jsonUnionMemo). The verdicts and the variant held at
// each link are the oracle's (santhosh-tekuri/jsonschema v6).

// chain writes a document depth links deep: the outer links' z are zs,
// the innermost link's z (a JSON value) is last, and top, when not "",
// is one more member of the outermost link.
func chain(depth int, z, last, top string) []byte {
	s := `{"z": ` + last + `}`
	for i := range depth {
		extra := ""
		if i == depth-1 && top != "" {
			extra = ", " + top
		}
		s = `{"next": ` + s + `, "z": ` + z + extra + `}`
	}
	return []byte(s)
}

// held names the variant at each link, outermost first: 1, 2 or 3 for
// LinkObject, LinkObject2, LinkObject3.
func held(v Link) string {
	var b strings.Builder
	for {
		var next *Link
		switch x := v.Value.(type) {
		case *LinkObject:
			b.WriteByte('1')
			next = x.Next
		case *LinkObject2:
			b.WriteByte('2')
			next = x.Next
		case *LinkObject3:
			b.WriteByte('3')
			next = x.Next
		default:
			b.WriteByte('?')
		}
		if next == nil {
			return b.String()
		}
		v = *next
	}
}

// reversedOracle compiles the schema with each anyOf's variants in
// reverse order: the same verdicts (anyOf does not depend on order), but
// jsonschema v6 stops at the first variant that matches, so the variant
// without a bound comes first and the oracle answers a deep document
// without trying the bounded variants below every link (as the schema in
// its own order, and jsonschema v5 in any order, make it do: 3^depth).
func reversedOracle(t *testing.T) *oracle.Oracle {
	src, err := os.ReadFile("../chain.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(src, &schema); err != nil {
		t.Fatal(err)
	}
	link := schema["$defs"].(map[string]any)["Link"].(map[string]any)
	variants := link["anyOf"].([]any)
	for i, j := 0, len(variants)-1; i < j; i, j = i+1, j-1 {
		variants[i], variants[j] = variants[j], variants[i]
	}
	out, _ := json.Marshal(schema)
	file := filepath.Join(t.TempDir(), "chain.schema.json")
	if err := os.WriteFile(file, out, 0644); err != nil {
		t.Fatal(err)
	}
	o, err := oracle.Compile(file, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

type chainCase struct {
	name           string
	z, last, top   string
	held           func(depth int) string // the variants held when valid
	oracleMaxDepth int                    // 0: the reversed oracle answers at any depth
}

var chainCases = []chainCase{
	// Every bounded variant fails at every link: the third is held, the
	// innermost link's z (1) allows the second.
	{name: "bound fails at every link", z: "2", last: "1", held: func(d int) string { return strings.Repeat("3", d) + "2" }},
	{name: "no bound holds", z: "2", last: "5", held: func(d int) string { return strings.Repeat("3", d+1) }},
	{name: "first variant holds", z: "0", last: "0", held: func(d int) string { return strings.Repeat("1", d+1) }},
	{name: "second variant holds", z: "1", last: "-3", held: func(d int) string { return strings.Repeat("2", d) + "1" }},
	// Invalid at the outermost link: a member no variant allows, a z of
	// the wrong kind.
	{name: "extra member at the top", z: "2", last: "1", top: `"x": 1`},
	{name: "string z at the top", z: "2", last: "1", top: `"z": "a"`},
	// Invalid at the innermost link: every oracle tries every variant of
	// every link (3^depth), so these are checked where that is quick.
	{name: "string z innermost", z: "2", last: `"a"`, oracleMaxDepth: 6},
	{name: "fraction innermost", z: "0", last: "0.5", oracleMaxDepth: 6},
	{name: "null innermost", z: "1", last: "null", oracleMaxDepth: 6},
}

// TestDeepChainAgreesWithOracle decodes chains of 1 to 6 links against
// the oracle with the schema as written, and of 12, 20 and 40 links
// against the oracle with each union's variants reversed (same verdicts).
func TestDeepChainAgreesWithOracle(t *testing.T) {
	exact, err := oracle.Compile("../chain.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	reversed := reversedOracle(t)
	for _, c := range chainCases {
		for _, depth := range []int{1, 2, 3, 6, 12, 20, 40} {
			o := exact
			if depth > 6 {
				if c.oracleMaxDepth != 0 {
					continue
				}
				o = reversed
			}
			doc := chain(depth, c.z, c.last, c.top)
			valid, err := o.Valid(doc)
			if err != nil {
				t.Fatalf("%s, depth %d: oracle: %v", c.name, depth, err)
			}
			if (c.held != nil) != valid {
				t.Fatalf("%s, depth %d: the oracle says valid %v, the table %v", c.name, depth, valid, c.held != nil)
			}
			v, err := DecodeChain(doc)
			if (err == nil) != valid {
				t.Errorf("%s, depth %d: oracle valid %v, DecodeChain says %v", c.name, depth, valid, err)
				continue
			}
			if valid {
				if got, want := held(v), c.held(depth); got != want {
					t.Errorf("%s, depth %d: held %s, want %s", c.name, depth, got, want)
				}
			}
		}
	}
}

// TestDeepChainError: the error a deep invalid chain gets is the cause
// every variant of every link failed alike, where it is: the innermost
// link's string z (a report of each variant's causes is bounded, which
// runtime's TestUnionReportBounded holds). It was the outermost link's
// first variant's error wrapped once a link, "Link: " forty times over.
func TestDeepChainError(t *testing.T) {
	for _, depth := range []int{1, 12, 40} {
		_, err := DecodeChain(chain(depth, "2", `"a"`, ""))
		if err == nil {
			t.Fatalf("depth %d: no error", depth)
		}
		if want := strings.Repeat("next.", depth) + "z: cannot be a JSON string"; err.Error() != want {
			t.Errorf("depth %d: the error is\n%v\nwant\n%s", depth, err, want)
		}
	}
}

// BenchmarkDecodeChain decodes chains of 8 to 40 links where the bounded
// variants fail at every link: the time grows with the depth, not three
// times a level.
func BenchmarkDecodeChain(b *testing.B) {
	for _, depth := range []int{8, 12, 16, 20, 40} {
		doc := chain(depth, "2", "1", "")
		b.Run("depth="+strconv.Itoa(depth), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := DecodeChain(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
