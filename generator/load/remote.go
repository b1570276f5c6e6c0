package load

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/loc"
)

// Remote references are never fetched. A user who has the documents a
// schema reaches by URL (a company's schema registry, the test suite's
// http://localhost:1234/ remotes) maps them to local files: a URL to a
// file, or a URL prefix ending in "/" to a folder. The file is then known
// by its URL, so references inside it resolve against that URL as they
// would on the network.

// RefMap maps a remote URL to a local file, or a URL prefix ending in "/"
// to a local folder.
type RefMap struct {
	URL  string
	Path string
}

// ParseRefMap reads "URL=PATH" (the -ref and -ref-dir flags).
func ParseRefMap(s string) (RefMap, error) {
	u, p, ok := strings.Cut(s, "=")
	if !ok || u == "" || p == "" {
		return RefMap{}, fmt.Errorf("reference map %q: want URL=PATH", s)
	}
	if pu, err := url.Parse(u); err != nil || pu.Scheme == "" {
		return RefMap{}, fmt.Errorf("reference map %q: %q is not an absolute URL", s, u)
	}
	return RefMap{URL: u, Path: p}, nil
}

// mapped returns the local path of the document at remote URL u, by the
// longest matching map.
func (fs *fileSet) mapped(u string) (string, bool) {
	best, path := -1, ""
	for _, m := range fs.refMaps {
		switch {
		case m.URL == u:
			return m.Path, true
		case strings.HasSuffix(m.URL, "/") && strings.HasPrefix(u, m.URL) && len(m.URL) > best:
			best = len(m.URL)
			path = filepath.Join(m.Path, filepath.FromSlash(strings.TrimPrefix(u, m.URL)))
		}
	}
	return path, best >= 0
}

// readRemote reads the local copy of the document at remote URL u and
// registers it under u; ok is false when no map covers u.
func (fs *fileSet) readRemote(u string) (f *File, ok bool, err error) {
	if f, known := fs.known(u); known {
		return f, true, nil
	}
	path, ok := fs.mapped(u)
	if !ok {
		if name, data, ok := metaschema(u); ok {
			f, err = fs.add(name, u, data)
			return f, true, err
		}
		return nil, false, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, true, &document.Error{Source: loc.Source{File: path}, Msg: "cannot read " + u + " from its local copy: " + unwrapPathError(err), Err: err}
	}
	f, err = fs.add(fs.rel(path), u, data)
	return f, true, err
}

// notFetched is the message for a remote reference no map covers.
const notFetched = "remote references are not fetched: map the URL to a local file with -ref URL=FILE or -ref-dir URL/=DIR"
