// Package storetest is the contract every store.Store implementation must
// meet. Each implementation's tests call Run with a constructor of fresh,
// empty stores.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// Opener opens a handle on one store; each call opens another handle on
// the same store, as another process would. Handles are closed when the
// test ends.
type Opener func(t *testing.T) store.Store

// Run runs the contract suite; newStore makes a new empty store and
// returns its opener.
func Run(t *testing.T, newStore func(t *testing.T) Opener) {
	tests := []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"SaveAndList", testSaveAndList},
		{"DuplicateContentIsNoOp", testDuplicateContent},
		{"SeenHashes", testSeen},
		{"StoryDetail", testStoryDetail},
		{"StoryDateOnly", testStoryDateOnly},
		{"ProfilesSince", testProfilesSince},
		{"StoryNotFound", testStoryNotFound},
		{"FailedBatchWritesNothing", testAtomicBatch},
		{"ArticleAndFacts", testArticleAndFacts},
		{"ReplaceFacts", testReplaceFacts},
		{"Version", testVersion},
		{"Threads", testThreads},
		{"Evidence", testEvidence},
		{"Merges", testMerges},
		{"MergeCycleWritesNothing", testMergeCycle},
		{"Regroup", testRegroup},
		{"StoryFilters", testStoryFilters},
		{"OutletsAndActivity", testOutletsAndActivity},
		{"StoryFacts", testStoryFacts},
		{"Entity", testEntity},
		{"Entities", testEntities},
		{"SearchScripts", testSearchScripts},
		{"SearchRankAndFilter", testSearchRankAndFilter},
		{"SearchRelevance", testSearchRelevance},
		{"SearchPages", testSearchPages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.run(t, newStore(t)(t))
		})
	}
	shared := []struct {
		name string
		run  func(t *testing.T, open Opener)
	}{
		{"StoryIDs", testStoryIDs},
		{"StoryIDsAtOnce", testStoryIDsAtOnce},
		{"WriterLock", testWriterLock},
		{"WriterWaitsItsTurn", testWriterWaits},
	}
	for _, tt := range shared {
		t.Run(tt.name, func(t *testing.T) {
			tt.run(t, newStore(t))
		})
	}
}

func day(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }

func profile(id int64, title string, first, last time.Time, langs ...string) *story.Profile {
	p := &story.Profile{ID: id, Title: title, Articles: len(langs), Languages: map[string]int{},
		Terms: story.MakeFeatures(map[string]float64{"en:quak": 2}), Names: story.MakeFeatures(map[string]float64{"ankara": 1}),
		NameText: map[string]string{"ankara": "Ankara"}, Numbers: story.MakeFeatures(map[string]float64{"6.4": 1}), First: first, Last: last}
	for _, l := range langs {
		p.Languages[l]++
	}
	return p
}

func entry(path, title, lang string, published time.Time, storyID int64) store.Entry {
	return store.Entry{
		Article: article.Article{Path: path, Title: title, Text: title + " body.", Language: lang,
			Published: published, DateOnly: true, Outlet: "Outlet", Authors: []string{"A. Writer"}},
		RawHash:     "raw-" + path,
		ContentHash: "content-" + path,
		StoryID:     storyID,
	}
}

func save(t *testing.T, s store.Store, b store.Batch) store.SaveResult {
	t.Helper()
	res, err := s.Save(context.Background(), b)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return res
}

