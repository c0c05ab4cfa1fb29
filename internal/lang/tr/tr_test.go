package tr

import "testing"

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"İSTANBUL", "istanbul"},
		{"IRAK", "ırak"},
		{"Iğdır", "ığdır"},
		{"ŞİMŞEK", "şimşek"},
		{"ankara", "ankara"},
	}
	for _, tt := range tests {
		if got := Lower(tt.in); got != tt.want {
			t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrimApostrophe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"İstanbul'da", "İstanbul"},
		{"Erdoğan’ın", "Erdoğan"},
		{"Ankara", "Ankara"},
		{"'tırnak", "'tırnak"},
	}
	for _, tt := range tests {
		if got := TrimApostrophe(tt.in); got != tt.want {
			t.Errorf("TrimApostrophe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemAndStop(t *testing.T) {
	tests := []struct{ in, want string }{
		{"okullara", "okul"},
		{"hastanelere", "hastane"},
		{"bütçelerin", "bütçe"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, w := range []string{"ve", "bir", "için", "ile"} {
		if !IsStop(w) {
			t.Errorf("IsStop(%q) = false", w)
		}
	}
	if IsStop("okul") {
		t.Error(`IsStop("okul") = true`)
	}
}
