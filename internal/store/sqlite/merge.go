package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"time"

	"github.com/storyline/storyline/internal/story"
)

// applyMerges moves the articles and main entities of each story merged
// away to the story that absorbed it, following chains (a into b, b into
// c: a's articles end in c), and deletes the merged stories. Foreign keys
// are checked at commit, so a story may be merged into one the same batch
// writes. Each merge is recorded as a move, so that the merged story's
// address leads to the one that absorbed it.
func applyMerges(ctx context.Context, tx *sql.Tx, merges map[int64]int64, now time.Time) error {
	if len(merges) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	froms := make([]int64, 0, len(merges))
	for from := range merges {
		froms = append(froms, from)
	}
	sort.Slice(froms, func(i, j int) bool { return froms[i] < froms[j] })
	for _, from := range froms {
		into, err := mergeTarget(merges, from)
		if err != nil {
			return err
		}
		if into == from {
			continue
		}
		r, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE story_id = ?`, into, from)
		if err != nil {
			return fmt.Errorf("merge story %d into %d: %w", from, into, err)
		}
		moved, _ := r.RowsAffected()
		if err := recordMove(ctx, tx, story.Move{From: from, Into: into, Articles: int(moved), Merged: true}, now); err != nil {
			return fmt.Errorf("merge story %d into %d: %w", from, into, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_entities (story_id, entity_key, mentions)
			SELECT ?, entity_key, mentions FROM story_entities WHERE story_id = ?
			ON CONFLICT (story_id, entity_key) DO UPDATE SET mentions = mentions + excluded.mentions`,
			into, from); err != nil {
			return fmt.Errorf("merge story %d into %d: %w", from, into, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, from); err != nil {
			return fmt.Errorf("merge story %d into %d: %w", from, into, err)
		}
	}
	return nil
}

// mergeTarget follows the merges from a story to the one that absorbs it
// in the end. A story merged into itself stays; a longer cycle is an
// error.
func mergeTarget(merges map[int64]int64, from int64) (int64, error) {
	id := from
	for range len(merges) + 1 {
		next, ok := merges[id]
		if !ok || next == id {
			return id, nil
		}
		id = next
	}
	return 0, fmt.Errorf("merge story %d: merges form a cycle", from)
}
