package pl

import "testing"

func TestStem(t *testing.T) {
	// Forms of one word share a stem.
	groups := [][]string{
		{"szkoły", "szkołę", "szkołach", "szkołami", "szkołą"},
		{"budżet", "budżetu", "budżetem", "budżety", "budżetów"},
		{"prezydent", "prezydenta", "prezydentem", "prezydentowi"},
		{"województwo", "województwa", "województwach"},
		{"ogłosił", "ogłosiła", "ogłosili"},
		{"nowy", "nowa", "nowe", "nowego", "nowym"},
	}
	for _, g := range groups {
		want := Stem(g[0])
		for _, w := range g[1:] {
			if got := Stem(w); got != want {
				t.Errorf("Stem(%q) = %q, want %q like Stem(%q)", w, got, want, g[0])
			}
		}
	}
	// Short words stay whole.
	for _, w := range []string{"rząd", "pan", "być"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, got)
		}
	}
}

func TestStop(t *testing.T) {
	for _, w := range []string{"i", "w", "na", "się", "że", "jest", "powiedział"} {
		if !IsStop(w) {
			t.Errorf("IsStop(%q) = false", w)
		}
	}
	for _, w := range []string{"rząd", "budżet", "szkoła"} {
		if IsStop(w) {
			t.Errorf("IsStop(%q) = true", w)
		}
	}
}
