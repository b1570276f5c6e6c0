package main

import (
	"os"
	"runtime/debug"
)

// collectLess makes the garbage collector run a third as often as Go's
// default, unless GOGC says otherwise. A run of specgen is short and builds
// its data once (decoded documents, compiled schemas, the IR), so most of
// what a collection finds is still live: at the default, collecting was an
// eighth to a sixth of a diff or a generation of a large API. The cost is
// a larger heap (measured on a 1.7 MB OpenAPI 3.0 pair: 165 → 200 MB
// max RSS, against 2.0 → 1.65 s of CPU).
func collectLess() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	debug.SetGCPercent(300)
}
