package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../../shared/seeds"

// seed is one scraped article made ready for Find.
type seed struct {
	name, lang, title, text string
}

// loadSeeds reads the seeds and keeps their prose: a minimal line filter
// (the extract stage does better) keeps lines of six words or more of
// which a quarter start lowercase or in a script without case; the first
// kept line of twenty words or fewer is the title.
func loadSeeds(t testing.TB) []seed {
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", seedsDir)
	}
	var out []seed
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := seed{name: filepath.Base(f), lang: "en"}
		var body []string
		for _, line := range strings.Split(string(data), "\n") {
			words := strings.Fields(line)
			if len(words) < 6 || strings.HasPrefix(strings.TrimSpace(line), "date ") {
				continue
			}
			low := 0
			for _, w := range words {
				r := []rune(w)[0]
				if !unicode.IsUpper(r) {
					low++
				}
				if r >= 0x0600 && r <= 0x06FF {
					s.lang = "ar"
				}
			}
			if low*4 < len(words) && len(words) > 20 {
				continue
			}
			if s.title == "" && len(words) <= 20 {
				s.title = strings.TrimSpace(line)
				continue
			}
			body = append(body, strings.TrimSpace(line))
		}
		s.text = strings.Join(body, "\n\n")
		out = append(out, s)
	}
	return out
}

// TestSeeds checks the identities the five real seeds must keep: each
// row's forms, wherever they occur across the seeds, share one key; the
// pairs of apart must not. Forms are mentions as Find writes them (a
// possessive left out: "Soleiman's" is "Soleiman").
func TestSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	keys := map[string]map[string]string{} // form -> seed -> key
	for _, s := range seeds {
		ents, ments := find(testFinder(), s.lang, s.title, s.text)
		checkResult(t, s.text, ents, ments)
		for _, e := range ents {
			for _, m := range e.Mentions {
				if keys[m] == nil {
					keys[m] = map[string]string{}
				}
				keys[m][s.name] = e.Key
			}
		}
	}
	keyOf := func(form string) string {
		var k string
		for name, k2 := range keys[form] {
			if k != "" && k2 != k {
				t.Errorf("%q has keys %q and %q (%s)", form, k, k2, name)
			}
			k = k2
		}
		return k
	}
	same := []struct {
		what  string
		forms []string
	}{
		{"Qassem Soleimani", []string{"Qassem Soleimani", "Qasem Soleimani", "Qassem Suleimani", "Soleimani",
			"Suleimani", "Sulejmani", "Soleiman", "Süleyman", "قاسم سليماني", "سليماني"}},
		{"Bashar al-Assad", []string{"Bashar al-Assad", "Bashar Al-Assad", "Bashar Assad", "Assad", "بشار الأسد", "الأسد"}},
		{"Hasan Flark", []string{"Hasan Flark", "Flark", "حسن فلارك", "فلارك"}},
		{"the Quds Force", []string{"Quds Force", "Qods Force", "al-Quds", "فيلق القدس"}},
		{"As-Safir", []string{"As-Safir", "Al-Safir"}},
		{"Russia", []string{"Russia", "روسيا"}},
		{"Syria", []string{"Syria", "سوريا"}},
		{"Iran", []string{"Iran", "إيران"}},
		{"Damascus", []string{"Damascus", "دمشق"}},
	}
	for _, s := range same {
		want := ""
		for _, form := range s.forms {
			k := keyOf(form)
			switch {
			case k == "":
				t.Errorf("%s: %q found in no seed", s.what, form)
			case want == "":
				want = k
			case k != want:
				t.Errorf("%s: %q has key %q, want %q", s.what, form, k, want)
			}
		}
	}
	apart := [][2]string{
		{"Soleimani", "İsmail Kaani"},
		{"Soleimani", "Hossein Hamadani"},
		{"Ali Abdullah Ayyoub", "Amir Hatami"},
		{"al-Quds", "As-Safir"},
		{"Quds Force", "Iranian Revolutionary Guards"},
	}
	for _, p := range apart {
		a, b := keyOf(p[0]), keyOf(p[1])
		if a == "" || b == "" || a == b {
			t.Errorf("%q (%q) and %q (%q) must be found with different keys", p[0], a, p[1], b)
		}
	}
	types := map[string]Type{"Soleimani": Person, "Quds Force": Organization, "al-Quds": Organization,
		"As-Safir": Organization, "Syria": Place, "روسيا": Place, "فيلق القدس": Organization, "حسن فلارك": Person}
	for form, typ := range types {
		if k := keyOf(form); !strings.HasPrefix(k, map[Type]string{Person: "person:", Organization: "org:", Place: "place:"}[typ]) {
			t.Errorf("%q has key %q, want a %s", form, k, typ)
		}
	}
}

func TestSeedsDump(t *testing.T) {
	if os.Getenv("ENTITY_DUMP") == "" {
		t.Skip("set ENTITY_DUMP=1")
	}
	for _, s := range loadSeeds(t) {
		ents, _ := find(testFinder(), s.lang, s.title, s.text)
		t.Logf("=== %s (%s) %q", s.name, s.lang, s.title)
		for _, e := range ents {
			t.Logf("%-13s %-28s %-22s %2d %q", e.Type, e.Key, e.Name, e.Count, e.Mentions)
		}
	}
}
