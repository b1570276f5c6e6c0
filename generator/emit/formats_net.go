package emit

import "github.com/dave/jennifer/jen"

// genFormatHostname writes the check of format "hostname" (RFC 1123 labels).
func genFormatHostname(f *jen.File) {
	label := jen.Id("label")
	f.Comment("// isFormatHostname reports whether s is an Internet host name: dot-separated\n// labels of 1 to 63 letters, digits and hyphens, 253 characters in all.")
	f.Func().Id("isFormatHostname").Params(idS().String()).Bool().Block(
		idS().Op("=").Qual("strings", "TrimSuffix").Call(idS(), jen.Lit(".")),
		jen.If(jen.Len(idS()).Op(">").Lit(253)).Block(ret(jen.False())),
		jen.Id("rest").Op(":=").Add(idS()),
		jen.For().Block(
			jen.List(label.Clone(), jen.Id("after"), jen.Id("more")).Op(":=").Qual("strings", "Cut").Call(jen.Id("rest"), jen.Lit(".")),
			jen.Comment("// s[0], not label[0]: the check jsonschema makes."),
			jen.If(jen.Len(label.Clone()).Op("<").Lit(1).Op("||").Len(label.Clone()).Op(">").Lit(63).Op("||").
				Add(byteAt(idS(), jen.Lit(0))).Op("==").LitRune('-').Op("||").
				Add(label.Clone().Index(jen.Len(label.Clone()).Op("-").Lit(1))).Op("==").LitRune('-')).Block(ret(jen.False())),
			forBytes(label.Clone(),
				jen.If(jen.Op("!").Parens(isAlnum(idC()).Op("||").Add(idC()).Op("==").LitRune('-'))).Block(ret(jen.False())),
			),
			jen.If(jen.Op("!").Id("more")).Block(ret(jen.True())),
			jen.Id("rest").Op("=").Id("after"),
		),
	)
}

// genFormatIPv4 writes the check of format "ipv4": four decimal numbers up
// to 255 without leading zeros.
func genFormatIPv4(f *jen.File) {
	group := jen.Id("group")
	f.Comment("// isFormatIPv4 reports whether s is an IPv4 address in dotted-quad form.")
	f.Func().Id("isFormatIPv4").Params(idS().String()).Bool().Block(
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Lit(4), jen.Id("i").Op("++")).Block(
			jen.List(group.Clone(), jen.Id("rest"), jen.Id("found")).Op(":=").Qual("strings", "Cut").Call(idS(), jen.Lit(".")),
			jen.If(jen.Id("found").Op("!=").Parens(jen.Id("i").Op("<").Lit(3))).Block(ret(jen.False())),
			jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(group.Clone()),
			jen.If(jen.Err().Op("!=").Nil().Op("||").Id("n").Op("<").Lit(0).Op("||").Id("n").Op(">").Lit(255).Op("||").
				Parens(jen.Id("n").Op("!=").Lit(0).Op("&&").Add(group.Clone().Index(jen.Lit(0))).Op("==").LitRune('0'))).Block(ret(jen.False())),
			idS().Op("=").Id("rest"),
		),
		ret(jen.True()),
	)
}

// genFormatIPv6 writes the check of format "ipv6": what net.ParseIP
// accepts, with a colon (net.ParseIP is netip.ParseAddr without zones).
func genFormatIPv6(f *jen.File) {
	f.Comment("// isFormatIPv6 reports whether s is an IPv6 address (without a zone).")
	f.Func().Id("isFormatIPv6").Params(idS().String()).Bool().Block(
		jen.If(jen.Op("!").Qual("strings", "Contains").Call(idS(), jen.Lit(":"))).Block(ret(jen.False())),
		jen.List(jen.Id("ip"), jen.Err()).Op(":=").Qual("net/netip", "ParseAddr").Call(idS()),
		ret(jen.Err().Op("==").Nil().Op("&&").Id("ip").Dot("Zone").Call().Op("==").Lit("")),
	)
}

