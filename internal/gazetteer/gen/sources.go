package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/internal/gazetteer/debdata"
)

// langs are the languages whose names the table keeps: storyline's
// supported languages. Each has at most one display name per place.
var langs = []string{
	"en", "ar", "fa", "ur", "ru", "uk", "bg", "sr", "kk", "tr", "az", "de",
	"es", "fr", "it", "pl", "nl", "pt", "sv", "ro", "hu", "cs", "id", "el",
	"he", "hi", "hy", "ka", "th", "ja", "ko", "zh",
}

// A localeSource is one gettext or CLDR locale read for a language: its
// names become display names (display) or only further names to match.
type localeSource struct {
	locale, lang string
	display      bool
}

// geonamesLocales are the geonames.mo catalogues read, in order of
// preference for a language's display name.
var geonamesLocales = func() []localeSource {
	var s []localeSource
	for _, l := range langs {
		s = append(s, localeSource{l, l, true})
	}
	return append(s,
		localeSource{"zh_CN", "zh", true}, localeSource{"zh_SG", "zh", true},
		localeSource{"zh_TW", "zh", false}, localeSource{"zh_HK", "zh", false},
		localeSource{"yue", "zh", false}, localeSource{"sr@latin", "sr", false},
		localeSource{"pt_BR", "pt", true},
	)
}()

// cldrLocales are the CLDR locale files read.
var cldrLocales = func() []localeSource {
	var s []localeSource
	for _, l := range langs {
		s = append(s, localeSource{l, l, true})
	}
	return append(s,
		localeSource{"zh_Hant", "zh", false}, localeSource{"sr_Latn", "sr", false},
		localeSource{"en_GB", "en", false}, localeSource{"es_419", "es", false},
		localeSource{"pt_PT", "pt", false}, localeSource{"fr_CA", "fr", false},
	)
}()

// sources is everything the generator reads.
type sources struct {
	cities     []debdata.City
	geonames   map[localeSource]map[string]string // catalogue -> msgid -> name
	iso        []debdata.ISOCountry
	isoNames   map[localeSource]map[string]string // iso_3166-1.mo catalogues
	territory  map[localeSource]map[string]*debdata.TerritoryNames
	zones      map[localeSource]map[string]string // CLDR exemplar cities
	countryPop map[string]int
}

// load reads all sources; a missing required file is an error naming the
// Debian package that ships it.
func load(o options) (*sources, error) {
	s := &sources{
		geonames:  map[localeSource]map[string]string{},
		isoNames:  map[localeSource]map[string]string{},
		territory: map[localeSource]map[string]*debdata.TerritoryNames{},
		zones:     map[localeSource]map[string]string{},
	}
	var err error
	if s.cities, err = debdata.ReadCities(o.lib); err != nil {
		return nil, err
	}
	for _, ls := range geonamesLocales {
		m, err := debdata.ReadMO(debdata.GeonamesMO(o.locale, ls.locale))
		if errors.Is(err, fs.ErrNotExist) {
			if ls.locale == "en" {
				return nil, fmt.Errorf("%w (apt-get install libgeonames-common): %w", err, debdata.ErrNotInstalled)
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		s.geonames[ls] = m
	}
	if s.iso, err = debdata.ReadISO3166(o.iso); err != nil {
		return nil, err
	}
	for _, ls := range cldrLocales {
		m, err := debdata.ReadMO(filepath.Join(o.locale, ls.locale, "LC_MESSAGES", "iso_3166-1.mo"))
		if err == nil {
			s.isoNames[ls] = m
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(o.cldr, "main", "en.xml")); err != nil {
		return nil, fmt.Errorf("%w (apt-get install unicode-cldr-core): %w", err, debdata.ErrNotInstalled)
	}
	for _, ls := range cldrLocales {
		t, z, err := debdata.ReadCLDRLocale(o.cldr, ls.locale)
		if err != nil {
			return nil, err
		}
		s.territory[ls], s.zones[ls] = t, z
	}
	if s.countryPop, err = debdata.ReadCLDRPopulations(o.cldr); err != nil {
		return nil, err
	}
	return s, nil
}
