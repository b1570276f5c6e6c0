package runtime

import (
	"encoding/json"
	"slices"
)

// A union told apart by shape may hold the struct of an open object (its
// schema allows members it does not declare), which keeps only the members
// it declares. Its encoding may then match an earlier variant: Marquez's
// Run, an anyOf of IncompleteRun and an object of context and facets, holds
// the second for a run whose nominalStartTime is null (IncompleteRun
// refuses the null), and the second alone encodes as an object that
// IncompleteRun matches. So the union keeps the members its variant does
// not declare (its Rest) and writes them back after the variant's own: a
// decoded value encodes as the document it came from and decodes as the
// same variant again.

// jsonRest returns the members of the object data that declares says the
// held variant has no field for, each as rawJSON writes it (compact,
// HTML-safe, so that a second decoding keeps the same text); nil when
// there are none or data is no object.
func jsonRest(data []byte, declares func(string) bool) map[string]json.RawMessage {
	if jsonKind(data) != "object" {
		return nil
	}
	var rest map[string]json.RawMessage
	_ = jsonDecode(data, func(r *jsonReader) {
		jsonMap(&rest, r, func(v *json.RawMessage, r *jsonReader) {
			w := jsonWriter{}
			w.rawJSON(r.value())
			*v = w.b
		})
	})
	for k := range rest {
		if declares(k) {
			delete(rest, k)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	return rest
}

// jwRest writes rest's members, in the order of their names, into the
// object w ends with (the variant's, written from s), leaving out the names
// the variant held now declares (one set after decoding may). A variant
// written as anything but an object (null) takes none.
func jwRest(w *jsonWriter, s int, rest map[string]json.RawMessage, declares func(string) bool) {
	if len(rest) == 0 || len(w.b) < s+2 || w.b[s] != '{' || w.b[len(w.b)-1] != '}' {
		return
	}
	keys := make([]string, 0, len(rest))
	for k := range rest {
		if !declares(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	w.b = w.b[:len(w.b)-1]
	for _, k := range keys {
		if w.b[len(w.b)-1] != '{' {
			w.raw(",")
		}
		w.str(k)
		w.raw(":")
		w.rawJSON(rest[k])
	}
	w.raw("}")
}

// jsonNamedFold reports whether name equals one of names under simple
// case folding, as a struct's decoding matches a member to a field where
// its keys need not be exact (jsonEqualFold).
func jsonNamedFold(name string, names ...string) bool {
	for _, n := range names {
		if jsonEqualFold([]byte(name), n) {
			return true
		}
	}
	return false
}