// genFormatEmail writes the check of format "email".
func genFormatEmail(f *jen.File) {
	local, domain, ip := jen.Id("local"), jen.Id("domain"), jen.Id("ip")
	f.Comment("// isFormatEmail reports whether s is an e-mail address (RFC 5322 addr-spec).")
	f.Func().Id("isFormatEmail").Params(idS().String()).Bool().Block(
		jen.If(jen.Len(idS()).Op(">").Lit(254)).Block(ret(jen.False())),
		jen.Id("at").Op(":=").Qual("strings", "LastIndexByte").Call(idS(), jen.LitRune('@')),
		jen.If(jen.Id("at").Op("<").Lit(0)).Block(ret(jen.False())),
		jen.List(local.Clone(), domain.Clone()).Op(":=").List(idS().Index(jen.Empty(), jen.Id("at")), idS().Index(jen.Id("at").Op("+").Lit(1), jen.Empty())),
		jen.If(jen.Len(local.Clone()).Op(">").Lit(64)).Block(ret(jen.False())),
		jen.If(jen.Len(domain.Clone()).Op(">=").Lit(2).Op("&&").Add(domain.Clone().Index(jen.Lit(0))).Op("==").LitRune('[').Op("&&").
			Add(domain.Clone().Index(jen.Len(domain.Clone()).Op("-").Lit(1))).Op("==").LitRune(']')).Block(
			ip.Clone().Op(":=").Add(domain.Clone()).Index(jen.Lit(1), jen.Len(domain.Clone()).Op("-").Lit(1)),
			jen.If(jen.List(jen.Id("v6"), jen.Id("ok")).Op(":=").Qual("strings", "CutPrefix").Call(ip.Clone(), jen.Lit("IPv6:")), jen.Id("ok")).Block(
				ret(jen.Id("isFormatIPv6").Call(jen.Id("v6"))),
			),
			ret(jen.Id("isFormatIPv4").Call(ip.Clone())),
		),
		jen.If(jen.Op("!").Id("isFormatHostname").Call(domain.Clone())).Block(ret(jen.False())),
		jen.Comment("// The common form, which net/mail accepts, without allocating."),
		jen.If(jen.Id("isEmailDotAtom").Call(local.Clone()).Op("&&").Op("!").Qual("strings", "HasSuffix").Call(domain.Clone(), jen.Lit("."))).Block(ret(jen.True())),
		jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual("net/mail", "ParseAddress").Call(idS()),
		ret(jen.Err().Op("==").Nil()),
	)
}

// genEmailDotAtom writes the test for a local part net/mail certainly
// accepts: ASCII atext separated by single dots.
func genEmailDotAtom(f *jen.File) {
	f.Comment("// isEmailDotAtom reports whether s is a dot-atom of ASCII characters, a local\n// part net/mail accepts.")
	f.Func().Id("isEmailDotAtom").Params(idS().String()).Bool().Block(
		jen.If(idS().Op("==").Lit("").Op("||").Add(byteAt(idS(), jen.Lit(0))).Op("==").LitRune('.').Op("||").
			Add(byteAt(idS(), jen.Len(idS()).Op("-").Lit(1))).Op("==").LitRune('.').Op("||").
			Qual("strings", "Contains").Call(idS(), jen.Lit(".."))).Block(ret(jen.False())),
		forBytes(idS(),
			jen.If(idC().Op("<=").LitRune(' ').Op("||").Add(idC()).Op(">=").Lit(0x7f).Op("||").
				Qual("strings", "IndexByte").Call(jen.Lit(`()<>[]:;@\,"`), idC()).Op(">=").Lit(0)).Block(ret(jen.False())),
		),
		ret(jen.True()),
	)
}

