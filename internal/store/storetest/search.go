package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// termEntry is an article that holds terms.
func termEntry(path, lang string, published time.Time, storyID int64, terms ...string) store.Entry {
	e := entry(path, path, lang, published, storyID)
	e.Terms = terms
	return e
}

// foundPaths lists the paths a search finds, sorted.
func foundPaths(t *testing.T, s store.Store, q store.SearchQuery) string {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	var paths []string
	for _, a := range res.Articles {
		paths = append(paths, a.Path)
	}
	sort.Strings(paths)
	if res.Total != len(paths) {
		t.Errorf("Search(%+v): Total %d, %d articles", q, res.Total, len(paths))
	}
	return strings.Join(paths, " ")
}

func testSearchScripts(t *testing.T, s store.Store) {
	// Terms are stems in any script; each is matched whole and exactly,
	// whatever its letters and punctuation.
	save(t, s, store.Batch{
		Articles: []store.Entry{
			termEntry("ar", "ar", day(1), 1, "زلزل", "تركي"),
			termEntry("ru", "ru", day(1), 1, "землетрясен", "турц"),
			termEntry("zh", "zh", day(1), 1, "地震", "震后", "土耳"),
			termEntry("tr-dotless", "tr", day(1), 1, "ılık", "deprem"),
			termEntry("tr-dotted", "tr", day(1), 1, "ilik", "deprem"),
			termEntry("en", "en", day(1), 1, "o'brien", "al-assad", "u.s.", "and", "or", "not", "near", `say"s`, "x*", "^y", "a:b", "-z", "(p)", "quak"),
			termEntry("fa", "fa", day(1), 1, "زلزله", "ایران"),
		},
		Stories: []*story.Profile{profile(1, "Quake", day(1), day(1), "ar", "ru", "zh", "tr", "tr", "en", "fa")},
	})
	tests := []struct {
		name  string
		words [][]string
		want  string
	}{
		{"arabic", [][]string{{"زلزل"}}, "ar"},
		{"persian is another term", [][]string{{"زلزله"}}, "fa"},
		{"cyrillic", [][]string{{"землетрясен"}}, "ru"},
		{"cjk bigram", [][]string{{"地震"}}, "zh"},
		{"second cjk bigram", [][]string{{"震后"}}, "zh"},
		{"no partial cjk match", [][]string{{"震"}}, ""},
		{"turkish dotless i", [][]string{{"ılık"}}, "tr-dotless"},
		{"turkish dotted i", [][]string{{"ilik"}}, "tr-dotted"},
		{"shared term", [][]string{{"deprem"}}, "tr-dotless tr-dotted"},
		{"apostrophe", [][]string{{"o'brien"}}, "en"},
		{"no match of a part", [][]string{{"brien"}}, ""},
		{"hyphen", [][]string{{"al-assad"}}, "en"},
		{"no match of a part after a hyphen", [][]string{{"assad"}}, ""},
		{"dots", [][]string{{"u.s."}}, "en"},
		{"no match without the dots", [][]string{{"us"}}, ""},
		{"query syntax words are terms", [][]string{{"and"}, {"or"}, {"not"}, {"near"}}, "en"},
		{"double quote", [][]string{{`say"s`}}, "en"},
		{"star", [][]string{{"x*"}}, "en"},
		{"no prefix match", [][]string{{"x"}}, ""},
		{"operators", [][]string{{"^y"}, {"a:b"}, {"-z"}, {"(p)"}}, "en"},
		{"any alternative", [][]string{{"زلزل", "землетрясен", "地震", "quak"}}, "ar en ru zh"},
		{"every word", [][]string{{"deprem"}, {"ılık"}}, "tr-dotless"},
		{"every word, alternatives", [][]string{{"deprem", "quak"}, {"ilik", "u.s."}}, "en tr-dotted"},
		{"no article has both", [][]string{{"deprem"}, {"quak"}}, ""},
		{"unknown", [][]string{{"nothing"}}, ""},
		{"a word no article holds is left out", [][]string{{"deprem"}, {"nothing"}}, "tr-dotless tr-dotted"},
		{"empty query", nil, ""},
		{"empty term", [][]string{{""}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foundPaths(t, s, store.SearchQuery{Terms: tt.words}); got != tt.want {
				t.Errorf("Search(%q) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}

func testSearchRankAndFilter(t *testing.T, s store.Store) {
	ctx := context.Background()
	turkey := []article.Entity{{Name: "Turkey", Key: "place:iso:TR", Type: "place", Mentions: []string{"Turkey"}, Count: 1}}
	both := termEntry("both", "en", day(5), 1, "quak", "turkey")
	both.Facts.Entities = turkey
	entityOnly := termEntry("entity", "tr", day(7), 1, "deprem")
	entityOnly.Facts.Entities = turkey
	terms := termEntry("terms", "en", day(6), 1, "quak", "turkey")
	terms.Evidence = &story.Score{Value: 0.5, SharedTerms: []string{"en:quak"}}
	res := save(t, s, store.Batch{
		Articles: []store.Entry{
			both, terms, entityOnly,
			termEntry("other", "fr", day(8), 2, "quak", "turkey"),
			termEntry("none", "en", day(8), 2, "vote"),
			termEntry("undated", "en", time.Time{}, 3, "quak", "turkey"),
			// The same content again: a duplicate, not indexed twice.
			termEntry("both", "en", day(5), 1, "quak", "turkey"),
		},
		Stories: []*story.Profile{
			profile(1, "Quake", day(5), day(7), "en", "en", "tr"), profile(2, "Other", day(8), day(8), "fr", "en"),
			profile(3, "Undated", time.Time{}, time.Time{}, "en"),
		},
	})
	if res.Duplicates != 1 {
		t.Fatalf("SaveResult = %+v, want one duplicate", res)
	}

	q := store.SearchQuery{Terms: [][]string{{"quak"}}, EntityKeys: []string{"place:iso:TR"}}
	found, err := s.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if found.Total != 5 || len(found.Articles) != 5 {
		t.Fatalf("Search = %d of %d: %s; want 5", len(found.Articles), found.Total, articlePaths(found.Articles))
	}
	// The article that holds the term and names the entity ranks first.
	// Those that hold the same terms rank newest first, the undated last.
	pos := map[string]int{}
	for i, a := range found.Articles {
		pos[a.Path] = i
	}
	if pos["both"] != 0 || !(pos["other"] < pos["terms"] && pos["terms"] < pos["undated"]) {
		t.Errorf("ranking = %s, want both first, then other before terms before undated", articlePaths(found.Articles))
	}
	if a := found.Articles[pos["terms"]]; a.Evidence == nil || a.Evidence.Value != 0.5 || a.StoryID != 1 || a.Language != "en" ||
		!a.Published.Equal(day(6)) {
		t.Errorf("found row = %+v", a)
	}
	// Stories with the most matches first: 1 has three, 2 and 3 one.
	if got := storyIDs(found.Stories); len(found.Stories) != 3 || found.Stories[0].ID != 1 || found.Stories[0].Title != "Quake" {
		t.Errorf("stories = %s, want 1 first of 3", got)
	}

	tests := []struct {
		name    string
		q       store.SearchQuery
		want    string
		stories string
	}{
		{"language", store.SearchQuery{Terms: q.Terms, EntityKeys: q.EntityKeys, Language: "fr"}, "other", "2"},
		{"from leaves the undated out", store.SearchQuery{Terms: q.Terms, EntityKeys: q.EntityKeys, From: day(6)}, "entity other terms", ""},
		{"to", store.SearchQuery{Terms: q.Terms, EntityKeys: q.EntityKeys, To: day(5)}, "both", "1"},
		{"one day", store.SearchQuery{Terms: q.Terms, EntityKeys: q.EntityKeys, From: day(6), To: day(6)}, "terms", "1"},
		{"terms only", store.SearchQuery{Terms: q.Terms}, "both other terms undated", ""},
		{"entities only", store.SearchQuery{EntityKeys: q.EntityKeys}, "both entity", "1"},
		{"unknown entity", store.SearchQuery{EntityKeys: []string{"place:iso:FR"}}, "", ""},
		{"unknown entity or a term", store.SearchQuery{Terms: [][]string{{"vote"}}, EntityKeys: []string{"place:iso:FR"}}, "none", "2"},
		{"every word, or the entity", store.SearchQuery{Terms: [][]string{{"quak"}, {"vote"}}, EntityKeys: q.EntityKeys}, "both entity", "1"},
		{"nothing asked", store.SearchQuery{Language: "en"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foundPaths(t, s, tt.q); got != tt.want {
				t.Errorf("Search(%+v) = %q, want %q", tt.q, got, tt.want)
			}
			if tt.stories == "" {
				return
			}
			res, err := s.Search(ctx, tt.q)
			if err != nil || storyIDs(res.Stories) != tt.stories {
				t.Errorf("Search(%+v) stories = %s, %v; want %s", tt.q, storyIDs(res.Stories), err, tt.stories)
			}
		})
	}
}

func testSearchRelevance(t *testing.T, s store.Store) {
	// An article that holds more of the query's terms ranks above a newer
	// one that holds fewer, the documents being of one length.
	save(t, s, store.Batch{
		Articles: []store.Entry{
			termEntry("more", "en", day(1), 1, "quak", "seism"),
			termEntry("fewer", "en", day(2), 1, "quak", "turkey"),
			termEntry("filler-1", "en", day(3), 2, "vote", "berlin"),
			termEntry("filler-2", "en", day(3), 2, "vote", "munich"),
			termEntry("filler-3", "en", day(3), 2, "vote", "hamburg"),
			termEntry("filler-4", "en", day(3), 2, "vote", "bremen"),
		},
		Stories: []*story.Profile{profile(1, "Quake", day(1), day(2), "en", "en"), profile(2, "Vote", day(3), day(3), "en")},
	})
	res, err := s.Search(context.Background(), store.SearchQuery{Terms: [][]string{{"quak", "seism"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := articlePaths(res.Articles); got != "more fewer" {
		t.Errorf("Search = %s, want more before fewer", got)
	}
}

func testSearchPages(t *testing.T, s store.Store) {
	ctx := context.Background()
	var articles []store.Entry
	for d := 1; d <= 25; d++ {
		articles = append(articles, termEntry(fmt.Sprintf("day-%02d", d), "en", day(d), 1, "quak"))
	}
	save(t, s, store.Batch{Articles: articles, Stories: []*story.Profile{profile(1, "Quake", day(1), day(25), "en")}})
	days := func(rows []store.ArticleRow) string {
		var out []string
		for _, r := range rows {
			out = append(out, fmt.Sprint(r.Published.Day()))
		}
		return strings.Join(out, " ")
	}
	words := [][]string{{"quak"}}
	tests := []struct {
		name          string
		limit, offset int
		want          string
	}{
		{"default limit 20, newest first", 0, 0, "25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6"},
		{"rest of the default pages", 0, 20, "5 4 3 2 1"},
		{"limit and offset", 3, 5, "20 19 18"},
		{"past the end", 10, 30, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, store.SearchQuery{Terms: words, Limit: tt.limit, Offset: tt.offset})
			if err != nil {
				t.Fatal(err)
			}
			if got := days(res.Articles); got != tt.want || res.Total != 25 || storyIDs(res.Stories) != "1" {
				t.Errorf("page = [%s] of %d in stories %s; want [%s] of 25 in story 1", got, res.Total, storyIDs(res.Stories), tt.want)
			}
			if len(res.Stories) == 1 && (res.Stories[0].Articles != 1 || len(res.Stories[0].Outlets) != 1) {
				t.Errorf("story summary = %+v", res.Stories[0])
			}
		})
	}
}
