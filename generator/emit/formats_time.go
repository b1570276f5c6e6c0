package emit

import "github.com/dave/jennifer/jen"

// genFormatDate writes the check of format "date": RFC 3339 full-date.
func genFormatDate(f *jen.File) {
	f.Comment("// isFormatDate reports whether s is an RFC 3339 full-date (2006-01-02).")
	f.Func().Id("isFormatDate").Params(idS().String()).Bool().Block(
		jen.List(jen.Id("_"), jen.Err()).Op(":=").Qual("time", "Parse").Call(jen.Lit("2006-01-02"), idS()),
		ret(jen.Err().Op("==").Nil()),
	)
}

// genFormatDateTime writes the check of format "date-time".
func genFormatDateTime(f *jen.File) {
	f.Comment("// isFormatDateTime reports whether s is an RFC 3339 date-time; unlike\n// time.Parse it allows a leap second and a lower-case t or z.")
	f.Func().Id("isFormatDateTime").Params(idS().String()).Bool().Block(
		ret(jen.Len(idS()).Op(">=").Lit(20).Op("&&").Parens(
			byteAt(idS(), jen.Lit(10)).Op("==").LitRune('T').Op("||").Add(byteAt(idS(), jen.Lit(10))).Op("==").LitRune('t'),
		).Op("&&").Id("isFormatDate").Call(idS().Index(jen.Empty(), jen.Lit(10))).Op("&&").
			Id("isFormatTime").Call(idS().Index(jen.Lit(11), jen.Empty()))),
	)
}

// genFormatNumberIn writes the two-digit field parser of times.
func genFormatNumberIn(f *jen.File) {
	f.Comment("// formatNumberIn parses s as a decimal number in [min, max].")
	f.Func().Id("formatNumberIn").Params(idS().String(), jen.List(jen.Id("min"), jen.Id("max")).Int()).Params(jen.Int(), jen.Bool()).Block(
		jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(idS()),
		ret(jen.List(jen.Id("n"), jen.Err().Op("==").Nil().Op("&&").Id("n").Op(">=").Id("min").Op("&&").Id("n").Op("<=").Id("max"))),
	)
}

// genFormatTime writes the check of RFC 3339 full-time, as the date-time
// check uses it: a leap second (seconds 60) is allowed only at 23:59 UTC.
func genFormatTime(f *jen.File) {
	num := func(lo, hi int, from, to int) *jen.Statement {
		return jen.Id("formatNumberIn").Call(idS().Index(jen.Lit(from), jen.Lit(to)), jen.Lit(lo), jen.Lit(hi))
	}
	n := jen.Id("n")
	f.Comment("// isFormatTime reports whether s is an RFC 3339 full-time (15:04:05.999Z07:00).")
	f.Func().Id("isFormatTime").Params(idS().String()).Bool().Block(
		jen.If(jen.Len(idS()).Op("<").Lit(9).Op("||").Add(byteAt(idS(), jen.Lit(2))).Op("!=").LitRune(':').Op("||").Add(byteAt(idS(), jen.Lit(5))).Op("!=").LitRune(':')).Block(ret(jen.False())),
		jen.List(jen.Id("h"), jen.Id("okH")).Op(":=").Add(num(0, 23, 0, 2)),
		jen.List(jen.Id("m"), jen.Id("okM")).Op(":=").Add(num(0, 59, 3, 5)),
		jen.List(jen.Id("sec"), jen.Id("okS")).Op(":=").Add(num(0, 60, 6, 8)),
		jen.If(jen.Op("!").Id("okH").Op("||").Op("!").Id("okM").Op("||").Op("!").Id("okS")).Block(ret(jen.False())),
		idS().Op("=").Add(idS()).Index(jen.Lit(8), jen.Empty()),
		jen.Comment("// An optional fraction: a dot and at least one digit."),
		jen.If(byteAt(idS(), jen.Lit(0)).Op("==").LitRune('.')).Block(
			idS().Op("=").Add(idS()).Index(jen.Lit(1), jen.Empty()),
			n.Clone().Op(":=").Lit(0),
			jen.For(n.Clone().Op("<").Len(idS()).Op("&&").Add(between(byteAt(idS(), n.Clone()), '0', '9'))).Block(n.Clone().Op("++")),
			jen.If(n.Clone().Op("==").Lit(0)).Block(ret(jen.False())),
			idS().Op("=").Add(idS()).Index(n.Clone(), jen.Empty()),
		),
		jen.Switch().Block(
			jen.Case(idS().Op("==").Lit("")).Block(ret(jen.False())),
			jen.Case(byteAt(idS(), jen.Lit(0)).Op("==").LitRune('z').Op("||").Add(byteAt(idS(), jen.Lit(0))).Op("==").LitRune('Z')).Block(
				jen.If(jen.Len(idS()).Op("!=").Lit(1)).Block(ret(jen.False())),
			),
			jen.Default().Block(
				jen.If(jen.Len(idS()).Op("!=").Lit(6).Op("||").Add(byteAt(idS(), jen.Lit(3))).Op("!=").LitRune(':').Op("||").
					Parens(byteAt(idS(), jen.Lit(0)).Op("!=").LitRune('+').Op("&&").Add(byteAt(idS(), jen.Lit(0))).Op("!=").LitRune('-'))).Block(ret(jen.False())),
				jen.List(jen.Id("zh"), jen.Id("okZH")).Op(":=").Add(num(0, 23, 1, 3)),
				jen.List(jen.Id("zm"), jen.Id("okZM")).Op(":=").Add(num(0, 59, 4, 6)),
				jen.If(jen.Op("!").Id("okZH").Op("||").Op("!").Id("okZM")).Block(ret(jen.False())),
				jen.Comment("// Move to UTC, where a leap second can only be at 23:59."),
				jen.Id("offset").Op(":=").Id("zh").Op("*").Lit(60).Op("+").Id("zm"),
				jen.If(byteAt(idS(), jen.Lit(0)).Op("==").LitRune('+')).Block(jen.Id("offset").Op("=").Op("-").Id("offset")),
				jen.Id("hm").Op(":=").Id("h").Op("*").Lit(60).Op("+").Id("m").Op("+").Id("offset"),
				jen.If(jen.Id("hm").Op("<").Lit(0)).Block(jen.Id("hm").Op("+=").Lit(24*60)),
				jen.List(jen.Id("h"), jen.Id("m")).Op("=").List(jen.Id("hm").Op("/").Lit(60), jen.Id("hm").Op("%").Lit(60)),
			),
		),
		ret(jen.Id("sec").Op("!=").Lit(60).Op("||").Id("h").Op("==").Lit(23).Op("&&").Id("m").Op("==").Lit(59)),
	)
}
