package main

import (
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{7}, 7},
		{nil, 0},
	} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	if got := median([]time.Duration{3, 9, 1, 5}); got != 4 {
		t.Errorf("median of durations = %v, want 4", got)
	}
}

func TestFormatting(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{ratio(1, 3), "0.33×"},
		{ratio(150, 1), "150×"},
		{ratio(0, 1), "—"},
		{fmtDuration(1640 * time.Millisecond), "1.64 s"},
		{fmtDuration(2500 * time.Microsecond), "2.50 ms"},
		{fmtBytes(142e6), "142 MB"},
		{fmtCount(1234567), "1,234,567"},
		{allocRatio(0, 0), "0 = 0"},
		{allocRatio(0, 5), "0×"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
