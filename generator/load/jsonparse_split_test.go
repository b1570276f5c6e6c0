package load

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/randspec"
	"github.com/specgen/specgen/internal/synthschema"
)

// TestParseJSONSplitSameAsAlone checks that reading a document in two
// halves at once (jsonparse_split.go) gives the tree, value and positions
// one parser gives, and never accepts what one parser refuses: every
// JSON file of the golden cases, random specs, a synthetic schema and
// objects with a duplicate key in either half or across them, each as
// written, cut short and with members repeated (variants), split at nine
// places.
func TestParseJSONSplitSameAsAlone(t *testing.T) {
	docs := goldenJSON(t)
	for seed := uint64(1); seed <= 20; seed++ {
		docs = append(docs, randspec.Generate(seed, randspec.Options{}).Text)
	}
	docs = append(docs, synthschema.Config(60_000))
	var members []string
	for i := range 40 {
		members = append(members, fmt.Sprintf("%q:{\n\"type\": \"string\", \"x\": [%d]}", fmt.Sprint("k", i), i))
	}
	flat := strings.Join(members, ",\n")
	docs = append(docs,
		[]byte(`{"definitions":{`+flat+`}}`),
		[]byte(`{"$schema":"s","definitions":{`+flat+`},"title":"t"}`),
		[]byte(`{`+flat+`}`),
		[]byte(`{"definitions":{`+flat+`,"k3":{}}}`),  // across the halves
		[]byte(`{"definitions":{`+flat+`,"k39":{}}}`), // in the second
		[]byte(`{"definitions":{"k39":1,`+flat+`}}`),  // across, the first small
		[]byte(`{"definitions":{`+flat+`,"k":"\u00e9\"\\"}}`),
		[]byte(`{"definitions":{`+flat+`,"k":"unterminated}}`),
		[]byte(`{"definitions":{`+flat+`}`),
		[]byte(`{"definitions":{`+flat+`}}}`),
		[]byte(`[{`+flat+`}]`),
	)
	split, refused := 0, 0
	for i, d := range docs {
		for _, text := range variants(d) {
			n, v, err := parseJSONAlone(text)
			for k := 1; k <= 9; k++ {
				if _, found := findSplit(text, len(text)*k/10); !found {
					continue
				}
				sn, sv, ok := parseJSONSplit(text, len(text)*k/10)
				where := fmt.Sprintf("document %d (%.60q) split at %d/10", i, text, k)
				switch {
				case !ok && err != nil:
					refused++
				case !ok:
					t.Fatalf("%s: not read in two halves, nor refused", where)
				case err != nil:
					t.Fatalf("%s: read in two halves, where one parser says %v", where, err)
				case !reflect.DeepEqual(sv, v):
					t.Fatalf("%s: another value", where)
				case !reflect.DeepEqual(sn, n):
					t.Fatalf("%s: another tree", where)
				default:
					split++
				}
			}
		}
	}
	if split < 500 || refused < 500 {
		t.Errorf("%d documents read in two halves and %d refused: the test compares too little", split, refused)
	}
	t.Logf("%d documents read in two halves the same, %d refused", split, refused)
}
