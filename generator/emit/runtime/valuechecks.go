package runtime

// valueCheck is the generated check of one JSON Schema on a JSON value
// (checkConfig, written by the emitters for each value schema).
type valueCheck func(any, *validationPath, *ValueErrors)

// valueValid reports whether v passes check, without reporting where it
// does not: contains, anyOf, oneOf, not and if count passing subschemas.
func valueValid(check valueCheck, v any) bool {
	var errs ValueErrors
	check(v, nil, &errs)
	return len(errs) == 0
}
