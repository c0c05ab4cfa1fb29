package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/storetest"
	"github.com/storyline/storyline/internal/story"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "test.db")
		return func(t *testing.T) store.Store {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	})
}

func TestReopenKeepsSchemaAndData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "test.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, store.Batch{Articles: []store.Entry{{RawHash: "r", ContentHash: "c"}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	seen, err := s.Seen(ctx, []string{"c"})
	if err != nil || !seen["c"] {
		t.Errorf("after reopen Seen = %v, %v", seen, err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open on a newer schema: %v, want refusal", err)
	}
}

// TestSearchBeyondCandidates runs searches with more matches than the
// store ranks, which the contract suite's small stores never have: Total
// and the filters must still count every match.
func TestSearchBeyondCandidates(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.searchCap = 3
	var entries []store.Entry
	for i := range 10 {
		e := store.Entry{
			Article: article.Article{Path: fmt.Sprint("a", i), Language: []string{"en", "fr"}[i%2],
				Published: time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC), DateOnly: true},
			RawHash: fmt.Sprint("r", i), ContentHash: fmt.Sprint("c", i), StoryID: int64(1 + i%2),
			Terms: []string{"quak"},
		}
		if i >= 6 {
			e.Terms = []string{"other"}
			e.Facts.Entities = []article.Entity{{Name: "Turkey", Key: "place:iso:TR", Type: "place", Count: 1}}
		}
		entries = append(entries, e)
	}
	if _, err := s.Save(ctx, store.Batch{Articles: entries, Stories: []*story.Profile{{ID: 1}, {ID: 2}}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		q     store.SearchQuery
		total int
		page  string
	}{
		{"terms", store.SearchQuery{Terms: [][]string{{"quak"}}}, 6, "a5 a4 a3"},
		{"terms or entity", store.SearchQuery{Terms: [][]string{{"quak"}}, EntityKeys: []string{"place:iso:TR"}}, 10, "a5 a4 a3 a9 a8 a7"},
		{"filtered", store.SearchQuery{Terms: [][]string{{"quak"}}, EntityKeys: []string{"place:iso:TR"}, Language: "fr"}, 5, "a5 a3 a1 a9 a7"},
		{"page past the candidates", store.SearchQuery{Terms: [][]string{{"quak"}}, Offset: 3}, 6, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, a := range res.Articles {
				paths = append(paths, a.Path)
			}
			if res.Total != tt.total || strings.Join(paths, " ") != tt.page {
				t.Errorf("Search = %v of %d, want [%s] of %d", paths, res.Total, tt.page, tt.total)
			}
		})
	}
}

// TestMigrateKeepsData opens a store of schema version 3, with an article
// and its entity, under the current schema.
func TestMigrateKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.db")
	all := migrations
	migrations = all[:3]
	s, err := Open(ctx, path)
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO stories (id, title, articles, languages, profile, updated_at)
		VALUES (1, 'Quake', 1, 'en', '{"id":1}', 'x')`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles (id, content_hash, raw_hash, path, url, title, body,
		published, language, outlet, authors, story_id, ingested_at)
		VALUES (1, 'c', 'r', 'a.txt', '', 'Quake', '', '', 'en', 'AP', '[]', 1, 'x')`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO article_entities (article_id, seq, entity_key, name, type, mentions, count)
		VALUES (1, 0, 'place:iso:TR', 'Turkey', 'place', '["Turkey"]', 2)`); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer s.Close()
	e, err := s.Entity(ctx, "place:iso:TR", store.EntityQuery{})
	if err != nil || e.Mentions != 2 || len(e.ArticleList) != 1 || e.ArticleList[0].Evidence != nil {
		t.Errorf("Entity after migration = %+v, %v", e, err)
	}
	if d, err := s.Story(ctx, 1); err != nil || fmt.Sprint(d.Outlets) != "[AP]" {
		t.Errorf("Story after migration = %+v, %v", d.StorySummary, err)
	}
	// Articles stored before have no terms until analysed again.
	if err := s.ReplaceFacts(ctx, 1, article.Facts{}, []string{"quak"}); err != nil {
		t.Fatal(err)
	}
	if res, err := s.Search(ctx, store.SearchQuery{Terms: [][]string{{"quak"}}}); err != nil || res.Total != 1 {
		t.Errorf("Search after ReplaceFacts = %+v, %v", res, err)
	}
	if first, err := s.NewStoryIDs(ctx, 1); err != nil || first != 2 {
		t.Errorf("NewStoryIDs after migration = %d, %v; want 2, after the stored story", first, err)
	}
}

// TestOpenNewStoreAtOnce opens one new database from several handles at
// once, as two processes started together do: every open must succeed
// and the schema be applied once.
func TestOpenNewStoreAtOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	const n = 6
	errs := make(chan error, n)
	stores := make(chan *Store, n)
	for range n {
		go func() {
			s, err := Open(ctx, path)
			errs <- err
			stores <- s
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("Open: %v", err)
		}
		if s := <-stores; s != nil {
			defer s.Close()
		}
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows, versions int
	if err := db.QueryRow(`SELECT count(*), count(DISTINCT version) FROM schema_migrations`).Scan(&rows, &versions); err != nil {
		t.Fatal(err)
	}
	if rows != len(migrations) || versions != len(migrations) {
		t.Errorf("schema_migrations holds %d rows of %d versions, want each of %d once", rows, versions, len(migrations))
	}
}

// TestDeadWritersLockIsTakenOver checks that the lock of a writer that
// died is taken over: at once when its process is gone from this host,
// after staleAfter when it is on another host.
func TestDeadWritersLockIsTakenOver(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cmd := exec.Command("go", "version")
	if err := cmd.Run(); err != nil {
		t.Skipf("no process to outlive: %v", err)
	}
	host, _ := os.Hostname()
	now := time.Now().UnixMilli()
	tests := []struct {
		name    string
		pid     int
		host    string
		renewed int64
	}{
		{"process gone", cmd.Process.Pid, host, now},
		{"not renewed", os.Getpid(), "elsewhere", now - staleAfter.Milliseconds() - 1},
	}
	for _, tt := range tests {
		if _, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO writer_lock (id, token, name, pid, host, since, renewed)
			VALUES (1, 'dead', 'storyline ingest', ?, ?, ?, ?)`, tt.pid, tt.host, now, tt.renewed); err != nil {
			t.Fatal(err)
		}
		wait, cancel := context.WithTimeout(ctx, 2*time.Second)
		release, err := s.LockWriter(wait, "next", func(w store.Writer) { t.Errorf("%s: waited for %s", tt.name, w) })
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if err := release(); err != nil {
			t.Fatal(err)
		}
	}
	// A live writer on another host is waited for.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO writer_lock (id, token, name, pid, host, since, renewed)
		VALUES (1, 'live', 'storyline serve', 1, 'elsewhere', ?, ?)`, now, time.Now().UnixMilli()); err != nil {
		t.Fatal(err)
	}
	wait, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := s.LockWriter(wait, "next", nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("LockWriter beside a live writer on another host: %v, want to wait", err)
	}
}
