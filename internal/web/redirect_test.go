package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// TestMovedStoryRedirects checks that the page and the API document of a
// story that consolidation merged away redirect to the story that took
// its articles.
func TestMovedStoryRedirects(t *testing.T) {
	ctx := context.Background()
	st, err := openStore(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	day := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	p := func(id int64) *story.Profile {
		return &story.Profile{ID: id, Title: "Quake", Articles: 1, Languages: map[string]int{"en": 1}, First: day, Last: day}
	}
	e := func(path string, id int64) store.Entry {
		return store.Entry{Article: article.Article{Path: path, Title: path, Text: path, Language: "en", Published: day},
			RawHash: "raw-" + path, ContentHash: "content-" + path, StoryID: id}
	}
	res, err := st.Save(ctx, store.Batch{Articles: []store.Entry{e("a", 1), e("b", 2)}, Stories: []*story.Profile{p(1), p(2)}})
	if err != nil {
		t.Fatal(err)
	}
	merged := p(1)
	merged.Articles = 2
	err = st.Regroup(ctx, story.Regrouping{Stories: []story.Regrouped{{Profile: merged, Articles: res.IDs}},
		Removed: []int64{2}, Moves: []story.Move{{From: 2, Into: 1, Articles: 1, Merged: true}}})
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: st, Search: restest.Get(t).Search})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ target, want string }{
		{"/stories/2", "/stories/1"},
		{"/api/v1/stories/2", "/api/v1/stories/1"},
	} {
		r, _ := get(t, h, tt.target)
		if r.StatusCode != http.StatusMovedPermanently || r.Header.Get("Location") != tt.want {
			t.Errorf("GET %s: %d to %q, want %d to %q", tt.target, r.StatusCode, r.Header.Get("Location"), http.StatusMovedPermanently, tt.want)
		}
	}
	if r, _ := get(t, h, "/stories/3"); r.StatusCode != http.StatusNotFound {
		t.Errorf("GET /stories/3: %d, want 404", r.StatusCode)
	}
	// The story that took the articles shows the merge.
	if _, body := get(t, h, "/stories/1"); !strings.Contains(body, "from story 2, merged into this one") {
		t.Error("the story page does not show the merge of story 2")
	}
	_, body := get(t, h, "/api/v1/stories/1")
	var doc api.StoryDetail
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Moves) != 1 || doc.Moves[0].From != 2 || doc.Moves[0].Into != 1 || !doc.Moves[0].Merged {
		t.Errorf("moves of story 1: %+v", doc.Moves)
	}
}
