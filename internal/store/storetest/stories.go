package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

func testEvidence(t *testing.T, s store.Store) {
	ctx := context.Background()
	score := &story.Score{Value: 0.625, Names: 0.5, Terms: 0.3125, Numbers: 0.1, Concepts: 0.05, Time: 0.85,
		CrossLanguage: true, DaysApart: -1, SharedNames: []string{"ankara", "أنقرة"}, SharedTerms: []string{"en:quak"},
		SharedNumbers: []string{"6.4"}}
	ev := &store.Evidence{Value: 0.625, Names: 0.5, Terms: 0.3125, Numbers: 0.1, Concepts: 0.05, Time: 0.85,
		CrossLanguage: true, DaysApart: -1, SharedNames: []string{"ankara", "أنقرة"}, SharedTerms: []string{"en:quak"},
		SharedNumbers: []string{"6.4"}}
	first := entry("first.txt", "Quake", "en", day(3), 1)
	joined := entry("joined.txt", "Séisme", "fr", day(4), 1)
	joined.Evidence = score
	joined.Terms = []string{"seism"}
	save(t, s, store.Batch{Articles: []store.Entry{first, joined}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(4), "en", "fr")}})

	d, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.ArticleList) != 2 || d.ArticleList[0].Evidence != nil {
		t.Fatalf("Story articles = %+v, want the first without evidence", d.ArticleList)
	}
	if got := d.ArticleList[1].Evidence; !reflect.DeepEqual(got, ev) {
		t.Errorf("Story evidence = %+v, want %+v", got, ev)
	}
	var fromArticles *store.Evidence
	if err := s.Articles(ctx, func(r store.ArticleRow) error {
		if r.Path == "joined.txt" {
			fromArticles = r.Evidence
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromArticles, ev) {
		t.Errorf("Articles evidence = %+v, want %+v", fromArticles, ev)
	}
	row, err := s.ArticleRow(ctx, d.ArticleList[1].ID)
	if err != nil || row.StoryID != 1 || row.Path != "joined.txt" || !reflect.DeepEqual(row.Evidence, ev) {
		t.Errorf("ArticleRow = %+v, %v; want joined.txt in story 1 with its evidence", row, err)
	}
	if _, err := s.ArticleRow(ctx, 999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ArticleRow of an unknown article: %v, want ErrNotFound", err)
	}
	res, err := s.Search(ctx, store.SearchQuery{Terms: [][]string{{"seism"}}})
	if err != nil || len(res.Articles) != 1 || !reflect.DeepEqual(res.Articles[0].Evidence, ev) {
		t.Errorf("Search evidence = %+v, %v; want %+v", res.Articles, err, ev)
	}
}

// withPeople is a story profile with main persons, which link threads.
func withPeople(id int64, first, last time.Time, people map[string]float64) *story.Profile {
	p := profile(id, fmt.Sprint("Story ", id), first, last, "en")
	p.People = people
	return p
}

func testMerges(t *testing.T, s store.Store) {
	ctx := context.Background()
	named := func(e store.Entry, key string) store.Entry {
		e.Facts.Entities = []article.Entity{{Name: key, Key: key, Type: "person", Mentions: []string{key}, Count: 1}}
		return e
	}
	people := map[string]float64{"person:a": 2, "person:b": 1}
	save(t, s, store.Batch{
		Articles: []store.Entry{
			named(entry("a1.txt", "One", "en", day(1), 1), "person:a"), entry("a2.txt", "Two", "en", day(2), 2),
			entry("a3.txt", "Three", "en", day(3), 3), entry("a4.txt", "Four", "en", day(4), 4),
			entry("a5.txt", "Five", "en", day(5), 5), entry("a7.txt", "Seven", "en", day(7), 6),
		},
		Stories: []*story.Profile{
			withPeople(1, day(1), day(1), people), profile(2, "Two", day(2), day(2), "en"),
			profile(3, "Three", day(3), day(3), "en"), profile(4, "Four", day(4), day(4), "en"),
			withPeople(5, day(5), day(5), people), withPeople(6, day(7), day(7), people),
		},
	})
	// One batch merges 2 into 1 and 1 into 3, a chain: 2's articles end
	// in 3, whose merged profile the batch carries, with a new article. It
	// also merges 6 into 4, whose profile it does not carry: 4 takes 6's
	// article and main persons.
	merged := profile(3, "Three", day(1), day(6), "en", "en", "en", "en")
	save(t, s, store.Batch{
		Merges:   map[int64]int64{2: 1, 1: 3, 6: 4},
		Articles: []store.Entry{entry("a6.txt", "Six", "en", day(6), 3)},
		Stories:  []*story.Profile{merged},
	})
	stories, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got := storyIDs(stories); got != "3 5 4" {
		t.Errorf("Stories after merges = %s, want 3 5 4", got)
	}
	for _, id := range []int64{1, 2, 6} {
		if _, err := s.Story(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Story(%d) after its merge: %v, want ErrNotFound", id, err)
		}
	}
	d, err := s.Story(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := articlePaths(d.ArticleList); got != "a1.txt a2.txt a3.txt a6.txt" || d.Articles != 4 || !d.First.Equal(day(1)) {
		t.Errorf("Story(3) = %d articles %s from %v, want the merged profile with a1 a2 a3 a6", d.Articles, got, d.First)
	}
	if d, err := s.Story(ctx, 4); err != nil || articlePaths(d.ArticleList) != "a4.txt a7.txt" {
		t.Errorf("Story(4) = %s, %v; want a4 a7", articlePaths(d.ArticleList), err)
	}
	if got, err := s.Stories(ctx, store.StoryQuery{Entity: "person:a"}); err != nil || storyIDs(got) != "3" {
		t.Errorf("Stories naming person:a = %s, %v; want 3", storyIDs(got), err)
	}
	facts, err := s.StoryFacts(ctx, 3)
	if err != nil || len(facts.Entities) != 1 || facts.Entities[0].Key != "person:a" {
		t.Errorf("StoryFacts(3) = %+v, %v; want the merged article's entity", facts, err)
	}
	// Story 6's main persons moved to 4, where they link it to 5.
	if got, err := s.Thread(ctx, 5, 10); err != nil || storyIDs(got) != "4 5" {
		t.Errorf("Thread(5) = %s, %v; want 4 5", storyIDs(got), err)
	}
	ps, err := s.Profiles(ctx, day(1), day(30), false)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	if fmt.Sprint(ids) != "[3 4 5]" {
		t.Errorf("Profiles after merges = %v, want [3 4 5]", ids)
	}
}

func testMergeCycle(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, store.Batch{
		Articles: []store.Entry{entry("a1.txt", "One", "en", day(1), 1), entry("a2.txt", "Two", "en", day(2), 2)},
		Stories:  []*story.Profile{profile(1, "One", day(1), day(1), "en"), profile(2, "Two", day(2), day(2), "en")},
	})
	_, err := s.Save(ctx, store.Batch{
		Merges:   map[int64]int64{1: 2, 2: 1},
		Articles: []store.Entry{entry("a3.txt", "Three", "en", day(3), 2)},
	})
	if err == nil {
		t.Fatal("Save with merges in a cycle succeeded")
	}
	stories, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil || storyIDs(stories) != "2 1" {
		t.Errorf("after failed merge Stories = %s, %v; want 2 1", storyIDs(stories), err)
	}
	if seen, _ := s.Seen(ctx, []string{"raw-a3.txt"}); seen["raw-a3.txt"] {
		t.Error("the failed batch's article is stored")
	}
}

func testStoryFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	named := func(e store.Entry, keys ...string) store.Entry {
		for _, k := range keys {
			e.Facts.Entities = append(e.Facts.Entities, article.Entity{Name: k, Key: k, Type: "place", Mentions: []string{k}, Count: 1})
		}
		return e
	}
	save(t, s, store.Batch{
		Articles: []store.Entry{
			named(entry("quake-en.txt", "Quake", "en", day(3), 1), "place:iso:TR"),
			entry("quake-tr.txt", "Deprem", "tr", day(4), 1),
			named(entry("vote.txt", "Wahl", "de", day(9), 2), "place:iso:DE"),
			named(entry("undated.txt", "زلزال", "ar", time.Time{}, 3), "place:iso:TR"),
			entry("long-1.txt", "Long", "en", day(1), 4), entry("long-20.txt", "Long", "en", day(20), 4),
		},
		Stories: []*story.Profile{
			profile(1, "Quake", day(3), day(4), "en", "tr"), profile(2, "Vote", day(9), day(9), "de"),
			profile(3, "Undated", time.Time{}, time.Time{}, "ar"), profile(4, "Long", day(1), day(20), "en", "en"),
		},
	})
	tests := []struct {
		name string
		q    store.StoryQuery
		want string
	}{
		{"all, newest first, undated last", store.StoryQuery{}, "4 2 1 3"},
		{"language", store.StoryQuery{Language: "en"}, "4 1"},
		{"second language", store.StoryQuery{Language: "tr"}, "1"},
		{"language of an undated story", store.StoryQuery{Language: "ar"}, "3"},
		{"language prefix is no match", store.StoryQuery{Language: "e"}, ""},
		{"unknown language", store.StoryQuery{Language: "xx"}, ""},
		{"from", store.StoryQuery{From: day(5)}, "4 2"},
		{"to", store.StoryQuery{To: day(2)}, "4"},
		{"one day overlaps", store.StoryQuery{From: day(4), To: day(4)}, "4 1"},
		{"inside a long story", store.StoryQuery{From: day(10), To: day(15)}, "4"},
		{"after everything", store.StoryQuery{From: day(21)}, ""},
		{"entity", store.StoryQuery{Entity: "place:iso:TR"}, "1 3"},
		{"entity, dated only", store.StoryQuery{Entity: "place:iso:TR", From: day(1)}, "1"},
		{"entity and language", store.StoryQuery{Entity: "place:iso:TR", Language: "ar"}, "3"},
		{"unknown entity", store.StoryQuery{Entity: "place:iso:FR"}, ""},
		{"page of a filter", store.StoryQuery{Language: "en", Limit: 1, Offset: 1}, "1"},
		{"limit", store.StoryQuery{Limit: 2}, "4 2"},
		{"offset past the end", store.StoryQuery{Offset: 10}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Stories(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if storyIDs(got) != tt.want {
				t.Errorf("Stories(%+v) = %q, want %q", tt.q, storyIDs(got), tt.want)
			}
		})
	}
}

