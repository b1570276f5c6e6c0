package runtime

// The checks of the schemas that say nothing but one type, and of the
// schema false. Large schemas hold hundreds of such subschemas (a union's
// {"type": "number"} member, a property that admits only null); the
// emitters call these rather than write a function of the same body for
// each (emit/value_calls.go). Each has the signature of a generated check
// (valueCheck), so valueValid takes it too.

// jvTypeNull is the check of {"type": "null"}.
func jvTypeNull(v any, p *validationPath, errs *ValueErrors) { jvCheckType(v, p, errs, "null") }

// jvTypeBoolean is the check of {"type": "boolean"}.
func jvTypeBoolean(v any, p *validationPath, errs *ValueErrors) {
	jvCheckType(v, p, errs, "boolean")
}

// jvTypeString is the check of {"type": "string"}.
func jvTypeString(v any, p *validationPath, errs *ValueErrors) { jvCheckType(v, p, errs, "string") }

// jvTypeNumber is the check of {"type": "number"}.
func jvTypeNumber(v any, p *validationPath, errs *ValueErrors) { jvCheckType(v, p, errs, "number") }

// jvTypeInteger is the check of {"type": "integer"}.
func jvTypeInteger(v any, p *validationPath, errs *ValueErrors) {
	jvCheckType(v, p, errs, "integer")
}

// jvTypeArray is the check of {"type": "array"}.
func jvTypeArray(v any, p *validationPath, errs *ValueErrors) { jvCheckType(v, p, errs, "array") }

// jvTypeObject is the check of {"type": "object"}.
func jvTypeObject(v any, p *validationPath, errs *ValueErrors) { jvCheckType(v, p, errs, "object") }

// jvCheckType reports v at p unless it is of type t, as the generated check
// of a schema with more keywords than type words it, with the cause code
// a union's report asks (causeType), as that check sets it.
func jvCheckType(v any, p *validationPath, errs *ValueErrors, t string) {
	if !jvIsType(v, t) {
		errs.addCause(p, causeType, "must be of type "+t)
	}
}

// jvFalse is the check of the schema false, which no value passes.
func jvFalse(_ any, p *validationPath, errs *ValueErrors) {
	errs.add(p, "no value is allowed here")
}
