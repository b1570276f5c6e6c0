package emit

import (
	"github.com/dave/jennifer/jen"
)

// Format checks follow santhosh-tekuri/jsonschema/v5's AssertFormat mode,
// the oracle the differential tests hold Validate to, using only the
// standard library. Where that library allocates (url.Parse,
// mail.ParseAddress) an allocation-free test first accepts the common
// forms it would accept, so that a valid value costs no allocation.

// formatHelpers maps each checked format to its helper and the helpers it
// calls.
var formatHelpers = map[string]struct {
	name string
	deps []string
}{
	"uuid":      {"isFormatUUID", nil},
	"date":      {"isFormatDate", nil},
	"date-time": {"isFormatDateTime", []string{"date", "time"}},
	"time":      {"isFormatTime", []string{"number"}},
	"number":    {"formatNumberIn", nil},
	"hostname":  {"isFormatHostname", nil},
	"ipv4":      {"isFormatIPv4", nil},
	"ipv6":      {"isFormatIPv6", nil},
	"email":     {"isFormatEmail", []string{"hostname", "ipv4", "ipv6", "dot-atom"}},
	"dot-atom":  {"isEmailDotAtom", nil},
	"uri":       {"isFormatURI", []string{"ipv6", "uri-rest"}},
	"uri-rest":  {"isFastURIRest", nil},
}

// formatOrder is the order helpers are written in.
var formatOrder = []string{
	"date-time", "date", "time", "number", "email", "dot-atom", "hostname",
	"ipv4", "ipv6", "uri", "uri-rest", "uuid",
}

// useFormat returns the helper that checks format, recording that the
// package needs it, or "" for a format Validate does not check (lowering
// notes those).
func (e *emitter) useFormat(format string) string {
	h, ok := formatHelpers[format]
	if !ok || format == "number" || format == "dot-atom" || format == "uri-rest" {
		return ""
	}
	var mark func(string)
	mark = func(f string) {
		if e.formats[f] {
			return
		}
		e.formats[f] = true
		for _, d := range formatHelpers[f].deps {
			mark(d)
		}
	}
	mark(format)
	return h.name
}

// genFormats writes formats.gen.go: the helpers the Validate methods use.
func (e *emitter) genFormats(f *jen.File) bool {
	if len(e.formats) == 0 {
		return false
	}
	gens := map[string]func(*jen.File){
		"date-time": genFormatDateTime, "date": genFormatDate, "time": genFormatTime,
		"number": genFormatNumberIn, "email": genFormatEmail, "dot-atom": genEmailDotAtom,
		"hostname": genFormatHostname, "ipv4": genFormatIPv4, "ipv6": genFormatIPv6,
		"uri": genFormatURI, "uri-rest": genFastURIRest, "uuid": genFormatUUID,
	}
	first := true
	for _, name := range formatOrder {
		if !e.formats[name] {
			continue
		}
		if !first {
			f.Line()
		}
		first = false
		gens[name](f)
	}
	return true
}

// Shorthands for the helpers' bodies, whose argument is always s and whose
// loops bind c.
func idS() *jen.Statement           { return jen.Id("s") }
func idC() *jen.Statement           { return jen.Id("c") }
func ret(v jen.Code) *jen.Statement { return jen.Return(v) }

// byteAt is s[i].
func byteAt(v *jen.Statement, i jen.Code) *jen.Statement { return v.Index(i) }

// between is lo <= v && v <= hi for bytes.
func between(v *jen.Statement, lo, hi rune) *jen.Statement {
	return jen.Parens(jen.LitRune(lo).Op("<=").Add(v.Clone()).Op("&&").Add(v.Clone()).Op("<=").LitRune(hi))
}

// isAlnum is an ASCII letter or digit test on c.
func isAlnum(v *jen.Statement) *jen.Statement {
	return between(v, 'a', 'z').Op("||").Add(between(v, 'A', 'Z')).Op("||").Add(between(v, '0', '9'))
}

// forBytes loops over the bytes of v with c bound to each.
func forBytes(v *jen.Statement, body ...jen.Code) *jen.Statement {
	return jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(v), jen.Id("i").Op("++")).Block(
		append([]jen.Code{jen.Id("c").Op(":=").Add(v.Clone()).Index(jen.Id("i"))}, body...)...,
	)
}

// genFormatUUID writes the check of format "uuid": 8-4-4-4-12 hex digits.
func genFormatUUID(f *jen.File) {
	f.Comment("// isFormatUUID reports whether s is a UUID in its 8-4-4-4-12 hex form.")
	f.Func().Id("isFormatUUID").Params(idS().String()).Bool().Block(
		jen.If(jen.Len(idS()).Op("!=").Lit(36)).Block(ret(jen.False())),
		forBytes(idS(),
			jen.Switch(jen.Id("i")).Block(
				jen.Case(jen.Lit(8), jen.Lit(13), jen.Lit(18), jen.Lit(23)).Block(
					jen.If(idC().Op("!=").LitRune('-')).Block(ret(jen.False())),
				),
				jen.Default().Block(
					jen.If(jen.Op("!").Parens(between(idC(), '0', '9').Op("||").Add(between(idC(), 'a', 'f')).Op("||").Add(between(idC(), 'A', 'F')))).Block(ret(jen.False())),
				),
			),
		),
		ret(jen.True()),
	)
}
