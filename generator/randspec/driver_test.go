package randspec_test

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
)

// driverSource writes, for a generated package, the test that makes a
// round trip of every operation it can: a server whose methods keep their
// arguments and return the answer they are given, served by the package's
// own NewHandler over httptest, and for each operation a call of the
// package's Client with random valid arguments (package roundtrip draws
// them and compares). An operation is called when its client and server
// methods take the same arguments and return the same answer, none of
// them streamed or raw (readers, event streams, WebSockets); the others
// are counted as skipped. It returns the source and how many operations it
// calls and skips; ok is false when the package has no Server.
func driverSource(pkg *types.Package, seed uint64) (src string, called int, skipped []string, ok bool) {
	srvObj, _ := pkg.Scope().Lookup("Server").(*types.TypeName)
	cliObj, _ := pkg.Scope().Lookup("Client").(*types.TypeName)
	if srvObj == nil || cliObj == nil {
		return "", 0, nil, false
	}
	iface, ok := srvObj.Type().Underlying().(*types.Interface)
	if !ok {
		return "", 0, nil, false
	}
	imports := map[string]string{}
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		imports[p.Path()] = p.Name()
		return p.Name()
	}
	typ := func(t types.Type) string { return types.TypeString(t, qual) }
	clientMethods := types.NewMethodSet(types.NewPointer(cliObj.Type()))

	var server, calls strings.Builder
	for i := range iface.NumMethods() {
		m := iface.Method(i)
		sig := m.Type().(*types.Signature)
		// The server's method: keep the arguments, return the answer.
		var params, args, results []string
		for j := range sig.Params().Len() {
			if j == 0 {
				params = append(params, "ctx "+typ(sig.Params().At(j).Type()))
				continue
			}
			params = append(params, fmt.Sprintf("a%d %s", j, typ(sig.Params().At(j).Type())))
			args = append(args, fmt.Sprintf("a%d", j))
		}
		for j := range sig.Results().Len() {
			results = append(results, fmt.Sprintf("r%d %s", j, typ(sig.Results().At(j).Type())))
		}
		fmt.Fprintf(&server, "func (s rtServer) %s(%s) (%s) {\n\ts.rec.Got = []any{%s}\n", m.Name(), strings.Join(params, ", "), strings.Join(results, ", "), strings.Join(args, ", "))
		if sig.Results().Len() == 2 {
			fmt.Fprintf(&server, "\tif v, ok := s.rec.Answer.(%s); ok {\n\t\tr0 = v\n\t}\n", typ(sig.Results().At(0).Type()))
		}
		server.WriteString("\treturn\n}\n\n")

		answer, why := roundTrips(pkg, m, sig, clientMethods, typ)
		if why != "" {
			skipped = append(skipped, why)
			continue
		}
		called++
		fmt.Fprintf(&calls, "\t\t{Name: %q, Do: func(ctx context.Context, d *roundtrip.Drawer) ([]any, any, any, error) {\n", m.Name())
		var ptrs []string
		for j := 1; j < sig.Params().Len(); j++ {
			fmt.Fprintf(&calls, "\t\t\tvar a%d %s\n", j, typ(sig.Params().At(j).Type()))
			ptrs = append(ptrs, fmt.Sprintf("&a%d", j))
		}
		if len(ptrs) > 0 {
			fmt.Fprintf(&calls, "\t\t\tif !d.Draw(%s) {\n\t\t\t\treturn nil, nil, nil, roundtrip.ErrNoValue\n\t\t\t}\n", strings.Join(ptrs, ", "))
		}
		callArgs := strings.Join(append([]string{"ctx"}, args...), ", ")
		sent := "[]any{" + strings.Join(args, ", ") + "}"
		csig := clientMethods.Lookup(m.Pkg(), m.Name()).Obj().Type().(*types.Signature)
		switch {
		case answer != nil:
			// The server answers one of several: a success, drawn; the
			// client's return value is another type, checked for errors only.
			fmt.Fprintf(&calls, "\t\t\tvar want %s\n\t\t\td.Answer(&want)\n", typ(answer))
			got := "err"
			if csig.Results().Len() == 2 {
				got = "_, err"
			}
			fmt.Fprintf(&calls, "\t\t\t%s := c.%s(%s)\n\t\t\treturn %s, nil, nil, err\n", got, m.Name(), callArgs, sent)
		case sig.Results().Len() == 2:
			fmt.Fprintf(&calls, "\t\t\tvar want %s\n\t\t\td.Answer(&want)\n", typ(sig.Results().At(0).Type()))
			fmt.Fprintf(&calls, "\t\t\tgot, err := c.%s(%s)\n\t\t\treturn %s, want, got, err\n", m.Name(), callArgs, sent)
		default:
			fmt.Fprintf(&calls, "\t\t\terr := c.%s(%s)\n\t\t\treturn %s, nil, nil, err\n", m.Name(), callArgs, sent)
		}
		calls.WriteString("\t\t}},\n")
	}

	// Credentials: every client option of strings alone (WithBearer,
	// WithBasicAuth, an API key's); the server takes any without an
	// Authenticator.
	var opts []string
	for _, name := range pkg.Scope().Names() {
		f, ok := pkg.Scope().Lookup(name).(*types.Func)
		if !ok || !strings.HasPrefix(name, "With") {
			continue
		}
		sig := f.Type().(*types.Signature)
		if sig.Results().Len() != 1 || typ(sig.Results().At(0).Type()) != "ClientOption" {
			continue
		}
		var args []string
		for j := range sig.Params().Len() {
			if b, ok := sig.Params().At(j).Type().(*types.Basic); !ok || b.Kind() != types.String {
				args = nil
				break
			}
			args = append(args, fmt.Sprintf("%q", []string{"user", "secret"}[min(j, 1)]))
		}
		if len(args) > 0 {
			opts = append(opts, fmt.Sprintf("%s(%s)", name, strings.Join(args, ", ")))
		}
	}

	imports["context"] = "context"
	imports["net/http/httptest"] = "httptest"
	imports["testing"] = "testing"
	imports["github.com/specgen/specgen/generator/randspec/roundtrip"] = "roundtrip"
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n", pkg.Name())
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range imports {
			if !yield(p) {
				return
			}
		}
	}) {
		fmt.Fprintf(&b, "\t%q\n", p)
	}
	b.WriteString(")\n\ntype rtServer struct{ rec *roundtrip.Recorder }\n\n")
	b.WriteString(server.String())
	fmt.Fprintf(&b, "func TestRoundTrip(t *testing.T) {\n\trec := &roundtrip.Recorder{}\n\tts := httptest.NewServer(NewHandler(rtServer{rec}, WithAnyCredential()))\n\tdefer ts.Close()\n")
	fmt.Fprintf(&b, "\tc, err := NewClient(ts.URL%s)\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n", strings.Join(append([]string{""}, opts...), ", "))
	fmt.Fprintf(&b, "\troundtrip.Run(t, %d, rec, []roundtrip.Call{\n%s\t})\n}\n", seed, calls.String())
	return b.String(), called, skipped, true
}

