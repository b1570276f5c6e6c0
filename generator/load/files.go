package load

import (
	"bytes"
	"fmt"
	"github.com/specgen/specgen/generator/document"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// fileSet holds every document read during one load, by absolute URL and by
// the $id it declares, and reads further files on demand when a $ref points
// to them.
type fileSet struct {
	byURL map[string]*File
	byID  map[string]*File
	order []*File
	// cwd makes the paths in messages relative, as the user typed them.
	cwd string
}

func newFileSet() *fileSet {
	cwd, _ := os.Getwd()
	return &fileSet{byURL: map[string]*File{}, byID: map[string]*File{}, cwd: cwd}
}

// fileURL returns the absolute file:// URL of a path.
func fileURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}

// readPath reads and parses a file given by path.
func (fs *fileSet) readPath(path string) (*File, error) {
	u, err := fileURL(path)
	if err != nil {
		return nil, &document.Error{Source: ir.Source{File: path}, Msg: err.Error(), Err: err}
	}
	if f, ok := fs.byURL[u]; ok {
		return f, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &document.Error{Source: ir.Source{File: path}, Msg: "cannot read: " + unwrapPathError(err), Err: err}
	}
	return fs.add(path, u, data)
}

// add parses data and registers it under its URL and $id.
func (fs *fileSet) add(path, u string, data []byte) (*File, error) {
	f, err := parseFile(path, u, data)
	if err != nil {
		return nil, err
	}
	fs.byURL[u] = f
	fs.order = append(fs.order, f)
	if m, ok := f.Value.(map[string]any); ok {
		for _, k := range []string{"$id", "id"} {
			if id, ok := m[k].(string); ok && id != "" {
				fs.byID[strings.TrimSuffix(id, "#")] = f
				break
			}
		}
	}
	return f, nil
}

// loadURL is the schema compiler's reader: it serves files already read and
// reads others from disk (YAML or JSON), never from the network.
func (fs *fileSet) loadURL(s string) (io.ReadCloser, error) {
	base := strings.SplitN(s, "#", 2)[0]
	if f, ok := fs.byURL[base]; ok {
		return io.NopCloser(bytes.NewReader(f.JSON)), nil
	}
	if f, ok := fs.byID[base]; ok {
		return io.NopCloser(bytes.NewReader(f.JSON)), nil
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "file" {
		return nil, fmt.Errorf("%s: only local files are read (remote references are not fetched)", base)
	}
	path := filepath.FromSlash(u.Path)
	f, err := fs.readPath(fs.rel(path))
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(f.JSON)), nil
}

// rel makes path relative to the working directory when it lies below it.
func (fs *fileSet) rel(path string) string {
	if fs.cwd == "" {
		return path
	}
	if r, err := filepath.Rel(fs.cwd, path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

// locate splits a compiled schema's location into its file and pointer.
func (fs *fileSet) locate(location string) (*File, string) {
	base, frag, _ := strings.Cut(location, "#")
	if f, ok := fs.byURL[base]; ok {
		return f, "#" + frag
	}
	if f, ok := fs.byID[base]; ok {
		return f, "#" + frag
	}
	return nil, "#" + frag
}

// canonicalKey names a schema by the file it is in (not by its $id), so that
// a reference through a relative path and one through the $id meet.
func canonicalKey(f *File, location, ptr string) string {
	if f == nil {
		return location
	}
	return f.URL + normPointer(ptr)
}

func unwrapPathError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
