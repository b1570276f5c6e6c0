// Parameters on the client side that travel as several values: object
// parameters as name and value in turn, array path parameters as items.

package runtime

import "strings"

// addPairs adds the names and values in kv, in turn, to the query: each as
// its own parameter, or as prefix[name] (deepObject style) when prefix is
// not empty.
func (call *clientCall) addPairs(prefix string, kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		name := kv[i]
		if prefix != "" {
			name = prefix + "[" + name + "]"
		}
		call.query.Add(name, kv[i+1])
	}
}

// joinPairs writes the names and values in kv, in turn, as
// name=value,name=value (an exploded header object).
func joinPairs(kv []string) string {
	parts := make([]string, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		parts = append(parts, kv[i]+"="+kv[i+1])
	}
	return strings.Join(parts, ",")
}

// joinItems writes the items of an array path parameter, comma-separated.
func joinItems[T any](items []T, format func(T) string) string {
	parts := make([]string, 0, len(items))
	for _, v := range items {
		parts = append(parts, format(v))
	}
	return strings.Join(parts, ",")
}
