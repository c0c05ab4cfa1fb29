package search

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		query string
		// words are the texts of the query's words, in order.
		words []string
		// keys must be among the entity keys, notKeys must not.
		keys, notKeys []string
		// terms must be among the first word's terms.
		terms []string
	}{
		{name: "surname", query: "Soleimani", words: []string{"Soleimani"},
			keys: []string{"person:slmn", "org:slmn"}, terms: []string{"soleimani"}},
		{name: "full name keys the family name", query: "Qassem Soleimani",
			words: []string{"Qassem", "Soleimani"}, keys: []string{"person:slmn"},
			notKeys: []string{"person:ksm", "person:ksm slmn"}},
		{name: "country", query: "Iran", words: []string{"Iran"}, keys: []string{"place:iso:IR"},
			terms: []string{"iran"}},
		{name: "city", query: "Damascus", keys: []string{"place:geonames:170654"}},
		{name: "lowercase query", query: "damascus", keys: []string{"place:geonames:170654"}},
		{name: "stop words dropped", query: "the war in Syria", words: []string{"Syria"},
			keys: []string{"place:iso:SY"}, notKeys: []string{"org:t ar an sr", "org:ar"}},
		{name: "only stop words kept", query: "war", words: []string{"war"}, terms: []string{"war"}},
		{name: "repeated word once", query: "Iran iran IRAN", words: []string{"Iran"}},
		{name: "article in a name", query: "Bashar al-Assad", keys: []string{"person:ast"},
			notKeys: []string{"person:bsr"}},
		{name: "connector in a name", query: "Mohammed bin Salman", keys: []string{"person:bnslmn"},
			notKeys: []string{"person:slmn"}},
		{name: "organisation word", query: "Quds Force", keys: []string{"org:kts"}},
		{name: "quoted phrase", query: `"Quds Force"`, words: []string{"Quds", "Force"}, keys: []string{"org:kts"}},
		{name: "arabic name", query: "قاسم سليماني", words: []string{"قاسم", "سليماني"},
			keys: []string{"person:slmn"}, notKeys: []string{"person:ksm"}},
		{name: "arabic place with proclitic", query: "بدمشق", keys: []string{"place:geonames:170654"}},
		{name: "cyrillic name", query: "Сулеймани", keys: []string{"person:slmn"}},
		{name: "russian stem", query: "выборах", terms: []string{"выбор"}},
		{name: "han bigrams and place", query: "叙利亚总统", words: []string{"叙利", "利亚", "亚总", "总统"},
			keys: []string{"place:iso:SY"}},
		{name: "empty", query: "  \t ", words: []string{}},
		{name: "punctuation only", query: "?!- …", words: []string{}},
		{name: "invalid utf-8", query: "\xffIran\xfe", keys: []string{"place:iso:IR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := testSearcher().Parse(tt.query)
			if tt.words != nil {
				var got []string
				for _, w := range q.Words {
					got = append(got, w.Text)
				}
				if !slices.Equal(got, tt.words) && !(len(got) == 0 && len(tt.words) == 0) {
					t.Errorf("words = %q, want %q", got, tt.words)
				}
			}
			for _, k := range tt.keys {
				if !slices.Contains(q.EntityKeys, k) {
					t.Errorf("keys %q lack %q", q.EntityKeys, k)
				}
			}
			for _, k := range tt.notKeys {
				if slices.Contains(q.EntityKeys, k) {
					t.Errorf("keys %q hold %q", q.EntityKeys, k)
				}
			}
			for _, term := range tt.terms {
				if len(q.Words) == 0 || !slices.Contains(q.Words[0].Terms, term) {
					t.Errorf("words %+v: first lacks term %q", q.Words, term)
				}
			}
			checkQuery(t, q)
		})
	}
}

func TestParseLimits(t *testing.T) {
	long := strings.Repeat("Soleimani Damascus Teheran Moscow Beirut Baghdad Aleppo ", 30)
	q := testSearcher().Parse(long)
	if n := utf8.RuneCountInString(q.Text); n > maxRunes {
		t.Errorf("text has %d runes", n)
	}
	var many []string
	for i := range 30 {
		many = append(many, "word"+strings.Repeat("x", i))
	}
	q = testSearcher().Parse(strings.Join(many, " "))
	if len(q.Words) != maxWords {
		t.Errorf("%d words, want %d", len(q.Words), maxWords)
	}
}

func TestStoreQuery(t *testing.T) {
	q := testSearcher().Parse("Qassem Soleimani")
	sq := q.StoreQuery()
	if len(sq.Terms) != len(q.Words) {
		t.Fatalf("%d term lists for %d words", len(sq.Terms), len(q.Words))
	}
	for i, w := range q.Words {
		if !slices.Equal(sq.Terms[i], w.Terms) {
			t.Errorf("terms %d = %q, want %q", i, sq.Terms[i], w.Terms)
		}
	}
	if !slices.Equal(sq.EntityKeys, q.EntityKeys) {
		t.Errorf("keys = %q, want %q", sq.EntityKeys, q.EntityKeys)
	}
	sq.Terms[0][0] = "changed"
	if q.Words[0].Terms[0] == "changed" {
		t.Error("StoreQuery shares the query's terms")
	}
	if sq.Limit != 0 || sq.Language != "" || !sq.From.IsZero() {
		t.Errorf("filters set: %+v", sq)
	}
	if e := testSearcher().Parse("").StoreQuery(); len(e.Terms) != 0 || len(e.EntityKeys) != 0 {
		t.Errorf("empty query gives %+v", e)
	}
}

// checkQuery checks what holds for every parsed query.
func checkQuery(t *testing.T, q Query) {
	t.Helper()
	if !utf8.ValidString(q.Text) || utf8.RuneCountInString(q.Text) > maxRunes {
		t.Errorf("bad text %q", q.Text)
	}
	if len(q.Words) > maxWords {
		t.Errorf("%d words", len(q.Words))
	}
	for _, w := range q.Words {
		if w.Text == "" || len(w.Terms) == 0 || !slices.IsSorted(w.Terms) {
			t.Errorf("bad word %+v", w)
		}
		for _, term := range w.Terms {
			if term == "" || !utf8.ValidString(term) {
				t.Errorf("bad term %q in %+v", term, w)
			}
		}
	}
	seen := map[string]bool{}
	for _, k := range q.EntityKeys {
		i := strings.IndexByte(k, ':')
		if i < 0 || i == len(k)-1 || seen[k] || !utf8.ValidString(k) {
			t.Errorf("bad or repeated key %q in %q", k, q.EntityKeys)
		}
		seen[k] = true
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Soleimani", "Qassem Soleimani", "قاسم سليماني", "Сулеймани", "叙利亚总统",
		`"Quds Force" al-Quds`, "the war in Syria", "\xff\xfe", "U.S. Iran's", "ab\u200ccd", "ﷺ ﻻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := testSearcher().Parse(s)
		checkQuery(t, q)
		sq := q.StoreQuery()
		if len(sq.Terms) != len(q.Words) || len(sq.EntityKeys) != len(q.EntityKeys) {
			t.Errorf("store query %+v of %+v", sq, q)
		}
	})
}

// testCacheEntries is the size of the tests' caches, the command line's
// default.
const testCacheEntries = 200000

// testSearcher is the Searcher the tests share.
var testSearcher = sync.OnceValue(func() *Searcher {
	g, err := gazetteer.Load()
	if err != nil {
		panic(err)
	}
	return NewSearcher(g, testCacheEntries)
})
