// Package sqlite is the embedded store: SQLite through the pure-Go
// modernc.org/sqlite driver, in WAL mode, with versioned migrations.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// Store is a store.Store on one SQLite database file.
type Store struct {
	db *sql.DB
	// searchCap is how many term and entity matches a search ranks
	// (searchCandidates; smaller in tests).
	searchCap int
	// locks is the writer lock this handle holds, if any.
	locks writerLocks
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	// busy_timeout comes first: switching a new database to WAL waits
	// for a process that opens it at the same time.
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(ON)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return newStore(db), nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Seen reports which hashes are stored as raw or content hashes.
func (s *Store) Seen(ctx context.Context, hashes []string) (map[string]bool, error) {
	seen := make(map[string]bool)
	for start := 0; start < len(hashes); start += 400 {
		chunk := hashes[start:min(len(hashes), start+400)]
		marks := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		args := make([]any, 0, 2*len(chunk))
		for _, h := range chunk {
			args = append(args, h)
		}
		args = append(args, args...)
		rows, err := s.db.QueryContext(ctx,
			`SELECT raw_hash FROM articles WHERE raw_hash IN (`+marks+`)
			 UNION SELECT content_hash FROM articles WHERE content_hash IN (`+marks+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("seen: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("seen: %w", err)
			}
			seen[h] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("seen: %w", err)
		}
	}
	return seen, nil
}

// Save writes the batch in one transaction: it applies the merges, then
// writes the story profiles, the new articles with their facts, evidence
// and search terms, and the stories' main entities.
func (s *Store) Save(ctx context.Context, b store.Batch) (store.SaveResult, error) {
	var res store.SaveResult
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	defer tx.Rollback()

	if err := s.checkWriter(ctx, tx); err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	if err := applyMerges(ctx, tx, b.Merges, time.Now()); err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	storyStmt, err := tx.PrepareContext(ctx, `INSERT INTO stories
		(id, title, articles, languages, first_published, last_published, profile, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET title = excluded.title, articles = excluded.articles,
		languages = excluded.languages, first_published = excluded.first_published,
		last_published = excluded.last_published, profile = excluded.profile, updated_at = excluded.updated_at`)
	if err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	defer storyStmt.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, p := range b.Stories {
		profile, err := json.Marshal(p)
		if err != nil {
			return res, fmt.Errorf("save story %d: %w", p.ID, err)
		}
		if _, err := storyStmt.ExecContext(ctx, p.ID, p.Title, p.Articles, strings.Join(p.LanguageList(), ","),
			unixOrNull(p.First), unixOrNull(p.Last), profile, now); err != nil {
			return res, fmt.Errorf("save story %d: %w", p.ID, err)
		}
	}

	articleStmt, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(content_hash, raw_hash, path, url, title, body, published, published_unix, language, outlet, authors, story_id, ingested_at, evidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(content_hash) DO NOTHING`)
	if err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	defer articleStmt.Close()
	res.IDs = make([]int64, len(b.Articles))
	for i, e := range b.Articles {
		a := e.Article
		authors, err := json.Marshal(nonNil(a.Authors))
		if err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		var storyID, evidence any
		if e.StoryID != 0 {
			storyID = e.StoryID
		}
		if e.Evidence != nil {
			raw, err := json.Marshal(store.EvidenceOf(e.Evidence))
			if err != nil {
				return res, fmt.Errorf("save %s: evidence: %w", a.Path, err)
			}
			evidence = string(raw)
		}
		r, err := articleStmt.ExecContext(ctx, e.ContentHash, e.RawHash, a.Path, a.URL, a.Title, a.Text,
			a.PublishedString(), unixOrNull(a.Published), a.Language, a.Outlet, string(authors), storyID, now, evidence)
		if err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			res.Duplicates++
			continue
		}
		id, err := r.LastInsertId()
		if err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		if err := writeFacts(ctx, tx, id, e.Facts); err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		if err := writeTerms(ctx, tx, id, e.Terms); err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		if err := writeArticleProfile(ctx, tx, id, e.Profile); err != nil {
			return res, fmt.Errorf("save %s: %w", a.Path, err)
		}
		res.IDs[i] = id
		res.Inserted++
	}
	for _, p := range b.Stories {
		if err := updateMainEntities(ctx, tx, p); err != nil {
			return res, fmt.Errorf("save story %d: %w", p.ID, err)
		}
	}
	if err := markDateOnly(ctx, tx, b); err != nil {
		return res, fmt.Errorf("save: %w", err)
	}
	if res.Inserted > 0 || len(b.Stories) > 0 || len(b.Merges) > 0 {
		if err := bumpVersion(ctx, tx); err != nil {
			return res, fmt.Errorf("save: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return store.SaveResult{}, fmt.Errorf("save: commit: %w", err)
	}
	return res, nil
}

// markDateOnly updates, for the stories a batch writes and those its
// merges add articles to, whether only the days of their first and last
// publication times are known.
func markDateOnly(ctx context.Context, tx *sql.Tx, b store.Batch) error {
	ids := map[int64]bool{}
	for _, p := range b.Stories {
		ids[p.ID] = true
	}
	for from := range b.Merges {
		// applyMerges has checked the chains.
		into, _ := mergeTarget(b.Merges, from)
		ids[into] = true
	}
	for id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET `+setDateOnly+` WHERE id = ?`, id); err != nil {
			return fmt.Errorf("story %d: %w", id, err)
		}
	}
	return nil
}

