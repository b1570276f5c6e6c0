package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/specgen/specgen/generator/document"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/loc"
)

// fileSet holds every document read during one load, by absolute URL and by
// the $id it declares, and reads further files on demand when a $ref points
// to them.
type fileSet struct {
	// mu guards the maps and lists below: the schema compiler and
	// kin-openapi read (and, for a file not read yet, add) files from two
	// goroutines (see openAPI).
	mu    sync.Mutex
	byURL map[string]*File
	byID  map[string]*File
	// lastByURL is the file knownFile last found in byURL, read without mu.
	lastByURL atomic.Pointer[urlFile]
	// embedded holds the schemas inside documents that declare an $id of
	// their own (OpenAPI 3.1 allows one on any schema), by that $id
	// resolved against the document's URL.
	embedded map[string]schemaRoot
	// splits are the schema roots of OpenAPI documents served to the
	// compiler as documents of their own (split.go), by the number in
	// their URL; splitIndex finds a root's number by its file URL and
	// pointer.
	splits     []schemaRoot
	splitIndex map[string]int
	// served lists the URLs of the embedded $ids and split roots served to
	// the schema compiler as documents of their own, latest last, to
	// locate its complaints.
	served []string
	order  []*File
	// cwd makes the paths in messages relative, as the user typed them.
	cwd string
	// warn reports a defect that is tolerated (tolerate.go).
	warn func(loc.Source, string, ...any)
	// dangling reports a schema $ref read as any JSON value (danglingref.go);
	// without it (a file set of its own, in tests) such a $ref is an error.
	dangling func(loc.Source, string, ...any)
	// draft is the draft of a file that names none (the run's), which
	// dialectResources compares a resource's own with.
	draft *jsonschema.Draft
	// schemaInputs are the URLs of the schema files the user gave
	// (-schema), whose roots unreachedByRoot reads.
	schemaInputs map[string]bool
	// root is the document the user gave (-spec), which the files of a
	// split document are parts of.
	root *File
	// swagger says the document is Swagger 2.0, whose examples are bare
	// values by media type.
	swagger bool
	// refMaps say where the local copies of remote documents are.
	refMaps []RefMap
	// metaGate checks what is served to the schema compiler against the
	// draft's meta-schema, in the compiler's stead (metagate.go).
	metaGate *metaGate
	// refs resolves the $refs the check walks meet (refmemo.go).
	refs refMemo
}

func newFileSet() *fileSet {
	cwd, _ := os.Getwd()
	return &fileSet{byURL: map[string]*File{}, byID: map[string]*File{}, embedded: map[string]schemaRoot{}, splitIndex: map[string]int{}, cwd: cwd,
		warn: func(loc.Source, string, ...any) {}}
}

// localPath returns the path of a file:// URL; other schemes are an error
// (remote references are not fetched).
func localPath(target string) (string, error) {
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "file" {
		return "", fmt.Errorf("%s: only local files are read (remote references are not fetched)", target)
	}
	return filepath.FromSlash(u.Path), nil
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
		return nil, &document.Error{Source: loc.Source{File: path}, Msg: err.Error(), Err: err}
	}
	if f, ok := fs.atURL(u); ok {
		return f, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &document.Error{Source: loc.Source{File: path}, Msg: "cannot read: " + unwrapPathError(err), Err: err}
	}
	return fs.add(path, u, data)
}

