package main

import "testing"

const benchOutput = `goos: linux
BenchmarkJSON/op=decode/doc=list/tool=specgen-2         	      20	  24404831 ns/op	 110.23 MB/s	 3267733 B/op	   98024 allocs/op
BenchmarkJSON/op=decode/doc=list/tool=oapi-codegen-2    	      20	  22834947 ns/op	 117.80 MB/s	 3123337 B/op	  101025 allocs/op
--- FAIL: BenchmarkJSON/op=decode/doc=list/tool=ogen
    json_test.go:111: decode: unexpected byte 110 'n' at 191
BenchmarkJSON/op=decode/doc=list/tool=specgen-2         	      20	  24000000 ns/op	 111.00 MB/s	 3267733 B/op	   98024 allocs/op
--- FAIL: BenchmarkJSON/op=decode/doc=list/tool=ogen
    json_test.go:111: decode: unexpected byte 110 'n' at 191
--- FAIL: BenchmarkJSON
FAIL
`

func TestParseBench(t *testing.T) {
	results, fails := parseBench([]byte(benchOutput))
	spec := results["BenchmarkJSON/op=decode/doc=list"]["specgen"]
	if spec == nil || len(spec.NsOp) != 2 || spec.NsOp[1] != 24000000 || spec.AllocsOp[0] != 98024 || spec.MBs[0] != 110.23 {
		t.Errorf("specgen samples: %+v", spec)
	}
	if o := results["BenchmarkJSON/op=decode/doc=list"]["oapi-codegen"]; o == nil || len(o.BOp) != 1 || o.BOp[0] != 3123337 {
		t.Errorf("oapi-codegen samples (the tool name has a dash, the GOMAXPROCS suffix must still go): %+v", o)
	}
	want := "json_test.go:111: decode: unexpected byte 110 'n' at 191"
	if got := fails["BenchmarkJSON/op=decode/doc=list/tool=ogen"]; got != want {
		t.Errorf("failure = %q, want it once: %q", got, want)
	}
}
