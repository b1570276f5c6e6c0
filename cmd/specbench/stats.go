package main

import (
	"fmt"
	"slices"
	"time"
)

// number is what the harness takes medians of: durations, byte counts,
// benchmark figures.
type number interface{ ~int64 | ~float64 }

// median of a non-empty sample; the mean of the middle two for even sizes.
func median[T number](xs []T) T {
	if len(xs) == 0 {
		var zero T
		return zero
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return s[m-1] + (s[m]-s[m-1])/2
}

// ratio formats a/b as "0.31×"; "—" when either is unknown.
func ratio(a, b float64) string {
	if a <= 0 || b <= 0 {
		return "—"
	}
	r := a / b
	switch {
	case r >= 100:
		return fmt.Sprintf("%.0f×", r)
	case r >= 10:
		return fmt.Sprintf("%.1f×", r)
	case r >= 0.1:
		return fmt.Sprintf("%.2f×", r)
	}
	return fmt.Sprintf("%.3f×", r)
}

// fmtDuration prints a duration with three significant digits.
func fmtDuration(d time.Duration) string {
	switch {
	case d >= time.Minute:
		return fmt.Sprintf("%.1f min", d.Minutes())
	case d >= time.Second:
		return sig3(d.Seconds(), "s")
	case d >= time.Millisecond:
		return sig3(float64(d)/1e6, "ms")
	case d >= time.Microsecond:
		return sig3(float64(d)/1e3, "µs")
	}
	return fmt.Sprintf("%d ns", d)
}

// fmtBytes prints a size in decimal units (kB, MB), as benchstat does.
func fmtBytes(n float64) string {
	switch {
	case n >= 1e9:
		return sig3(n/1e9, "GB")
	case n >= 1e6:
		return sig3(n/1e6, "MB")
	case n >= 1e3:
		return sig3(n/1e3, "kB")
	}
	return fmt.Sprintf("%.0f B", n)
}

// fmtCount prints a count with thousands grouped by commas.
func fmtCount(n float64) string {
	s := fmt.Sprintf("%.0f", n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func sig3(v float64, unit string) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f %s", v, unit)
	case v >= 10:
		return fmt.Sprintf("%.1f %s", v, unit)
	}
	return fmt.Sprintf("%.2f %s", v, unit)
}

// fmtNs prints a benchmark's ns/op.
func fmtNs(ns float64) string {
	if ns < 1000 {
		return fmt.Sprintf("%.0f ns", ns)
	}
	return fmtDuration(time.Duration(ns))
}
