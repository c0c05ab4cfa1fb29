package ru

import (
	"strings"
	"unicode/utf8"
)

// CaseEnding is a case ending that inflects a name, with the nominative
// endings it may stand for.
type CaseEnding struct {
	// Ending is the ending, lowercase.
	Ending string
	// Nominatives are the endings of the nominative forms the inflected
	// word may come from, tried in order: "е" of "Москве" stands for "а"
	// ("Москва"), of "Ираке" for none ("Ирак"). An adjective ending has
	// none: place names are looked up in the nominative of nouns only.
	Nominatives []string
}

// CaseEndings are the noun and adjective case endings of Russian that
// inflect a name ("Путина", "Путиным", "Асадом", "Москве", "Сирии"),
// longest first, so that the first one a word ends with is the longest.
// Names in the other Cyrillic languages (Ukrainian, Belarusian, ...) are
// read with them too. Two rules read them, on lowercased words:
//   - TrimCase takes one ending off, for a name's key;
//   - Nominatives puts the nominative endings in its place, for a place
//     name's dictionary form.
var CaseEndings = []CaseEnding{
	{"ого", nil}, {"его", nil}, {"ому", nil}, {"ему", nil}, {"ыми", nil}, {"ими", nil},
	{"ией", []string{"ия"}},
	{"ии", []string{"ия", "ий"}}, {"ию", []string{"ия"}}, {"ой", []string{"а", ""}}, {"ей", []string{"я", "ь"}},
	{"ом", []string{""}}, {"ем", []string{"", "ь"}}, {"ым", nil}, {"им", nil}, {"ую", nil}, {"юю", nil},
	{"ы", []string{"а", ""}}, {"е", []string{"а", "", "я", "ь"}}, {"у", []string{"а", ""}},
	{"ю", []string{"я", "ь"}}, {"а", []string{"", "ь"}}, {"я", []string{"ь", ""}}, {"и", []string{"я", "ь"}},
}

// TrimCase removes the longest case ending (CaseEndings) from a lowercased
// name word that leaves enough of it: three letters before a one-letter
// ending, four before a longer one ("путина" -> "путин", "асадом" ->
// "асад", but "касем" stays whole).
func TrimCase(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range CaseEndings {
		el := utf8.RuneCountInString(e.Ending)
		if strings.HasSuffix(w, e.Ending) && n-el >= 3 && (el == 1 || n-el >= 4) {
			return strings.TrimSuffix(w, e.Ending)
		}
	}
	return w
}

// Nominatives returns the nominative forms a lowercased name word may be
// an inflection of: for each case ending it ends with, longest first, that
// leaves three letters or more, the rest with each of the ending's
// Nominatives ("сирии" -> "сирия", "сирий"; "москве" -> "москва",
// "москв", "москвя", "москвь").
func Nominatives(w string) []string {
	var out []string
	for _, e := range CaseEndings {
		stem, ok := strings.CutSuffix(w, e.Ending)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		for _, nom := range e.Nominatives {
			out = append(out, stem+nom)
		}
	}
	return out
}
