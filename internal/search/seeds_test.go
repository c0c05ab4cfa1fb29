package search

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/analyze/analyzetest"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/source"
)

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../shared/seeds"

// indexed is a seed article as the store indexes it.
type indexed struct {
	name  string
	a     article.Article
	terms map[string]bool
	keys  map[string]bool
}

// loadSeeds extracts and analyses the seeds as ingest does (ingest itself
// imports search, through the resources).
func loadSeeds(t testing.TB) []indexed {
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", seedsDir)
	}
	detector := lang.NewDetector()
	var out []indexed
	for _, f := range files {
		docs, err := source.ReadFile(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(docs[0])
		if err != nil {
			t.Fatal(err)
		}
		if a.Language == "" {
			a.Language = detector.Detect(a.Title + "\n" + a.Text)
		}
		s := indexed{name: filepath.Base(f), a: a, terms: map[string]bool{}, keys: map[string]bool{}}
		r := analyzetest.Analyze(a)
		for _, term := range r.Analysis.SearchTerms() {
			s.terms[term] = true
		}
		for _, e := range r.Facts.Entities {
			s.keys[e.Key] = true
		}
		out = append(out, s)
	}
	return out
}

// matches reports whether the store would find the article for q: it holds
// a term of every word, or names one of the entities.
func (s indexed) matches(q Query) bool {
	sq := q.StoreQuery()
	for _, k := range sq.EntityKeys {
		if s.keys[k] {
			return true
		}
	}
	if len(sq.Terms) == 0 {
		return false
	}
	for _, alts := range sq.Terms {
		if !slices.ContainsFunc(alts, func(t string) bool { return s.terms[t] }) {
			return false
		}
	}
	return true
}

// TestSeeds searches the five seeds (four English reports and an Arabic
// one on Qassem Soleimani and Bashar al-Assad) as the store would, and
// checks the snippets mark the matches in both scripts.
func TestSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	tests := []struct {
		query string
		// want are the seeds found, by their number.
		want []string
	}{
		{"Soleimani", []string{"000", "001", "002", "003", "004"}},
		{"Qassem Soleimani", []string{"000", "001", "002", "003", "004"}},
		{"قاسم سليماني", []string{"000", "001", "002", "003", "004"}},
		{"Сулеймани", []string{"000", "001", "002", "003", "004"}},
		{"Damascus", []string{"001", "002", "003", "004"}},
		{"Quds Force", []string{"000", "001", "002", "003", "004"}},
		{"Lavrov", []string{"004"}},
		{"Haaretz", []string{"001"}},
		{"earthquake", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q := testSearcher().Parse(tt.query)
			var got []string
			for _, s := range seeds {
				if !s.matches(q) {
					continue
				}
				got = append(got, s.name[:3])
				fs := testSearcher().Snippet(s.a.Text, q, 200)
				checkSnippet(t, s.a.Text, fs, 200)
				if len(marked(fs)) == 0 {
					t.Errorf("%s: snippet %q marks nothing", s.name, joined(fs))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("found %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkSnippet(b *testing.B) {
	seeds := loadSeeds(b)
	q := testSearcher().Parse("Qassem Soleimani Damascus")
	for b.Loop() {
		for _, s := range seeds {
			testSearcher().Snippet(s.a.Text, q, 200)
		}
	}
}

func BenchmarkHighlightCold(b *testing.B) {
	seeds := loadSeeds(b)
	q := testSearcher().Parse("Qassem Soleimani Damascus")
	for b.Loop() {
		sr := NewSearcher(testSearcher().places, testCacheEntries)
		for _, s := range seeds {
			sr.Highlight(s.a.Text, q)
		}
	}
}
