// Package resources builds the knowledge and the caches that analysis and
// search share, from configuration, as one value: the language detector,
// the bilingual dictionaries, the gazetteer, the analyzer with its entity
// finder, and the query searcher with their caches. The command line builds one Set per
// process and passes it down to ingest and the web; nothing of it is
// package state, and nothing here reads the environment.
package resources

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/analyze/entity"
	"github.com/storyline/storyline/internal/analyze/tagger"
	bundled "github.com/storyline/storyline/internal/analyze/tagger/models"
	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/search"
	"github.com/storyline/storyline/internal/xlang"
)

// DefaultCacheEntries is the number of entries each cache of words,
// name keys and gazetteer answers holds unless configured otherwise.
const DefaultCacheEntries = 200000

// Config says where the resources come from and how much they keep.
type Config struct {
	// DictDir is the directory of the bilingual dictionaries
	// (xlang.DefaultDir on Debian); empty, stories match across languages
	// by names and numbers only.
	DictDir string
	// DictCacheDir is where the dictionaries' tables are kept once built,
	// for later runs; empty, every run parses the dictionaries afresh.
	DictCacheDir string
	// CacheEntries bounds each cache of the entity finder and the searcher
	// (words, name keys, gazetteer answers, demonyms, query terms); 0
	// caches nothing.
	CacheEntries int
	// EntityModels is a directory of learned entity taggers, one file a
	// language as "storyline train entities" writes them, in place of the
	// bundled ones; empty, the bundled models. A model is read when an
	// article of its language first needs it; for a language without one,
	// the entity finder's rules find the mentions.
	EntityModels string
	// NoEntityModels leaves finding entities to the rules in every
	// language.
	NoEntityModels bool
	// Logger hears of the dictionaries' tables built and cached and of
	// an entity model that cannot be read; nil discards.
	Logger *slog.Logger
}

// Set is the resources of one process. It is safe for concurrent use.
type Set struct {
	// Detector identifies the language of a text.
	Detector *lang.Detector
	// Dictionary maps the words of other languages to English concepts.
	Dictionary *xlang.Dictionary
	// Places is the gazetteer.
	Places *gazetteer.Gazetteer
	// Analyzer analyses articles: with the gazetteer and the caches of its
	// entity finder, and the dictionaries.
	Analyzer *analyze.Analyzer
	// Search analyses queries and marks their matches, through its cache.
	Search *search.Searcher
}

// New builds the resources c describes. It finds the dictionaries (a
// language's are parsed when an article first needs them) and decodes the
// gazetteer; it fails when the dictionary directory cannot be read or ctx
// is done.
func New(ctx context.Context, c Config) (*Set, error) {
	if c.CacheEntries < 0 {
		return nil, fmt.Errorf("resources: negative cache size %d", c.CacheEntries)
	}
	dict, err := xlang.Load(ctx, xlang.Options{Dir: c.DictDir, CacheDir: c.DictCacheDir, Logger: c.Logger})
	if err != nil {
		return nil, fmt.Errorf("resources: %w", err)
	}
	places, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("resources: %w", err)
	}
	var models entity.Models
	switch {
	case c.NoEntityModels:
	case c.EntityModels != "":
		dir, err := tagger.OpenDir(c.EntityModels, places, c.CacheEntries)
		if err != nil {
			return nil, fmt.Errorf("resources: %w", err)
		}
		models = modelsOf(dir, c.Logger)
	default:
		models = modelsOf(tagger.NewDir(bundled.FS(), places, c.CacheEntries), c.Logger)
	}
	return &Set{
		Detector:   lang.NewDetector(),
		Dictionary: dict,
		Places:     places,
		Analyzer:   analyze.New(entity.NewFinder(places, c.CacheEntries, models), dict),
		Search:     search.NewSearcher(places, c.CacheEntries),
	}, nil
}

// modelsOf gives the entity finder the models of dir. A model that cannot
// be read leaves its language to the rules, and is logged once.
func modelsOf(dir *tagger.Dir, log *slog.Logger) entity.Models {
	var logged sync.Map
	return func(code string) *tagger.Model {
		m, err := dir.Model(code)
		if err != nil {
			if _, seen := logged.LoadOrStore(code, true); !seen && log != nil {
				log.Warn("entity model unusable: the rules find this language's entities", "lang", code, "err", err)
			}
			return nil
		}
		return m
	}
}
