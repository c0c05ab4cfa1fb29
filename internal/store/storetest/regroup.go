package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// zero is an unknown date.
var zero time.Time

// ownProfile is the evidence of one article dated d; d 0: undated.
func ownProfile(title string, d int) *story.Profile {
	if d == 0 {
		return profile(0, title, zero, zero, "en")
	}
	return profile(0, title, day(d), day(d), "en")
}

// testRegroup checks the store's side of consolidation: the articles it
// regroups are found by date, undated and by story; a regrouping moves
// articles, rewrites the stories, removes the emptied ones, records the
// moves and bumps the version; the address of a removed story redirects
// to where its articles went, and its id is never given again.
func testRegroup(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := entry("a.txt", "Quake hits Izmir", "en", day(14), 1)
	b := entry("b.txt", "Izmir quake toll rises", "en", day(15), 2)
	c := entry("c.txt", "Rate cut in Rabat", "en", day(20), 2)
	u := entry("u.txt", "Undated report of the quake", "en", zero, 3)
	a.Profile, b.Profile, c.Profile, u.Profile = ownProfile(a.Article.Title, 14), ownProfile(b.Article.Title, 15), ownProfile(c.Article.Title, 20), ownProfile(u.Article.Title, 0)
	res := save(t, s, store.Batch{Articles: []store.Entry{a, b, c, u},
		Stories: []*story.Profile{profile(1, "Quake", day(14), day(14), "en"), profile(2, "Mixed", day(15), day(20), "en"), profile(3, "Undated", zero, zero, "en")}})
	ids := res.IDs

	members := func(q store.MemberQuery) string {
		t.Helper()
		ms, err := s.Members(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		out := ""
		for _, m := range ms {
			if m.Profile == nil || m.Hash == "" {
				t.Errorf("member %d without its profile or hash", m.Article)
			}
			out += fmt.Sprintf("%d@%d ", m.Article, m.Story)
		}
		return out
	}
	want := fmt.Sprintf("%d@1 %d@2 ", ids[0], ids[1])
	if got := members(store.MemberQuery{From: day(13), To: day(16)}); got != want {
		t.Errorf("members of 13-16 March: %s, want %s", got, want)
	}
	want = fmt.Sprintf("%d@1 %d@2 %d@3 ", ids[0], ids[1], ids[3])
	if got := members(store.MemberQuery{From: day(13), To: day(16), Undated: true}); got != want {
		t.Errorf("members of 13-16 March and undated: %s, want %s", got, want)
	}
	want = fmt.Sprintf("%d@2 %d@2 ", ids[1], ids[2])
	if got := members(store.MemberQuery{Stories: []int64{2}}); got != want {
		t.Errorf("members of story 2: %s, want %s", got, want)
	}
	if got := members(store.MemberQuery{All: true}); len(got) == 0 || got != fmt.Sprintf("%d@1 %d@2 %d@2 %d@3 ", ids[0], ids[1], ids[2], ids[3]) {
		t.Errorf("all members: %s", got)
	}

	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The quake reports go together in story 1; the rate cut splits off
	// into a new story 4; story 2 is left empty; the undated report is
	// merged into story 1.
	quake := profile(1, "Quake", day(14), day(15), "en", "en", "en")
	rate := profile(4, "Rate cut", day(20), day(20), "en")
	err = s.Regroup(ctx, story.Regrouping{
		Stories: []story.Regrouped{{Profile: quake, Articles: []int64{ids[0], ids[1], ids[3]}}, {Profile: rate, Articles: []int64{ids[2]}}},
		Removed: []int64{2, 3},
		Moves: []story.Move{{From: 2, Into: 1, Articles: 1, Merged: true}, {From: 2, Into: 4, Articles: 1, Merged: true},
			{From: 3, Into: 1, Articles: 1, Merged: true}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if v1, _ := s.Version(ctx); v1 == v0 {
		t.Error("a regrouping left the version unchanged")
	}
	d, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d.Articles != 3 || len(d.ArticleList) != 3 {
		t.Errorf("story 1: %d articles, %d listed; want 3", d.Articles, len(d.ArticleList))
	}
	if _, err := s.Story(ctx, 2); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("story 2 after the regrouping: %v, want not found", err)
	}
	if to, err := s.Redirect(ctx, 3); err != nil || to != 1 {
		t.Errorf("redirect of story 3: %d, %v; want 1", to, err)
	}
	if to, err := s.Redirect(ctx, 2); err != nil || (to != 1 && to != 4) {
		t.Errorf("redirect of story 2: %d, %v; want 1 or 4", to, err)
	}
	if _, err := s.Redirect(ctx, 1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("redirect of a story that exists: %v, want not found", err)
	}
	if _, err := s.Redirect(ctx, 99); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("redirect of a story that never existed: %v, want not found", err)
	}
	moves, err := s.Moves(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(moves) != 2 || moves[0].Into != 1 || !moves[0].Merged || moves[0].At.IsZero() {
		t.Errorf("moves into story 1: %+v", moves)
	}
	// Story 4 is the highest id stored; 3, removed, must not be given
	// again: new ids come after every story moved away.
	if first, err := s.NewStoryIDs(ctx, 1); err != nil || first <= 4 {
		t.Errorf("new story id %d, %v; want above 4", first, err)
	}
}
