package tagger

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"github.com/storyline/storyline/internal/gazetteer"
)

// FileName is the name of the model file of language code in a directory
// of models, as "storyline train entities" writes it: "en.model".
func FileName(code string) string { return code + ".model" }

// Dir is a directory of models, one a language (FileName), each read when
// first asked for and kept. It is safe for concurrent use.
type Dir struct {
	fsys   fs.FS
	places *gazetteer.Gazetteer
	// cacheEntries bounds each model's cache of the gazetteer's answers.
	cacheEntries int
	mu           sync.Mutex
	models       map[string]*dirModel
}

// dirModel is one language's model, read once.
type dirModel struct {
	once sync.Once
	m    *Model
	err  error
}

// OpenDir returns the models of directory path, to be read when first
// needed; places is the gazetteer given to the models that use it. It
// fails when the directory cannot be read.
func OpenDir(path string, places *gazetteer.Gazetteer, cacheEntries int) (*Dir, error) {
	if _, err := os.ReadDir(path); err != nil {
		return nil, fmt.Errorf("tagger: models: %w", err)
	}
	return NewDir(os.DirFS(path), places, cacheEntries), nil
}

// NewDir returns the models in the root of fsys (the bundled models, or
// a directory), to be read when first needed; places is the gazetteer
// given to the models that use it, each with a cache of up to
// cacheEntries of its answers (Model.SetPlaces).
func NewDir(fsys fs.FS, places *gazetteer.Gazetteer, cacheEntries int) *Dir {
	return &Dir{fsys: fsys, places: places, cacheEntries: cacheEntries, models: map[string]*dirModel{}}
}

// Model returns the model of language code, reading it on the first call:
// nil and no error when the directory has none or code is no language code
// (two or three lowercase ASCII letters), an error when the file cannot be
// read or is no model (the same error on every call).
func (d *Dir) Model(code string) (*Model, error) {
	if !isCode(code) {
		return nil, nil // and nothing kept: codes come from the input
	}
	d.mu.Lock()
	e := d.models[code]
	if e == nil {
		e = &dirModel{}
		d.models[code] = e
	}
	d.mu.Unlock()
	e.once.Do(func() { e.m, e.err = d.read(code) })
	return e.m, e.err
}

// read reads the model of one language.
func (d *Dir) read(code string) (*Model, error) {
	name := FileName(code)
	f, err := d.fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if m.UsesPlaces() {
		m.SetPlaces(d.places, d.cacheEntries)
	}
	return m, nil
}

// isCode reports whether s is two or three lowercase ASCII letters.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
