package main

import (
	"bytes"
	"os"
	"path/filepath"
	"time"

	"github.com/specgen/specgen/generator/emit"
)

// generatedAhead reads the generated files already in an output directory
// on a goroutine of its own, from the start of a run: writeFiles compares
// the new package with them to leave unchanged files (and their mtimes)
// alone, and reading several MB of them at the end of a run lengthened it,
// while a core is idle during loading. What was read ahead is used only
// for a file whose size and modification time are still those it had
// when read; any other is read again (current).
type generatedAhead struct {
	done  chan struct{}
	files map[string]seenFile
	err   error
}

// seenFile is one file as read ahead: its bytes, whether specgen wrote it
// (its header), and what its size and modification time were.
type seenFile struct {
	src       []byte
	generated bool
	size      int64
	mod       time.Time
}

// readGeneratedAhead starts reading dir's *.gen.go files.
func readGeneratedAhead(dir string) *generatedAhead {
	a := &generatedAhead{done: make(chan struct{}), files: map[string]seenFile{}}
	go func() {
		defer close(a.done)
		a.err = a.read(dir)
	}()
	return a
}

func (a *generatedAhead) read(dir string) error {
	entries, err := genEntries(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		f, err := readSeen(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		a.files[e.Name()] = f
	}
	return nil
}

// readSeen reads the file at path with its size and modification time,
// taken before reading: a change while it is read shows as a later time.
func readSeen(path string) (seenFile, error) {
	info, err := os.Stat(path)
	if err != nil {
		return seenFile{}, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return seenFile{}, err
	}
	return seenFile{src: b, generated: bytes.HasPrefix(b, []byte("// "+emit.Header)), size: info.Size(), mod: info.ModTime()}, nil
}

// current returns the generated files dir holds now, by name, as
// readGenerated does: those read ahead that have not changed since, the
// others read again.
func (a *generatedAhead) current(dir string) (map[string][]byte, error) {
	<-a.done
	if a.err != nil {
		return readGenerated(dir)
	}
	entries, err := genEntries(dir)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		f, ok := a.files[e.Name()]
		if !ok || f.size != info.Size() || !f.mod.Equal(info.ModTime()) {
			if f, err = readSeen(filepath.Join(dir, e.Name())); err != nil {
				return nil, err
			}
		}
		if f.generated {
			out[e.Name()] = f.src
		}
	}
	return out, nil
}
