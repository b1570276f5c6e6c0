package emit

import (
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// TestPlanValueCalls: a call of a bare $ref's check names the check at the
// end of the chain of references, a type-only or false schema's the
// runtime's, and a schema with anything more, or a loop of references,
// keeps its own function.
func TestPlanValueCalls(t *testing.T) {
	yes, no := true, false
	vs := func(name string, s ir.ValueSchema) *ir.ValueSchema { s.Name = name; return &s }
	obj := vs("checkObj", ir.ValueSchema{Types: []string{"object"}, Required: []string{"a"}})
	num := vs("checkNum", ir.ValueSchema{Types: []string{"number"}})
	toObj := vs("checkToObj", ir.ValueSchema{Ref: obj})
	toToObj := vs("checkToToObj", ir.ValueSchema{Ref: toObj})
	toNum := vs("checkToNum", ir.ValueSchema{Ref: num})
	falseS := vs("checkFalse", ir.ValueSchema{Bool: &no})
	trueS := vs("checkTrue", ir.ValueSchema{Bool: &yes})
	nullRef := vs("checkNullRef", ir.ValueSchema{Ref: obj, Null: true})
	noType := vs("checkNoType", ir.ValueSchema{Types: []string{}})
	twoTypes := vs("checkTwo", ir.ValueSchema{Types: []string{"string", "null"}})
	bounded := vs("checkBounded", ir.ValueSchema{Types: []string{"integer"}, Minimum: "0"})
	loopA := vs("checkLoopA", ir.ValueSchema{})
	loopB := vs("checkLoopB", ir.ValueSchema{Ref: loopA})
	loopA.Ref = loopB
	intoLoop := vs("checkIntoLoop", ir.ValueSchema{Ref: loopA})
	all := []*ir.ValueSchema{obj, num, toObj, toToObj, toNum, falseS, trueS, nullRef, noType, twoTypes, bounded, loopA, loopB, intoLoop}

	calls := planValueCalls(&ir.API{ValueSchemas: all})
	want := map[*ir.ValueSchema]string{
		obj: "checkObj", num: "jvTypeNumber", toObj: "checkObj", toToObj: "checkObj", toNum: "jvTypeNumber",
		falseS: "jvFalse", trueS: "checkTrue", nullRef: "checkNullRef", noType: "checkNoType",
		twoTypes: "checkTwo", bounded: "checkBounded", loopA: "checkLoopA", loopB: "checkLoopB", intoLoop: "checkIntoLoop",
	}
	for _, s := range all {
		if got := calls.name(s); got != want[s] {
			t.Errorf("a call of %s names %s, want %s", s.Name, got, want[s])
		}
		if own := calls.own(s); own != (want[s] == s.Name) {
			t.Errorf("%s has a function of its own: %v, want %v", s.Name, own, !own)
		}
	}
}

// TestAnnotMarks: a schema marks what its own keywords evaluate and what
// the subschemas its annotation calls mark; types, references to them and
// loops of references mark nothing; without unevaluated keywords there is
// no annotation at all.
func TestAnnotMarks(t *testing.T) {
	vs := func(name string, s ir.ValueSchema) *ir.ValueSchema { s.Name = name; return &s }
	str := vs("checkStr", ir.ValueSchema{Types: []string{"string"}})
	props := vs("checkProps", ir.ValueSchema{Properties: []ir.ValueProperty{{Name: "a", Schema: str}}})
	refProps := vs("checkRefProps", ir.ValueSchema{Ref: props})
	anyOf := vs("checkAnyOf", ir.ValueSchema{AnyOf: []*ir.ValueSchema{str, refProps}})
	refStr := vs("checkRefStr", ir.ValueSchema{Ref: str})
	thenOnly := vs("checkThen", ir.ValueSchema{If: str, Then: props})
	dependent := vs("checkDependent", ir.ValueSchema{DependentSchemas: []ir.ValueProperty{{Name: "a", Schema: props}}})
	loopA := vs("checkLoopA", ir.ValueSchema{})
	loopB := vs("checkLoopB", ir.ValueSchema{AllOf: []*ir.ValueSchema{loopA}})
	loopA.Ref = loopB
	uneval := vs("checkUneval", ir.ValueSchema{UnevaluatedProperties: str})
	all := []*ir.ValueSchema{str, props, refProps, anyOf, refStr, thenOnly, dependent, loopA, loopB, uneval}

	marks := annotMarks(&ir.API{ValueSchemas: all})
	for s, want := range map[*ir.ValueSchema]bool{
		str: false, props: true, refProps: true, anyOf: true, refStr: false,
		thenOnly: true, dependent: true, loopA: false, loopB: false, uneval: true,
	} {
		if marks[s] != want {
			t.Errorf("%s marks something: %v, want %v", s.Name, marks[s], want)
		}
	}
	if m := annotMarks(&ir.API{ValueSchemas: all[:len(all)-1]}); m != nil {
		t.Errorf("annotMarks without unevaluated keywords = %v, want nil", m)
	}
}
