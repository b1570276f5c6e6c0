package diff

import (
	"fmt"
	"io"
	"strings"
)

// WriteGitHub writes the report as GitHub Actions workflow commands, one
// annotation per change: breaking changes as ::error, warnings as
// ::warning, non-breaking ones as ::notice (info is left out, and so is
// the level of an accepted change: it becomes a notice). Each names the
// file and line of the change in the new version; fallback is the file
// for changes that have none (a schema removed).
//
//	::error file=api/openapi.yaml,line=120,title=breaking%3A schema Pet::oneOf[Bird]: variant added (object Bird) …
func WriteGitHub(w io.Writer, r *Report, fallback string) error {
	var b strings.Builder
	for _, c := range r.Changes {
		cmd := ""
		switch {
		case c.Level == Info:
			continue
		case c.Accepted || c.Level == NonBreaking:
			cmd = "notice"
		case c.Level == Warning:
			cmd = "warning"
		default:
			cmd = "error"
		}
		file := c.File
		if file == "" {
			file = fallback
		}
		var props []string
		if file != "" {
			props = append(props, "file="+escapeProperty(file))
			if c.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", c.Line))
			}
		}
		title := c.Level.String()
		if c.Accepted {
			title += " (accepted)"
		}
		subject := c.Subject
		if c.Kind == SubjectSchema {
			subject = "schema " + subject
		}
		props = append(props, "title="+escapeProperty(title+": "+subject))
		msg := c.Message
		if where := c.Where(); where != "" {
			msg = where + ": " + msg
		}
		if c.Go != "" {
			msg += " [Go: " + c.Go + "]"
		}
		if line := (Group{Kind: c.Kind, UsedBy: c.UsedBy}).UsedByLine(textUses); line != "" {
			msg += " (" + line + ")"
		}
		msg += " id " + c.ID
		fmt.Fprintf(&b, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(msg))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// escapeData escapes a workflow command's message as the runner reads it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
