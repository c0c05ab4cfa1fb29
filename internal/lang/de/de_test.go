package de_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/de"
)

// TestGerman is the golden table of German: one case per rule, named
// by the function or list it tests.
func TestGerman(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -en.
		{"Stem", "regierungen", "regier"},
		// Stem: Snowball: umlaut folded.
		{"Stem", "höhere", "hoh"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "der", "true"},
		// IsStop: news word: conjunction the list lacks.
		{"IsStop", "dass", "true"},
		// IsStop: news word: speech verb.
		{"IsStop", "sagte", "true"},
		// IsStop: content word.
		{"IsStop", "haushalt", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "und", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "sagte", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "nicht", "true"},
		// Conjunction: joins two names ("X und Y"); "oder" does not.
		{"Conjunction", "und", "true"},
		{"Conjunction", "oder", "false"},
		// Particle: a lower-case word inside a name; "und" is none.
		{"Particle", "von", "true"},
		{"Particle", "und", "false"},
		// Title: title before a name.
		{"Title", "bundeskanzlerin", "true"},
		// TitleSuffix: compound title.
		{"TitleSuffix", "finanzminister", "true"},
		// Abbrev: abbreviated Herr.
		{"Abbrev", "hr", "true"},
		// Terms: pipeline: fold, stop, stem.
		{"Terms", "Die Regierungen sagte, dass Schulen", "regier schul"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Abbrev":
			got = strconv.FormatBool(slices.Contains(de.Names.Abbrevs, tt.in))
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(de.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(de.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(de.IsStop(tt.in))
		case "Stem":
			got = de.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("de", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(de.Names.Conjunctions, tt.in))
		case "Particle":
			got = strconv.FormatBool(slices.Contains(de.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(de.Names.Titles, tt.in))
		case "TitleSuffix":
			got = strconv.FormatBool(lang.HasTitleSuffix(tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
