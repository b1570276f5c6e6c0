package fake

import (
	"context"
	"strings"
)

// workspaceFilter parses a search query into a predicate: terms key:value
// (owner, name, status, template, dormant) or a bare name, separated by
// spaces, values optionally double-quoted as Coder's SDK sends them
// (owner:"me" name:"dev").
func (s *Server) workspaceFilter(ctx context.Context, q string) (func(*workspace) bool, error) {
	var preds []func(*workspace) bool
	terms, err := searchTerms(q)
	if err != nil {
		return nil, err
	}
	for _, term := range terms {
		key, value := term[0], term[1]
		switch key {
		case "owner":
			u, err := s.resolveUser(ctx, value)
			if err != nil {
				return nil, invalid("Invalid workspace search query.", "owner", "user "+value+" does not exist")
			}
			preds = append(preds, func(w *workspace) bool { return w.ownerID == u.id })
		case "name":
			preds = append(preds, func(w *workspace) bool { return strings.Contains(*w.api.Name, value) })
		case "status":
			preds = append(preds, func(w *workspace) bool { return string(*w.latest().api.Status) == value })
		case "template":
			preds = append(preds, func(w *workspace) bool { return *w.api.TemplateName == value })
		case "dormant":
			want := value == "true"
			preds = append(preds, func(w *workspace) bool { return (w.api.DormantAt != nil) == want })
		default:
			return nil, invalid("Invalid workspace search query.", key, "\""+key+"\" is not a valid query param")
		}
	}
	return func(w *workspace) bool {
		for _, p := range preds {
			if !p(w) {
				return false
			}
		}
		return true
	}, nil
}

// searchTerms splits a search query into [key, value] pairs, as Coder's
// searchquery does: elements are separated by spaces outside double
// quotes, a key is lower-cased, quotes around a value are dropped, and an
// element without a colon is a name.
func searchTerms(q string) ([][2]string, error) {
	var out [][2]string
	for _, element := range splitOutsideQuotes(q, ' ') {
		if element == "" {
			continue
		}
		if strings.HasPrefix(element, ":") || strings.HasSuffix(element, ":") {
			return nil, invalid("Invalid workspace search query.", "q", "Query element \""+element+"\" cannot start or end with ':'")
		}
		parts := splitOutsideQuotes(element, ':')
		switch len(parts) {
		case 1:
			out = append(out, [2]string{"name", unquote(parts[0])})
		case 2:
			out = append(out, [2]string{strings.ToLower(parts[0]), unquote(parts[1])})
		default:
			return nil, invalid("Invalid workspace search query.", "q", "Query element \""+element+"\" can only contain 1 ':'")
		}
	}
	return out, nil
}

// splitOutsideQuotes splits s at each sep that is not inside double quotes.
func splitOutsideQuotes(s string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}
