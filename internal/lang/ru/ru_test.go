package ru_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ru"
)

// TestRussian is the golden table of Russian: one case per rule, named
// by the function or list it tests.
func TestRussian(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural.
		{"Stem", "бюджеты", "бюджет"},
		// Stem: Snowball: case ending.
		{"Stem", "правительства", "правительств"},
		// IsStop: Snowball stop list: conjunction.
		{"IsStop", "что", "true"},
		// IsStop: news word: speech verb.
		{"IsStop", "заявил", "true"},
		// IsStop: content word.
		{"IsStop", "школа", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "на", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "заявил", "false"},
		// Conjunction: joins two names ("X и Y"); "или" does not.
		{"Conjunction", "и", "true"},
		{"Conjunction", "или", "false"},
		// Title: title before a name.
		{"Title", "президент", "true"},
		// Title: inflected title.
		{"Title", "президента", "true"},
		// Terms: pipeline: fold, stop, stem; Latin words are not stemmed.
		{"Terms", "Правительство заявил, что бюджеты NATO", "nato бюджет правительств"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "IsFunctionWord":
			got = strconv.FormatBool(ru.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(ru.IsStop(tt.in))
		case "Stem":
			got = ru.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("ru", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(ru.Names.Conjunctions, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(ru.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
