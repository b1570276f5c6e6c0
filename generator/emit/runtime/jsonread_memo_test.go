package runtime

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// mLow, mMid and mAny are the variants of a union that holds itself
// (memoCase.node): objects {next, z} whose z is at most 0, at most 1, or
// any integer, told apart by that bound alone.
type mLow struct {
	Next *mNode
	Z    *int64
}
type mMid mLow
type mAny mLow

// mNode is the union, its variant a *mLow, *mMid or *mAny.
type mNode struct{ Value any }

var mFields = jsonFields{typ: (*mLow)(nil), fields: []jsonField{{"next", jsonNotNull}, {"z", jsonNotNull}}, closed: true, exact: true}

// memoCase decodes mNode as generated code would, with the memo (memo
// set) or without it (each union clears its record's trial, so that none
// is made), offering the variants to jsonUnionTry, or to jsonUnionOne
// (oneOf), and counts how often each variant is decoded at each offset of
// the document.
type memoCase struct {
	doc     []byte
	memo    bool
	oneOf   bool
	decoded map[string]int
}

func (c *memoCase) node(n *mNode, r *jsonReader) {
	r.decodeWith(func(data []byte, r *jsonReader) error { return c.unmarshal(n, data, r) })
}

func (c *memoCase) unmarshal(n *mNode, data []byte, r *jsonReader) error {
	if !c.memo && r != nil && r.record != nil && r.record.trial {
		r.record.trial = false
		defer func() { r.record.trial = true }()
	}
	s := jsonUnion{data: data, r: r, exclusive: true}
	if c.oneOf {
		switch {
		case jsonUnionOne(&s, "mLow", new(mLow), decodeAs(c, (*mLow)(nil)), checkAs[*mLow](0)):
		case jsonUnionOne(&s, "mMid", new(mMid), decodeAs(c, (*mMid)(nil)), checkAs[*mMid](1)):
		case jsonUnionOne(&s, "mAny", new(mAny), decodeAs(c, (*mAny)(nil)), nil):
		}
	} else {
		switch {
		case jsonUnionTry(&s, "mLow", new(mLow), decodeAs(c, (*mLow)(nil)), checkAs[*mLow](0)):
		case jsonUnionTry(&s, "mMid", new(mMid), decodeAs(c, (*mMid)(nil)), checkAs[*mMid](1)):
		case jsonUnionTry(&s, "mAny", new(mAny), decodeAs(c, (*mAny)(nil)), nil):
		}
	}
	v, err := s.end("mNode", "mNode: none")
	if v != nil {
		n.Value = v
	}
	return err
}

// decodeAs decodes a variant of type P (all three are mLow's shape),
// counting it at the offset of its value in the document.
func decodeAs[P interface{ ~*mLow | ~*mMid | ~*mAny }](c *memoCase, _ P) func(P, *jsonReader) {
	return func(v P, r *jsonReader) {
		r.ws()
		at := cap(c.doc) - cap(r.data) + r.pos
		c.decoded[fmt.Sprintf("%T@%d", v, at)]++
		o := (*mLow)(v)
		var it jsonObject
		for r.object(&it, &mFields) {
			switch it.field {
			case 0:
				jsonPtr(&o.Next, r, c.node)
			case 1:
				o.Z = jsonIntPtr(o.Z, r)
			default:
				r.skip()
			}
		}
	}
}

// checkAs is the Validate of a variant whose z is at most max, of the
// links below it too.
func checkAs[P interface{ ~*mLow | ~*mMid | ~*mAny }](max int64) func(P) error {
	return func(v P) error {
		o := (*mLow)(v)
		if o.Z != nil && *o.Z > max {
			return &ValueError{Pointer: "/z", Message: "must be at most " + strconv.FormatInt(max, 10)}
		}
		return checkNode(o.Next, "/next")
	}
}

func checkNode(n *mNode, at string) error {
	if n == nil {
		return nil
	}
	var err error
	switch x := n.Value.(type) {
	case *mLow:
		err = checkAs[*mLow](0)(x)
	case *mMid:
		err = checkAs[*mMid](1)(x)
	case *mAny:
		err = checkAs[*mAny](1 << 62)(x)
	}
	var ve *ValueError
	if errors.As(err, &ve) {
		return &ValueError{Pointer: at + ve.Pointer, Message: ve.Message}
	}
	return err
}

// memoChain is a document depth links deep, each z, the innermost's last.
func memoChain(depth int, z, last string) []byte {
	s := `{"z": ` + last + `}`
	for range depth {
		s = `{"next": ` + s + `, "z": ` + z + `}`
	}
	return []byte(s)
}

