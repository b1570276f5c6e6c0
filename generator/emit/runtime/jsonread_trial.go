package runtime

import "strings"

// jsonTrial is one decoding of a union's variant, kept so that the
// variant the union holds is decoded once: whether it decoded (err), and
// matched (ok: its decoding recorded no problem and its Validate passed),
// and what its record found, located from the variant's root.
type jsonTrial struct {
	err error
	ok  bool
	rec *jsonRecord
	// found is what the variant's Validate found, where it did not match:
	// with rec, why it did not (jsonUnion's report), kept without a copy.
	found ValueErrors
}

// jsonTryVariant decodes data, a union's value, into v, a new variant,
// with decode, keeping every problem in a record, and checks it with check
// (its Validate, or nil), as decodeChecked does: the trial says whether
// it decodes as jsonDecode would say and whether it matches, and keeps
// the record for jsonKeepVariant.
func jsonTryVariant[P any](data []byte, v P, decode func(P, *jsonReader), check func(P) error) jsonTrial {
	t, _ := jsonTryVariantWith(data, nil, v, decode, check)
	return t
}

// jsonTryVariantWith is jsonTryVariant with memo, the memo of the unions
// on trial inside it (nil for none yet): it returns the memo they used,
// made by the first of them if memo was nil (jsonTrialOf).
func jsonTryVariantWith[P any](data []byte, memo *jsonMemo, v P, decode func(P, *jsonReader), check func(P) error) (jsonTrial, *jsonMemo) {
	c := jsonReader{data: data, record: &jsonRecord{trial: true}, memo: memo}
	c.path = c.frames[:0]
	c.document(func(r *jsonReader) { decode(v, r) })
	t := jsonTrial{err: c.result(), rec: c.record}
	if t.err == nil && len(c.record.problems) == 0 {
		t.ok = true
		if check != nil {
			// Only findings the record leaves standing count, as in
			// decodeChecked: not below a value decoding could not give,
			// not a count of properties decoding made.
			var found ValueErrors
			switch err := check(v).(type) {
			case ValueErrors:
				found = err
			case *ValueError:
				found = ValueErrors{err}
			case nil:
			default:
				found = ValueErrors{&ValueError{Message: err.Error()}}
			}
			for _, e := range found {
				if c.record.keeps(e) {
					t.ok, t.found = false, found
					break
				}
			}
		}
	}
	return t, c.memo
}

// jsonKeepVariant ends a union's decoding with the variant of trial t,
// already decoded: with a record, what t's record found joins r's,
// located below where r is (as r.sub would locate it, without decoding
// the variant again). t decoded, so there is no error.
func jsonKeepVariant(r *jsonReader, t *jsonTrial) error {
	if r == nil || r.record == nil || t.rec == nil {
		return t.err
	}
	pointer, field := jsonRender(r.data, r.path, "", false)
	for _, p := range t.rec.problems {
		r.record.problems = append(r.record.problems, jsonProblem{pointer + p.pointer, jsonJoinField(field, p.field), p.message, p.code})
	}
	for _, m := range t.rec.moot {
		r.record.moot = append(r.record.moot, pointer+m)
	}
	for _, c := range t.rec.counted {
		r.record.counted = append(r.record.counted, pointer+c)
	}
	return t.err
}

// jsonJoinField joins two dotted paths of ValueError.Field: an index
// ("[2]") follows without a dot.
func jsonJoinField(prefix, rest string) string {
	if prefix == "" || rest == "" || strings.HasPrefix(rest, "[") {
		return prefix + rest
	}
	return prefix + "." + rest
}
