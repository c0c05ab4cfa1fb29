package cli

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

type extractedFacts struct {
	Path string `json:"path"`
	article.Facts
}

// TestSeedFacts checks, through "storyline extract --json", that the
// entities of the seeds get one key per person, organisation and place
// whatever the spelling and script, that distinct people stay apart, and
// that the quotes and cited sources the seeds hold are found.
func TestSeedFacts(t *testing.T) {
	dir := seedsDir(t)
	code, out, errOut := run(t, "extract", "--json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	seeds := decodeLines[extractedFacts](t, out)
	if len(seeds) != 5 {
		t.Fatalf("%d articles, want 5", len(seeds))
	}
	keysOf := map[string]map[string]bool{} // mention as written -> entity keys
	for _, s := range seeds {
		for _, e := range s.Entities {
			for _, m := range e.Mentions {
				if keysOf[m] == nil {
					keysOf[m] = map[string]bool{}
				}
				keysOf[m][e.Key] = true
			}
		}
	}
	key := func(form string) string {
		t.Helper()
		keys := keysOf[form]
		if len(keys) == 0 {
			keys = keysOf[strings.TrimSuffix(strings.TrimSuffix(form, "'s"), "’s")]
		}
		if len(keys) != 1 {
			t.Errorf("mention %q has keys %v, want exactly one", form, keys)
			return ""
		}
		for k := range keys {
			return k
		}
		return ""
	}
	identities := [][]string{
		{"Qassem Soleimani", "Qasem Soleimani", "Qassem Suleimani", "Suleimani", "Sulejmani", "Soleiman's", "Süleyman", "قاسم سليماني", "سليماني"},
		{"Bashar al-Assad", "Bashar Al-Assad", "Assad", "بشار الأسد", "الأسد"},
		{"Hasan Flark", "حسن فلارك"},
		{"Quds Force", "Qods Force", "al-Quds", "فيلق القدس"},
		{"Russia", "روسيا"},
		{"Syria", "سوريا"},
	}
	for _, forms := range identities {
		first := key(forms[0])
		for _, f := range forms[1:] {
			if k := key(f); k != first {
				t.Errorf("%q is %q but %q is %q: one entity in two keys", forms[0], first, f, k)
			}
		}
	}
	for _, apart := range [][2]string{
		{"Qassem Soleimani", "İsmail Kaani"}, {"Qassem Soleimani", "Hossein Hamadani"}, {"Ali Abdullah Ayyoub", "Amir Hatami"},
	} {
		if a, b := key(apart[0]), key(apart[1]); a == b {
			t.Errorf("%q and %q share the key %q", apart[0], apart[1], a)
		}
	}

	var quotes []article.Quote
	var sources []string
	for _, s := range seeds {
		quotes = append(quotes, s.Quotes...)
		for _, src := range s.Sources {
			sources = append(sources, src.Name)
		}
	}
	for _, want := range []struct{ text, speaker string }{
		{"the one and only option facing us is a victory for the resistance", "Soleimani"},
		{"Israel was playing with fire", "Mikdad"},
		{"Mr. Soleimani in Moscow was not", "Foreign Ministry"},
		{"I initially met Qassem Soleimani in 2011", "Ayyoub"},
	} {
		found := false
		for _, q := range quotes {
			if strings.Contains(q.Text, want.text) {
				found = true
				if !strings.Contains(q.Speaker, want.speaker) {
					t.Errorf("quote %q: speaker %q, want %q", want.text, q.Speaker, want.speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q not found", want.text)
		}
	}
	all := strings.ToLower(strings.Join(sources, " | "))
	for _, want := range []string{"jerusalem center for public affairs", "haaretz", "sozcu", "new york times", "reuters",
		"safir", "fox news", "newsru", "جيروازليم بوست"} {
		if !strings.Contains(all, want) {
			t.Errorf("cited source %q not found among %s", want, all)
		}
	}
}
