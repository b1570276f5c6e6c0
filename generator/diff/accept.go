package diff

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// AcceptList is the findings a team has already agreed to, by ID, read
// from an accept file: one ID per line, anything after it on the line (a
// comment, the finding's words) ignored, blank lines and lines starting
// with # skipped.
type AcceptList map[string]bool

// ReadAcceptList reads an accept file; name is used in error messages.
func ReadAcceptList(r io.Reader, name string) (AcceptList, error) {
	out := AcceptList{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id := strings.Fields(line)[0]
		if !isChangeID(id) {
			return nil, fmt.Errorf("%s:%d: %q is not a change id (12 hex digits, as the reports print them)", name, n, id)
		}
		out[id] = true
	}
	return out, sc.Err()
}

func isChangeID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}

// Accept marks the changes the list names as accepted and returns the IDs
// it lists that no change has (agreed findings that went away, or IDs
// that no longer match because the change is not the same any more), in
// the list's sorted order.
func (r *Report) Accept(list AcceptList) (unused []string) {
	used := map[string]bool{}
	for i := range r.Changes {
		if list[r.Changes[i].ID] {
			r.Changes[i].Accepted = true
			used[r.Changes[i].ID] = true
		}
	}
	for id := range list {
		if !used[id] {
			unused = append(unused, id)
		}
	}
	sortStrings(unused)
	return unused
}
