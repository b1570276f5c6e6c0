package load

import "strings"

// anyMember reports whether some member k of an object in v that is not a
// name (see namedMaps) makes found true, walking v as dropNullDefinitions
// and schemaSlots do (data and x- members skipped) but in no order and
// without a pointer for each node. Those walks sort every object's keys
// and build every node's pointer, for the warnings they rarely give: they
// run only where this finds something for them to mend (a tenth of
// checking Coder's API's $refs went to the two).
func anyMember(v any, names bool, found func(x map[string]any, k string) bool) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if !names && (schemaData[k] || strings.HasPrefix(k, "x-")) {
				continue
			}
			if !names && found(x, k) {
				return true
			}
			if anyMember(e, !names && namedMaps[k], found) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if anyMember(e, false, found) {
				return true
			}
		}
	}
	return false
}
