package emit

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// checkNumber writes minimum, maximum, exclusiveMinimum, exclusiveMaximum
// and multipleOf. For integer kinds the bounds are turned into integer
// thresholds at generation time (minimum 1.5 is `v < 2`), so the check
// never converts the value; a bound beyond the kind's range is either
// always met (no check) or never (an unconditional error).
func (e *emitter) checkNumber(g *jen.Group, r *ir.Rules, k ir.Kind, val func() *jen.Statement, at func() jen.Code) {
	type bound struct {
		b     *float64
		below bool   // the value must not be below the bound (a minimum)
		excl  bool   // exclusive
		words string // message
	}
	for _, b := range []bound{
		{r.Minimum, true, false, "at least"},
		{r.ExclusiveMinimum, true, true, "greater than"},
		{r.Maximum, false, false, "at most"},
		{r.ExclusiveMaximum, false, true, "less than"},
	} {
		if b.b == nil {
			continue
		}
		msg := quoted("must be " + b.words + " " + numText(*b.b))
		if k.IsInteger() {
			intBound(g, k, *b.b, b.below, b.excl, val, func() jen.Code { return errsAdd(at(), msg) })
			continue
		}
		op := map[[2]bool]string{{true, false}: "<", {true, true}: "<=", {false, false}: ">", {false, true}: ">="}[[2]bool{b.below, b.excl}]
		v, lit := floatOperands(k, *b.b, val)
		g.If(v.Op(op).Add(lit)).Block(errsAdd(at(), msg))
	}
	if r.MultipleOf != nil && *r.MultipleOf > 0 {
		e.checkMultipleOf(g, *r.MultipleOf, k, val, at)
	}
}

// intBound writes one bound on an integer kind. The value v is allowed when
// v >= c (below) or v <= c (!below), c being the bound rounded into the
// integers the way the comparison requires.
func intBound(g *jen.Group, k ir.Kind, bound float64, below, excl bool, val func() *jen.Statement, fail func() jen.Code) {
	var c float64
	switch {
	case below && !excl:
		c = math.Ceil(bound)
	case below && excl:
		c = math.Floor(bound) + 1
	case !below && !excl:
		c = math.Floor(bound)
	default:
		c = math.Ceil(bound) - 1
	}
	ci, _ := new(big.Float).SetFloat64(c).Int(nil)
	lo, hi := kindRange(k)
	if below {
		switch {
		case ci.Cmp(lo) <= 0: // every value of the kind is at least c
		case ci.Cmp(hi) > 0:
			g.Add(fail())
		default:
			g.If(jen.Add(val()).Op("<").Id(ci.String())).Block(fail())
		}
		return
	}
	switch {
	case ci.Cmp(hi) >= 0:
	case ci.Cmp(lo) < 0:
		g.Add(fail())
	default:
		g.If(jen.Add(val()).Op(">").Id(ci.String())).Block(fail())
	}
}

// checkMultipleOf writes multipleOf: `v%m != 0` for an integer kind and a
// whole m; otherwise isMultipleOf, which decides on the decimal form of m
// (0.1 is 1×10^-1) so that 0.3 is a multiple of 0.1, as JSON Schema's
// arbitrary-precision arithmetic has it.
func (e *emitter) checkMultipleOf(g *jen.Group, m float64, k ir.Kind, val func() *jen.Statement, at func() jen.Code) {
	fail := errsAddMsg(at(), "must be a multiple of "+numText(m))
	if k.IsInteger() && m == math.Trunc(m) {
		mi, _ := new(big.Float).SetFloat64(m).Int(nil)
		if _, hi := kindRange(k); mi.Cmp(hi) > 0 {
			// Only 0 is a multiple of a number larger than any value.
			g.If(jen.Add(val()).Op("!=").Lit(0)).Block(fail)
			return
		}
		g.If(jen.Add(val()).Op("%").Id(mi.String()).Op("!=").Lit(0)).Block(fail)
		return
	}
	digits, scale := decimalOf(m)
	g.If(jen.Op("!").Id("isMultipleOf").Call(
		jen.Float64().Call(val()), jen.Id(digits), jen.Id(scale),
	)).Block(fail)
}

