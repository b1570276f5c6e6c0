package emit

import (
	"github.com/dave/jennifer/jen"
)

// genHijack writes trackedWriter's Hijack, which WebSocket libraries
// upgrade through.
func genHijack(f *jen.File) {
	f.Line()
	f.Comment("// Hijack hands the connection to a WebSocket library; the answer has then\n// started, as far as the handler is concerned.")
	f.Func().Params(jen.Id("w").Op("*").Id("trackedWriter")).Id("Hijack").Params().Params(jen.Qual("net", "Conn"), jen.Op("*").Qual("bufio", "ReadWriter"), jen.Error()).Block(
		jen.Id("w").Dot("wrote").Op("=").True(),
		jen.Return(jen.Qual(netHTTP, "NewResponseController").Call(jen.Id("w").Dot("ResponseWriter")).Dot("Hijack").Call()),
	)
}
