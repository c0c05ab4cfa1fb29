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

// Entities of the entity fixture.
var (
	soleimani = func(name string, count int, mentions ...string) article.Entity {
		return article.Entity{Name: name, Key: "person:slmn", Type: "person", Mentions: mentions, Count: count}
	}
	syria = func(count int) article.Entity {
		return article.Entity{Name: "Syria", Key: "place:iso:SY", Type: "place", Mentions: []string{"Syria"}, Count: count}
	}
	irgc = article.Entity{Name: "IRGC", Key: "org:irgc", Type: "organization", Mentions: []string{"IRGC"}, Count: 1}
)

// saveEntityFixture stores three stories whose articles name Soleimani,
// in English, Arabic and French, with Syria and the IRGC beside him:
//
//	story 1: a2.txt (ar, day 4, stored first), a1.txt (en, day 3)
//	story 2: a3.txt (en, day 9), a5.txt (en, day 10, Syria only)
//	story 3: a4.txt (fr, undated)
func saveEntityFixture(t *testing.T, s store.Store) {
	at := func(path, lang string, published time.Time, storyID int64, outlet string, ents ...article.Entity) store.Entry {
		e := entry(path, path, lang, published, storyID)
		e.Article.Outlet = outlet
		e.Facts.Entities = ents
		return e
	}
	a1 := at("a1.txt", "en", day(3), 1, "Reuters",
		soleimani("Qassem Soleimani", 3, "Soleimani", "Qassem Soleimani"), syria(2), irgc)
	a1.Facts.Quotes = []article.Quote{{Text: "We will respond", Speaker: "Qassem Soleimani", SpeakerKey: "person:slmn", Cue: "said"}}
	a1.Facts.Sources = []article.Source{{Name: "Haaretz", Key: "org:hrts", Cue: "according to"}}
	a2 := at("a2.txt", "ar", day(4), 1, "Al Jazeera", soleimani("Qasem Soleimani", 2, "قاسم سليماني", "سليماني"))
	a2.Facts.Quotes = []article.Quote{
		{Text: "سنرد", Speaker: "قاسم سليماني", SpeakerKey: "person:slmn", Cue: "قال"},
		{Text: "لا تعليق", Speaker: "", Cue: "قال"},
	}
	a2.Facts.Sources = []article.Source{{Name: "IRNA", Key: "org:irna", Cue: "نقلت"}}
	save(t, s, store.Batch{
		Articles: []store.Entry{
			a2, a1,
			at("a3.txt", "en", day(9), 2, "AP", soleimani("Qassem Soleimani", 1, "Soleimani"), syria(1)),
			at("a5.txt", "en", day(10), 2, "AP", syria(5)),
			at("a4.txt", "fr", time.Time{}, 3, "Le Monde", soleimani("Qassem Soleimani", 1, "Soleimani")),
		},
		Stories: []*story.Profile{
			profile(1, "Soleimani", day(3), day(4), "en", "ar"), profile(2, "Syria", day(9), day(10), "en", "en"),
			profile(3, "Soleimani", time.Time{}, time.Time{}, "fr"),
		},
	})
}

// entityKeys lists the keys of entities, space-separated.
func entityKeys(es []store.EntitySummary) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Key)
	}
	return strings.Join(out, " ")
}

// variantList lists variants as text/language:articles.
func variantList(vs []store.Variant) []string {
	var out []string
	for _, v := range vs {
		out = append(out, fmt.Sprintf("%s/%s:%d", v.Text, v.Language, v.Articles))
	}
	return out
}

func testStoryFacts(t *testing.T, s store.Store) {
	ctx := context.Background()
	saveEntityFixture(t, s)
	f, err := s.StoryFacts(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := entityKeys(f.Entities); got != "person:slmn place:iso:SY org:irgc" {
		t.Fatalf("StoryFacts(1) entities = %s, want most mentioned first", got)
	}
	slmn := f.Entities[0]
	if slmn.Articles != 2 || slmn.Mentions != 5 || slmn.Type != "person" ||
		(slmn.Name != "Qassem Soleimani" && slmn.Name != "Qasem Soleimani") {
		t.Errorf("Soleimani in story 1 = %+v, want 2 articles, 5 mentions", slmn)
	}
	wantVariants := []string{"Soleimani/en:1", "Qassem Soleimani/en:1", "قاسم سليماني/ar:1", "سليماني/ar:1"}
	if got := variantList(slmn.Variants); !sameSet(got, wantVariants) {
		t.Errorf("Soleimani's variants in story 1 = %q, want %q", got, wantVariants)
	}
	if sy := f.Entities[1]; sy.Name != "Syria" || sy.Articles != 1 || sy.Mentions != 2 {
		t.Errorf("Syria in story 1 = %+v", sy)
	}
	// Quotes and sources follow the story's articles, oldest first.
	var quotes []string
	for _, q := range f.Quotes {
		quotes = append(quotes, fmt.Sprintf("%s|%s|%s|%s", q.Text, q.Language, q.Outlet, q.SpeakerKey))
	}
	if got := strings.Join(quotes, " / "); got != "We will respond|en|Reuters|person:slmn / سنرد|ar|Al Jazeera|person:slmn / لا تعليق|ar|Al Jazeera|" {
		t.Errorf("quotes = %s", got)
	}
	if len(f.Quotes) == 3 && (f.Quotes[0].ArticleID == 0 || f.Quotes[0].ArticleID == f.Quotes[1].ArticleID || f.Quotes[0].Cue != "said") {
		t.Errorf("quote rows = %+v", f.Quotes)
	}
	var sources []string
	for _, src := range f.Sources {
		sources = append(sources, fmt.Sprintf("%s|%s|%s|%s", src.Name, src.Key, src.Outlet, src.Cue))
	}
	if got := strings.Join(sources, " / "); got != "Haaretz|org:hrts|Reuters|according to / IRNA|org:irna|Al Jazeera|نقلت" {
		t.Errorf("sources = %s", got)
	}

	f, err = s.StoryFacts(ctx, 3)
	if err != nil || len(f.Entities) != 1 || len(f.Quotes) != 0 || len(f.Sources) != 0 {
		t.Errorf("StoryFacts(3) = %+v, %v; want one entity, no quotes, no sources", f, err)
	}
	if _, err := s.StoryFacts(ctx, 42); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StoryFacts(42) error = %v, want ErrNotFound", err)
	}
}

