package nl_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/nl"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := nl.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// "van" may stand inside a name, "en" not.
		{"Connectors", q.Connectors, "van", "en"},
	}
	for _, tt := range tests {
		if !slices.Contains(tt.words, tt.in) {
			t.Errorf("%s lacks %q", tt.list, tt.in)
		}
		if slices.Contains(tt.words, tt.out) {
			t.Errorf("%s holds %q", tt.list, tt.out)
		}
	}
}