// roundTrips says why the client's method of m cannot be called to check
// the server's: it takes other arguments, or one of them or the answer is
// streamed, raw, a file or an interface the drawer cannot fill; "" when it
// can. When the server answers one of several (a Result interface), answer
// is the success it is to return, and the client's answer goes unchecked.
func roundTrips(pkg *types.Package, m *types.Func, sig *types.Signature, clientMethods *types.MethodSet, typ func(types.Type) string) (answer types.Type, why string) {
	sel := clientMethods.Lookup(m.Pkg(), m.Name())
	if sel == nil {
		return nil, "no client method"
	}
	csig := sel.Obj().Type().(*types.Signature)
	if !csig.Variadic() || csig.Params().Len() != sig.Params().Len()+1 {
		return nil, "other arguments"
	}
	var ts []types.Type
	for j := 1; j < sig.Params().Len(); j++ {
		if !types.Identical(csig.Params().At(j).Type(), sig.Params().At(j).Type()) {
			return nil, "other arguments"
		}
		ts = append(ts, sig.Params().At(j).Type())
	}
	if !types.Identical(csig.Results(), sig.Results()) {
		if sig.Results().Len() != 2 || !types.IsInterface(sig.Results().At(0).Type()) {
			return nil, "other answer"
		}
		if answer = successOf(pkg, sig.Results().At(0).Type()); answer == nil {
			return nil, "no success answer"
		}
		ts = append(ts, answer)
	} else if sig.Results().Len() == 2 {
		ts = append(ts, sig.Results().At(0).Type())
	}
	for _, t := range ts {
		s := typ(t)
		switch {
		case strings.Contains(s, "http."):
			return nil, "a WebSocket"
		case strings.Contains(s, "EventStream") || strings.Contains(s, "EventSink"):
			return nil, "an event stream"
		case strings.Contains(s, "io.") || strings.Contains(s, "RawBody"):
			return nil, "a raw body"
		case types.IsInterface(t):
			return nil, "an interface"
		case holdsReader(t, map[types.Type]bool{}):
			return nil, "a file part"
		}
	}
	return answer, ""
}

// successOf returns the type of a 2xx answer among those that implement a
// server method's Result interface (named <Operation><status>), nil when
// none does.
func successOf(pkg *types.Package, result types.Type) types.Type {
	iface := result.Underlying().(*types.Interface)
	for _, name := range pkg.Scope().Names() {
		tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || types.IsInterface(tn.Type()) || !types.Implements(tn.Type(), iface) {
			continue
		}
		if i := strings.LastIndexAny(name, "0123456789X") - 2; i > 0 && name[i] == '2' {
			return tn.Type()
		}
	}
	return nil
}

// holdsReader reports whether a value of t holds an io.Reader (a multipart
// form's file parts), which is consumed in sending and cannot be compared.
func holdsReader(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		for i := range u.NumMethods() {
			if u.Method(i).Name() == "Read" {
				return true
			}
		}
	case *types.Pointer:
		return holdsReader(u.Elem(), seen)
	case *types.Slice:
		return holdsReader(u.Elem(), seen)
	case *types.Array:
		return holdsReader(u.Elem(), seen)
	case *types.Map:
		return holdsReader(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if u.Field(i).Exported() && holdsReader(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}
