package runtime

import (
	"strconv"
	"strings"
)

// valueAnyOf reports, at p, that v matches no variant of an anyOf, given
// what each variant's check found (found[i], each non-empty): why each
// did not match, or, where the value was meant for one, that one's
// causes where they are (valueMisses). The generated code checks the
// variants itself, in order, until one passes, so that the path p stays
// on the stack and a value that matches allocates nothing.
func valueAnyOf(p *validationPath, errs *ValueErrors, found ...ValueErrors) {
	valueMisses(p, errs, "anyOf", "must match at least one schema of anyOf, but matches none:", found)
}

// valueOneOf reports, at p, a value that does not match exactly one
// variant of a oneOf, given what each variant's check found (found[i],
// empty where it matched): the variants that match, where more than one
// does; why each did not, where none does (valueMisses).
func valueOneOf(p *validationPath, errs *ValueErrors, found ...ValueErrors) {
	// Counted first: the names are made only for the error, so that a
	// oneOf one variant matches allocates nothing.
	matched := 0
	for _, f := range found {
		if len(f) == 0 {
			matched++
		}
	}
	switch matched {
	case 1:
	case 0:
		valueMisses(p, errs, "oneOf", "must match exactly one schema of oneOf, but matches none:", found)
	default:
		var names strings.Builder
		n := 0
		for i, f := range found {
			if len(f) > 0 {
				continue
			}
			switch n++; {
			case n == matched:
				names.WriteString(" and ")
			case n > 1:
				names.WriteString(", ")
			}
			names.WriteString("oneOf/" + strconv.Itoa(i))
		}
		errs.add(p, "matches more than one schema of oneOf ("+names.String()+"); exactly one may match")
	}
}

// valueMisses reports why v, at p, matches none of a union's variants
// (rule, "anyOf" or "oneOf"), given what each found, located from the
// document's root. The variants v fits by shape (unionMisfit) are the
// candidates (all, where it fits none); where the value was meant for one of
// them (unionMeant) its causes are reported where they are, else one
// error at p lists each candidate's (unionReport).
func valueMisses(p *validationPath, errs *ValueErrors, rule, head string, found []ValueErrors) {
	pointer := p.pointer()
	// On the stack for unions of up to eight variants: a union that
	// matches may hold one that does not, reported here and then dropped.
	var buf [8]unionMiss
	fit := buf[:0]
	for i, f := range found {
		if !unionMisfit(f, pointer) {
			fit = append(fit, unionMiss{label: rule, index: i, causes: f})
		}
	}
	if len(fit) == 0 {
		for i, f := range found {
			fit = append(fit, unionMiss{label: rule, index: i, causes: f})
		}
	}
	if i := unionMeant(fit, pointer); i >= 0 {
		*errs = append(*errs, fit[i].causes...)
		return
	}
	errs.add(p, unionReport(head, p.field(), fit, 0))
}
