package emit

import (
	"cmp"
	"slices"
	"sync/atomic"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A large file is built and rendered in parts. A schema's biggest file
// (validate.gen.go of the 1.62 MB synthetic schema: 1.45 MB of Go;
// unions.gen.go of Vega-Lite's: 3.8 MB) took longer to build and render
// on one core than all the rest of Emit on the other, which then waited:
// cut into parts, the files' work is spread over every core to the end.
// A part is an ordinary jennifer file holding a run of the file's units,
// printed and formatted as any file is; join.go puts the parts together
// under one import block. Every unit's code begins with a blank line, and
// the formatter lays out declarations apart a blank line independently, so
// the parts joined are the file formatted whole, byte for byte
// (TestPartsSameOutput cuts every file at every unit).

// unit is one piece of a file built in parts: the code of one declaration,
// one value check…, written with the emitter of the part it falls in.
type unit struct {
	// weight estimates the unit's size in about 100 bytes of Go: a few,
	// and one more per member (field, value, variant, property), times
	// what a member costs in its file (an enum's value is written three
	// times, a union's variant is tried in turn when decoding).
	weight int
	write  func(e *emitter, f *jen.File)
	// patterns marks the unit that declares the patterns the units before
	// it use (genPatterns); it comes last and is written knowing what every
	// part before it marked.
	patterns bool
}

// defaultPartWeight is the weight of the parts of a file built in parts:
// about 100 KB of Go, a few milliseconds of building and rendering, so
// that the parts left when one core runs out of work are short, and a
// part's fixed cost (its jennifer file, import block and join) stays well
// under a hundredth of it.
const defaultPartWeight = 1000

// declWeight is the weight of d's unit in types.gen.go, validate.gen.go,
// decode.gen.go and encode.gen.go: enums.gen.go and unions.gen.go weigh
// their members more.
func declWeight(d *ir.Decl) int {
	switch t := d.Type.(type) {
	case *ir.Struct:
		return 4 + len(t.Fields)
	case *ir.Enum:
		return 4 + len(t.Values)
	case *ir.Union:
		return 4 + len(t.Variants)
	case *ir.Tuple:
		return 4 + len(t.Items)
	}
	return 4
}

// valueWeight is the weight of the check or the annotations of vs.
func valueWeight(vs *ir.ValueSchema) int {
	return 4 + len(vs.Properties) + len(vs.PatternProperties) + len(vs.PrefixItems) +
		len(vs.AllOf) + len(vs.AnyOf) + len(vs.OneOf) + len(vs.Required)
}

// fileJob is one spec-dependent file being built, in one part or several,
// and what came of it.
type fileJob struct {
	spec specFile
	// parts are the file's parts in order; a file built whole has one.
	parts []*part
	// deferred is the part of the patterns unit of a file built in
	// several parts: it is built by the worker that builds the last of the
	// others, when what they marked is known (nil otherwise).
	deferred *part
	// unbuilt counts the parts, deferred aside, still being built;
	// unrendered those still being built or rendered: the worker that
	// renders the last joins them.
	unbuilt, unrendered atomic.Int32

	// exists says whether the package has the file.
	exists bool
	file   File
	scans  []fileScan
	// renderErr joins the parts' rendering errors; scanErr is the first
	// part's scanning error.
	renderErr, scanErr error
}

// part is a run of a file's units (or the whole of a file that gen
// writes), built and rendered by one worker.
type part struct {
	job *fileJob
	// whole says the part is the file, written by its gen.
	whole  bool
	units  []unit
	weight int

	// ok says gen wrote the file (units always write theirs).
	ok bool
	// patterns are what the part's units marked (emitter.patternsUsed).
	patterns map[int]bool
	src      []byte
	scan     fileScan
	// renderErr is jennifer's or the formatter's; scanErr a runtime name
	// the part declares.
	renderErr, scanErr error
}

// planFiles returns the spec-dependent files in output order and their
// parts in the order workers take them: files written whole first (an
// API's client and server, which cannot be cut), then the parts, the
// heaviest first, so that the work left at the end is small pieces. weight
// is the part weight (defaultPartWeight when 0; negative: every file in
// one part).
func (e *emitter) planFiles(weight int) ([]*fileJob, []*part) {
	if weight == 0 {
		weight = defaultPartWeight
	}
	var jobs []*fileJob
	var wholes, cut []*part
	for _, s := range specFiles {
		j := &fileJob{spec: s}
		jobs = append(jobs, j)
		if s.gen != nil {
			p := &part{job: j, whole: true}
			j.parts = []*part{p}
			wholes = append(wholes, p)
			continue
		}
		units, exists := s.units(e)
		j.exists = exists
		if !exists {
			continue
		}
		for _, us := range cutUnits(units, weight) {
			p := &part{job: j, units: us}
			for _, u := range us {
				p.weight += u.weight
			}
			j.parts = append(j.parts, p)
		}
		if last := j.parts[len(j.parts)-1]; len(j.parts) > 1 && last.units[0].patterns {
			j.deferred = last
		}
		for _, p := range j.parts {
			if p != j.deferred {
				cut = append(cut, p)
			}
		}
	}
	for _, j := range jobs {
		n := int32(len(j.parts))
		j.unrendered.Store(n)
		if j.deferred != nil {
			n--
		}
		j.unbuilt.Store(n)
	}
	slices.SortStableFunc(cut, func(a, b *part) int { return cmp.Compare(b.weight, a.weight) })
	return jobs, append(wholes, cut...)
}

// cutUnits cuts units into runs of about weight each, the patterns unit
// (last, when there is one) in a run of its own. A file that weighs no
// more than weight is one run, patterns and all; so is every file when
// weight is negative.
func cutUnits(units []unit, weight int) [][]unit {
	total := 0
	for _, u := range units {
		total += u.weight
	}
	if weight < 0 || total <= weight {
		return [][]unit{units}
	}
	var tail []unit
	if n := len(units); units[n-1].patterns {
		units, tail = units[:n-1], units[n-1:]
		total -= tail[0].weight
	}
	var out [][]unit
	if len(units) > 0 {
		// As many runs as weight asks for, of equal weight.
		runs := max(1, (total+weight-1)/weight)
		each := (total + runs - 1) / runs
		start, w := 0, 0
		for i, u := range units {
			w += u.weight
			if w >= each || i == len(units)-1 {
				out = append(out, units[start:i+1])
				start, w = i+1, 0
			}
		}
	}
	if tail != nil {
		out = append(out, tail)
	}
	return out
}

// build writes p into a new jennifer file with the emitter fe. The
// patterns unit is written with what every other part of the file marked:
// they are built by then (the deferred part is built last; a file in one
// part has no other).
func (p *part) build(fe *emitter) *jen.File {
	f := fe.newFile()
	if p.whole {
		p.ok = p.job.spec.gen(fe, f)
	} else {
		p.ok = true
		for _, u := range p.units {
			if u.patterns {
				for _, q := range p.job.parts {
					if q == p {
						continue
					}
					for i := range q.patterns {
						fe.markPattern(i)
					}
				}
			}
			u.write(fe, f)
		}
	}
	p.patterns = fe.patternsUsed
	return f
}
