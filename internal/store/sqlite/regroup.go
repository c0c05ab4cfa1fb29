package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// writeArticleProfile stores an article's own evidence; nothing when p
// is nil.
func writeArticleProfile(ctx context.Context, tx *sql.Tx, articleID int64, p *story.Profile) error {
	if p == nil {
		return nil
	}
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("article profile: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_profiles (article_id, day_unix, profile) VALUES (?, ?, ?)`,
		articleID, unixOrNull(p.Date()), raw); err != nil {
		return fmt.Errorf("article profile: %w", err)
	}
	return nil
}

// Members returns the articles consolidation regroups.
func (s *Store) Members(ctx context.Context, q store.MemberQuery) ([]story.Member, error) {
	const cols = `SELECT a.id, a.content_hash, COALESCE(a.story_id, 0), p.profile
		FROM article_profiles p JOIN articles a ON a.id = p.article_id`
	var parts []string
	var args []any
	if q.All {
		parts = append(parts, cols)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		parts = append(parts, cols+` WHERE p.day_unix BETWEEN ? AND ?`)
		args = append(args, q.From.Unix(), q.To.Unix())
	}
	if q.Undated {
		parts = append(parts, cols+` WHERE p.day_unix IS NULL`)
	}
	for start := 0; start < len(q.Stories); start += 400 {
		chunk := q.Stories[start:min(len(q.Stories), start+400)]
		parts = append(parts, cols+` WHERE a.story_id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+`)`)
		for _, id := range chunk {
			args = append(args, id)
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, strings.Join(parts, " UNION ")+` ORDER BY 1`, args...)
	if err != nil {
		return nil, fmt.Errorf("members: %w", err)
	}
	defer rows.Close()
	var out []story.Member
	for rows.Next() {
		var m story.Member
		var raw []byte
		if err := rows.Scan(&m.Article, &m.Hash, &m.Story, &raw); err != nil {
			return nil, fmt.Errorf("members: %w", err)
		}
		m.Profile = new(story.Profile)
		if err := json.Unmarshal(raw, m.Profile); err != nil {
			return nil, fmt.Errorf("members: article %d: %w", m.Article, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("members: %w", err)
	}
	return out, nil
}

// Regroup stores what a consolidation changed in one transaction.
func (s *Store) Regroup(ctx context.Context, r story.Regrouping) error {
	if len(r.Stories) == 0 && len(r.Removed) == 0 && len(r.Moves) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	now := time.Now()
	stamp := now.UTC().Format(time.RFC3339)
	var b store.Batch
	for _, g := range r.Stories {
		p := g.Profile
		raw, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("regroup story %d: %w", p.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories
			(id, title, articles, languages, first_published, last_published, profile, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET title = excluded.title, articles = excluded.articles,
			languages = excluded.languages, first_published = excluded.first_published,
			last_published = excluded.last_published, profile = excluded.profile, updated_at = excluded.updated_at`,
			p.ID, p.Title, p.Articles, strings.Join(p.LanguageList(), ","), unixOrNull(p.First), unixOrNull(p.Last), raw, stamp); err != nil {
			return fmt.Errorf("regroup story %d: %w", p.ID, err)
		}
		for start := 0; start < len(g.Articles); start += 400 {
			chunk := g.Articles[start:min(len(g.Articles), start+400)]
			args := []any{p.ID}
			for _, id := range chunk {
				args = append(args, id)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE id IN (`+
				strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+`)`, args...); err != nil {
				return fmt.Errorf("regroup story %d: %w", p.ID, err)
			}
		}
		if err := updateMainEntities(ctx, tx, p); err != nil {
			return fmt.Errorf("regroup story %d: %w", p.ID, err)
		}
		b.Stories = append(b.Stories, p)
	}
	for _, id := range r.Removed {
		var left int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE story_id = ?`, id).Scan(&left); err != nil {
			return fmt.Errorf("regroup: remove story %d: %w", id, err)
		}
		if left > 0 {
			// Articles stored without their own evidence, by a storyline
			// older than consolidation, keep the story.
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
			return fmt.Errorf("regroup: remove story %d: %w", id, err)
		}
	}
	for _, m := range r.Moves {
		if err := recordMove(ctx, tx, m, now); err != nil {
			return fmt.Errorf("regroup: %w", err)
		}
	}
	if err := markDateOnly(ctx, tx, b); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := bumpVersion(ctx, tx); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("regroup: commit: %w", err)
	}
	return nil
}

// recordMove records a move of articles between stories.
func recordMove(ctx context.Context, tx *sql.Tx, m story.Move, at time.Time) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO story_moves (from_story, into_story, articles, merged, moved_at)
		VALUES (?, ?, ?, ?, ?)`, m.From, m.Into, m.Articles, m.Merged, at.UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("move %d to %d: %w", m.From, m.Into, err)
	}
	return nil
}

// Moves returns the moves out of a story and into it, oldest first.
func (s *Store) Moves(ctx context.Context, storyID int64) ([]store.StoryMove, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT from_story, into_story, articles, merged, moved_at FROM story_moves
		WHERE from_story = ? OR into_story = ? ORDER BY seq`, storyID, storyID)
	if err != nil {
		return nil, fmt.Errorf("moves of %d: %w", storyID, err)
	}
	defer rows.Close()
	var out []store.StoryMove
	for rows.Next() {
		var m store.StoryMove
		var at string
		if err := rows.Scan(&m.From, &m.Into, &m.Articles, &m.Merged, &at); err != nil {
			return nil, fmt.Errorf("moves of %d: %w", storyID, err)
		}
		m.At, _ = time.Parse(time.RFC3339, at) // written by recordMove
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("moves of %d: %w", storyID, err)
	}
	return out, nil
}

// maxRedirects bounds how many moves a redirect follows.
const maxRedirects = 64

// Redirect follows the moves out of a story that no longer exists to one
// that does.
func (s *Store) Redirect(ctx context.Context, storyID int64) (int64, error) {
	id := storyID
	for range maxRedirects {
		var exists int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE id = ?`, id).Scan(&exists); err != nil {
			return 0, fmt.Errorf("redirect %d: %w", storyID, err)
		}
		if exists > 0 && id != storyID {
			return id, nil
		}
		if exists > 0 {
			return 0, fmt.Errorf("redirect %d: the story exists: %w", storyID, store.ErrNotFound)
		}
		// The latest move of the story's last articles: where most went.
		var into int64
		err := s.db.QueryRowContext(ctx, `SELECT into_story FROM story_moves WHERE from_story = ?
			ORDER BY moved_at DESC, articles DESC, seq DESC LIMIT 1`, id).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("redirect %d: %w", storyID, store.ErrNotFound)
		}
		if err != nil {
			return 0, fmt.Errorf("redirect %d: %w", storyID, err)
		}
		id = into
	}
	return 0, fmt.Errorf("redirect %d: too many moves: %w", storyID, store.ErrNotFound)
}
