package sqlite

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// mainEntities is how many of a story's most mentioned persons and
// organisations stand for it in threads.
const mainEntities = 5

// updateMainEntities stores a story's main persons and organisations, as
// its profile counts them.
func updateMainEntities(ctx context.Context, db execer, p *story.Profile) error {
	if _, err := db.ExecContext(ctx, `DELETE FROM story_entities WHERE story_id = ?`, p.ID); err != nil {
		return err
	}
	for _, key := range p.MainPeople(mainEntities) {
		if _, err := db.ExecContext(ctx, `INSERT INTO story_entities (story_id, entity_key, mentions) VALUES (?, ?, ?)`,
			p.ID, key, int64(p.People[key])); err != nil {
			return err
		}
	}
	return nil
}

// Thread returns the stories linked to a story through shared main
// entities, directly or through other stories, the story itself included.
func (s *Store) Thread(ctx context.Context, storyID int64, limit int) ([]store.StorySummary, error) {
	members := map[int64]bool{storyID: true}
	frontier := []int64{storyID}
	for len(frontier) > 0 && len(members) < limit {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(frontier)), ",")
		args := make([]any, 0, len(frontier)+1)
		for _, id := range frontier {
			args = append(args, id)
		}
		args = append(args, store.ThreadLinkEntities)
		rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT b.story_id FROM story_entities a
			JOIN story_entities b ON b.entity_key = a.entity_key AND b.story_id != a.story_id
			WHERE a.story_id IN (`+marks+`)
			GROUP BY a.story_id, b.story_id HAVING COUNT(*) >= ? ORDER BY b.story_id`, args...)
		if err != nil {
			return nil, fmt.Errorf("thread of %d: %w", storyID, err)
		}
		frontier = frontier[:0]
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("thread of %d: %w", storyID, err)
			}
			if !members[id] && len(members) < limit {
				members[id] = true
				frontier = append(frontier, id)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("thread of %d: %w", storyID, err)
		}
	}
	ids := make([]int64, 0, len(members))
	for id := range members {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := make([]store.StorySummary, 0, len(ids))
	for _, id := range ids {
		row := s.db.QueryRowContext(ctx, `SELECT `+summaryColumns+` FROM stories WHERE id = ?`, id)
		sum, err := scanSummary(row)
		if err != nil {
			return nil, fmt.Errorf("thread of %d: %w", storyID, err)
		}
		out = append(out, sum)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].First.Before(out[j].First) })
	if err := s.decorate(ctx, out, true); err != nil {
		return nil, fmt.Errorf("thread of %d: %w", storyID, err)
	}
	return out, nil
}
