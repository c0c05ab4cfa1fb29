package ru_test

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang/ru"
)

// TestCases is the golden table of the Russian case endings: one case per
// rule of TrimCase and Nominatives.
func TestCases(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// TrimCase: a one-letter ending goes when three letters remain.
		{"TrimCase", "путина", "путин"},
		// TrimCase: a longer ending goes when four letters remain.
		{"TrimCase", "асадом", "асад"},
		// TrimCase: an adjective ending.
		{"TrimCase", "петровского", "петровск"},
		// TrimCase: too short for a two-letter ending, and "м" is none.
		{"TrimCase", "касем", "касем"},
		// TrimCase: a nominative without an ending stays.
		{"TrimCase", "ирак", "ирак"},
		// Nominatives: each ending the word ends with, longest first, each
		// nominative ending in turn.
		{"Nominatives", "сирии", "сирия сирий сирия сириь"},
		// Nominatives: an ending of a feminine noun, and none.
		{"Nominatives", "москве", "москва москв москвя москвь"},
		// Nominatives: an adjective ending gives no nominative.
		{"Nominatives", "белого", ""},
		// Nominatives: three letters must remain.
		{"Nominatives", "рие", ""},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "TrimCase":
			got = ru.TrimCase(tt.in)
		case "Nominatives":
			got = strings.Join(ru.Nominatives(tt.in), " ")
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
