package runtime

// jsonUnionMemo remembers, for the unions nested in a union's variants,
// each variant's trial at each value of the document: a variant tried at
// a value is decoded whole before it is judged, so without it a union
// that holds itself, whose variants differ only deep down, decodes every
// inner value again for every variant tried above it (three times a level
// for three such variants). With it each value is tried at most once per
// variant, within one outermost union's decoding: the time grows with the
// document, not with the product of the variants tried on the way down.
//
// A trial is a function of the value's text and the variant alone: it
// decodes with a reader of its own, whose path starts at the value, and
// keeps its own record (jsonTryVariant), so the trial remembered is the
// one decoding again would give, the decoded value included. The value
// is shared by the trials above that hold it; only one of them is kept at
// each union, and a document's value is decoded once into the value that
// decoding ends with, so the value a caller gets holds no value twice.
//
// It is made only where a union is decoded on trial (its reader's record
// is a trial's): a document without a union in a union's variant never
// has one, and readers not on trial carry a nil pointer (jsonMemo).
type jsonUnionMemo map[jsonTrialKey]jsonTrialMemo

// jsonTrialKey is a variant tried at a value: where the value's text
// starts in the document, and its length; the variant's Go type, as a
// nil pointer of it (a variant's decoding and check are its type's); and
// whether it was checked (a variant without a Validate is not).
type jsonTrialKey struct {
	at      *byte
	n       int
	variant any
	checked bool
}

// jsonTrialMemo is a trial remembered: the variant decoded, and the trial.
type jsonTrialMemo struct {
	v any
	t jsonTrial
}

// jsonTrialOf tries the variant v at the union's value (jsonTryVariant),
// through the memo when the union is itself decoded on trial: the trial
// remembered for the variant's type at the same value, with the variant
// it decoded, else a new one, remembered. It returns the variant the
// trial decoded, v or the one remembered.
func jsonTrialOf[P any](s *jsonUnion, v P, decode func(P, *jsonReader), check func(P) error) (P, jsonTrial) {
	if s.r == nil || s.r.record == nil || !s.r.record.trial || len(s.data) == 0 {
		// The outermost union: each variant is tried at its value once.
		// Its trials share the memo the first union on trial in them
		// made.
		t, m := jsonTryVariantWith(s.data, s.memo, v, decode, check)
		s.memo = m
		return v, t
	}
	if s.r.memo == nil {
		s.r.memo = &jsonMemo{unions: jsonUnionMemo{}}
	}
	m := s.r.memo.unions.(jsonUnionMemo)
	var none P
	key := jsonTrialKey{at: &s.data[0], n: len(s.data), variant: any(none), checked: check != nil}
	if e, ok := m[key]; ok {
		if w, ok := e.v.(P); ok {
			return w, e.t
		}
	}
	t, _ := jsonTryVariantWith(s.data, s.r.memo, v, decode, check)
	m[key] = jsonTrialMemo{v: v, t: t}
	return v, t
}
