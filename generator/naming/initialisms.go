package naming

import "strings"

// initialisms are the words Go style writes in one case (from golint's list,
// plus the ones Coder's API uses: DERP, OS, OIDC, AI, SSO…).
var initialisms = map[string]bool{
	"ACL": true, "AI": true, "CLI": true, "API": true, "ASCII": true, "CPU": true, "CSS": true,
	"CSV": true, "DB": true, "DERP": true, "DNS": true, "EOF": true, "GID": true,
	"GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ID": true,
	"IDP": true, "IP": true, "JSON": true, "JWT": true, "LHS": true, "OIDC": true,
	"OS": true, "QPS": true, "RAM": true, "RHS": true, "RPC": true, "SLA": true,
	"SMTP": true, "SQL": true, "SSH": true, "SSO": true, "TCP": true, "TLS": true,
	"TTL": true, "UDP": true, "UI": true, "UID": true, "URI": true, "URL": true,
	"UTF8": true, "UUID": true, "VM": true, "XML": true, "XMPP": true,
	"XSRF": true, "XSS": true,
}

// initialism reports whether w is a known initialism (in any case), also in
// the plural ("ids" → "IDs", "URLs" → "URLs").
func initialism(w string) (string, bool) {
	up := strings.ToUpper(w)
	if initialisms[up] {
		return up, true
	}
	if len(w) > 2 && (w[len(w)-1] == 's') && initialisms[up[:len(up)-1]] {
		return up[:len(up)-1] + "s", true
	}
	return "", false
}
