package entity

import "testing"

func TestConnectors(t *testing.T) {
	tests := []struct {
		word     string
		connects bool
	}{
		{"al", false},
		{"Al", false},
		{"ال", false},
		{"аль", false},
		{"bin", true},
		{"Ibn", true},
		{"عبد", true},
		{"ابن", true},
		{"абу", true},
		{"Salman", false},
		{"the", false},
		{"von", false},
	}
	for _, tt := range tests {
		if got := IsConnector(tt.word); got != tt.connects {
			t.Errorf("IsConnector(%q) = %v, want %v", tt.word, got, tt.connects)
		}
	}
}
