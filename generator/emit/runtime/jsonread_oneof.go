package runtime

// jsonRecording reports whether decoding through r keeps a record (a
// Decode function's): only then does a oneOf try every variant, to find a
// value that more than one matches.
func jsonRecording(r *jsonReader) bool { return r != nil && r.record != nil }

// jsonOneOfTwice records, where r is, that the value matches variant also
// of a oneOf as well as kept, the variant the union holds: the schema
// allows exactly one. The union's Go value can show only one variant, so
// the record is where this is seen (as a member a closed object does not
// allow is).
func jsonOneOfTwice(r *jsonReader, kept, also string) {
	r.record.problem(r.data, r.path, "", false, "matches more than one schema of oneOf ("+kept+" and "+also+"); exactly one may match", false)
}
