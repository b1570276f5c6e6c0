package diff

import (
	"fmt"
	"strings"
)

// Level is how a change affects existing clients. Levels are ordered:
// Breaking > NonBreaking > Info.
type Level int

const (
	// Info changes do not touch the wire: descriptions, deprecations, Go
	// names.
	Info Level = iota
	// NonBreaking changes are visible on the wire but cannot break an
	// existing client: additions, and narrowing a response or widening a
	// request.
	NonBreaking
	// Breaking changes can make an existing client fail.
	Breaking
)

var levelNames = [...]string{Info: "info", NonBreaking: "non-breaking", Breaking: "breaking"}

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

// ParseLevel reads "breaking", "non-breaking" or "info".
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if strings.EqualFold(s, n) {
			return Level(i), nil
		}
	}
	return 0, fmt.Errorf("unknown level %q: want breaking, non-breaking or info", s)
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
	Level Level `json:"level"`
	// Rule names the kind of change ("field-removed", "type-narrowed"); the
	// README lists every rule with its levels.
	Rule string `json:"rule"`
	// Kind and Subject say what the change belongs to: an operation
	// ("GET /workspaces/{workspace}"), a schema (its Go name, "WorkspaceBuild")
	// or the API ("API").
	Kind    SubjectKind `json:"kind"`
	Subject string      `json:"subject"`
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
	NonBreaking int `json:"non_breaking"`
	Info        int `json:"info"`
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
		case NonBreaking:
			s.NonBreaking++
		default:
			s.Info++
		}
		if c.Go != "" {
			s.GoAPI++
		}
	}
	return s
}

// Has reports whether any change is at level l or above.
func (r *Report) Has(l Level) bool {
	for _, c := range r.Changes {
		if c.Level >= l {
			return true
		}
	}
	return false
}