func testEntity(t *testing.T, s store.Store) {
	ctx := context.Background()
	saveEntityFixture(t, s)
	days := func(ds []store.DayCount) string {
		var out []string
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%s:%d", d.Day.Format(time.DateOnly), d.Articles))
		}
		return strings.Join(out, " ")
	}
	d, err := s.Entity(ctx, "person:slmn", store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Key != "person:slmn" || d.Name != "Qassem Soleimani" || d.Type != "person" || d.Articles != 4 || d.Mentions != 7 {
		t.Errorf("Entity summary = %+v, want the most common name, 4 articles, 7 mentions", d.EntitySummary)
	}
	vs := variantList(d.Variants)
	want := []string{"Soleimani/en:2", "Qassem Soleimani/en:1", "قاسم سليماني/ar:1", "سليماني/ar:1", "Soleimani/fr:1"}
	if len(vs) == 0 || vs[0] != want[0] || !sameSet(vs, want) {
		t.Errorf("variants = %q, want %q, the most used first", vs, want)
	}
	if got := storyIDs(d.Stories); got != "2 1 3" {
		t.Errorf("stories = %s, want newest first, undated last", got)
	}
	if got := articlePaths(d.ArticleList); got != "a3.txt a2.txt a1.txt a4.txt" {
		t.Errorf("articles = %s, want newest first, undated last", got)
	}
	if got := days(d.Days); got != "2026-03-03:1 2026-03-04:1 2026-03-09:1" {
		t.Errorf("days = %s, want the dated articles per day, oldest first", got)
	}
	if got := entityKeys(d.Related); got != "place:iso:SY org:irgc" {
		t.Errorf("related = %s, want Syria (2 articles), then the IRGC (1)", got)
	}
	if len(d.Related) == 2 && (d.Related[0].Name != "Syria" || d.Related[0].Type != "place" || d.Related[0].Articles != 2) {
		t.Errorf("related Syria = %+v", d.Related[0])
	}

	page, err := s.Entity(ctx, "person:slmn", store.EntityQuery{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := articlePaths(page.ArticleList); got != "a2.txt a1.txt" {
		t.Errorf("articles (limit 2, offset 1) = %s, want a2.txt a1.txt", got)
	}
	if got := storyIDs(page.Stories); got != "2 1" {
		t.Errorf("stories (limit 2) = %s, want 2 1", got)
	}

	sy, err := s.Entity(ctx, "place:iso:SY", store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if sy.Articles != 3 || sy.Mentions != 8 || days(sy.Days) != "2026-03-03:1 2026-03-09:1 2026-03-10:1" ||
		entityKeys(sy.Related) != "person:slmn org:irgc" || storyIDs(sy.Stories) != "2 1" {
		t.Errorf("Entity(Syria) = %+v", sy)
	}
	if _, err := s.Entity(ctx, "person:nobody", store.EntityQuery{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(unknown) error = %v, want ErrNotFound", err)
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	saveEntityFixture(t, s)
	got, err := s.Entities(ctx, []string{"org:irgc", "person:slmn", "person:nobody", "", "place:iso:SY", "person:slmn"})
	if err != nil {
		t.Fatal(err)
	}
	if keys := entityKeys(got); keys != "place:iso:SY person:slmn org:irgc" {
		t.Fatalf("Entities = %s, want the stored ones, most mentioned first", keys)
	}
	if e := got[1]; e.Name != "Qassem Soleimani" || e.Articles != 4 || e.Mentions != 7 || len(e.Variants) != 5 {
		t.Errorf("Entities: Soleimani = %+v", e)
	}
	if e := got[2]; e.Name != "IRGC" || e.Type != "organization" || fmt.Sprint(variantList(e.Variants)) != "[IRGC/en:1]" {
		t.Errorf("Entities: IRGC = %+v", e)
	}
	if none, err := s.Entities(ctx, nil); err != nil || len(none) != 0 {
		t.Errorf("Entities(nil) = %+v, %v; want none", none, err)
	}
}
