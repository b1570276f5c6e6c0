package diff

import (
	"regexp"
	"sort"
	"strings"
)

// Filter says which operations a report is about: a change is kept when
// it belongs to a matching operation, or to a schema that a matching
// operation reaches. Changes to the API as a whole (title, base path,
// security schemes) are always kept. A nil pattern matches everything.
type Filter struct {
	// Path matches an operation's path template ("/workspaces/{workspace}").
	Path *regexp.Regexp
	// Operation matches "METHOD /path" or the operationId.
	Operation *regexp.Regexp
}

func (f Filter) empty() bool { return f.Path == nil && f.Operation == nil }

// matches reports whether an operation, given as "METHOD /path" and its
// operationId, passes the filter.
func (f Filter) matches(operation, id string) bool {
	if f.Path != nil {
		_, path, _ := strings.Cut(operation, " ")
		if !f.Path.MatchString(path) {
			return false
		}
	}
	if f.Operation != nil && !f.Operation.MatchString(operation) && (id == "" || !f.Operation.MatchString(id)) {
		return false
	}
	return true
}

// Apply keeps only the changes the filter selects.
func (r *Report) Apply(f Filter) {
	if f.empty() {
		return
	}
	kept := r.Changes[:0]
	for _, c := range r.Changes {
		if f.keeps(c) {
			kept = append(kept, c)
		}
	}
	r.Changes = kept
}

func (f Filter) keeps(c Change) bool {
	switch c.Kind {
	case SubjectOperation:
		return f.matches(c.Subject, c.OperationID)
	case SubjectSchema:
		for _, u := range c.UsedBy {
			if f.matches(u.Operation, u.OperationID) {
				return true
			}
		}
		return false
	}
	return true
}

func sortStrings(s []string) { sort.Strings(s) }