// decimalOf writes m as k×10^-d and returns k and 10^d as Go constants:
// 0.25 is ("25", "1e2").
func decimalOf(m float64) (k, scale string) {
	text := strconv.FormatFloat(m, 'f', -1, 64)
	whole, frac, _ := strings.Cut(text, ".")
	k = strings.TrimLeft(whole+frac, "0")
	if k == "" {
		k = "0"
	}
	return k + ".0", "1e" + strconv.Itoa(len(frac))
}

// kindRange returns the smallest and largest values of an integer kind.
func kindRange(k ir.Kind) (lo, hi *big.Int) {
	bits := map[ir.Kind]uint{ir.KindInt32: 32, ir.KindUint32: 32}[k]
	if bits == 0 {
		bits = 64
	}
	if k == ir.KindUint32 || k == ir.KindUint64 {
		hi = new(big.Int).Lsh(big.NewInt(1), bits)
		return big.NewInt(0), hi.Sub(hi, big.NewInt(1))
	}
	hi = new(big.Int).Lsh(big.NewInt(1), bits-1)
	lo = new(big.Int).Neg(hi)
	return lo, hi.Sub(hi, big.NewInt(1))
}

// floatOperands returns the value and the bound to compare. A float32
// value is compared with the bound rounded to float32, as the JSON number
// was when it was decoded (maximum 0.1 allows 0.1), unless the bound is
// beyond float32's range, where the value is widened instead.
func floatOperands(k ir.Kind, bound float64, val func() *jen.Statement) (v, lit *jen.Statement) {
	if k == ir.KindFloat32 {
		b32 := float32(bound)
		if math.IsInf(float64(b32), 0) {
			return jen.Float64().Call(val()), jen.Id(strconv.FormatFloat(bound, 'g', -1, 64))
		}
		return val(), jen.Id(strconv.FormatFloat(float64(b32), 'g', -1, 32))
	}
	return val(), jen.Id(strconv.FormatFloat(bound, 'g', -1, 64))
}

// numText renders a bound for a message: 28800000, 0.5, 1e+300.
func numText(f float64) string {
	if math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// scalarLitText renders a value from the IR (string, bool, int64, float64)
// as a Go constant of kind k, or reports that no value of k equals it.
func scalarLitText(k ir.Kind, v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x), k == ir.KindString
	case bool:
		return strconv.FormatBool(x), k == ir.KindBool
	case int64:
		if k == ir.KindFloat32 || k == ir.KindFloat64 {
			return strconv.FormatInt(x, 10), true
		}
		lo, hi := kindRange(k)
		if xi := big.NewInt(x); !k.IsInteger() || xi.Cmp(lo) < 0 || xi.Cmp(hi) > 0 {
			return "", false
		}
		return strconv.FormatInt(x, 10), true
	case float64:
		if k == ir.KindFloat32 && math.IsInf(float64(float32(x)), 0) {
			return "", false
		}
		if k == ir.KindFloat32 || k == ir.KindFloat64 {
			return strconv.FormatFloat(x, 'g', -1, 64), true
		}
		if !k.IsInteger() || x != math.Trunc(x) {
			return "", false
		}
		xi, _ := new(big.Float).SetFloat64(x).Int(nil)
		lo, hi := kindRange(k)
		if xi.Cmp(lo) < 0 || xi.Cmp(hi) > 0 {
			return "", false
		}
		return xi.String(), true
	}
	return "", false
}

// scalarLit is scalarLitText as code; call it only when that succeeds.
func scalarLit(k ir.Kind, v any) jen.Code {
	if s, ok := v.(string); ok {
		return jen.Lit(s)
	}
	text, _ := scalarLitText(k, v)
	return jen.Id(text)
}