// genFormatURI writes the check of format "uri": an absolute URI that
// url.Parse accepts, whose host, if it has colons, is a bracketed IPv6
// address.
func genFormatURI(f *jen.File) {
	i := jen.Id("i")
	schemeChar := func() *jen.Statement {
		ch := byteAt(idS(), i.Clone())
		return between(ch, 'a', 'z').Op("||").Add(between(ch, 'A', 'Z')).Op("||").
			Add(i.Clone()).Op(">").Lit(0).Op("&&").Parens(between(ch, '0', '9').Op("||").
			Add(ch.Clone()).Op("==").LitRune('+').Op("||").Add(ch.Clone()).Op("==").LitRune('-').Op("||").Add(ch.Clone()).Op("==").LitRune('.'))
	}
	u := jen.Id("u")
	f.Comment("// isFormatURI reports whether s is an absolute URI.")
	f.Func().Id("isFormatURI").Params(idS().String()).Bool().Block(
		jen.Comment("// url.Parse finds a scheme only in letters, digits, +, - and . before the\n// first colon; without one a URI is not absolute."),
		i.Clone().Op(":=").Lit(0),
		jen.For(i.Clone().Op("<").Len(idS()).Op("&&").Parens(schemeChar())).Block(i.Clone().Op("++")),
		jen.If(i.Clone().Op("==").Lit(0).Op("||").Add(i.Clone()).Op("==").Len(idS()).Op("||").Add(byteAt(idS(), i.Clone())).Op("!=").LitRune(':')).Block(ret(jen.False())),
		jen.If(jen.Id("isFastURIRest").Call(idS().Index(i.Clone().Op("+").Lit(1), jen.Empty()))).Block(ret(jen.True())),
		jen.List(u.Clone(), jen.Err()).Op(":=").Qual("net/url", "Parse").Call(idS()),
		jen.If(jen.Err().Op("!=").Nil()).Block(ret(jen.False())),
		jen.If(jen.Id("host").Op(":=").Add(u.Clone()).Dot("Hostname").Call(), jen.Qual("strings", "Contains").Call(jen.Id("host"), jen.Lit(":"))).Block(
			ret(jen.Qual("strings", "Contains").Call(u.Clone().Dot("Host"), jen.Lit("[")).Op("&&").
				Qual("strings", "Contains").Call(u.Clone().Dot("Host"), jen.Lit("]")).Op("&&").Id("isFormatIPv6").Call(jen.Id("host"))),
		),
		ret(u.Clone().Dot("IsAbs").Call()),
	)
}

// genFastURIRest writes the allocation-free test for the part after the
// scheme of a URI that url.Parse certainly accepts: no control bytes and
// no percent escapes (the only things it checks in paths, queries and
// fragments), and an authority of host-name characters and an optional
// numeric port.
func genFastURIRest(f *jen.File) {
	rest, host, port := jen.Id("rest"), jen.Id("host"), jen.Id("port")
	f.Comment("// isFastURIRest reports whether rest, a URI after its scheme and colon, is of\n// a form url.Parse accepts, without calling it.")
	f.Func().Id("isFastURIRest").Params(rest.Clone().String()).Bool().Block(
		forBytes(rest.Clone(),
			jen.If(idC().Op("<").LitRune(' ').Op("||").Add(idC()).Op("==").Lit(0x7f).Op("||").Add(idC()).Op("==").LitRune('%')).Block(ret(jen.False())),
		),
		jen.List(rest.Clone(), jen.Id("_"), jen.Id("_")).Op("=").Qual("strings", "Cut").Call(rest.Clone(), jen.Lit("#")),
		jen.List(rest.Clone(), jen.Id("_"), jen.Id("_")).Op("=").Qual("strings", "Cut").Call(rest.Clone(), jen.Lit("?")),
		jen.List(jen.Id("hier"), jen.Id("ok")).Op(":=").Qual("strings", "CutPrefix").Call(rest.Clone(), jen.Lit("//")),
		jen.If(jen.Op("!").Id("ok")).Block(ret(jen.True())),
		jen.List(jen.Id("authority"), jen.Id("_"), jen.Id("_")).Op(":=").Qual("strings", "Cut").Call(jen.Id("hier"), jen.Lit("/")),
		jen.List(host.Clone(), port.Clone(), jen.Id("_")).Op(":=").Qual("strings", "Cut").Call(jen.Id("authority"), jen.Lit(":")),
		forBytes(host.Clone(),
			jen.If(jen.Op("!").Parens(isAlnum(idC()).Op("||").Add(idC()).Op("==").LitRune('-').Op("||").Add(idC()).Op("==").LitRune('.'))).Block(ret(jen.False())),
		),
		forBytes(port.Clone(),
			jen.If(jen.Op("!").Add(between(idC(), '0', '9'))).Block(ret(jen.False())),
		),
		ret(jen.True()),
	)
}
