package diff

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Level is how a change affects existing clients. Levels are ordered:
// Breaking > Warning > NonBreaking > Info.
type Level int

const (
	// Info changes do not touch the wire: descriptions, deprecations, Go
	// names.
	Info Level = iota
	// NonBreaking changes are visible on the wire but cannot break an
	// existing client: additions, and narrowing a response or widening a
	// request.
	NonBreaking
	// Warning changes break some clients only: a request property or
	// parameter removed (a server that ignores unknown input still
	// answers), an enum value added to a response or a bound loosened there
	// (only clients that check the values fail).
	Warning
	// Breaking changes can make an existing client fail.
	Breaking
)

var levelNames = [...]string{Info: "info", NonBreaking: "non-breaking", Warning: "warning", Breaking: "breaking"}

func (l Level) String() string {
	if l < Info || l > Breaking {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// MarshalText writes the level as "breaking", "non-breaking" or "info".
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLevel reads "breaking", "warning", "non-breaking" or "info".
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if strings.EqualFold(s, n) {
			return Level(i), nil
		}
	}
	return 0, fmt.Errorf("unknown level %q: want breaking, warning, non-breaking or info", s)
}

// SubjectKind says what a change belongs to.
type SubjectKind string

const (
	SubjectAPI       SubjectKind = "api"       // the document as a whole
	SubjectOperation SubjectKind = "operation" // "GET /workspaces/{workspace}"
	SubjectSchema    SubjectKind = "schema"    // a named schema, by Go name
)

// Change is one difference between the two versions.
type Change struct {
	// ID identifies the change across runs: a hash of its rule, subject,
	// place and message, so that an accept file can name it.
	ID    string `json:"id"`
	Level Level  `json:"level"`
	// Accepted is set for changes an accept file lists: they are reported
	// but do not fail -fail-on.
	Accepted bool `json:"accepted,omitempty"`
	// Rule names the kind of change ("field-removed", "type-narrowed"); the
	// docs/diff.md lists every rule with its levels.
	Rule string `json:"rule"`
	// Kind and Subject say what the change belongs to: an operation
	// ("GET /workspaces/{workspace}"), a schema (its Go name, "WorkspaceBuild")
	// or the API ("API").
	Kind    SubjectKind `json:"kind"`
	Subject string      `json:"subject"`
	// OperationID is the operationId of an operation's change, if any.
	OperationID string `json:"operation_id,omitempty"`
	// Location is where in an operation the change is ("query parameter
	// owner", "response 200"); "" for schemas and for the operation itself.
	Location string `json:"location,omitempty"`
	// Path is the JSON path inside the schema at Location
	// ("latest_build.deadline", "resources[].agents[]"); "" when the change is
	// to the location itself.
	Path    string `json:"path,omitempty"`
	Message string `json:"message"`
	// Go says how the change alters Go that the generator already wrote for
	// the old version ("*NullTime → *time.Time"), or "" when it does not.
	Go string `json:"go,omitempty"`
	// UsedBy lists, for a change to a named schema, the operations that
	// reach the schema in either version and where (request body,
	// response 200, a parameter); empty for other changes.
	UsedBy []Use `json:"-"`
	// UsedByCount is len(UsedBy), for the JSON report (which lists the
	// uses once per schema).
	UsedByCount int `json:"used_by_count,omitempty"`
	// File and Line locate the change in the new version (or, for what the
	// new version no longer has, the nearest place that it does have);
	// empty when unknown.
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
}

// Where renders Location and Path as one phrase: "response 200: id",
// "latest_build.deadline", "query parameter owner".
func (c Change) Where() string {
	switch {
	case c.Location == "":
		return c.Path
	case c.Path == "":
		return c.Location
	}
	return c.Location + ": " + c.Path
}

// Version identifies one side of the comparison.
type Version struct {
	Title   string `json:"title"`
	Version string `json:"version"`
}

func (v Version) String() string {
	switch {
	case v.Title == "":
		return v.Version
	case v.Version == "":
		return v.Title
	}
	return v.Title + " " + v.Version
}

// Report is the outcome of a comparison.
type Report struct {
	Old, New Version
	// Changes are ordered by subject: the API first, then operations by
	// path and method, then schemas by Go name; within a subject in the
	// order of the new document's fields, parameters and responses.
	Changes []Change
}

// Summary counts the changes of a report.
type Summary struct {
	Breaking    int `json:"breaking"`
	Warning     int `json:"warning"`
	NonBreaking int `json:"non_breaking"`
	Info        int `json:"info"`
	// Accepted counts the changes (of any level) an accept file lists.
	Accepted int `json:"accepted,omitempty"`
	// GoAPI counts the changes that alter Go already generated for the old
	// version.
	GoAPI int `json:"go_api"`
}

// Summary counts the report's changes by level.
func (r *Report) Summary() Summary {
	var s Summary
	for _, c := range r.Changes {
		switch c.Level {
		case Breaking:
			s.Breaking++
		case Warning:
			s.Warning++
		case NonBreaking:
			s.NonBreaking++
		default:
			s.Info++
		}
		if c.Accepted {
			s.Accepted++
		}
		if c.Go != "" {
			s.GoAPI++
		}
	}
	return s
}

// Has reports whether any change not accepted is at level l or above.
func (r *Report) Has(l Level) bool {
	for _, c := range r.Changes {
		if c.Level >= l && !c.Accepted {
			return true
		}
	}
	return false
}

// changeID hashes what identifies a change.
func changeID(c *Change) string {
	h := sha256.Sum256([]byte(strings.Join([]string{c.Rule, string(c.Kind), c.Subject, c.Location, c.Path, c.Message}, "\x00")))
	return hex.EncodeToString(h[:6])
}
