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
}

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
	*es = append(*es, &ValueError{
		Field:   p.field(),
		Message: msg,
		Pointer: p.pointer(),
	})
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

// pointer renders p as a JSON pointer.
func (p *validationPath) pointer() string {
	if p == nil {
		return ""
	}
	seg := strconv.Itoa(p.index)
	if !p.isIndex {
		seg = strings.ReplaceAll(strings.ReplaceAll(p.key, "~", "~0"), "/", "~1")
	}
	return p.parent.pointer() + "/" + seg
}

// field renders p in dotted form, with [i] for array indexes.
func (p *validationPath) field() string {
	if p == nil {
		return ""
	}
	parent := p.parent.field()
	switch {
	case p.isIndex:
		return parent + "[" + strconv.Itoa(p.index) + "]"
	case parent == "":
		// A copy, so that no frame's key flows into the error: escape
		// analysis then keeps the frames on the stack.
		return strings.Clone(p.key)
	}
	return parent + "." + p.key
}
