package analyze

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/entity"
	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// TestSeeds analyses the real scraped articles: all five tell of Qassem
// Soleimani, in English or Arabic, so each must name him under one key.
func TestSeeds(t *testing.T) {
	langs := map[string]string{"000": "en", "001": "en", "002": "ar", "003": "en", "004": "en"}
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", seedsDir)
	}
	for _, f := range files {
		name := filepath.Base(f)
		lang, ok := langs[name[:3]]
		if !ok {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, text, _ := strings.Cut(strings.TrimSpace(string(data)), "\n")
		a := analyzeText(lang, title, text)
		var soleimani *entity.Name
		for i, n := range a.Names {
			if n.Key == "ksm slmn" {
				soleimani = &a.Names[i]
			}
		}
		switch {
		case soleimani == nil:
			t.Errorf("%s: no name with key %q in %v", name, "ksm slmn", a.Names)
		case soleimani.Count < 3:
			t.Errorf("%s: %q mentioned %d times, want 3 or more", name, soleimani.Text, soleimani.Count)
		}
		if len(a.Terms) < 50 {
			t.Errorf("%s: only %d terms", name, len(a.Terms))
		}
		checkInvariants(t, a)
	}
}

// checkInvariants checks what holds for every Analysis.
func checkInvariants(t *testing.T, a Analysis) {
	t.Helper()
	for _, m := range []map[string]int{a.Terms, a.TitleTerms} {
		for term, n := range m {
			if term == "" || !utf8.ValidString(term) || n <= 0 {
				t.Errorf("bad term %q (count %d)", term, n)
			}
		}
	}
	for term, n := range a.TitleTerms {
		if a.Terms[term] < n {
			t.Errorf("title term %q counted %d, but %d in Terms", term, n, a.Terms[term])
		}
	}
	for _, n := range a.Names {
		if n.Text == "" || n.Key == "" || n.Count <= 0 || !utf8.ValidString(n.Text) || !utf8.ValidString(n.Key) {
			t.Errorf("bad name %+v", n)
		}
	}
	for _, num := range a.Numbers {
		if num == "" || strings.Trim(num, "0123456789.") != "" {
			t.Errorf("bad number %q", num)
		}
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	for _, lang := range []string{"en", "ar", "und", "xx", ""} {
		a := analyzeText(lang, "", "")
		if len(a.Terms) != 0 || len(a.TitleTerms) != 0 || len(a.Names) != 0 || len(a.Numbers) != 0 {
			t.Errorf("analyzeText(%q, empty) = %+v", lang, a)
		}
		if a.Terms == nil || a.TitleTerms == nil {
			t.Errorf("analyzeText(%q, empty) has nil maps", lang)
		}
	}
}

func TestTitleTerms(t *testing.T) {
	a := analyzeText("en", "Assad asked Soleimani for help", "Soleimani helped Assad.")
	want := map[string]int{"assad": 1, "ask": 1, "soleimani": 1, "help": 1}
	for k, v := range want {
		if a.TitleTerms[k] != v {
			t.Errorf("TitleTerms[%q] = %d, want %d (%v)", k, a.TitleTerms[k], v, a.TitleTerms)
		}
	}
	if a.Terms["assad"] != 2 || a.Terms["help"] != 2 {
		t.Errorf("Terms = %v, want assad and help twice", a.Terms)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Syrian President Bashar al-Assad met Qassem Soleimani's aides on 3 January 2020; 6.4 million fled.",
		"قال الرئيس السوري بشار الأسد إن “قاسم سليماني” زار دمشق. ٣٫٥ مليار",
		"Президент Владимир Путин встретился с Башаром Асадом 12 января.",
		"Hükümet İSTANBUL'da yeni bütçeyi açıkladı.",
		"政府は2020年に新しい予算を発表した。政府宣布新预算。",
		"U.S. U.N. 'quoted' O'Brien d'Estaing -- 1,234.5 1.234,5 ٤٨٬٠٠٠",
		"\xff\xfe\xc3 broken \u200c\u200d\u00ad",
	} {
		f.Add("en", s)
		f.Add("ar", s)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		title, body, _ := strings.Cut(text, "\n")
		checkInvariants(t, analyzeText(lang, title, body))
		for _, n := range analyzeText(lang, title, body).Names {
			if namekey.Key(n.Text) != n.Key {
				t.Errorf("namekey.Key(%q) = %q, but the name has key %q", n.Text, namekey.Key(n.Text), n.Key)
			}
		}
	})
}

// analyzeText tokenises an article's title and text once, as
// Analyzer.Article does, and computes their similarity features with the
// names of the entity finder: the core of the analysis, without dates,
// quotes and English concepts.
func analyzeText(code, title, text string) Analysis {
	t, x := token.NewSegment(valid(title)), token.NewSegment(valid(text))
	return features(code, t, x, testFinder().Find(code, t, x).Names)
}

// testFinder is the entity finder the tests share, with a cache as in a
// long ingest.
var testFinder = sync.OnceValue(func() *entity.Finder {
	places, err := gazetteer.Load()
	if err != nil {
		panic(err)
	}
	return entity.NewFinder(places, 200000, nil)
})
