package main

import "testing"

func TestNoun(t *testing.T) {
	tests := []struct {
		entry, want string
		ok          bool
	}{
		{"Wetterhaus /vˈɛtɜhaʊs/ <neut, n, sg>\n house of weather <n>\n", "Wetterhaus", true},
		{"Wetterhäuser /vˈɛtɜhɔøzɜ/ <pl>\n houses of weather\n", "Wetterhäuser", true},
		{"Orvadien /ɔrvˈaːdiən/ <neut, n, sg>\n [geogr.] Orvadia <n>\n", "", false},
		{"wettern /vˈɛtɜn/ <v>\n to storm\n", "", false},
		{"Orvado /ɔrvˈaːdo/\n [geogr.] Orvado\n", "", false},
		{"Wetter machen <v>\n to make weather\n", "", false},
		{"Nord-Süd-Achse <fem, n, sg>\n north-south axis\n", "Nord-Süd-Achse", true},
	}
	for _, tt := range tests {
		got, ok := noun(tt.entry)
		if got != tt.want || ok != tt.ok {
			t.Errorf("noun(%q) = %q, %v, want %q, %v", tt.entry, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDecode64(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"B", 1, true},
		{"BA", 64, true},
		{"/", 63, true},
		{"", 0, false},
		{"B*", 0, false},
	}
	for _, tt := range tests {
		if got, ok := decode64(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("decode64(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
