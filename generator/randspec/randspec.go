package randspec

import (
	"fmt"
	"math/rand/v2"
)

// Format is the kind of document written.
type Format int

const (
	OpenAPI31 Format = iota
	OpenAPI30
	Swagger20
	JSONSchema
	numFormats
)

func (f Format) String() string {
	return [...]string{"openapi-3.1", "openapi-3.0", "swagger-2.0", "json-schema"}[f]
}

// Options shape the documents.
type Options struct {
	// Locals are names the generated methods use for their own variables
	// and parameters; parameters are named from them as well, so that a
	// clash between a spec's name and a local does not go unnoticed.
	Locals []string
}

// Doc is one generated document.
type Doc struct {
	Seed   uint64
	Format Format
	// Name is the file name the document should be written under; its
	// extension tells the generator how to read it.
	Name string
	Text []byte
	// Daring documents use every construct, those README lists as
	// unsupported included; the others keep to what it lists as supported.
	Daring bool
}

// IsSpec reports whether the document is an API description (else a
// standalone JSON Schema).
func (d Doc) IsSpec() bool { return d.Format != JSONSchema }

// Generate writes the document of a seed. The format is drawn from the
// seed as well, so consecutive seeds cover all of them.
func Generate(seed uint64, opts Options) Doc {
	g := newGen(seed, opts)
	doc := Doc{Seed: seed, Format: g.f, Daring: g.daring}
	switch g.f {
	case OpenAPI31, OpenAPI30:
		doc.Name = "openapi.json"
		doc.Text = render(g.openAPI())
	case Swagger20:
		doc.Name = "swagger.json"
		doc.Text = render(g.swagger())
	case JSONSchema:
		doc.Name = "random.schema.json"
		doc.Text = render(g.jsonSchema())
	}
	return doc
}

// gen holds the state of one document's generation.
type gen struct {
	r    *rand.Rand
	f    Format
	opts Options
	// schemas holds the named schemas (components/schemas, definitions or
	// $defs), refPrefix the pointer to them.
	schemas   *obj
	refPrefix string
	names     []string
	// cur is the index in names of the schema being written: allOf members
	// and union variants refer only to earlier ones, so no allOf or union
	// contains itself (properties and items may refer to any, for
	// recursion).
	cur int
	// budget bounds the number of schema nodes in a document.
	budget int
	serial int
	// daring documents use every construct; the others only what README
	// lists as supported, so that refusals of the daring ones (counted,
	// not failed) do not hide what the others would find.
	daring bool
	// comps holds the reusable components by kind (reuse.go), shared the
	// parameters among them other operations may use again.
	comps  *obj
	shared []sharedParam
	// nested says an operation is being written inside another one's
	// callbacks, which hold no callbacks of their own.
	nested bool
}

func newGen(seed uint64, opts Options) *gen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &gen{r: r, f: Format(r.IntN(int(numFormats))), opts: opts, schemas: &obj{}, budget: 40 + r.IntN(80), daring: r.IntN(2) == 0}
}

// Helpers for drawing.

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) intn(n int) int { return g.r.IntN(n) }

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// distinct draws n distinct elements of xs (fewer when xs is shorter).
func distinct[T comparable](g *gen, xs []T, n int) []T {
	perm := g.r.Perm(len(xs))
	var out []T
	seen := map[T]bool{}
	for _, i := range perm {
		if len(out) == n {
			break
		}
		if !seen[xs[i]] {
			seen[xs[i]] = true
			out = append(out, xs[i])
		}
	}
	return out
}

// fresh returns a name not used before in this document.
func (g *gen) fresh(base string) string {
	g.serial++
	return fmt.Sprintf("%s%d", base, g.serial)
}

// declareSchemas chooses the named schemas' names, then writes each: names
// come first so that any schema may refer to any other.
func (g *gen) declareSchemas() {
	n := 1 + g.intn(8)
	g.names = distinct(g, schemaNames, n)
	for i, name := range g.names {
		g.cur = i
		g.schemas.set(name, g.namedSchema())
	}
	g.cur = len(g.names)
	if g.chance(0.3) {
		g.inheritance()
		g.cur = len(g.names)
	}
}

func (g *gen) ref(name string) *obj { return o("$ref", g.refPrefix+escapePointer(name)) }

// escapePointer escapes a JSON pointer token (RFC 6901).
func escapePointer(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			out = append(out, '~', '0')
		case '/':
			out = append(out, '~', '1')
		default:
			out = append(out, s[i])
		}
	}
	return string(out)
}