func testSaveAndList(t *testing.T, s store.Store) {
	ctx := context.Background()
	res := save(t, s, store.Batch{
		Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 1), entry("b.txt", "Séisme", "fr", day(4), 1), entry("c.txt", "Vote", "de", day(9), 2)},
		Stories:  []*story.Profile{profile(1, "Quake", day(3), day(4), "en", "fr"), profile(2, "Vote", day(9), day(9), "de")},
	})
	if res.Inserted != 3 || res.Duplicates != 0 || len(res.IDs) != 3 || res.IDs[0] == 0 {
		t.Fatalf("SaveResult = %+v, want 3 inserted with ids", res)
	}
	stories, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 2 || stories[0].ID != 2 || stories[1].ID != 1 {
		t.Fatalf("Stories = %+v, want newest (2) first", stories)
	}
	if got := stories[1]; got.Articles != 2 || len(got.Languages) != 2 || !got.First.Equal(day(3)) || !got.Last.Equal(day(4)) {
		t.Errorf("story 1 summary = %+v", got)
	}
	limited, err := s.Stories(ctx, store.StoryQuery{Limit: 1, Offset: 1})
	if err != nil || len(limited) != 1 || limited[0].ID != 1 {
		t.Errorf("Stories(limit 1, offset 1) = %+v, %v", limited, err)
	}
	var rows []store.ArticleRow
	if err := s.Articles(ctx, func(r store.ArticleRow) error { rows = append(rows, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1].Path != "b.txt" || rows[1].Language != "fr" || rows[1].StoryID != 1 ||
		!rows[1].Published.Equal(day(4)) || !rows[1].DateOnly || rows[1].Outlet != "Outlet" {
		t.Errorf("Articles = %+v", rows)
	}
}

func testDuplicateContent(t *testing.T, s store.Store) {
	b := store.Batch{Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 1)}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}}
	save(t, s, b)
	res := save(t, s, b)
	if res.Inserted != 0 || res.Duplicates != 1 || res.IDs[0] != 0 {
		t.Errorf("second Save = %+v, want one duplicate", res)
	}
	n := 0
	if err := s.Articles(context.Background(), func(store.ArticleRow) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
}

func testSeen(t *testing.T, s store.Store) {
	save(t, s, store.Batch{Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 1)}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}})
	seen, err := s.Seen(context.Background(), []string{"raw-a.txt", "content-a.txt", "raw-b.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if !seen["raw-a.txt"] || !seen["content-a.txt"] || seen["raw-b.txt"] {
		t.Errorf("Seen = %v", seen)
	}
}

