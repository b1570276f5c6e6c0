package lower

import "github.com/specgen/specgen/generator/ir"

// decodeNames claims, for every named schema's declaration, the name of
// the function that decodes a JSON document into it and checks it
// completely (DecodeWorkspace), after every other name, in declaration
// order: a schema called DecodeWorkspace keeps its name and the function
// gets a suffix, with a note.
func (l *lowerer) decodeNames() {
	for _, d := range l.api.Decls {
		if !d.Named() {
			continue
		}
		want := "Decode" + d.Name
		name, renamed := l.scope.Claim(want)
		if renamed {
			l.noteAs(ir.NoteRenamed, d.Source, "schema %s: its decoding function is named %s: %s is taken", d.Name, name, want)
		}
		d.DecodeName = name
	}
}
