package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A Markdown page, read for its headings, links and fenced code blocks.
type page struct {
	path  string
	lines []string
}

func readPage(t *testing.T, path string) page {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return page{path: path, lines: strings.Split(string(b), "\n")}
}

// block is a fenced code block: its language and its lines, under the
// level-2 section ("## Two commands") and level-3 subsection ("" before the
// first) it appears in.
type block struct {
	lang, section, sub string
	line               int // of the opening fence, 1-based
	text               []string
}

// blocks returns the page's fenced code blocks in order.
func (p page) blocks() []block {
	var out []block
	var cur *block
	section, sub := "", ""
	for i, l := range p.lines {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &block{lang: strings.TrimPrefix(l, "```"), section: section, sub: sub, line: i + 1}
		case cur != nil && strings.HasPrefix(l, "```"):
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.text = append(cur.text, l)
		case strings.HasPrefix(l, "## "):
			section, sub = strings.TrimPrefix(l, "## "), ""
		case strings.HasPrefix(l, "### "):
			sub = strings.TrimPrefix(l, "### ")
		}
	}
	return out
}

// prose returns the page's lines outside fenced code blocks (a fence may
// be indented, as inside a list item), with inline code removed; each keeps
// its line number (1-based).
func (p page) prose() map[int]string {
	out := map[int]string{}
	inCode := false
	code := regexp.MustCompile("`[^`]*`")
	for i, l := range p.lines {
		if strings.HasPrefix(strings.TrimLeft(l, " "), "```") {
			inCode = !inCode
			continue
		}
		if !inCode {
			out[i+1] = code.ReplaceAllString(l, "")
		}
	}
	return out
}

// anchors returns the anchors GitHub gives the page's headings: lower
// case, punctuation other than '-' and '_' dropped, spaces as '-', a
// repeated one numbered.
func (p page) anchors() map[string]bool {
	out := map[string]bool{}
	drop := regexp.MustCompile(`[^\p{L}\p{N} _-]`)
	inCode := false
	for _, l := range p.lines {
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
		}
		if inCode || !strings.HasPrefix(l, "#") {
			continue
		}
		text := strings.TrimLeft(l, "#")
		if text == l || !strings.HasPrefix(text, " ") {
			continue
		}
		a := strings.ReplaceAll(drop.ReplaceAllString(strings.ToLower(strings.TrimSpace(text)), ""), " ", "-")
		base := a
		for n := 1; out[a]; n++ {
			a = base + "-" + string(rune('0'+n))
		}
		out[a] = true
	}
	return out
}

// pages are README.md and every page under docs/.
func pages(t *testing.T) []page {
	out := []page{readPage(t, "../README.md")}
	paths, _ := filepath.Glob("*.md")
	for _, p := range paths {
		out = append(out, readPage(t, p))
	}
	return out
}

// TestLinksResolve: every relative link of README and docs/ names a file
// that exists and, with a #fragment, a heading of that file.
func TestLinksResolve(t *testing.T) {
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	for _, p := range pages(t) {
		for n, l := range p.prose() {
			for _, m := range link.FindAllStringSubmatch(l, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, frag, _ := strings.Cut(target, "#")
				path := p.path
				if file != "" {
					path = filepath.Join(filepath.Dir(p.path), file)
					if _, err := os.Stat(path); err != nil {
						t.Errorf("%s:%d: link to %s: %v", p.path, n, target, err)
						continue
					}
				}
				if frag == "" {
					continue
				}
				if !strings.HasSuffix(path, ".md") || !readPage(t, path).anchors()[frag] {
					t.Errorf("%s:%d: link to %s: %s has no heading #%s", p.path, n, target, path, frag)
				}
			}
		}
	}
}
