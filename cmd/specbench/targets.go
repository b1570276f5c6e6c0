package main

import "fmt"

// target is one line of the targets, judged on this run.
type target struct {
	Goal     string
	Measured string // what was compared, and the ratio
	Met      *bool  // nil when the run did not measure it
}

func (t target) String() string {
	verdict := "not measured"
	if t.Met != nil {
		verdict = map[bool]string{true: "met", false: "not met"}[*t.Met]
	}
	s := fmt.Sprintf("- **%s**: %s", verdict, t.Goal)
	if t.Measured != "" {
		s += " — " + t.Measured
	}
	return s
}

func judged(ok bool) *bool { return &ok }

// targets judges the targets on this run's medians.
func (b *bench) targets() []target {
	var out []target
	procTarget := func(goal string, s, o *measurement, sName, oName string, limit float64, rss bool) target {
		t := target{Goal: goal}
		if s.ok() && o.ok() {
			a, c, unit := float64(s.Wall), float64(o.Wall), fmtDuration
			if rss {
				a, c = float64(s.MaxRSS), float64(o.MaxRSS)
				t.Measured = fmt.Sprintf("%s %s, %s %s: %s", sName, fmtBytes(a), oName, fmtBytes(c), ratio(a, c))
			} else {
				t.Measured = fmt.Sprintf("%s %s, %s %s: %s", sName, unit(s.Wall), oName, unit(o.Wall), ratio(a, c))
			}
			t.Met = judged(a/c <= limit)
		}
		return t
	}
	out = append(out,
		procTarget("generating the full Coder API takes ≤ 1/3 of oapi-codegen's wall time (patched copy, same file)",
			b.genResult("coder", specgen), b.genResult("coder", oapi), "specgen", "oapi-codegen", 1.0/3, false),
		procTarget("… and within 2× of kin-openapi's own load + validate of the same file (`swagger.json`)",
			b.genResult("coder-published", specgen), b.genResult("coder-published", reference), "specgen", "kin-openapi", 2, false),
		procTarget("generating Go from a 1.5 MB JSON Schema takes under 2× what santhosh-tekuri/jsonschema needs to compile it (issue #13)",
			b.genResult("schema", specgen), b.genResult("schema", reference), "specgen", "jsonschema", 2, false),
	)
	var specBuild, oapiBuild *measurement
	for _, r := range b.builds {
		if r.key == "coder" {
			specBuild, oapiBuild = r.build[specgen], r.build[oapi]
		}
	}
	out = append(out,
		procTarget("building the full Coder API's generated package takes ≤ 1/2 of oapi-codegen's wall time", specBuild, oapiBuild, "specgen", "oapi-codegen", 0.5, false),
		procTarget("… and ≤ 1/2 of its max RSS", specBuild, oapiBuild, "specgen", "oapi-codegen", 0.5, true),
	)
	inproc := func(goal, bench, other string, pass func(s, o benchFigures) bool, measured func(s, o benchFigures) string) target {
		t := target{Goal: goal}
		s, ok1 := b.inproc[bench+"/tool="+specgen]
		o, ok2 := b.inproc[bench+"/tool="+other]
		if ok1 && ok2 {
			sf, of := s.medians(), o.medians()
			t.Met, t.Measured = judged(pass(sf, of)), measured(sf, of)
		}
		return t
	}
	timeRatio := func(other string) func(s, o benchFigures) string {
		return func(s, o benchFigures) string {
			return fmt.Sprintf("specgen %s, %s %s: %s the time", fmtNs(s.NsOp), other, fmtNs(o.NsOp), ratio(s.NsOp, o.NsOp))
		}
	}
	speedup := func(s, o benchFigures) string {
		return fmt.Sprintf("specgen %s, jsonschema %s: %s faster", fmtNs(s.NsOp), fmtNs(o.NsOp), ratio(o.NsOp, s.NsOp))
	}
	out = append(out,
		inproc("decoding the 1,000-workspace list (as a server sends it) is at least as fast as encoding/json on oapi-codegen's types",
			"BenchmarkJSON/op=decode/doc=list", oapi, func(s, o benchFigures) bool { return s.NsOp <= o.NsOp }, timeRatio("oapi-codegen")),
		inproc("stretch: … as fast as ogen's decoder, keeping encoding/json compatibility (the list without nulls, which is all ogen reads)",
			"BenchmarkJSON/op=decode/doc=list-nonulls", ogen, func(s, o benchFigures) bool { return s.NsOp <= o.NsOp }, timeRatio("ogen")),
		inproc("`Validate()` is ≥ 50× faster than jsonschema on the seed Workspace",
			"BenchmarkValidate/doc=workspace", "jsonschema", func(s, o benchFigures) bool { return o.NsOp >= 50*s.NsOp }, speedup),
		inproc("… and on the 1,000-workspace list",
			"BenchmarkValidate/doc=list", "jsonschema", func(s, o benchFigures) bool { return o.NsOp >= 50*s.NsOp }, speedup),
	)
	zeroAllocs := target{Goal: "`Validate()` makes 0 allocations on valid input"}
	w, ok1 := b.inproc["BenchmarkValidate/doc=workspace/tool="+specgen]
	l, ok2 := b.inproc["BenchmarkValidate/doc=list/tool="+specgen]
	if ok1 && ok2 {
		wa, la := w.medians().AllocsOp, l.medians().AllocsOp
		zeroAllocs.Met = judged(wa == 0 && la == 0)
		zeroAllocs.Measured = fmt.Sprintf("%s allocs/op on the Workspace, %s on the list", fmtCount(wa), fmtCount(la))
	}
	return append(out, zeroAllocs)
}
