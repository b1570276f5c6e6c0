package runtime

import (
	"strings"
	"testing"
)

// TestPunycodeRFC3492Samples decodes and re-encodes sample strings of RFC
// 3492 section 7.1 (the mixed-case annotations included: digits read
// without case, basic code points are lower-cased).
func TestPunycodeRFC3492Samples(t *testing.T) {
	for _, c := range []struct{ puny, want string }{
		{"egbpdaj6bu4bxfgehfvwxn", "\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F"},                                                                             // (A) Arabic
		{"ihqwctvzc91f659drss3x8bo0yb", "\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587"},                                                                                                                        // (C) Chinese
		{"Proprostnemluvesky-uyb24dma41a", "pro\u010Dprost\u011Bnemluv\u00ED\u010Desky"},                                                                                                                                 // (D) Czech
		{"4dbcagdahymbxekheh6e0a7fei0b", "\u05DC\u05DE\u05D4\u05D4\u05DD\u05E4\u05E9\u05D5\u05D8\u05DC\u05D0\u05DE\u05D3\u05D1\u05E8\u05D9\u05DD\u05E2\u05D1\u05E8\u05D9\u05EA"},                                         // (E) Hebrew
		{"b1abfaaepdrnnbgefbaDotcwatmq2g4l", "\u043F\u043E\u0447\u0435\u043C\u0443\u0436\u0435\u043E\u043D\u0438\u043D\u0435\u0433\u043E\u0432\u043E\u0440\u044F\u0442\u043F\u043E\u0440\u0443\u0441\u0441\u043A\u0438"}, // (I) Russian
		{"3B-ww4c5e180e575a65lsy2b", "3\u5E74b\u7D44\u91D1\u516B\u5148\u751F"},                                                                                                                                           // (L) Japanese, B lower-cased
	} {
		var buf [punyMaxLabel]rune
		got, ok := punyDecode(c.puny, &buf)
		if !ok || string(got) != c.want {
			t.Errorf("punyDecode(%q) = %q, %v; want %q", c.puny, string(got), ok, c.want)
			continue
		}
		var out [punyMaxLabel]byte
		if enc, ok := punyEncode(got, &out); !ok || !formatEqualFoldBytes(enc, c.puny) {
			t.Errorf("punyEncode(%q) = %q, %v; want %q", c.want, enc, ok, strings.ToLower(c.puny))
		}
	}
	var buf [punyMaxLabel]rune
	for _, bad := range []string{"99999999999", "-", "abc-!", strings.Repeat("a", 70) + "-b"} {
		if got, ok := punyDecode(bad, &buf); ok && bad != "-" {
			t.Errorf("punyDecode(%q) = %q, want an error", bad, string(got))
		}
	}
}