// Version returns the data version, which every transaction that writes
// data increments.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM store_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("version: %w", err)
	}
	return v, nil
}

// bumpVersion increments the data version in a transaction that writes
// data, so that it changes exactly when the transaction commits.
func bumpVersion(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE store_version SET version = version + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("bump version: %w", err)
	}
	return nil
}

// Profiles returns the profiles of the stories overlapping [from, to], or
// of the undated ones.
func (s *Store) Profiles(ctx context.Context, from, to time.Time, undated bool) ([]*story.Profile, error) {
	// No ORDER BY: sorting by id would make SQLite walk the whole table
	// in id order instead of the date index; the rows are sorted below.
	query := `SELECT profile FROM stories WHERE first_published IS NULL`
	var args []any
	if !undated {
		query = `SELECT profile FROM stories WHERE last_published >= ? AND first_published <= ?`
		args = append(args, from.Unix(), to.Unix())
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("profiles: %w", err)
	}
	defer rows.Close()
	var out []*story.Profile
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("profiles: %w", err)
		}
		p := new(story.Profile)
		if err := json.Unmarshal(raw, p); err != nil {
			return nil, fmt.Errorf("profiles: decode: %w", err)
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, rows.Err()
}

// summaryColumns are the stories columns scanSummary reads.
const summaryColumns = `id, title, articles, languages, first_published, last_published, first_date_only, last_date_only`

// storyOrder sorts stories newest last article first, then largest; the
// stories_order index holds this order.
const storyOrder = `ORDER BY COALESCE(last_published, 0) DESC, articles DESC, id`

