package runtime

// Punycode (RFC 3492) with IDNA's parameters, into and out of fixed arrays
// so that checking an A-label allocates nothing: a label is at most 63
// octets, so its U-label is at most 59 code points.

const (
	punyBase, punyTMin, punyTMax = 36, 1, 26
	punySkew, punyDamp           = 38, 700
	punyInitialBias              = 72
	punyInitialN                 = 128
	punyMaxLabel                 = 63
)

// punyAdapt is RFC 3492's bias adaptation (section 6.1).
func punyAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= punyDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((punyBase-punyTMin)*punyTMax)/2 {
		delta /= punyBase - punyTMin
		k += punyBase
	}
	return k + (punyBase-punyTMin+1)*delta/(delta+punySkew)
}

// punyDigit returns the value of a Punycode digit (a-z, A-Z: 0-25; 0-9:
// 26-35), or -1.
func punyDigit(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case '0' <= c && c <= '9':
		return int(c-'0') + 26
	}
	return -1
}

// punyThreshold is t of RFC 3492 for position k.
func punyThreshold(k, bias int) int {
	switch {
	case k <= bias:
		return punyTMin
	case k >= bias+punyTMax:
		return punyTMax
	}
	return k - bias
}

// punyDecode decodes s (an A-label without "xn--", ASCII) into out and
// returns the code points, or false for input that is not Punycode. Basic
// code points are lower-cased: labels compare without case.
func punyDecode(s string, out *[punyMaxLabel]rune) ([]rune, bool) {
	n, i, bias, length := punyInitialN, 0, punyInitialBias, 0
	start := 0
	for b := len(s) - 1; b >= 0; b-- {
		if s[b] == '-' {
			if b > len(out) {
				return nil, false
			}
			for j := 0; j < b; j++ {
				c := s[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				out[length] = rune(c)
				length++
			}
			start = b + 1
			break
		}
	}
	for in := start; in < len(s); {
		oldi, w := i, 1
		for k := punyBase; ; k += punyBase {
			if in >= len(s) {
				return nil, false
			}
			digit := punyDigit(s[in])
			in++
			if digit < 0 || digit > (1<<30-i)/w {
				return nil, false
			}
			i += digit * w
			t := punyThreshold(k, bias)
			if digit < t {
				break
			}
			if w > (1<<30)/(punyBase-t) {
				return nil, false
			}
			w *= punyBase - t
		}
		if length >= len(out) {
			return nil, false
		}
		bias = punyAdapt(i-oldi, length+1, oldi == 0)
		n += i / (length + 1)
		i %= length + 1
		if n > 0x10FFFF || 0xD800 <= n && n <= 0xDFFF {
			return nil, false
		}
		copy(out[i+1:length+1], out[i:length])
		out[i] = rune(n)
		length++
		i++
	}
	return out[:length], true
}

// punyEncode encodes the code points of label as Punycode into out,
// returning the octets, or false when they take more than out holds.
func punyEncode(label []rune, out *[punyMaxLabel]byte) ([]byte, bool) {
	length, basic := 0, 0
	for _, r := range label {
		if r < 0x80 {
			if length >= len(out) {
				return nil, false
			}
			out[length] = byte(r)
			length++
			basic++
		}
	}
	if basic > 0 {
		if length >= len(out) {
			return nil, false
		}
		out[length] = '-'
		length++
	}
	n, delta, bias := punyInitialN, 0, punyInitialBias
	for h := basic; h < len(label); {
		m := rune(0x7FFFFFFF)
		for _, r := range label {
			if r >= rune(n) && r < m {
				m = r
			}
		}
		delta += (int(m) - n) * (h + 1)
		n = int(m)
		for _, r := range label {
			if int(r) < n {
				delta++
			}
			if int(r) != n {
				continue
			}
			q := delta
			for k := punyBase; ; k += punyBase {
				t := punyThreshold(k, bias)
				digit := q
				if q >= t {
					digit = t + (q-t)%(punyBase-t)
				}
				if length >= len(out) {
					return nil, false
				}
				out[length] = "abcdefghijklmnopqrstuvwxyz0123456789"[digit]
				length++
				if q < t {
					break
				}
				q = (q - t) / (punyBase - t)
			}
			bias = punyAdapt(delta, h+1, h == basic)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return out[:length], true
}
