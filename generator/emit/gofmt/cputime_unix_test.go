//go:build unix

package gofmt_test

import "syscall"

// cpuTime is the process's user and system time so far, in nanoseconds:
// on a shared machine wall time measures the neighbours as much as the
// code.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
