package ingest

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
)

// openShared opens another handle on the store at path, as another
// process would.
func openShared(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// exampleFiles lists the example corpus, one path a file.
func exampleFiles(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "examples", "articles")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	return files
}

// checkStories checks that every stored story holds what its articles
// say: as many articles, in the same languages, and that every article's
// story is stored.
func checkStories(t *testing.T, st store.Store) (articles, stories int) {
	t.Helper()
	ctx := context.Background()
	type members struct {
		n     int
		langs map[string]int
	}
	byStory := map[int64]*members{}
	err := st.Articles(ctx, func(r store.ArticleRow) error {
		m := byStory[r.StoryID]
		if m == nil {
			m = &members{langs: map[string]int{}}
			byStory[r.StoryID] = m
		}
		m.n++
		m.langs[r.Language]++
		articles++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dated, err := st.Profiles(ctx, time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), false)
	if err != nil {
		t.Fatal(err)
	}
	undated, err := st.Profiles(ctx, time.Time{}, time.Time{}, true)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for _, p := range append(dated, undated...) {
		seen[p.ID] = true
		m := byStory[p.ID]
		switch {
		case m == nil:
			t.Errorf("story %d (%q) has no article; its profile counts %d", p.ID, p.Title, p.Articles)
		case m.n != p.Articles || !maps.Equal(m.langs, p.Languages):
			t.Errorf("story %d (%q): profile counts %d articles %v, the store holds %d %v", p.ID, p.Title, p.Articles, p.Languages, m.n, m.langs)
		}
		if d, err := st.Story(ctx, p.ID); err != nil || d.Articles != p.Articles {
			t.Errorf("story %d: listed with %d articles (%v), its profile counts %d", p.ID, d.Articles, err, p.Articles)
		}
	}
	for id := range byStory {
		if !seen[id] {
			t.Errorf("articles name story %d, which is not stored", id)
		}
	}
	return articles, len(seen)
}

// TestWritersTakeTurns runs, at once on one store, two ingests of halves
// of the example corpus and a writer that ingests the whole corpus a file
// at a time (as the write API does, keeping its stories in memory between
// runs): every story must hold exactly the articles that name it.
func TestWritersTakeTurns(t *testing.T) {
	ctx := context.Background()
	files := exampleFiles(t)
	path := filepath.Join(t.TempDir(), "shared.db")
	res := restest.Get(t)
	var waits sync.Map
	newPipeline := func(name string) *Pipeline {
		return New(openShared(t, path), res, Options{Writer: name, Waiting: func(store.Writer) { waits.Store(name, true) }})
	}
	half := len(files) / 2
	var wg sync.WaitGroup
	run := func(name string, runs [][]string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := newPipeline(name)
			for _, paths := range runs {
				if _, err := p.Run(ctx, paths); err != nil {
					t.Errorf("%s: %v", name, err)
					return
				}
			}
		}()
	}
	var oneByOne [][]string
	for i := len(files) - 1; i >= 0; i-- {
		oneByOne = append(oneByOne, files[i:i+1])
	}
	run("ingest one", [][]string{files[:half]})
	run("ingest two", [][]string{files[half:]})
	run("api", oneByOne)
	wg.Wait()

	articles, stories := checkStories(t, openShared(t, path))
	alone := openShared(t, filepath.Join(t.TempDir(), "alone.db"))
	if _, err := New(alone, res, Options{}).Run(ctx, files); err != nil {
		t.Fatal(err)
	}
	want, _ := checkStories(t, alone)
	if articles != want {
		t.Errorf("three writers stored %d articles, one writer %d", articles, want)
	}
	n := 0
	waits.Range(func(any, any) bool { n++; return true })
	if n == 0 {
		t.Error("no writer waited for another: the test proves nothing")
	}
	t.Logf("%d articles in %d stories; %d writers waited", articles, stories, n)
}

// TestPipelineReloadsAfterAnotherWriter checks that a pipeline that keeps
// its stories between runs loads them again once another writer changed
// the store, so that it does not write over the other writer's changes.
func TestPipelineReloadsAfterAnotherWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	res := restest.Get(t)
	dir := filepath.Join("..", "..", "examples", "articles")
	quake := []string{"en-izmir-earthquake.txt", "de-izmir-erdbeben.txt", "fa-zelzele-izmir.txt", "ar-zilzal-izmir.txt"}
	a := New(openShared(t, path), res, Options{})
	b := New(openShared(t, path), res, Options{})
	for i, name := range quake {
		p := a
		if i%2 == 1 {
			p = b
		}
		if _, err := p.Run(ctx, []string{filepath.Join(dir, name)}); err != nil {
			t.Fatal(err)
		}
	}
	st := openShared(t, path)
	if articles, stories := checkStories(t, st); articles != len(quake) || stories >= articles {
		t.Errorf("%d articles in %d stories, want the %d reports of one quake in fewer stories", articles, stories, len(quake))
	}
}

// TestIngestGivesUpWaiting checks that a run waits at most MaxWait for
// another writer and then fails with ErrBusy, naming the writer.
func TestIngestGivesUpWaiting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	release, err := openShared(t, path).LockWriter(ctx, "a long ingest", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	var told []string
	p := New(openShared(t, path), restest.Get(t), Options{MaxWait: 300 * time.Millisecond,
		Waiting: func(w store.Writer) { told = append(told, w.Name) }})
	_, err = p.Run(ctx, exampleFiles(t)[:1])
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("Run beside another writer = %v, want ErrBusy", err)
	}
	if len(told) != 1 || told[0] != "a long ingest" {
		t.Errorf("told of %q, want the long ingest once", told)
	}
}
