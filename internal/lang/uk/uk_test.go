package uk_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/storyline/storyline/internal/lang/uk"
)

// TestUkrainian is the golden table of Ukrainian: one case per rule, named
// by the function or list it tests.
func TestUkrainian(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// IsFunctionWord: conjunction.
		{"IsFunctionWord", "або", "true"},
		// IsFunctionWord: content word.
		{"IsFunctionWord", "уряд", "false"},
		// Conjunction: joins two names ("X та Y"); "або" does not.
		{"Conjunction", "та", "true"},
		{"Conjunction", "або", "false"},
		// Title: title before a name.
		{"Title", "речник", "true"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "IsFunctionWord":
			got = strconv.FormatBool(uk.IsFunctionWord(tt.in))
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(uk.Names.Conjunctions, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(uk.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
