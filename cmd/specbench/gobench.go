package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// benchPkg is one benchmark package of the .bench module: item 3, 4 or 5.
type benchPkg struct {
	item, name string
	tags       []string
	binary     string
	output     bytes.Buffer // every round's output, as benchstat reads it
}

// samples are one benchmark's figures, one per round.
type samples struct {
	NsOp, MBs, BOp, AllocsOp []float64
}

// gobench compiles the benchmark packages once, then runs them in rounds:
// each round runs every benchmark once, and within a benchmark family the
// tools follow each other (specgen, oapi-codegen, ogen, …), so the runs
// interleave A B C A B C across rounds. It keeps the medians and prints
// benchstat's comparison.
func (b *bench) gobench() error {
	var peerTags []string
	if b.workspacesBuilt(oapi) {
		peerTags = append(peerTags, "bench_oapi")
	}
	if b.workspacesBuilt(ogen) {
		peerTags = append(peerTags, "bench_ogen")
	}
	var pkgs []*benchPkg
	for _, p := range []struct{ item, name string }{{"3", "jsonbench"}, {"4", "validatebench"}, {"5", "roundtrip"}} {
		if !b.wants(p.item) {
			continue
		}
		bp := &benchPkg{item: p.item, name: p.name, tags: peerTags, binary: filepath.Join(b.bin, p.name+".test")}
		if p.name == "roundtrip" {
			if b.specgenHasClient() {
				if err := b.compileBench(bp, "specgen_client"); err == nil {
					pkgs = append(pkgs, bp)
					continue
				} else {
					b.note(fmt.Sprintf("Item 5: gen/coder has NewClient and NewHandler, but the round-trip benchmark written against the expected API does not build with them, so specgen's column is empty:\n\n```\n%s\n```", strings.TrimSpace(err.Error())))
				}
			} else {
				b.note("Item 5: gen/coder has no generated client and server yet (no `NewClient`/`NewHandler`), so specgen's column is empty; the peers' round trips are measured.")
			}
		}
		if err := b.compileBench(bp); err != nil {
			b.failures = append(b.failures, failureNote{What: "item " + p.item + ": building the benchmarks", Text: err.Error()})
			continue
		}
		pkgs = append(pkgs, bp)
	}
	for r := 1; r <= b.rounds; r++ {
		for _, p := range pkgs {
			b.logf("items 3-5: round %d/%d: %s", r, b.rounds, p.name)
			cmd := exec.Command(p.binary, "-test.run=^$", "-test.bench=.", "-test.benchmem", "-test.count=1", "-test.benchtime="+b.benchtime)
			cmd.Dir = b.path("mod", p.name)
			cmd.Env = append(os.Environ(), "SPECBENCH_SHARED="+b.shared, "SPECBENCH_ROOT="+b.root)
			out, _ := cmd.CombinedOutput() // a failed benchmark is reported by name below
			p.output.Write(out)
			if r == 1 {
				b.benchCommands = append(b.benchCommands, proc{Dir: cmd.Dir, Args: cmd.Args})
			}
		}
	}
	for _, p := range pkgs {
		raw := b.path("bench-" + p.name + ".txt")
		if err := os.WriteFile(raw, p.output.Bytes(), 0o644); err != nil {
			return err
		}
		results, fails := parseBench(p.output.Bytes())
		for name, tools := range results {
			for tool, s := range tools {
				b.inproc[name+"/tool="+tool] = s
			}
		}
		for name, msg := range fails {
			b.inprocFail[name] = msg
		}
		stat, err := exec.Command(filepath.Join(b.bin, "benchstat"), "-col", "/tool", raw).CombinedOutput()
		if err != nil {
			stat = append(stat, []byte("\nbenchstat: "+err.Error())...)
		}
		b.benchstat = append(b.benchstat, fmt.Sprintf("$ benchstat -col /tool .bench/bench-%s.txt\n%s", p.name, bytes.TrimSpace(stat)))
	}
	return nil
}

// workspacesBuilt reports whether a peer's package for spec/ exists and (when
// item 2 ran) builds.
func (b *bench) workspacesBuilt(col string) bool {
	if !b.genResult("workspaces", col).ok() {
		return false
	}
	for _, r := range b.builds {
		if r.key == "workspaces" {
			return r.build[col].ok()
		}
	}
	return true
}

// compileBench builds a benchmark package's test binary.
func (b *bench) compileBench(p *benchPkg, extraTags ...string) error {
	tags := append(append([]string{}, p.tags...), extraTags...)
	args := []string{"test", "-c", "-o", p.binary}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	args = append(args, "./"+p.name)
	b.logf("items 3-5: compiling %s (tags %v)", p.name, tags)
	_, err := b.goCmd(b.path("mod"), []string{"GOWORK=off"}, args...)
	if err == nil {
		b.benchCommands = append(b.benchCommands, proc{Dir: b.path("mod"), Args: append([]string{"go"}, args...)})
	}
	return err
}

// parseBench reads `go test -bench` output: for every benchmark (its name
// without the GOMAXPROCS suffix, split at "/tool="), the figures of each
// run; and for every benchmark that failed, its message.
func parseBench(out []byte) (map[string]map[string]*samples, map[string]string) {
	results := map[string]map[string]*samples{}
	fails := map[string]string{}
	var failing string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "--- FAIL: "); ok {
			failing = trimProcs(strings.Fields(name)[0])
			continue
		}
		if failing != "" && strings.HasPrefix(line, "    ") {
			if msg := strings.TrimSpace(line); fails[failing] == "" || !strings.Contains(fails[failing], msg) {
				fails[failing] = strings.TrimSpace(fails[failing] + "\n" + msg)
			}
			continue
		}
		failing = ""
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := trimProcs(f[0])
		base, tool, ok := strings.Cut(name, "/tool=")
		if !ok {
			continue
		}
		if results[base] == nil {
			results[base] = map[string]*samples{}
		}
		s := results[base][tool]
		if s == nil {
			s = &samples{}
			results[base][tool] = s
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				s.NsOp = append(s.NsOp, v)
			case "MB/s":
				s.MBs = append(s.MBs, v)
			case "B/op":
				s.BOp = append(s.BOp, v)
			case "allocs/op":
				s.AllocsOp = append(s.AllocsOp, v)
			}
		}
	}
	return results, fails
}

// trimProcs drops the "-N" GOMAXPROCS suffix of a benchmark name.
func trimProcs(name string) string {
	if i := strings.LastIndex(name, "-"); i > 0 {
		if _, err := strconv.Atoi(name[i+1:]); err == nil {
			return name[:i]
		}
	}
	return name
}
