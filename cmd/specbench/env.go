package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// bench is one run of the harness: where things are, how long to measure,
// and the rows of the table as the stages produce them.
type bench struct {
	root   string // the specgen module (the working tree being measured)
	dir    string // root/.bench
	bin    string // root/.bench/bin: specgen, the peers, benchstat
	shared string // ../shared: Coder's swagger.json and payloads, the seeds

	reps      int    // repetitions of each whole process
	bigReps   int    // repetitions of the processes that take tens of seconds
	rounds    int    // rounds of the in-process benchmarks
	benchtime string // -test.benchtime of each in-process benchmark
	only      map[string]bool

	log   io.Writer
	start time.Time

	installs   []installed
	inputs     inputs
	gen        []*genRow           // item 1
	builds     []*buildRow         // item 2
	inproc     map[string]*samples // items 3-5, by benchmark name with "/tool=…"
	inprocFail map[string]string   // failed benchmarks' messages
	benchstat  []string            // benchstat's tables, one per benchmark package
	failures   []failureNote       // the verbatim failures the table refers to
	notes      []string            // printed under the table

	buildCommands, benchCommands []proc // for the list of commands
}

// failureNote is a failure quoted below the table.
type failureNote struct{ What, Text string }

func (b *bench) note(s string) { b.notes = append(b.notes, s) }

// newBench finds the module root (the current directory must be it) and
// creates .bench.
func newBench(shared string) (*bench, error) {
	root, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !strings.HasPrefix(string(mod), "module github.com/specgen/specgen\n") {
		return nil, fmt.Errorf("run specbench from the specgen module's root (where go.mod is)")
	}
	if !filepath.IsAbs(shared) {
		shared = filepath.Join(root, shared)
	}
	if st, err := os.Stat(filepath.Join(shared, "corpus", "coder", "swagger.json")); err != nil || st.IsDir() {
		return nil, fmt.Errorf("%s: no corpus/coder/swagger.json; give -shared DIR", shared)
	}
	b := &bench{
		root: root, dir: filepath.Join(root, ".bench"), shared: filepath.Clean(shared),
		log: os.Stderr, start: time.Now(),
		inproc: map[string]*samples{}, inprocFail: map[string]string{},
	}
	b.bin = filepath.Join(b.dir, "bin")
	for _, d := range []string{b.bin, b.path("inputs"), b.path("out")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// path is a path under .bench.
func (b *bench) path(elem ...string) string {
	return filepath.Join(append([]string{b.dir}, elem...)...)
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "[%s] %s\n", time.Since(b.start).Round(time.Second), fmt.Sprintf(format, args...))
}

func (b *bench) progress(s string) { b.logf("%s", s) }

// wants reports whether a stage (an item number of the table) is to run.
func (b *bench) wants(item string) bool { return len(b.only) == 0 || b.only[item] }

// goCmd runs the go command in dir and returns its combined output.
func (b *bench) goCmd(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return out, nil
}

// machine describes where the numbers come from.
type machine struct {
	Date, GoVersion, CPU, OS string
	Cores                    int
}

func describeMachine() machine {
	m := machine{
		Date:      time.Now().UTC().Format("2006-01-02"),
		GoVersion: runtime.Version(),
		OS:        runtime.GOOS + "/" + runtime.GOARCH,
		Cores:     runtime.NumCPU(),
		CPU:       "unknown",
	}
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		m.GoVersion = strings.TrimSpace(string(out))
	}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}