// TestFormatsRFC holds hostname, idn-hostname, ipv4 and the URI formats to
// cases read from their RFCs (1123, 5891–5893, 3492, 3986, 3987).
func TestFormatsRFC(t *testing.T) {
	for _, c := range []struct {
		format, s string
		want      bool
	}{
		// RFC 1123 2.1: a digit may start a label; 63 octets, 253 in all.
		{"hostname", "3com.example", true},
		{"hostname", strings.Repeat("a", 63) + ".example", true},
		{"hostname", "a.-b.example", false},  // no label starts with a hyphen
		{"hostname", "www.example.", false},  // no trailing dot in the format
		{"hostname", "ab--cd.example", true}, // only xn-- labels are A-labels
		// RFC 3492 7.1 samples as A-labels: (C) Chinese, (E) Hebrew, (I)
		// Russian are U-labels; (A) Arabic ends with U+061F ARABIC
		// QUESTION MARK, which RFC 5892 disallows.
		{"hostname", "xn--ihqwctvzc91f659drss3x8bo0yb.example", true},
		{"hostname", "xn--4dbcagdahymbxekheh6e0a7fei0b", true},
		{"hostname", "XN--B1ABFAAEPDRNNBGEFBADOTCWATMQ2G4L.example", true},
		{"hostname", "xn--egbpdaj6bu4bxfgehfvwxn", false},
		{"hostname", "xn--ihqwctvzc91f659drss3x8bo0y", false},                                  // truncated Punycode
		{"hostname", "xn--4dbcagdahymbxekheh6e0a7fei0b.1example", false},                       // RFC 5893 rule 1 in a Bidi name
		{"hostname", "xn--ihqwctvzc91f659drss3x8bo0yb.xn--4dbcagdahymbxekheh6e0a7fei0b", true}, // an LTR and an RTL label, each by its rule
		// RFC 5892 section 2: derived properties.
		{"idn-hostname", "\u0131stanbul", true},                     // dotless i: PVALID, stable under case folding
		{"idn-hostname", "B\u00FCcher", false},                      // upper case is Unstable
		{"idn-hostname", "b\u00FCcher.example", true},               // Ü lower-cased
		{"idn-hostname", "\uFB01le", false},                         // ﬁ: NFKC changes it
		{"idn-hostname", "\uFF45xample", false},                     // fullwidth e
		{"idn-hostname", "\u13A0\u13A1", true},                      // Cherokee capitals: what case folding maps to
		{"idn-hostname", "\uAB70\uAB71", false},                     // Cherokee small letters fold to capitals
		{"idn-hostname", "\u1100\u1161", false},                     // old Hangul jamo
		{"idn-hostname", "a\uFE00", false},                          // a variation selector is default-ignorable
		{"idn-hostname", "\u0628\u0640\u0628", false},               // TATWEEL: an exception, DISALLOWED
		{"idn-hostname", "\u0F0B\u0F40", true},                      // TIBETAN MARK INTERSYLLABIC TSHEG: exception PVALID
		{"idn-hostname", "\u0301a", false},                          // a combining mark first (RFC 5891 4.2.3.2)
		{"idn-hostname", "ab--\u00E9", false},                       // hyphens in the third and fourth positions
		{"idn-hostname", "\u00E9" + strings.Repeat("a", 62), false}, // its A-label is longer than 63
		// RFC 5892 appendix A: contextual rules.
		{"idn-hostname", "col\u00B7lecci\u00F3", true}, // Catalan l·l
		{"idn-hostname", "co\u00B7ecci\u00F3", false},
		{"idn-hostname", "\u0375\u03B3", true}, // KERAIA before Greek
		{"idn-hostname", "\u0375g", false},
		{"idn-hostname", "\u05E9\u05F3", true}, // GERESH after Hebrew
		{"idn-hostname", "\u30FB\u30AB", true}, // KATAKANA MIDDLE DOT with Katakana
		{"idn-hostname", "\u30FBx", false},
		{"idn-hostname", "\u0628\u0661\u06F2", false},      // Arabic-Indic with extended digits
		{"idn-hostname", "\u0B95\u0BCD\u200D\u0BB7", true}, // ZWJ after a Tamil virama
		{"idn-hostname", "\u0B95\u200D\u0BB7", false},
		{"idn-hostname", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", true}, // Persian ZWNJ between joining letters
		{"idn-hostname", "\u0627\u200C\u0628", false},                              // ALEF joins only on its right
		// RFC 5893: the Bidi rule, once a label is right-to-left.
		{"idn-hostname", "a.\u05E9", true},
		{"idn-hostname", "\u05E91", true},   // an RTL label may end in EN
		{"idn-hostname", "1\u05E9", false},  // rule 1
		{"idn-hostname", "\u05E9a", false},  // rule 2
		{"idn-hostname", "a1.\u05E9", true}, // rule 6: LTR ends in EN
		{"idn-hostname", "a\u0628", false},  // rule 5
		{"idn-hostname", "\u0628\u0661", true},
		{"idn-hostname", "a\u3002b\uFF0Ec\uFF61d", true}, // RFC 3490's full stops
		{"idn-hostname", "a\u3002", false},
		{"idn-hostname", "\xffa", false},
		// RFC 3986 3.2.2 and 7.4: dec-octets, no sign, no leading zero.
		{"ipv4", "255.255.255.255", true},
		{"ipv4", "+1.2.3.4", false},
		{"ipv4", "00.1.2.3", false},
		{"ipv4", "1.2.3.04", false},
		{"ipv4", "1.2.3.2555", false},
		// RFC 3986 1.1.2 examples and 5.4 references.
		{"uri", "telnet://192.0.2.16:80/", true},
		{"uri", "g:h", true},
		{"uri", "http://[v7.fe80::a+en1]/", true}, // IPvFuture
		{"uri", "http://a/b c", false},
		{"uri", "http://a/%4", false},
		{"uri", "http://a/?%zz", false},
		{"uri", "http://a/[x]", false},
		{"uri", "http://u@v@h/", false},
		{"uri", "http://h:8x/", false},
		{"uri", "http://a/{b}", false},
		{"uri", "http://h/#a#b", false},
		{"uri", "http://%41.example/", true}, // an escape in a reg-name (url.Parse refuses it)
		{"uri", "http://\u4F8B.example/", false},
		{"uri-reference", "./g", true},
		{"uri-reference", "g;x?y#s", true},
		{"uri-reference", "../../g", true},
		{"uri-reference", "", true},
		{"uri-reference", "g:h:i", true}, // a URI with scheme g
		{"uri-reference", "a/b:c", true},
		{"uri-reference", "1a:b", false},  // path-noscheme: no colon in the first segment
		{"uri-reference", "//h:/p", true}, // an empty port
		{"uri-reference", "//[::1", false},
		{"uri-reference", "//[::1]x/", false},
		// A reference takes a space and <>^`{|} outside its authority, as
		// url.Parse (the reference validator) does; a URI does not.
		{"uri-reference", "not a uri", true},
		{"uri-reference", "docs/my file.md?q=a b#x y", true},
		{"uri-reference", "{id}/<x>^|`", true},
		{"uri-reference", "//a b/p", false},
		{"uri-reference", "a\\b", false},
		{"uri-reference", "a\"b", false},
		{"iri-reference", "dossier/é t.md", true},
		{"uri", "http://h/a b", false},
		{"uri", "http://h/{id}", false},
		// RFC 3987 2.2: ucschar anywhere, iprivate in the query only.
		{"iri", "http://\u4F8B\u3048.\u30C6\u30B9\u30C8/\u30D1\u30B9", true},
		{"iri", "http://a/?\uE000", true},
		{"iri", "http://a/\uE000", false},
		{"iri", "http://a/\uFFFE", false},
		{"iri-reference", "\u00E9t\u00E9", true},
		{"iri-reference", "\u00E9t\u00E9:x", false}, // no scheme (not ASCII): a colon in the first segment
	} {
		if got := formatChecks[c.format](c.s); got != c.want {
			t.Errorf("%s %q = %v, want %v", c.format, c.s, got, c.want)
		}
	}
}

// TestFormatChecksDoNotAllocate keeps the checks of valid values free of
// allocations: Validate of a valid value allocates nothing.
func TestFormatChecksDoNotAllocate(t *testing.T) {
	for _, c := range []struct{ format, s string }{
		{"hostname", "www.example.com"},
		{"hostname", "xn--ihqwctvzc91f659drss3x8bo0yb.xn--4dbcagdahymbxekheh6e0a7fei0b.example"},
		{"idn-hostname", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.\u4F8B\u3048\u3002b\u00FCcher"},
		{"ipv4", "192.0.2.1"},
		{"uri", "https://user@example.com:8080/a/b?c=d#e"},
		{"uri-reference", "../a/b?c#d"},
		{"iri", "http://[2001:db8::1]/\u00E9?\uE000#f"},
		{"iri-reference", "//h\u00E9/p"},
	} {
		check := formatChecks[c.format]
		if !check(c.s) {
			t.Errorf("%s %q: not valid", c.format, c.s)
			continue
		}
		if n := testing.AllocsPerRun(20, func() { check(c.s) }); n != 0 {
			t.Errorf("%s %q: %v allocations, want 0", c.format, c.s, n)
		}
	}
}

// FuzzFormatInclusions holds the RFCs' inclusions on any string: a host
// name is an IDN host name, a URI is an IRI and a URI reference, and a URI
// reference is an IRI reference; and no check panics.
func FuzzFormatInclusions(f *testing.F) {
	for _, s := range []string{"a.b", "xn--ihqwcrb4cv8a8dqg056pqjye", "http://[::1]/?q#f", "//a@b/c", "\u05E9.a1", "a\u3002b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range [][2]string{{"hostname", "idn-hostname"}, {"uri", "iri"}, {"uri", "uri-reference"}, {"uri-reference", "iri-reference"}, {"iri", "iri-reference"}} {
			if formatChecks[c[0]](s) && !formatChecks[c[1]](s) {
				t.Errorf("%q is a valid %s but not a valid %s", s, c[0], c[1])
			}
		}
	})
}
