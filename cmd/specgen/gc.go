package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// GC policy, unless GOGC says otherwise. A run of specgen is short and
// builds its data once (decoded documents, compiled schemas, the IR, the
// jennifer trees), so most of what a collection finds is still live, and
// collecting often is wasted work: at Go's default of 100, collecting was
// an eighth to a sixth of a generation. How much heap to trade for that
// depends on the input's size, so the setting follows the live heap after
// each collection: the heap may grow by gcBudget beyond what is live, as a
// percentage between gcMinPercent and gcMaxPercent. A schema of 1.6 MB
// (live heap tens of MB) runs at gcMaxPercent: 0.44 → 0.37 s of user CPU
// against a flat 300, for 150 → 250 MB of RSS (docs/generation-speed.md);
// the 10.5 MB synthetic API (live heap ~400 MB) stays at gcMinPercent,
// where a flat 1000 took it from 1.5 to 2.1 GB and a memory limit near its
// live heap made it collect without end.
const (
	gcBudget     = 256 << 20
	gcMinPercent = 300
	gcMaxPercent = 1000
	// gcMinHeap is the heap Go first collects at under GOGC=100 (its
	// minimum heap goal, scaled by GOGC/100).
	gcMinHeap = 4 << 20
)

// collectLess sets the GC policy above for the process.
func collectLess() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	// Nothing is live yet: the first collection comes once the heap has
	// grown by gcBudget, as the policy lets any live heap grow, not at
	// gcMaxPercent's 44 MB, in the middle of loading (the first
	// collection, not the later ones, is then collectWhileLowering's on
	// a schema file of a few MB: Vega-Lite 171.5 → 169.7 ms of wall, the
	// synthetic schema 160.1 → 150.7, FHIR 227.5 → 215.9, 8–24 ms less
	// CPU each, peak RSS as before; chrt -f 1, 21 and 11 rounds).
	debug.SetGCPercent(gcBudget * 100 / gcMinHeap)
	watchGC()
}

// collectWhileLowering starts a collection, unless GOGC says otherwise,
// once the inputs are loaded (generator.Config.Loaded). Lowering runs on
// one core of two, Emit on both, and Emit allocates most of a run: a
// collection reached during Emit took a share of its cores (Vega-Lite:
// 110 → 33 MB, 28 ms of marking beside the rendering), and with none
// Emit takes fresh pages for all it allocates. Started here it marks on
// the core lowering leaves idle and frees what loading no longer needs
// for Emit to reuse, and tuneGC sets the next goal from that heap, which
// Emit then does not reach. With the first goal at gcBudget (collectLess),
// medians of interleaved rounds under chrt -f 1: Vega-Lite 182.7 →
// 175.7 ms of wall, FHIR 220.4 → 214.0 (21 rounds), and less peak RSS
// (Vega-Lite 176 → 147 MB, FHIR 218 → 175, the synthetic schema
// 156 → 131). Under collectMinHeap in use (Coder's API: 17 MB) there is
// too little to free for it to pay (0.6 ms more wall, 2 ms more CPU).
func collectWhileLowering() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	// The runtime's count of the heap's objects, live or not yet swept.
	heapInUse := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(heapInUse)
	if heapInUse[0].Value.Kind() == metrics.KindUint64 && heapInUse[0].Value.Uint64() < collectMinHeap {
		return
	}
	go runtime.GC()
}

// collectMinHeap is the heap in use below which collectWhileLowering
// does not collect.
const collectMinHeap = 32 << 20

// watchGC calls tuneGC after the next collection, and again after each
// one after it: a finalizer runs once the collection that found its object
// unreachable is over.
func watchGC() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		tuneGC()
		watchGC()
	})
}

// gcSentinel is an object nothing refers to, for watchGC. It must not be
// of size zero (all such objects share one address and are never freed).
type gcSentinel struct{ _ byte }

// tuneGC sets GOGC for the live heap the last collection left.
func tuneGC() {
	// The runtime's count of the heap the last collection marked.
	liveHeap := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(liveHeap)
	if liveHeap[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	debug.SetGCPercent(gcPercent(liveHeap[0].Value.Uint64()))
}

// gcPercent is the GOGC that lets a live heap of live bytes grow by
// gcBudget, within gcMinPercent and gcMaxPercent.
func gcPercent(live uint64) int {
	if live == 0 {
		return gcMaxPercent
	}
	return int(min(max(gcBudget*100/live, gcMinPercent), gcMaxPercent))
}
