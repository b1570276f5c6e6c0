package emit

import "runtime"

// renderSlots is how many files render at once: one per core the process
// may use. Rendering is all CPU, so more at a time finishes none sooner,
// while each half-rendered file holds its syntax tree and buffers (go/parser
// and go/printer allocate about twenty times a file's size). Unbounded, a
// large API's files piled up behind the building of the next ones and took
// turns on the cores in 10 ms slices, so the largest, started early,
// finished last, alone on one core. Bounded, they finish in the order they
// are started (a blocked send on a channel is queued first come, first
// served); which finishes first changes nothing in the output
// (renderer.wait).
func renderSlots() int {
	return max(1, runtime.GOMAXPROCS(0))
}
