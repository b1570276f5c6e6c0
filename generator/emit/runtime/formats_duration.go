package runtime

import "strings"

// isFormatDuration reports whether s is a duration as RFC 3339's appendix A
// writes it: P, then weeks alone (P2W), or date units and then T and time
// units (P1DT12H, PT36H). The units of each part follow one another without
// a gap: P1Y2M and PT1M2S are durations, P1Y2D and PT1H2S are not, as the
// ABNF says (dur-year = 1*DIGIT "Y" [dur-month]) and jsonschema v5 checks.
func isFormatDuration(s string) bool {
	s, ok := strings.CutPrefix(s, "P")
	if !ok || s == "" {
		return false
	}
	if weeks, ok := strings.CutSuffix(s, "W"); ok {
		return weeks != "" && formatAllDigits(weeks)
	}
	date, clock, hasT := strings.Cut(s, "T")
	if hasT && clock == "" {
		return false
	}
	return formatDurationUnits(date, "YMD") && formatDurationUnits(clock, "HMS")
}

// formatDurationUnits reports whether s is a run of numbers each followed by a
// unit of order, the units consecutive letters of order (MD of YMD).
func formatDurationUnits(s, order string) bool {
	last := -1
	for s != "" {
		n := 0
		for n < len(s) && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == 0 || n == len(s) {
			return false
		}
		unit := strings.IndexByte(order, s[n])
		if unit < 0 || last >= 0 && unit != last+1 {
			return false
		}
		last, s = unit, s[n+1:]
	}
	return true
}

// formatAllDigits reports whether every byte of s is a digit 0-9.
func formatAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
