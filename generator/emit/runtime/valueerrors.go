package runtime

import (
	"sort"
	"strconv"
	"strings"
)

// ValueError is one value that the schema does not allow.
type ValueError struct {
	// Pointer locates the value as a JSON pointer ("/latest_build/job/status");
	// "" is the validated value itself.
	Pointer string
	// Field is the same location in dotted form ("latest_build.job.status").
	Field string
	// Message says what is wrong.
	Message string
	// code is the kind of check that failed, where a union's report must
	// know it (causeCode).
	code causeCode
}

// causeCode is the kind of check a ValueError failed, where a union's
// report tells the variant the value was meant for from the others
// (unionMeant, unionMisfit), and where decoding tells which of Validate's
// findings it checked itself (jsonRecord.keeps). The check that makes the
// error sets it, so that those ask the code, never the words of the
// message.
type causeCode uint8

const (
	// causeOther is every check the report does not ask about.
	causeOther causeCode = iota
	// causeTag: the value is not the one string its schema allows
	// (const "cat"), as a member that tells variants apart is not.
	causeTag
	// causeType: the value is of a JSON type its schema does not take.
	causeType
	// causeRequired: a property the object must have is absent.
	causeRequired
	// causeCount: an object has too few or too many properties.
	causeCount
	// causeDependent: a property that another one present requires
	// (dependentRequired) is absent.
	causeDependent
	// causeUnique: two items of an array with uniqueItems are equal.
	causeUnique
)

// Error returns "field: message".
func (e *ValueError) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

// ValueErrors is every problem one Validate call found, ordered by
// location.
type ValueErrors []*ValueError

// Error lists the problems, one per line.
func (es ValueErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// err returns es sorted by location, or nil when it is empty.
func (es ValueErrors) err() error {
	if len(es) == 0 {
		return nil
	}
	sort.SliceStable(es, func(i, j int) bool {
		return es[i].Pointer < es[j].Pointer
	})
	return es
}

// add records that the value at p failed a check.
func (es *ValueErrors) add(p *validationPath, msg string) {
	es.addCause(p, causeOther, msg)
}

// addCause records that the value at p failed a check of kind code.
func (es *ValueErrors) addCause(p *validationPath, code causeCode, msg string) {
	pointer, field := p.render()
	*es = append(*es, &ValueError{Field: field, Message: msg, Pointer: pointer, code: code})
}

// required records that the property at p, which its object must have,
// is absent.
func (es *ValueErrors) required(p *validationPath) {
	es.addCause(p, causeRequired, "is required")
}

// validationPath locates the value being validated. It is a list of stack
// frames, rendered into strings only when a check fails, so that
// validating a valid value allocates nothing.
type validationPath struct {
	parent  *validationPath
	key     string
	index   int
	isIndex bool
}

// render renders p as a JSON pointer and in dotted form, both in one
// allocation (one string, cut in two), where rendering each level apart
// made two strings per level. The keys are copied, so that no frame's key
// flows into the error: escape analysis then keeps the frames on the
// stack.
func (p *validationPath) render() (pointer, field string) {
	if p == nil {
		return "", ""
	}
	var b strings.Builder
	b.Grow(p.size(true) + p.size(false))
	p.write(&b, true, 0)
	n := b.Len()
	p.write(&b, false, n)
	s := b.String()
	return s[:n], s[n:]
}

// pointer renders p as a JSON pointer.
func (p *validationPath) pointer() string {
	return p.one(true)
}

// field renders p in dotted form, with [i] for array indexes.
func (p *validationPath) field() string {
	return p.one(false)
}

// one renders p as a JSON pointer or in dotted form.
func (p *validationPath) one(pointer bool) string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	b.Grow(p.size(pointer))
	p.write(&b, pointer, 0)
	return b.String()
}

// size is the length of p rendered as a JSON pointer or in dotted form
// (at most: a dot is counted for every key but the first).
func (p *validationPath) size(pointer bool) int {
	n := 0
	for q := p; q != nil; q = q.parent {
		switch {
		case q.isIndex:
			var digits [20]byte
			n += 2 + len(strconv.AppendInt(digits[:0], int64(q.index), 10))
		case pointer:
			n += 1 + len(q.key) + strings.Count(q.key, "~") + strings.Count(q.key, "/")
		default:
			n += 1 + len(q.key)
		}
	}
	return n
}

// write writes p to b as a JSON pointer (~ and / escaped) or in dotted
// form, [i] for an index and a dot before a key unless the text written
// since start is empty.
func (p *validationPath) write(b *strings.Builder, pointer bool, start int) {
	if p == nil {
		return
	}
	p.parent.write(b, pointer, start)
	var digits [20]byte
	switch {
	case p.isIndex && pointer:
		b.WriteByte('/')
		b.Write(strconv.AppendInt(digits[:0], int64(p.index), 10))
	case p.isIndex:
		b.WriteByte('[')
		b.Write(strconv.AppendInt(digits[:0], int64(p.index), 10))
		b.WriteByte(']')
	case pointer:
		b.WriteByte('/')
		for i := 0; i < len(p.key); i++ {
			switch c := p.key[i]; c {
			case '~':
				b.WriteString("~0")
			case '/':
				b.WriteString("~1")
			default:
				b.WriteByte(c)
			}
		}
	default:
		if b.Len() > start {
			b.WriteByte('.')
		}
		b.WriteString(p.key)
	}
}
