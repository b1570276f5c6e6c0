package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// proc is one whole process the harness times.
type proc struct {
	Dir  string
	Env  []string // added to the harness's environment
	Args []string
	// Before runs, untimed, before each run (e.g. to force a recompilation).
	Before func() error
}

// sample is one timed run of a proc.
type sample struct {
	Wall   time.Duration
	MaxRSS int64 // bytes; the largest resident set of the process or any child it waited for
	Err    error
	Output []byte // stdout and stderr, interleaved
}

// run starts the process through `specbench measure` and waits for it.
//
// Why not measure the child directly: Go starts processes with
// clone(CLONE_VM|CLONE_VFORK), and Linux carries the peak RSS of the
// address space an exec replaces into the new program's max RSS. A child
// of this harness (which holds the 10 MB synthetic spec in memory for a
// while) would report at least the harness's own peak. The small measure
// process in between starts the command the same way, so the floor is its
// own few megabytes, as with /usr/bin/time.
func (p proc) run() sample {
	if p.Before != nil {
		if err := p.Before(); err != nil {
			return sample{Err: err}
		}
	}
	self, err := os.Executable()
	if err != nil {
		return sample{Err: err}
	}
	f, err := os.CreateTemp("", "specbench-measure-")
	if err != nil {
		return sample{Err: err}
	}
	f.Close()
	defer os.Remove(f.Name())
	cmd := exec.Command(self, append([]string{"measure", "-o", f.Name(), "--"}, p.Args...)...)
	cmd.Dir = p.Dir
	cmd.Env = append(os.Environ(), p.Env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	s := sample{Err: err, Output: out.Bytes()}
	data, rerr := os.ReadFile(f.Name())
	if _, serr := fmt.Sscan(string(data), &s.Wall, &s.MaxRSS); rerr != nil || serr != nil {
		if s.Err == nil {
			s.Err = fmt.Errorf("measure wrote no figures: %v %v", rerr, serr)
		}
	}
	return s
}

// measureCommand is `specbench measure -o FILE -- CMD ARGS…`: it runs the
// command with this process's directory, environment, stdin and output,
// writes "WALL_NS MAX_RSS_BYTES" to FILE, and exits with the command's
// status.
func measureCommand(args []string) int {
	if len(args) < 4 || args[0] != "-o" || args[2] != "--" {
		fmt.Fprintln(os.Stderr, "usage: specbench measure -o FILE -- CMD [ARGS…]")
		return 2
	}
	cmd := exec.Command(args[3], args[4:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "specbench measure:", err)
		return 2
	}
	if werr := os.WriteFile(args[1], fmt.Appendf(nil, "%d %d\n", int64(wall), maxRSS(cmd.ProcessState)), 0o644); werr != nil {
		fmt.Fprintln(os.Stderr, "specbench measure:", werr)
		return 2
	}
	return cmd.ProcessState.ExitCode()
}

func (p proc) String() string { return strings.Join(p.Args, " ") }

// measurement is the summary of a proc's repeated runs.
type measurement struct {
	Wall   time.Duration // median
	MaxRSS int64         // median
	Runs   int
	Fail   string // the failure, verbatim, when the process did not succeed
	Output string // the last run's output
}

func (m *measurement) ok() bool { return m != nil && m.Fail == "" && m.Runs > 0 }

// longRun is how long a process may take and still be repeated: one that
// takes longer (ogen's build of the full Coder API takes over a minute) is
// timed once, so that make bench stays within its 15 minutes on 2 cores.
const longRun = 30 * time.Second

// interleave runs reps rounds of all the procs in turn, A B C A B C …, so
// that a slow moment of a shared machine hurts every tool alike. With warm,
// every proc first runs once untimed (page cache, lazily built caches). A
// proc that fails is not run again; its failure is kept verbatim. A proc
// slower than longRun is timed once.
func interleave(reps int, warm bool, procs []proc, progress func(string)) []*measurement {
	out := make([]*measurement, len(procs))
	walls := make([][]time.Duration, len(procs))
	rss := make([][]int64, len(procs))
	for i, p := range procs {
		out[i] = &measurement{}
		if !warm {
			continue
		}
		progress("warm-up: " + p.String())
		s := p.run()
		out[i].Output = string(s.Output)
		if s.Err != nil {
			out[i].Fail = failure(s)
		}
	}
	for r := 0; r < reps; r++ {
		for i, p := range procs {
			if out[i].Fail != "" || (len(walls[i]) > 0 && walls[i][0] > longRun) {
				continue
			}
			progress(fmt.Sprintf("round %d/%d: %s", r+1, reps, p))
			s := p.run()
			if s.Err != nil {
				out[i].Fail = failure(s)
				continue
			}
			walls[i] = append(walls[i], s.Wall)
			rss[i] = append(rss[i], s.MaxRSS)
			out[i].Output = string(s.Output)
		}
	}
	for i := range procs {
		if out[i].Fail == "" {
			out[i].Runs = len(walls[i])
			out[i].Wall = median(walls[i])
			out[i].MaxRSS = median(rss[i])
		}
	}
	return out
}

// failure is a failed run's message: its output, verbatim, and its exit.
func failure(s sample) string {
	msg := strings.TrimSpace(string(s.Output))
	if msg == "" {
		return s.Err.Error()
	}
	return msg + "\n(" + s.Err.Error() + ")"
}