func testStoryDetail(t *testing.T, s store.Store) {
	late, early := entry("late.txt", "Quake later", "fr", day(5), 1), entry("early.txt", "Quake", "en", day(3), 1)
	ankara := article.Entity{Name: "Ankara", Key: "place:geonames:323786", Type: "place", Mentions: []string{"Ankara"}, Count: 1}
	late.Facts.Entities = []article.Entity{ankara, syria(1)}
	early.Facts.Entities = []article.Entity{ankara}
	save(t, s, store.Batch{
		Articles: []store.Entry{late, early, entry("undated.txt", "Quake undated", "ar", time.Time{}, 1)},
		Stories:  []*story.Profile{profile(1, "Quake", day(3), day(5), "fr", "en", "ar")},
	})
	d, err := s.Story(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	// The names are the entities' (the profile's name tokens are not),
	// most mentioned first.
	if d.Title != "Quake" || strings.Join(d.Names, ",") != "Ankara,Syria" {
		t.Errorf("Story = %+v, want the names Ankara, Syria", d)
	}
	var order []string
	for _, a := range d.ArticleList {
		order = append(order, a.Path)
	}
	if len(order) != 3 || order[0] != "early.txt" || order[1] != "late.txt" || order[2] != "undated.txt" {
		t.Errorf("article order = %v, want oldest first, undated last", order)
	}
}

// testStoryDateOnly checks that a story tells whether the time of day of
// its first and last publication is known: not when the articles published
// then give only their day.
func testStoryDateOnly(t *testing.T, s store.Store) {
	ctx := context.Background()
	timed := entry("timed.txt", "Quake later", "en", day(5).Add(14*time.Hour), 1)
	timed.Article.DateOnly = false
	save(t, s, store.Batch{
		Articles: []store.Entry{entry("day.txt", "Quake", "en", day(3), 1), timed, entry("none.txt", "Vote", "en", time.Time{}, 2)},
		Stories: []*story.Profile{profile(1, "Quake", day(3), day(5).Add(14*time.Hour), "en", "en"),
			profile(2, "Vote", time.Time{}, time.Time{}, "en")},
	})
	d, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !d.FirstDateOnly || d.LastDateOnly {
		t.Errorf("Story(1) date only = %v, %v; want the first day only, the last time known", d.FirstDateOnly, d.LastDateOnly)
	}
	// A later batch adds a timed article at the first instant.
	early := entry("early.txt", "Quake early", "en", day(3), 1)
	early.Article.DateOnly = false
	save(t, s, store.Batch{Articles: []store.Entry{early},
		Stories: []*story.Profile{profile(1, "Quake", day(3), day(5).Add(14*time.Hour), "en", "en", "en")}})
	list, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range list {
		if sum.FirstDateOnly || sum.LastDateOnly {
			t.Errorf("Stories: story %d date only = %v, %v; want neither", sum.ID, sum.FirstDateOnly, sum.LastDateOnly)
		}
	}
}

func testProfilesSince(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, store.Batch{Stories: []*story.Profile{
		profile(1, "Old", day(1), day(2), "en"), profile(2, "New", day(10), day(12), "en"),
		profile(3, "Undated", time.Time{}, time.Time{}, "en"), profile(4, "Long", day(1), day(20), "en"),
	}})
	ids := func(ps []*story.Profile) (out []int64) {
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		from, to time.Time
		undated  bool
		want     string
	}{
		{day(5), day(11), false, "[2 4]"},
		{day(2), day(2), false, "[1 4]"},
		{day(13), day(14), false, "[4]"},
		{day(21), day(25), false, "[]"},
		{time.Time{}, time.Time{}, true, "[3]"},
	}
	for _, tt := range tests {
		ps, err := s.Profiles(ctx, tt.from, tt.to, tt.undated)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(ids(ps)); got != tt.want {
			t.Errorf("Profiles(%v, %v, %v) = %s, want %s", tt.from.Day(), tt.to.Day(), tt.undated, got, tt.want)
		}
	}
	ps, _ := s.Profiles(ctx, day(1), day(30), false)
	if len(ps) == 0 || ps[0].Terms.Weight("en:quak") != 2 || ps[0].NameText["ankara"] != "Ankara" {
		t.Errorf("profile not stored whole: %+v", ps)
	}
}

func testStoryNotFound(t *testing.T, s store.Store) {
	if _, err := s.Story(context.Background(), 42); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(42) error = %v, want ErrNotFound", err)
	}
}

func testAtomicBatch(t *testing.T, s store.Store) {
	// The second article names a story that does not exist: the whole
	// batch, story and first article included, must be rolled back.
	_, err := s.Save(context.Background(), store.Batch{
		Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 1), entry("b.txt", "Orphan", "en", day(3), 99)},
		Stories:  []*story.Profile{profile(1, "Quake", day(3), day(3), "en")},
	})
	if err == nil {
		t.Fatal("Save of an article in a missing story succeeded")
	}
	stories, err := s.Stories(context.Background(), store.StoryQuery{})
	if err != nil || len(stories) != 0 {
		t.Errorf("after failed Save: %d stories, %v; want none", len(stories), err)
	}
	seen, err := s.Seen(context.Background(), []string{"raw-a.txt"})
	if err != nil || seen["raw-a.txt"] {
		t.Errorf("after failed Save the first article is stored (%v, %v)", seen, err)
	}
}

func sampleFacts() article.Facts {
	return article.Facts{
		Entities: []article.Entity{
			{Name: "Qassem Soleimani", Key: "person:slmn", Type: "person", Mentions: []string{"Soleimani", "قاسم سليماني"}, Count: 5},
			{Name: "Syria", Key: "place:iso:SY", Type: "place", Mentions: []string{"Syria"}, Count: 2},
		},
		Dates:   []article.Date{{Date: "2020-01-03", Text: "January 3, 2020", Kind: "absolute"}, {Text: "three years ago", Kind: "relative"}},
		Quotes:  []article.Quote{{Text: "Israel was playing with fire", Speaker: "Faisal Mikdad", SpeakerKey: "person:fsl mktt", Cue: "said"}},
		Sources: []article.Source{{Name: "Haaretz", Key: "org:hrts", Cue: "wrote"}},
	}
}

