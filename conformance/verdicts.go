package conformance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"time"
)

// request is one document to check against one group's root type.
type request struct {
	key  string
	data []byte // compact JSON
}

// hangAfter is how long one verdict may take before the program is taken
// to be stuck in it.
const hangAfter = 20 * time.Second

// verdicts runs the verdict program over reqs and returns one answer line
// per request (see check.Serve), or "crashed\t…" for a request during which
// the program died or hung; the program is restarted after it.
func (w *workspace) verdicts(reqs []request) []string {
	answers := make([]string, 0, len(reqs))
	for len(answers) < len(reqs) {
		got, why := w.runProgram(reqs[len(answers):])
		answers = append(answers, got...)
		if len(answers) < len(reqs) {
			answers = append(answers, "crashed\t"+why)
		}
	}
	return answers
}

// runProgram starts the program once and collects its answers until it
// ends; why says how it ended early.
func (w *workspace) runProgram(reqs []request) (answers []string, why string) {
	cmd := exec.Command(w.binary())
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, err.Error()
	}
	go func() {
		bw := bufio.NewWriter(stdin)
		for _, r := range reqs {
			bw.WriteString(r.key)
			bw.WriteByte('\t')
			bw.Write(r.data)
			bw.WriteByte('\n')
		}
		bw.Flush()
		stdin.Close()
	}()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
		for sc.Scan() {
			lines <- sc.Text()
		}
		io.Copy(io.Discard, stdout)
		close(lines)
	}()
	timer := time.NewTimer(hangAfter)
	defer timer.Stop()
	for len(answers) < len(reqs) {
		select {
		case l, ok := <-lines:
			if !ok {
				cmd.Wait()
				return answers, firstLine(stderr.String())
			}
			answers = append(answers, l)
			timer.Reset(hangAfter)
		case <-timer.C:
			cmd.Process.Kill()
			cmd.Wait()
			return answers, "no verdict after " + hangAfter.String()
		}
	}
	cmd.Wait()
	return answers, ""
}

// compact returns data as one line of JSON.
func compact(data json.RawMessage) []byte {
	var b bytes.Buffer
	if json.Compact(&b, data) != nil {
		return data
	}
	return b.Bytes()
}

func firstLine(s string) string {
	s = string(bytes.TrimSpace([]byte(s)))
	if i := bytes.IndexByte([]byte(s), '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
