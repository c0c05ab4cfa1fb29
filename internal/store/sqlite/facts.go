package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

// execer runs statements on a database or in a transaction.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// writeFacts stores an article's facts; the article must have none yet.
func writeFacts(ctx context.Context, db execer, id int64, f article.Facts) error {
	for i, e := range f.Entities {
		mentions, err := json.Marshal(nonNil(e.Mentions))
		if err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO article_entities (article_id, seq, entity_key, name, type, mentions, count)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, e.Key, e.Name, e.Type, string(mentions), e.Count); err != nil {
			return fmt.Errorf("entity %s: %w", e.Key, err)
		}
	}
	for i, d := range f.Dates {
		if _, err := db.ExecContext(ctx, `INSERT INTO article_dates (article_id, seq, date, text, kind) VALUES (?, ?, ?, ?, ?)`,
			id, i, d.Date, d.Text, d.Kind); err != nil {
			return fmt.Errorf("date %q: %w", d.Text, err)
		}
	}
	for i, q := range f.Quotes {
		if _, err := db.ExecContext(ctx, `INSERT INTO article_quotes (article_id, seq, text, speaker, speaker_key, reported_by, cue)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, q.Text, q.Speaker, q.SpeakerKey, q.ReportedBy, q.Cue); err != nil {
			return fmt.Errorf("quote: %w", err)
		}
	}
	for i, src := range f.Sources {
		if _, err := db.ExecContext(ctx, `INSERT INTO article_sources (article_id, seq, name, source_key, cue) VALUES (?, ?, ?, ?, ?)`,
			id, i, src.Name, src.Key, src.Cue); err != nil {
			return fmt.Errorf("source %q: %w", src.Name, err)
		}
	}
	return nil
}

// factTables are cleared when an article's facts are replaced.
var factTables = []string{"article_entities", "article_dates", "article_quotes", "article_sources"}

// ReplaceFacts replaces an article's facts and indexed search terms in one
// transaction; nil terms leave the article without any.
func (s *Store) ReplaceFacts(ctx context.Context, id int64, f article.Facts, terms []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace facts of %d: %w", id, err)
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&exists); err != nil {
		return fmt.Errorf("replace facts of %d: %w", id, err)
	}
	if exists == 0 {
		return fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	for _, table := range factTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("replace facts of %d: %w", id, err)
		}
	}
	if err := writeFacts(ctx, tx, id, f); err != nil {
		return fmt.Errorf("replace facts of %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_terms WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("replace terms of %d: %w", id, err)
	}
	if err := writeTerms(ctx, tx, id, terms); err != nil {
		return fmt.Errorf("replace terms of %d: %w", id, err)
	}
	if err := bumpVersion(ctx, tx); err != nil {
		return fmt.Errorf("replace facts of %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace facts of %d: %w", id, err)
	}
	return nil
}

// Facts returns an article's facts in the order they were stored.
func (s *Store) Facts(ctx context.Context, id int64) (article.Facts, error) {
	f := article.Facts{Entities: []article.Entity{}, Dates: []article.Date{}, Quotes: []article.Quote{}, Sources: []article.Source{}}
	err := s.each(ctx, `SELECT entity_key, name, type, mentions, count FROM article_entities WHERE article_id = ? ORDER BY seq`, id,
		func(rows *sql.Rows) error {
			var e article.Entity
			var mentions string
			if err := rows.Scan(&e.Key, &e.Name, &e.Type, &mentions, &e.Count); err != nil {
				return err
			}
			f.Entities = append(f.Entities, e)
			return json.Unmarshal([]byte(mentions), &f.Entities[len(f.Entities)-1].Mentions)
		})
	if err == nil {
		err = s.each(ctx, `SELECT date, text, kind FROM article_dates WHERE article_id = ? ORDER BY seq`, id,
			func(rows *sql.Rows) error {
				var d article.Date
				err := rows.Scan(&d.Date, &d.Text, &d.Kind)
				f.Dates = append(f.Dates, d)
				return err
			})
	}
	if err == nil {
		err = s.each(ctx, `SELECT text, speaker, speaker_key, reported_by, cue FROM article_quotes WHERE article_id = ? ORDER BY seq`, id,
			func(rows *sql.Rows) error {
				var q article.Quote
				err := rows.Scan(&q.Text, &q.Speaker, &q.SpeakerKey, &q.ReportedBy, &q.Cue)
				f.Quotes = append(f.Quotes, q)
				return err
			})
	}
	if err == nil {
		err = s.each(ctx, `SELECT name, source_key, cue FROM article_sources WHERE article_id = ? ORDER BY seq`, id,
			func(rows *sql.Rows) error {
				var src article.Source
				err := rows.Scan(&src.Name, &src.Key, &src.Cue)
				f.Sources = append(f.Sources, src)
				return err
			})
	}
	if err != nil {
		return article.Facts{}, fmt.Errorf("facts of %d: %w", id, err)
	}
	return f, nil
}

// each runs a query with one argument and calls fn for each row.
func (s *Store) each(ctx context.Context, query string, arg any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Article returns one article with its text.
func (s *Store) Article(ctx context.Context, id int64) (article.Article, error) {
	var a article.Article
	var published, authors string
	err := s.db.QueryRowContext(ctx, `SELECT id, path, url, title, body, published, language, outlet, authors
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Path, &a.URL, &a.Title, &a.Text, &published, &a.Language, &a.Outlet, &authors)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("article %d: %w", id, err)
	}
	if a.Published, a.DateOnly, err = article.ParseDate(published); err != nil {
		return a, fmt.Errorf("article %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return a, fmt.Errorf("article %d: authors: %w", id, err)
	}
	return a, nil
}