func testArticleAndFacts(t *testing.T, s store.Store) {
	ctx := context.Background()
	e := entry("a.txt", "Quake", "en", day(3), 1)
	e.Article.URL = "https://example.org/quake"
	e.Facts = sampleFacts()
	res := save(t, s, store.Batch{Articles: []store.Entry{e}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}})
	id := res.IDs[0]
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != id || a.Text != "Quake body." || a.URL != e.Article.URL || !a.Published.Equal(day(3)) || len(a.Authors) != 1 {
		t.Errorf("Article = %+v", a)
	}
	f, err := s.Facts(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleFacts()
	if len(f.Entities) != 2 || f.Entities[0].Key != "person:slmn" || f.Entities[0].Mentions[1] != "قاسم سليماني" || f.Entities[0].Count != 5 {
		t.Errorf("entities = %+v", f.Entities)
	}
	if len(f.Dates) != 2 || f.Dates[0] != want.Dates[0] || f.Dates[1] != want.Dates[1] {
		t.Errorf("dates = %+v", f.Dates)
	}
	if len(f.Quotes) != 1 || f.Quotes[0] != want.Quotes[0] || len(f.Sources) != 1 || f.Sources[0] != want.Sources[0] {
		t.Errorf("quotes = %+v, sources = %+v", f.Quotes, f.Sources)
	}
	if _, err := s.Article(ctx, id+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(missing) error = %v", err)
	}
}

func testReplaceFacts(t *testing.T, s store.Store) {
	ctx := context.Background()
	e := entry("a.txt", "Quake", "en", day(3), 1)
	e.Facts = sampleFacts()
	e.Terms = []string{"quak", "ankara"}
	id := save(t, s, store.Batch{Articles: []store.Entry{e}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}}).IDs[0]
	next := article.Facts{Entities: []article.Entity{{Name: "Izmir", Key: "place:geonames:311046", Type: "place", Mentions: []string{"İzmir"}, Count: 1}}}
	if err := s.ReplaceFacts(ctx, id, next, []string{"izmir", "quak"}); err != nil {
		t.Fatal(err)
	}
	f, err := s.Facts(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Entities) != 1 || f.Entities[0].Name != "Izmir" || len(f.Dates) != 0 || len(f.Quotes) != 0 || len(f.Sources) != 0 {
		t.Errorf("after ReplaceFacts: %+v", f)
	}
	if err := s.ReplaceFacts(ctx, id+100, next, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ReplaceFacts(missing) error = %v", err)
	}
	// The terms are replaced too, and the entities the article names.
	for _, tt := range []struct {
		term string
		want int
	}{{"quak", 1}, {"izmir", 1}, {"ankara", 0}} {
		if got := searchTotal(t, s, store.SearchQuery{Terms: [][]string{{tt.term}}}); got != tt.want {
			t.Errorf("after ReplaceFacts, search %q finds %d, want %d", tt.term, got, tt.want)
		}
	}
	if _, err := s.Entity(ctx, "person:slmn", store.EntityQuery{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity of a replaced fact: %v, want ErrNotFound", err)
	}
	if _, err := s.Entity(ctx, "place:geonames:311046", store.EntityQuery{}); err != nil {
		t.Errorf("Entity of a new fact: %v", err)
	}
	// Without terms the article is found by none.
	if err := s.ReplaceFacts(ctx, id, next, nil); err != nil {
		t.Fatal(err)
	}
	if got := searchTotal(t, s, store.SearchQuery{Terms: [][]string{{"quak"}}}); got != 0 {
		t.Errorf("after ReplaceFacts without terms, search finds %d, want 0", got)
	}
}

func testVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	e := entry("a.txt", "Quake", "en", day(3), 1)
	e.Facts, e.Terms = sampleFacts(), []string{"quak"}
	var id int64
	// Each step runs in order; changes tells whether it writes data.
	steps := []struct {
		name    string
		run     func() error
		changes bool
	}{
		{"Save of an article", func() error {
			res, err := s.Save(ctx, store.Batch{Articles: []store.Entry{e}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}})
			id = res.IDs[0]
			return err
		}, true},
		{"reads", func() error {
			_, err := s.Stories(ctx, store.StoryQuery{})
			if err == nil {
				_, err = s.Story(ctx, 1)
			}
			if err == nil {
				_, err = s.Facts(ctx, id)
			}
			if err == nil {
				_, err = s.Search(ctx, store.SearchQuery{Terms: [][]string{{"quak"}}})
			}
			if err == nil {
				_, err = s.Entity(ctx, "person:slmn", store.EntityQuery{})
			}
			if err == nil {
				_, err = s.Seen(ctx, []string{"raw-a.txt"})
			}
			return err
		}, false},
		{"ReplaceFacts", func() error { return s.ReplaceFacts(ctx, id, article.Facts{}, []string{"izmir"}) }, true},
		{"Save of a changed story", func() error {
			_, err := s.Save(ctx, store.Batch{Stories: []*story.Profile{profile(1, "Quake in Izmir", day(3), day(3), "en")}})
			return err
		}, true},
		{"Save of a merge", func() error {
			if _, err := s.Save(ctx, store.Batch{Stories: []*story.Profile{profile(2, "Aftershock", day(4), day(4), "en")}}); err != nil {
				return err
			}
			_, err := s.Save(ctx, store.Batch{Merges: map[int64]int64{2: 1}})
			return err
		}, true},
		{"Version itself", func() error { _, err := s.Version(ctx); return err }, false},
	}
	before, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{before: true}
	for _, st := range steps {
		if err := st.run(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		after, err := s.Version(ctx)
		if err != nil {
			t.Fatalf("Version after %s: %v", st.name, err)
		}
		switch {
		case st.changes && seen[after]:
			t.Errorf("after %s Version = %d, a value seen before; want a new one", st.name, after)
		case !st.changes && after != before:
			t.Errorf("after %s Version = %d, want %d unchanged", st.name, after, before)
		}
		seen[after], before = true, after
	}
}

func testThreads(t *testing.T, s store.Store) {
	ctx := context.Background()
	withPeople := func(id int64, people map[string]float64) *story.Profile {
		p := profile(id, fmt.Sprint("Story ", id), day(int(id)), day(int(id)), "en")
		p.People = people
		return p
	}
	// 1 and 2 share two persons, 2 and 3 two others: one thread. 4 shares
	// one person with 1: not enough.
	save(t, s, store.Batch{Stories: []*story.Profile{
		withPeople(1, map[string]float64{"person:slmn": 5, "person:ast": 3}),
		withPeople(2, map[string]float64{"person:slmn": 2, "person:ast": 2, "person:flrk": 4, "person:kn": 1}),
		withPeople(3, map[string]float64{"person:flrk": 2, "person:kn": 2}),
		withPeople(4, map[string]float64{"person:slmn": 1, "org:kts": 4}),
	}})
	for _, tt := range []struct {
		story int64
		limit int
		want  string
	}{{1, 10, "1 2 3"}, {3, 10, "1 2 3"}, {4, 10, "4"}, {1, 2, "1 2"}} {
		got, err := s.Thread(ctx, tt.story, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if storyIDs(got) != tt.want {
			t.Errorf("Thread(%d, %d) = %s, want %s", tt.story, tt.limit, storyIDs(got), tt.want)
		}
	}
}

// storyIDs lists the ids of stories, space-separated.
func storyIDs(ss []store.StorySummary) string {
	var out []string
	for _, s := range ss {
		out = append(out, fmt.Sprint(s.ID))
	}
	return strings.Join(out, " ")
}

// articlePaths lists the paths of articles, space-separated.
func articlePaths(rows []store.ArticleRow) string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Path)
	}
	return strings.Join(out, " ")
}

// searchTotal returns how many articles a search finds.
func searchTotal(t *testing.T, s store.Store, q store.SearchQuery) int {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res.Total
}
