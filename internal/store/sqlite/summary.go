package sqlite

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/store"
)

// Story summary limits.
const (
	// maxOutlets is how many outlets a story summary names.
	maxOutlets = 8
	// maxActivity is how many buckets a story's activity has at most.
	maxActivity = 30
	// maxParams is how many values one IN list binds at most.
	maxParams = 500
)

// decorate fills the outlets of listed stories, and with activity set
// their activity too. One query per maxParams stories reads the outlet
// and date of their articles from the articles_story index, in index
// order, and they are counted here: cheaper than grouping in SQL, and it
// costs in proportion to the articles of the listed stories only.
func (s *Store) decorate(ctx context.Context, sums []store.StorySummary, activity bool) error {
	for start := 0; start < len(sums); start += maxParams {
		page := sums[start:min(len(sums), start+maxParams)]
		ids := make([]any, len(page))
		for i, sum := range page {
			ids[i] = sum.ID
		}
		outlets := make(map[int64]map[string]int, len(page))
		days := make(map[int64]map[int64]int, len(page))
		err := s.eachRow(ctx, `SELECT story_id, published_unix, outlet FROM articles
			WHERE story_id IN (`+placeholders(len(ids))+`)`, ids, func(sc scanner) error {
			var id int64
			var published *int64
			var outlet string
			if err := sc.Scan(&id, &published, &outlet); err != nil {
				return err
			}
			if outlet != "" {
				if outlets[id] == nil {
					outlets[id] = map[string]int{}
				}
				outlets[id][outlet]++
			}
			if activity && published != nil {
				if days[id] == nil {
					days[id] = map[int64]int{}
				}
				days[id][dayNumber(time.Unix(*published, 0))]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range page {
			page[i].Outlets = topOutlets(outlets[page[i].ID])
			if activity {
				page[i].Activity = activityBuckets(page[i].First, page[i].Last, days[page[i].ID])
			}
		}
	}
	return nil
}

// topOutlets returns the outlets with the most articles first, ties in
// name order, at most maxOutlets; nil when there are none.
func topOutlets(counts map[string]int) []string {
	if len(counts) == 0 {
		return nil
	}
	out := make([]string, 0, len(counts))
	for o := range counts {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if counts[out[i]] != counts[out[j]] {
			return counts[out[i]] > counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out[:min(len(out), maxOutlets)]
}

// unixDay is the SQL for the UTC day number (days since 1970-01-01) of a
// Unix time column.
func unixDay(column string) string {
	return `CAST(floor(` + column + ` / 86400.0) AS INTEGER)`
}

// dayNumber is the UTC day number of t, as unixDay computes it.
func dayNumber(t time.Time) int64 {
	u := t.Unix()
	if u < 0 {
		return (u - 86399) / 86400
	}
	return u / 86400
}

// activityBuckets spreads article counts per UTC day number over the days
// from first to last: one bucket per day up to maxActivity days, else
// buckets of an equal number of days (the last one may be shorter). Days
// outside [first, last] count in the nearest bucket. An undated story has
// no activity.
func activityBuckets(first, last time.Time, days map[int64]int) []int {
	if first.IsZero() || last.IsZero() {
		return nil
	}
	from, to := dayNumber(first), dayNumber(last)
	if to < from {
		to = from
	}
	span := to - from + 1
	width := (span + maxActivity - 1) / maxActivity
	out := make([]int, (span+width-1)/width)
	for d, n := range days {
		i := min(max(d-from, 0), span-1)
		out[i/width] += n
	}
	return out
}

// summariesByID returns the summaries of the given stories, decorated, in
// the order of ids; ids not stored are left out.
func (s *Store) summariesByID(ctx context.Context, ids []int64) ([]store.StorySummary, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	sums, err := s.summaries(ctx, `SELECT `+summaryColumns+` FROM stories WHERE id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]store.StorySummary, len(sums))
	for _, sum := range sums {
		byID[sum.ID] = sum
	}
	out := make([]store.StorySummary, 0, len(sums))
	for _, id := range ids {
		if sum, ok := byID[id]; ok {
			out = append(out, sum)
		}
	}
	if err := s.decorate(ctx, out, true); err != nil {
		return nil, err
	}
	return out, nil
}

// eachRow runs a query and calls fn for each row.
func (s *Store) eachRow(ctx context.Context, query string, args []any, fn func(scanner) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
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

// placeholders returns n comma-separated SQL parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
