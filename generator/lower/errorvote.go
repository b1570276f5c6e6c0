package lower

import (
	"fmt"

	"github.com/specgen/specgen/generator/ir"
)

// errorVote is the error schema the documented error responses point to,
// and why: Unanimous when every one of them uses it, else Reason says
// which responses chose it ("3 of the 4 documented 400 responses use").
type errorVote struct {
	Decl      *ir.Decl
	Unanimous bool
	Reason    string
}

// documentedErrorDecl decides which documented schema the generated
// server's own error answers are. Every documented non-2xx JSON response
// votes for its schema (an inline one for none). One schema all of them
// use wins. Else the answers the server makes most are 400s (a parameter
// or body that does not parse or validate), and a client reads those as
// the API documents its 400s: the schema most 400 responses use, more
// than any other, wins; failing that, the one most `default` responses
// use; failing that, the one most error responses use. Hydra's
// operations answer errorOAuth2 but their JSON Web Key ones genericError;
// OpenFGA gives each status its own schema (ValidationErrorMessageResponse
// for 400). A winner whose schema has no string property for a message
// gives way to the next tier's (the server could not say what went
// wrong in it). A tie in every tier, or a winner that is inline, is no
// choice: specgen then declares its own.
func (l *lowerer) documentedErrorDecl() *errorVote {
	var all, bad, dflt tally
	for _, op := range l.api.Operations {
		for _, r := range op.Responses {
			if r.IsSuccess() || r.Chosen == nil || r.Chosen.Encoding != ir.EncodingJSON {
				continue
			}
			var d *ir.Decl
			if ref, ok := r.Chosen.Type.(*ir.Ref); ok {
				d = ref.Decl
			}
			all.add(d)
			switch {
			case r.Status == 400:
				bad.add(d)
			case r.Status == 0 && r.StatusRange == 0:
				dflt.add(d)
			}
		}
	}
	if len(all.order) == 0 {
		return nil
	}
	if len(all.order) == 1 {
		if d := all.order[0]; d != nil {
			return &errorVote{Decl: d, Unanimous: true}
		}
		return nil
	}
	var mute *errorVote // the first winner with no message, if no tier has one that says it
	for _, t := range []struct {
		votes *tally
		what  string
	}{{&bad, "400"}, {&dflt, "default"}, {&all, "error"}} {
		d, n := t.votes.winner()
		if d == nil {
			continue
		}
		v := &errorVote{Decl: d, Reason: fmt.Sprintf("%d of the %d documented %s responses use", n, t.votes.total, t.what)}
		if shapeModel(d).Message != nil {
			return v
		}
		if mute == nil {
			mute = v
		}
	}
	return mute
}

// tally counts votes per schema in the order schemas are first seen, so
// that nothing depends on map order.
type tally struct {
	order []*ir.Decl
	count map[*ir.Decl]int
	total int
}

func (t *tally) add(d *ir.Decl) {
	if t.count == nil {
		t.count = map[*ir.Decl]int{}
	}
	if _, seen := t.count[d]; !seen {
		t.order = append(t.order, d)
	}
	t.count[d]++
	t.total++
}

// winner returns the schema with more votes than any other, and its
// votes; nil when the top is shared or is an inline schema.
func (t *tally) winner() (*ir.Decl, int) {
	var best *ir.Decl
	top, ties := 0, 0
	for _, d := range t.order {
		switch n := t.count[d]; {
		case n > top:
			best, top, ties = d, n, 0
		case n == top:
			ties++
		}
	}
	if ties > 0 {
		return nil, 0
	}
	return best, top
}