func testOutletsAndActivity(t *testing.T, s store.Store) {
	ctx := context.Background()
	at := func(path string, published time.Time, storyID int64, outlet string) store.Entry {
		e := entry(path, path, "en", published, storyID)
		e.Article.Outlet = outlet
		return e
	}
	articles := []store.Entry{
		// Story 1: three days, outlets by number of articles; one
		// article without an outlet, one undated.
		at("1a", day(3), 1, "Reuters"), at("1b", day(3), 1, "Reuters"), at("1c", day(4), 1, "AP"),
		at("1d", day(5), 1, ""), at("1e", time.Time{}, 1, "BBC"),
		// Story 3: undated.
		at("3a", time.Time{}, 3, "Al Jazeera"),
		// Story 4: 60 days, more than there are buckets.
		at("4a", day(1), 4, "AFP"), at("4b", day(60), 4, "AFP"), at("4c", day(60), 4, "AFP"),
	}
	// Story 2: ten outlets on one day, more than a summary names.
	for i := range 10 {
		articles = append(articles, at(fmt.Sprint("2", i), day(7), 2, fmt.Sprint("Outlet ", i)))
	}
	save(t, s, store.Batch{Articles: articles, Stories: []*story.Profile{
		profile(1, "Three days", day(3), day(5), "en", "en", "en", "en", "en"),
		profile(2, "One day", day(7), day(7), strings.Split(strings.Repeat("en ", 10), " ")[:10]...),
		profile(3, "Undated", time.Time{}, time.Time{}, "en"),
		profile(4, "Sixty days", day(1), day(60), "en", "en", "en"),
	}})
	stories, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]store.StorySummary{}
	for _, sum := range stories {
		byID[sum.ID] = sum
	}
	sum := byID[1]
	if len(sum.Outlets) != 3 || sum.Outlets[0] != "Reuters" || !sameSet(sum.Outlets[1:], []string{"AP", "BBC"}) {
		t.Errorf("story 1 outlets = %q, want Reuters first, then AP and BBC", sum.Outlets)
	}
	if fmt.Sprint(sum.Activity) != "[2 1 1]" {
		t.Errorf("story 1 activity = %v, want [2 1 1] (one bucket a day, the undated left out)", sum.Activity)
	}
	sum = byID[2]
	if len(sum.Outlets) != 8 || fmt.Sprint(sum.Activity) != "[10]" {
		t.Errorf("story 2 = %d outlets %q, activity %v; want 8 outlets and one bucket of 10", len(sum.Outlets), sum.Outlets, sum.Activity)
	}
	sum = byID[3]
	if fmt.Sprint(sum.Outlets) != "[Al Jazeera]" || len(sum.Activity) != 0 {
		t.Errorf("undated story: outlets %q, activity %v; want one outlet, no activity", sum.Outlets, sum.Activity)
	}
	sum = byID[4]
	total := 0
	for _, n := range sum.Activity {
		total += n
	}
	if n := len(sum.Activity); n == 0 || n > 30 || sum.Activity[0] != 1 || sum.Activity[n-1] != 2 || total != 3 {
		t.Errorf("story over 60 days: activity %v, want at most 30 buckets, 1 first, 2 last", sum.Activity)
	}
	d, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Outlets) != 3 || d.Outlets[0] != "Reuters" {
		t.Errorf("Story(1) outlets = %q, want Reuters first of 3", d.Outlets)
	}
}

// sameSet reports whether a and b hold the same strings in any order.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, s := range a {
		n[s]++
	}
	for _, s := range b {
		n[s]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}
