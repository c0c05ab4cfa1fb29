package entity

import "testing"

func TestArticlesAndConnectors(t *testing.T) {
	tests := []struct {
		word              string
		article, connects bool
	}{
		{"al", true, false},
		{"Al", true, false},
		{"ال", true, false},
		{"аль", true, false},
		{"bin", false, true},
		{"Ibn", false, true},
		{"عبد", false, true},
		{"ابن", false, true},
		{"абу", false, true},
		{"Salman", false, false},
		{"the", false, false},
		{"von", false, false},
	}
	for _, tt := range tests {
		if got := IsArticle(tt.word); got != tt.article {
			t.Errorf("IsArticle(%q) = %v, want %v", tt.word, got, tt.article)
		}
		if got := IsConnector(tt.word); got != tt.connects {
			t.Errorf("IsConnector(%q) = %v, want %v", tt.word, got, tt.connects)
		}
	}
}
