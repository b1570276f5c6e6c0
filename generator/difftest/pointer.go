package difftest

import (
	"strconv"
	"strings"
)

// JSON pointers (RFC 6901), the form both the oracle and the generated
// code locate values in: "" is the document, "/a/0/b~1c" its property a's
// first item's property "b/c".

// Tokens splits a pointer into unescaped reference tokens.
func Tokens(ptr string) []string {
	if ptr == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, p := range parts {
		parts[i] = unescape(p)
	}
	return parts
}

// Child returns the pointer to the member name (or index) of ptr.
func Child(ptr, name string) string {
	return ptr + "/" + strings.ReplaceAll(strings.ReplaceAll(name, "~", "~0"), "/", "~1")
}

// Parent splits ptr into its parent and last token; ok is false for "".
func Parent(ptr string) (parent, last string, ok bool) {
	i := strings.LastIndexByte(ptr, '/')
	if i < 0 {
		return "", "", false
	}
	return ptr[:i], unescape(ptr[i+1:]), true
}

// Lookup returns the value at ptr in doc, or nil when there is none.
func Lookup(doc any, ptr string) any {
	v := doc
	for _, tok := range Tokens(ptr) {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// Has reports whether doc has a value (null included) at ptr.
func Has(doc any, ptr string) bool {
	parent, last, ok := Parent(ptr)
	if !ok {
		return true
	}
	switch x := Lookup(doc, parent).(type) {
	case map[string]any:
		_, ok := x[last]
		return ok
	case []any:
		i, err := strconv.Atoi(last)
		return err == nil && i >= 0 && i < len(x)
	}
	return false
}

// Under reports whether ptr is at or below base.
func Under(ptr, base string) bool {
	return ptr == base || strings.HasPrefix(ptr, base+"/")
}

func unescape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

// Locations returns the pointer of every value in doc, depth first, keys in
// order.
func Locations(doc any) []string {
	var out []string
	walk(doc, "", func(ptr string, _ any) bool {
		out = append(out, ptr)
		return false
	})
	return out
}

// Set returns a copy of doc with the value at ptr replaced by v; only the
// containers on the way are copied. ptr must be one of Locations(doc).
func Set(doc any, ptr string, v any) any {
	return replace(doc, Tokens(ptr), v)
}
