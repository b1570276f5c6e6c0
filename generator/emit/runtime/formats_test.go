package runtime

import (
	"strings"
	"testing"
)

// TestFormats holds each check to the verdicts of the oracle's AssertFormat
// mode on values that reach each of its branches.
func TestFormats(t *testing.T) {
	for _, c := range []struct {
		format, s string
		want      bool
	}{
		{"date", "2024-02-29", true},
		{"date", "2023-02-29", false},
		{"date-time", "2024-01-02T15:04:05Z", true},
		{"date-time", "2024-01-02t15:04:05.123z", true},
		{"date-time", "2024-01-02 15:04:05Z", false},
		{"date-time", "2024-01-02T15:04", false},
		{"time", "23:59:60Z", true},        // a leap second at 23:59 UTC
		{"time", "15:59:60-08:00", true},   // 23:59 UTC
		{"time", "00:59:60+01:00", true},   // 23:59 UTC the day before
		{"time", "00:59:60+01:00x", false}, // trailing text
		{"time", "12:00:60Z", false},       // a leap second elsewhere
		{"time", "12:00:00.5+05:30", true}, // fraction and offset
		{"time", "12:00:00.Z", false},      // a dot without digits
		{"time", "12:00:00", false},        // no offset
		{"time", "12:00:00z1", false},      // text after z
		{"time", "12:00:00+0530", false},   // offset without colon
		{"time", "12:00:00*05:30", false},  // no sign
		{"time", "12:00:00+24:00", false},  // offset hours out of range
		{"time", "24:00:00Z", false},       // hour out of range
		{"time", "12-00-00Z", false},       // wrong separators
		{"uuid", "123e4567-e89b-12d3-a456-426614174000", true},
		{"uuid", "123E4567-E89B-12D3-A456-426614174000", true},
		{"uuid", "123e4567e89b-12d3-a456-4266141740000", false},
		{"uuid", "123e4567-e89b-12d3-a456-42661417400g", false},
		{"uuid", "123e4567", false},
		{"email", "joe.bloggs@example.com", true},
		{"email", "joe@[127.0.0.1]", true},
		{"email", "joe@[IPv6:::1]", true},
		{"email", "joe@[300.0.0.1]", false},
		{"email", `"joe bloggs"@example.com`, true}, // net/mail's quoted local part
		{"email", "joe..bloggs@example.com", false},
		{"email", "example.com", false},
		{"email", strings.Repeat("a", 65) + "@example.com", false},
		{"email", "joe@" + strings.Repeat("a", 251), false},
		{"email", "joe@-example.com", false},
		{"hostname", "www.example.com.", false}, // RFC 1123 has no trailing dot (jsonschema trims it)
		{"hostname", "-example.com", false},
		{"hostname", "example-.com", false},
		{"hostname", "exa_mple.com", false},
		{"hostname", "a..b", false},
		{"hostname", strings.Repeat("a.", 127) + "a", false},
		{"ipv4", "192.168.0.1", true},
		{"ipv4", "192.168.0", false},
		{"ipv4", "192.168.0.1.2", false},
		{"ipv4", "192.168.0.256", false},
		{"ipv4", "192.168.0.01", false},
		{"ipv6", "::1", true},
		{"ipv6", "fe80::1%eth0", false},
		{"ipv6", "1.2.3.4", false},
		{"uri", "https://example.com:8080/a?b#c", true},
		{"uri", "urn:isbn:0451450523", true},
		{"uri", "http://[::1]/", true},
		{"uri", "http://[::1%25eth0]/", false},
		{"uri", "http://a b/", false},
		{"uri", "http://example.com:80a/", false},
		{"uri", "http://example.com/%41", true}, // the slow path: url.Parse
		{"uri", "http://%zz/", false},
		{"uri", "/relative", false},
		{"uri", "1http://x", false},
		{"uri", "nocolon", false},
		{"uri", "a:b\x7f", false},
		{"iri", "http://u@[v1.fe]:80/p", true}, // IPvFuture after userinfo
		{"iri", "http://[v1.]/", false},        // IPvFuture without its text
		{"iri", "http://[vz.a]/", false},       // IPvFuture without hex
		{"iri", "http://[v1.a b]/", false},     // IPvFuture with a space
		{"iri", "http://[v1.fe]/a\x7f", false}, // the rest is still checked
		{"iri-reference", "a/b?c#d", true},     // the allocation-free path
		{"iri-reference", "a:b", true},         // a scheme
		{"iri-reference", "a?b:c", true},       // url.Parse's path: the colon is in the query
		{"iri-reference", "a:b/c:d", true},
		{"iri-reference", "1:b", false}, // a first segment with a colon
		{"iri-reference", "a\\b", false},
		{"iri-reference", "//[::1]/", true},
		{"iri-reference", "//[::1%25eth0]/", false},
		{"idn-email", "é@exämple.com", true},
		{"idn-email", "é@exämple.com.", false}, // net/mail's verdict, as for email
		{"idn-email", "é@-exämple.com", false},
		{"idn-email", "é@exämple..com", false},
		{"idn-email", "é@" + strings.Repeat("ä", 32) + ".com", false}, // a label of 64 bytes
		{"idn-email", "é@[127.0.0.1]", true},
		{"idn-email", "é@[300.0.0.1]", false},
		{"idn-email", "é@ex_ample.com", false},
		{"idn-email", `"é x"@example.com`, true},
		{"idn-email", "é.@example.com", false},
		{"idn-email", "é", false},
		{"idn-email", strings.Repeat("é", 33) + "@example.com", false}, // 66 bytes
		{"idn-email", "\xff@example.com", false},
		{"idn-email", "joe..bloggs@example.com", false}, // ASCII: format email
		{"duration", "P1Y2M3DT4H5M6S", true},
		{"duration", "P1Y2D", false}, // a gap in the units
		{"duration", "PT1H2S", false},
		{"duration", "P1W2D", false},
		{"duration", "PW", false},
		{"duration", "P1DT", false},
		{"duration", "P1M1M", false},
		{"json-pointer", "/a~", false},
		{"relative-json-pointer", "0", true},
		{"relative-json-pointer", "10#", true},
		{"relative-json-pointer", "#", false},
		{"uri-template", "{a}{b}", true},
		{"uri-template", "{=a}", true}, // a reserved operator is grammar
		{"uri-template", "{a:9999}", true},
		{"uri-template", "{a:1*}", false},
		{"uri-template", "{a*:1}", false},
		{"uri-template", "{.a}", true},
		{"uri-template", "{a.}", false},
		{"uri-template", "{%4}", false},
		{"uri-template", "a%4", false},
		{"uri-template", "a\u0085b", false}, // a C1 control
		{"uri-template", "a\U000E0001b", false},
		{"uri-template", "a\U000E1000b", true},
		{"uri-template", "a\U0001FFFEb", false}, // a non-character
		{"uri-template", "a\uE000b", true},      // private use
	} {
		if got := formatChecks[c.format](c.s); got != c.want {
			t.Errorf("%s %q = %v, want %v", c.format, c.s, got, c.want)
		}
	}
}
