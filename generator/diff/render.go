package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/template"
)

// Section is the changes of one level, grouped by subject, for rendering.
type Section struct {
	Level  Level
	Title  string // "Breaking changes"
	Count  int
	Groups []Group
}

// Group is the changes of one subject within a section.
type Group struct {
	Kind    SubjectKind
	Subject string
	Changes []Change
	// UsedBy lists, for a schema, the places of operations that reach it.
	UsedBy []Use
}

// Heading names the subject: "GET /workspaces", "schema WorkspaceBuild",
// "API".
func (g Group) Heading() string {
	if g.Kind == SubjectSchema {
		return "schema " + g.Subject
	}
	return g.Subject
}

var sectionTitles = map[Level]string{
	Breaking:    "Breaking changes",
	Warning:     "Warnings: changes that break some clients",
	NonBreaking: "Non-breaking changes",
	Info:        "Info",
}

// Sections groups the changes by level (breaking first) and subject, in
// the report's order; levels without changes are left out.
func (r *Report) Sections() []Section {
	var out []Section
	for l := Breaking; l >= Info; l-- {
		s := Section{Level: l, Title: sectionTitles[l]}
		for _, c := range r.Changes {
			if c.Level != l {
				continue
			}
			s.Count++
			if n := len(s.Groups); n == 0 || s.Groups[n-1].Kind != c.Kind || s.Groups[n-1].Subject != c.Subject {
				s.Groups = append(s.Groups, Group{Kind: c.Kind, Subject: c.Subject, UsedBy: c.UsedBy})
			}
			g := &s.Groups[len(s.Groups)-1]
			g.Changes = append(g.Changes, c)
		}
		if s.Count > 0 {
			out = append(out, s)
		}
	}
	return out
}

// Headline says in one line how much changed: "2 breaking, 1 warning, 5
// non-breaking, 1 info (1 accepted); 3 alter Go already generated".
func (r *Report) Headline() string {
	s := r.Summary()
	if s.Breaking+s.Warning+s.NonBreaking+s.Info == 0 {
		return "no API changes"
	}
	line := fmt.Sprintf("%d breaking, %d warning, %d non-breaking, %d info", s.Breaking, s.Warning, s.NonBreaking, s.Info)
	if s.Accepted > 0 {
		line += fmt.Sprintf(" (%d accepted)", s.Accepted)
	}
	if s.GoAPI > 0 {
		line += fmt.Sprintf("; %d alter Go already generated", s.GoAPI)
	}
	return line
}

// WriteText writes the report for a terminal: a headline, then each level's
// changes grouped by subject.
func WriteText(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "API changes: %s → %s\n%s\n", r.Old, r.New, r.Headline())
	for _, s := range r.Sections() {
		fmt.Fprintf(&b, "\n%s (%d)\n", s.Title, s.Count)
		for _, g := range s.Groups {
			fmt.Fprintf(&b, "  %s\n", g.Heading())
			if line := g.UsedByLine(textUses); line != "" {
				fmt.Fprintf(&b, "    (%s)\n", line)
			}
			for _, c := range g.Changes {
				b.WriteString("    ")
				if where := c.Where(); where != "" {
					b.WriteString(where + ": ")
				}
				b.WriteString(c.Message)
				if c.Go != "" {
					b.WriteString("  [Go: " + c.Go + "]")
				}
				if c.Accepted {
					b.WriteString("  (accepted)")
				}
				if c.Level >= Warning {
					b.WriteString("  #" + c.ID)
				}
				b.WriteString("\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// jsonReport is the shape of `specgen diff -format json`.
type jsonReport struct {
	Old     Version  `json:"old"`
	New     Version  `json:"new"`
	Summary Summary  `json:"summary"`
	Changes []Change `json:"changes"`
	// UsedBy lists, once per schema that has changes, the places of
	// operations that reach it; each change counts them in used_by_count.
	UsedBy map[string][]Use `json:"used_by,omitempty"`
}

// WriteJSON writes the report as indented JSON: {old, new, summary,
// changes}; see Change for the fields of a change.
func WriteJSON(w io.Writer, r *Report) error {
	changes := r.Changes
	if changes == nil {
		changes = []Change{}
	}
	uses := map[string][]Use{}
	for _, c := range changes {
		if len(c.UsedBy) > 0 {
			uses[c.Subject] = c.UsedBy
		}
	}
	b, err := json.MarshalIndent(jsonReport{r.Old, r.New, r.Summary(), changes, uses}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// markdownView is what the Markdown template sees.
type markdownView struct {
	Old, New Version
	Summary  Summary
	Headline string
	Sections []Section
}

// WriteMarkdown renders the report with a text/template (for example
// templates/diff-report.md.tmpl). Besides the view's fields the template
// may call cell, which makes text safe inside a table cell, code, which
// wraps text in backticks, and operations, which lists the operations of
// a group's UsedBy on one line ("GET /a, POST /b +3 more").
func WriteMarkdown(w io.Writer, r *Report, tmpl string) error {
	t, err := template.New("report").Funcs(template.FuncMap{"cell": cell, "code": code, "operations": operationsLine}).Parse(tmpl)
	if err != nil {
		return fmt.Errorf("markdown template: %w", err)
	}
	return t.Execute(w, markdownView{r.Old, r.New, r.Summary(), r.Headline(), r.Sections()})
}

// cell escapes what would end a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// code wraps s in backticks (doubled when s holds one).
func code(s string) string {
	if s == "" {
		return ""
	}
	if strings.Contains(s, "`") {
		return "`` " + s + " ``"
	}
	return "`" + s + "`"
}