// Stories lists the stories q selects, newest last article first, then
// largest, with their outlets and activity. The page is read in the order
// of the stories_order index; the outlets and activity of its stories are
// then counted with two grouped queries over their articles.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) ([]store.StorySummary, error) {
	var where []string
	var args []any
	if q.Language != "" {
		// stories.languages lists the languages of the story's articles.
		where = append(where, `instr(',' || languages || ',', ',' || ? || ',') > 0`)
		args = append(args, q.Language)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		where = append(where, `first_published IS NOT NULL`)
	}
	if !q.From.IsZero() {
		where = append(where, `last_published >= ?`)
		args = append(args, q.From.Unix())
	}
	if !q.To.IsZero() {
		where = append(where, `first_published <= ?`)
		args = append(args, q.To.Unix())
	}
	if q.Entity != "" {
		where = append(where, `id IN (SELECT a.story_id FROM article_entities ae
			JOIN articles a ON a.id = ae.article_id WHERE ae.entity_key = ?)`)
		args = append(args, q.Entity)
	}
	query := `SELECT ` + summaryColumns + ` FROM stories`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	args = append(args, limit, q.Offset)
	out, err := s.summaries(ctx, query+` `+storyOrder+` LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	if err := s.decorate(ctx, out, true); err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return out, nil
}

// summaries runs a query of summaryColumns and scans its rows.
func (s *Store) summaries(ctx context.Context, query string, args ...any) ([]store.StorySummary, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.StorySummary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	return out, rows.Err()
}

// Story returns one story with its outlets and its articles.
func (s *Store) Story(ctx context.Context, id int64) (store.StoryDetail, error) {
	var d store.StoryDetail
	row := s.db.QueryRowContext(ctx, `SELECT `+summaryColumns+` FROM stories WHERE id = ?`, id)
	sum, err := scanSummary(row)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("story %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("story %d: %w", id, err)
	}
	sums := []store.StorySummary{sum}
	if err := s.decorate(ctx, sums, false); err != nil {
		return d, fmt.Errorf("story %d: %w", id, err)
	}
	d.StorySummary = sums[0]
	ents, _, err := s.entityCounts(ctx, `a.story_id = ?`, []any{id})
	if err != nil {
		return d, fmt.Errorf("story %d: names: %w", id, err)
	}
	sortSummaries(ents)
	d.Names = make([]string, 0, min(len(ents), store.StoryNames))
	for _, e := range ents[:min(len(ents), store.StoryNames)] {
		d.Names = append(d.Names, e.Name)
	}
	err = s.queryArticles(ctx, `WHERE story_id = ? `+articleOrder, []any{id}, func(r store.ArticleRow) error {
		d.ArticleList = append(d.ArticleList, r)
		return nil
	})
	if err != nil {
		return d, fmt.Errorf("story %d: %w", id, err)
	}
	return d, nil
}

// articleOrder sorts a story's articles oldest first, the undated last.
const articleOrder = `ORDER BY COALESCE(published_unix, 9223372036854775807), id`

// newestFirst sorts articles newest first, the undated last.
const newestFirst = `ORDER BY published_unix IS NULL, published_unix DESC, id DESC`

// Articles calls fn for every article in id order.
func (s *Store) Articles(ctx context.Context, fn func(store.ArticleRow) error) error {
	if err := s.queryArticles(ctx, `ORDER BY id`, nil, fn); err != nil {
		return fmt.Errorf("articles: %w", err)
	}
	return nil
}

// ArticleRow returns one article's row.
func (s *Store) ArticleRow(ctx context.Context, id int64) (store.ArticleRow, error) {
	var row store.ArticleRow
	found := false
	err := s.queryArticles(ctx, `WHERE id = ?`, []any{id}, func(r store.ArticleRow) error {
		row, found = r, true
		return nil
	})
	switch {
	case err != nil:
		return row, fmt.Errorf("article %d: %w", id, err)
	case !found:
		return row, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return row, nil
}

func (s *Store) queryArticles(ctx context.Context, where string, args []any, fn func(store.ArticleRow) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id, path, url, title, language, published, outlet, COALESCE(story_id, 0), evidence
		FROM articles `+where, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r store.ArticleRow
		var published string
		var evidence sql.NullString
		if err := rows.Scan(&r.ID, &r.Path, &r.URL, &r.Title, &r.Language, &published, &r.Outlet, &r.StoryID, &evidence); err != nil {
			return err
		}
		if r.Published, r.DateOnly, err = article.ParseDate(published); err != nil {
			return fmt.Errorf("article %d: %w", r.ID, err)
		}
		if evidence.Valid {
			r.Evidence = new(store.Evidence)
			if err := json.Unmarshal([]byte(evidence.String), r.Evidence); err != nil {
				return fmt.Errorf("article %d: evidence: %w", r.ID, err)
			}
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

type scanner interface{ Scan(dest ...any) error }

func scanSummary(row scanner) (store.StorySummary, error) {
	var sum store.StorySummary
	var langs string
	var first, last sql.NullInt64
	if err := row.Scan(&sum.ID, &sum.Title, &sum.Articles, &langs, &first, &last, &sum.FirstDateOnly, &sum.LastDateOnly); err != nil {
		return sum, err
	}
	if langs != "" {
		sum.Languages = strings.Split(langs, ",")
	}
	if first.Valid {
		sum.First = time.Unix(first.Int64, 0).UTC()
	}
	if last.Valid {
		sum.Last = time.Unix(last.Int64, 0).UTC()
	}
	return sum, nil
}

func unixOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
