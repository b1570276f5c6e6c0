package runtime

import "strconv"

// jsonRecording reports whether decoding through r keeps a record (a
// Decode function's): only then does a oneOf try every variant, to find a
// value that more than one matches.
func jsonRecording(r *jsonReader) bool { return r != nil && r.record != nil }

// jsonOneOfTwice records, where r is, that the value matches the variants
// also of a oneOf as well as kept, the variant the union holds, n of them
// in all beside it (also names the first): the schema allows exactly
// one. The union's Go value can show only one variant, so the record is
// where this is seen (as a member a closed object does not allow is).
func jsonOneOfTwice(r *jsonReader, kept string, also []string, n int) {
	names := kept
	for i, a := range also {
		if i == len(also)-1 && n == len(also) {
			names += " and " + a
		} else {
			names += ", " + a
		}
	}
	if n > len(also) {
		names += " and " + strconv.Itoa(n-len(also)) + " more"
	}
	r.record.problem(r.data, r.path, "", false, "matches more than one schema of oneOf ("+names+"); exactly one may match", false)
}

// jsonProbe reads the member name of the object data into *tag, as
// json.Unmarshal reads it into a struct { Tag *string `json:"name"` } (the
// exact key, else one equal ignoring case; the last wins; null leaves it
// nil), with the same errors, save that a value that is not an object
// names the struct without its tag: a tagged union learns its variant
// from it without encoding/json scanning data and decoding it by
// reflection.
func jsonProbe(data []byte, name string, tag **string) error {
	return jsonProbeField(data, jsonField{name: name}, tag)
}

// jsonProbeExact is jsonProbe for a name a struct tag cannot carry: only
// the exact key counts, as a map's key does.
func jsonProbeExact(data []byte, name string, tag **string) error {
	return jsonProbeField(data, jsonField{name: name, flags: jsonExact}, tag)
}

func jsonProbeField(data []byte, field jsonField, tag **string) error {
	f := jsonFields{typ: (*struct{ Tag *string })(nil), fields: []jsonField{field}}
	return jsonDecode(data, func(r *jsonReader) {
		var o jsonObject
		for r.object(&o, &f) {
			if o.field == 0 {
				v := jsonStrPtr(*tag, r, nil)
				*tag = v
			} else {
				r.skip()
			}
		}
	})
}

// jsonKeys returns the member names of the object data, read by the
// reader, for a union that tells its variants apart by the required
// properties present (any value, null included, counts); nil when data is
// not an object.
func jsonKeys(data []byte) map[string]bool {
	var keys map[string]bool
	if jsonKind(data) == "object" {
		jsonDecode(data, func(r *jsonReader) { jsonMap(&keys, r, jsonPresent) })
	}
	return keys
}

// jsonPresent skips a member's value, marking the member present.
func jsonPresent(v *bool, r *jsonReader) {
	r.skip()
	*v = true
}