// TestUnionMemoSameAsDecodingAgain: decoding a union that holds itself
// with the memo gives what decoding without it gives (the value, the
// error of json.Unmarshal's path, a Decode function's error and record),
// while no variant is decoded twice at the same value; without it the
// inner links are decoded again for each variant tried above them.
func TestUnionMemoSameAsDecodingAgain(t *testing.T) {
	docs := map[string][]byte{
		"bound fails at every link":  memoChain(6, "2", "1"),
		"first variant holds":        memoChain(6, "0", "0"),
		"string innermost":           memoChain(5, "2", `"a"`),
		"null innermost":             memoChain(5, "1", "null"),
		"extra member in the middle": []byte(`{"next": {"next": {"next": {"z": 1}, "z": 0, "x": 1}, "z": 2}, "z": 1}`),
		"syntax error deep":          []byte(`{"next": {"next": {"next": {"z": 1,}, "z": 0}, "z": 2}, "z": 1}`),
		"repeated key":               []byte(`{"next": {"next": {"z": 5}, "z": 1}, "next": {"next": {"z": 2}, "z": 0}, "z": 1}`),
	}
	for name, doc := range docs {
		for _, oneOf := range []bool{false, true} {
			var got, want [2]string
			var gotV, wantV [2]mNode
			var decodedTwice, again bool
			for _, memo := range []bool{true, false} {
				c := &memoCase{doc: doc, memo: memo, oneOf: oneOf, decoded: map[string]int{}}
				// As json.Unmarshal would: no record.
				var n mNode
				err := c.unmarshal(&n, doc, nil)
				twice, more := c.counts()
				// As a Decode function would: with a record.
				var m mNode
				rec, derr := jsonDecodeRecorded(doc, func(r *jsonReader) { c.node(&m, r) })
				twice2, more2 := c.counts()
				out := [2]string{errText(err), errText(derr) + " " + recordText(rec)}
				if memo {
					got, gotV = out, [2]mNode{n, m}
					decodedTwice = twice || twice2
				} else {
					want, wantV = out, [2]mNode{n, m}
					again = more && more2
				}
			}
			label := name + map[bool]string{false: " (anyOf)", true: " (oneOf)"}[oneOf]
			if got != want {
				t.Errorf("%s: with the memo %q, without %q", label, got, want)
			}
			if !reflect.DeepEqual(gotV, wantV) {
				t.Errorf("%s: with the memo the value differs", label)
			}
			if decodedTwice {
				t.Errorf("%s: a variant was decoded twice at the same value with the memo", label)
			}
			if strings.HasPrefix(name, "bound") && !again {
				t.Errorf("%s: without the memo no variant was decoded again: the test proves nothing", label)
			}
		}
	}
}

// counts reports whether a variant was decoded twice at the same value,
// and whether some variant was decoded more than twice, since the last
// call, and starts counting again.
func (c *memoCase) counts() (twice, more bool) {
	for _, k := range c.decoded {
		twice = twice || k > 1
		more = more || k > 2
	}
	c.decoded = map[string]int{}
	return twice, more
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func recordText(rec *jsonRecord) string {
	if rec == nil {
		return "<no record>"
	}
	var b strings.Builder
	for _, p := range rec.problems {
		b.WriteString(p.pointer + " " + p.field + ": " + p.message + "; ")
	}
	b.WriteString("moot " + strings.Join(rec.moot, ",") + "; counted " + strings.Join(rec.counted, ","))
	return b.String()
}

// TestUnionMemoOnlyWhenNested: a union whose variants hold no union makes
// no memo, and neither does a reader that decodes no union on trial.
func TestUnionMemoOnlyWhenNested(t *testing.T) {
	data := []byte(`"abcd"`)
	r := recordingAt(data)
	s := jsonUnion{data: data, r: r}
	switch {
	case jsonUnionTry(&s, "uTiny", new(uTiny), jsonString[uTiny], (*uTiny).Validate):
	case jsonUnionTry(&s, "uShort", new(uShort), jsonString[uShort], (*uShort).Validate):
	}
	s.end("U", "")
	if s.memo != nil || r.memo != nil {
		t.Errorf("a union of scalars made a memo")
	}
	c := &memoCase{doc: memoChain(2, "2", "1"), memo: true, decoded: map[string]int{}}
	var n mNode
	rec, err := jsonDecodeRecorded(c.doc, func(r *jsonReader) {
		c.node(&n, r)
		if r.memo != nil {
			t.Errorf("the document's reader holds a memo")
		}
	})
	if err != nil || len(rec.problems) != 0 {
		t.Fatalf("decode: %v %+v", err, rec)
	}
}