// add parses data and registers it under its URL and $id.
func (fs *fileSet) add(path, u string, data []byte) (*File, error) {
	f, err := parseFile(path, u, data)
	if err != nil {
		return nil, err
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if known, ok := fs.byURL[u]; ok {
		return known, nil // the other goroutine read it first
	}
	fs.byURL[u] = f
	fs.order = append(fs.order, f)
	base := u
	if m, ok := f.Value.(map[string]any); ok {
		for _, k := range []string{"$id", "id"} {
			if id, ok := m[k].(string); ok && id != "" {
				fs.byID[strings.TrimSuffix(id, "#")] = f
				if abs, _, err := resolveRef(u, id); err == nil {
					base = abs
					// A relative $id ("compose_spec.json") names the
					// file by the URL it resolves to, which is where the
					// compiler says its schemas are.
					if _, ok := fs.byID[abs]; !ok {
						fs.byID[abs] = f
					}
				}
				break
			}
		}
	}
	fs.indexEmbedded(f, f.root, f.Value, rootPath(), base, false)
	return f, nil
}

// schemaRoot is a schema served to the compiler as a document of its own:
// one with an $id of its own, or a root split.go serves.
type schemaRoot struct {
	file *File
	ptr  string
}

// indexEmbedded records the $id of every schema below v (at ptr in f),
// each resolved against the $id of the schema around it, else base; names
// says v maps names to objects (see isData).
func (fs *fileSet) indexEmbedded(f *File, n *node, v any, ptr tokenPath, base string, names bool) {
	if n == nil {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if abs, ok := newBase(f, x, base); ok && len(ptr) > 0 {
			base = abs
			if _, taken := fs.embedded[abs]; !taken {
				fs.embedded[abs] = schemaRoot{file: f, ptr: ptr.String()}
			}
		}
		// In document order, so that of two schemas declaring one $id the
		// first one written is the one it names.
		for i, k := range n.keys {
			if !isData(k, names) && !(!names && foreignExtension(k)) && i < len(n.kids) {
				fs.indexEmbedded(f, n.kids[i], x[k], ptr.with(k), base, namesAt(k, names))
			}
		}
	case []any:
		for i, e := range x {
			if i < len(n.kids) {
				fs.indexEmbedded(f, n.kids[i], e, ptr.with(strconv.Itoa(i)), base, false)
			}
		}
	}
}

// newBase returns the base URL the $id of schema x declares, resolved
// against the base around it; ok is false when x declares none. An $id that
// is only a fragment (draft 6 and 7 write anchors so: "$id": "#foo") or that
// names the resource x is already in (a schema repeating its file's own
// $id) starts no new resource: refs inside x still resolve against the
// document.
// A draft-4 document's "id" counts as its $id (schemaID).
func newBase(f *File, x map[string]any, base string) (string, bool) {
	id, ok := schemaID(f, x)
	if !ok || strings.HasPrefix(id, "#") {
		return "", false
	}
	abs, _, err := resolveRef(base, id)
	if err != nil || abs == base {
		return "", false
	}
	return abs, true
}

// servedSource locates a metaschema complaint at ptr that is not in the
// document being compiled: in the embedded schema served last that has
// ptr; else it returns fallback.
func (fs *fileSet) servedSource(ptr string, fallback loc.Source) loc.Source {
	fs.mu.Lock()
	served := append([]string(nil), fs.served...)
	fs.mu.Unlock()
	for i := len(served) - 1; i >= 0; i-- {
		e, ok := fs.servedRoot(served[i])
		if !ok {
			continue
		}
		if at := join(e.ptr, ptr); rawAt(e.file, at) != nil {
			return e.file.Source(at)
		}
	}
	return fallback
}

// servedRoot returns the schema served at u as a document of its own: a
// schema with an $id of its own, or a split root.
func (fs *fileSet) servedRoot(u string) (schemaRoot, bool) {
	if e, ok := fs.splitAt(u); ok {
		return e, true
	}
	return fs.embeddedAt(u)
}

// join appends a fragment's JSON pointer to the pointer of the schema it
// is relative to.
func join(ptr, frag string) string {
	if frag == "" || frag == "/" {
		return ptr
	}
	return normPointer(ptr + frag)
}

// atURL returns the file read from URL u.
func (fs *fileSet) atURL(u string) (*File, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f, ok := fs.byURL[u]
	return f, ok
}

// known returns the file read from URL u or whose root declares $id u.
func (fs *fileSet) known(u string) (*File, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.byURL[u]; ok {
		return f, true
	}
	f, ok := fs.byID[u]
	return f, ok
}

// embeddedAt returns where the schema whose own $id is u lives.
func (fs *fileSet) embeddedAt(u string) (schemaRoot, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	e, ok := fs.embedded[u]
	return e, ok
}

// loadURL is the schema compiler's reader: it serves files already read and
// reads others from disk (YAML or JSON), never from the network.
func (fs *fileSet) loadURL(s string) (io.ReadCloser, error) {
	base := strings.SplitN(s, "#", 2)[0]
	if r, ok := fs.splitAt(base); ok {
		return fs.serveSplitRoot(base, r.file, rawAt(r.file, r.ptr))
	}
	if f, ok := fs.known(base); ok {
		return fs.serveFile(f)
	}
	if e, ok := fs.embeddedAt(base); ok {
		// The compiler does not look for $ids inside an OpenAPI document
		// (its root is no schema): serve the schema as a document of its
		// own; locate maps its locations back.
		return fs.serveRoot(base, rawAt(e.file, e.ptr))
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "file" {
		if f, ok, err := fs.readRemote(base); ok {
			if err != nil {
				return nil, err
			}
			return fs.serveFile(f)
		}
		return nil, fmt.Errorf("%s: %s", base, notFetched)
	}
	path := filepath.FromSlash(u.Path)
	f, err := fs.readPath(fs.rel(path))
	if err != nil {
		return nil, err
	}
	return fs.serveFile(f)
}

// serveFile serves a whole file to the compiler.
func (fs *fileSet) serveFile(f *File) (io.ReadCloser, error) {
	if err := f.refreshJSON(); err != nil { // left for now by serveValue
		return nil, err
	}
	data := f.JSON
	alt, apart := withoutResources(f, fs.dialectResources(f, fs.draft))
	if apart {
		data = alt // its resources of other drafts are served apart (dialects.go)
	}
	if isOpenAPIFragment(f) {
		// A file of a split document whose top level is no schema (a
		// parameter's file, a map of named parts), reached whole by a $ref
		// the compiler followed from a file it read whole: only the parts
		// the $refs name are schemas, and the top level, held to the
		// meta-schema, fails it (Algolia's parts map names a schema "id").
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	if parts, refsPlain, ok := fs.servedWithPartRefs(f); ok && !apart {
		out, err := fs.metaGate.serveAs(f.Value, parts, refsPlain)
		if err != nil {
			return nil, err
		}
		return io.NopCloser(bytes.NewReader(out)), nil
	}
	data, err := fs.metaGate.serve(f.Value, data)
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(data)), nil
}

// serveRoot serves schema v to the compiler as the document at u and
// records it, to locate the compiler's complaints about it.
func (fs *fileSet) serveRoot(u string, v any) (io.ReadCloser, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	fs.mu.Lock()
	fs.served = append(fs.served, u)
	fs.mu.Unlock()
	if data, err = fs.metaGate.serve(v, data); err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(data)), nil
}

// serveSplitRoot serves the schema v of f as the split root at u, its
// $refs made absolute (split.go), and records it as serveRoot does.
func (fs *fileSet) serveSplitRoot(u string, f *File, v any) (io.ReadCloser, error) {
	data, refsPlain, err := fs.servedRootJSON(f, v)
	if err != nil {
		return nil, err
	}
	fs.mu.Lock()
	fs.served = append(fs.served, u)
	fs.mu.Unlock()
	if data, err = fs.metaGate.serveAs(v, data, refsPlain); err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(data)), nil
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
	base, frag, hash := strings.Cut(location, "#")
	ptr := "#"
	if hash {
		ptr = location[len(base):] // "#" + frag, without making it
	}
	if f, ok := fs.knownFile(base); ok {
		return f, ptr
	}
	if e, ok := fs.servedRoot(base); ok && (frag == "" || strings.HasPrefix(frag, "/")) {
		return e.file, join(e.ptr, frag)
	}
	return nil, ptr
}

// knownFile is known for the walk, which asks it of every schema it
// converts, nearly always of the same file, from two goroutines: the file
// last found by its URL is kept (a URL names one file for the whole run:
// add never replaces one), and asked first, without the lock.
func (fs *fileSet) knownFile(u string) (*File, bool) {
	if last := fs.lastByURL.Load(); last != nil && last.url == u {
		return last.f, true
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.byURL[u]; ok {
		fs.lastByURL.Store(&urlFile{u, f})
		return f, true
	}
	f, ok := fs.byID[u]
	return f, ok
}

// urlFile is a file and its URL (fileSet.lastByURL).
type urlFile struct {
	url string
	f   *File
}

// canonicalKey names a schema by the file it is in (not by its $id), so that
// a reference through a relative path and one through the $id meet.
func canonicalKey(f *File, location, ptr string) string {
	if f == nil {
		return location
	}
	ptr = normPointer(ptr)
	if len(location) == len(f.URL)+len(ptr) && strings.HasPrefix(location, f.URL) && strings.HasSuffix(location, ptr) {
		return location // the same text, not made again (nearly every schema's)
	}
	return f.URL + ptr
}

func unwrapPathError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
