package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/storyline/storyline/internal/store"
)

// Entity page limits.
const (
	// defaultEntityLimit is the page size of an entity's stories and
	// articles when the query gives none.
	defaultEntityLimit = 50
	// entityWindow is how many of an entity's articles, the ones stored
	// last, are read for its name, its variants and the entities named
	// with it.
	entityWindow = 2000
	// maxRelated is how many related entities an entity page lists.
	maxRelated = 20
)

// entityRows is the FROM clause of the entity queries: the entities of
// articles (ae) with their articles (a).
const entityRows = `FROM article_entities ae JOIN articles a ON a.id = ae.article_id`

// StoryFacts gathers the entities, quotes and sources of a story's
// articles; quotes and sources come in the order of the story's articles
// (oldest first, as Story lists them), then as found in each.
func (s *Store) StoryFacts(ctx context.Context, storyID int64) (store.StoryFacts, error) {
	f := store.StoryFacts{Entities: []store.EntitySummary{}, Quotes: []store.QuoteRow{}, Sources: []store.SourceRow{}}
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM stories WHERE id = ?`, storyID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("facts of story %d: %w", storyID, store.ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("facts of story %d: %w", storyID, err)
	}
	ents, err := s.entitySummaries(ctx, `a.story_id = ?`, []any{storyID})
	if err != nil {
		return f, fmt.Errorf("facts of story %d: %w", storyID, err)
	}
	f.Entities = append(f.Entities, ents...)
	order := `ORDER BY COALESCE(a.published_unix, 9223372036854775807), a.id, x.seq`
	err = s.eachRow(ctx, `SELECT x.article_id, a.language, a.outlet, x.text, x.speaker, x.speaker_key, x.reported_by, x.cue
		FROM article_quotes x JOIN articles a ON a.id = x.article_id WHERE a.story_id = ? `+order, []any{storyID},
		func(sc scanner) error {
			var q store.QuoteRow
			err := sc.Scan(&q.ArticleID, &q.Language, &q.Outlet, &q.Text, &q.Speaker, &q.SpeakerKey, &q.ReportedBy, &q.Cue)
			f.Quotes = append(f.Quotes, q)
			return err
		})
	if err != nil {
		return f, fmt.Errorf("quotes of story %d: %w", storyID, err)
	}
	err = s.eachRow(ctx, `SELECT x.article_id, a.outlet, x.name, x.source_key, x.cue
		FROM article_sources x JOIN articles a ON a.id = x.article_id WHERE a.story_id = ? `+order, []any{storyID},
		func(sc scanner) error {
			var src store.SourceRow
			err := sc.Scan(&src.ArticleID, &src.Outlet, &src.Name, &src.Key, &src.Cue)
			f.Sources = append(f.Sources, src)
			return err
		})
	if err != nil {
		return f, fmt.Errorf("sources of story %d: %w", storyID, err)
	}
	return f, nil
}

// Entity returns an entity with its variants, its newest stories and
// articles, its articles per day and the entities named with it.
//
// The name, the variants and the related entities are read from the
// entityWindow articles stored last that name the entity, which bounds
// that work for an entity named in many thousands: beyond, a variant's
// and a related entity's article counts are those of the window. The
// entity's own article and mention counts, its stories, articles and
// days cover all its articles, from the (entity_key, article_id, count)
// index and one lookup of each article.
func (s *Store) Entity(ctx context.Context, key string, q store.EntityQuery) (store.EntityDetail, error) {
	var d store.EntityDetail
	sums, err := s.keySummaries(ctx, []any{key})
	if err != nil {
		return d, fmt.Errorf("entity %s: %w", key, err)
	}
	if len(sums) == 0 {
		return d, fmt.Errorf("entity %s: %w", key, store.ErrNotFound)
	}
	d.EntitySummary = sums[0]
	limit := q.Limit
	if limit <= 0 {
		limit = defaultEntityLimit
	}
	if d.Stories, err = s.Stories(ctx, store.StoryQuery{Entity: key, Limit: limit}); err != nil {
		return d, fmt.Errorf("entity %s: %w", key, err)
	}
	err = s.queryArticles(ctx, `WHERE id IN (SELECT article_id FROM article_entities WHERE entity_key = ?)
		`+newestFirst+` LIMIT ? OFFSET ?`, []any{key, limit, max(q.Offset, 0)}, func(r store.ArticleRow) error {
		d.ArticleList = append(d.ArticleList, r)
		return nil
	})
	if err != nil {
		return d, fmt.Errorf("articles of entity %s: %w", key, err)
	}
	err = s.eachRow(ctx, `SELECT `+unixDay(`a.published_unix`)+` AS day, COUNT(DISTINCT a.id) `+entityRows+`
		WHERE ae.entity_key = ? AND a.published_unix IS NOT NULL GROUP BY day ORDER BY day`, []any{key},
		func(sc scanner) error {
			var day int64
			var n int
			if err := sc.Scan(&day, &n); err != nil {
				return err
			}
			d.Days = append(d.Days, store.DayCount{Day: time.Unix(day*86400, 0).UTC(), Articles: n})
			return nil
		})
	if err != nil {
		return d, fmt.Errorf("days of entity %s: %w", key, err)
	}
	if d.Related, err = s.related(ctx, key); err != nil {
		return d, fmt.Errorf("related of entity %s: %w", key, err)
	}
	return d, nil
}

// windowStart is the SQL for the lowest id among the last articles that
// name an entity; its parameters are the entity key and the number of
// articles (entityWindow). The window is read backwards from the
// (entity_key, article_id, count) index, without a sort.
const windowStart = `(SELECT COALESCE(MIN(article_id), 0) FROM (SELECT article_id FROM article_entities
	WHERE entity_key = ? ORDER BY article_id DESC LIMIT ?))`

// related returns the entities named in the most of the entityWindow
// articles stored last that name key, with the number of those articles
// and the mentions in them.
func (s *Store) related(ctx context.Context, key string) ([]store.EntitySummary, error) {
	var out []store.EntitySummary
	at := map[string]int{}
	names := newNamePicker()
	err := s.eachRow(ctx, `WITH recent (id) AS (SELECT article_id FROM article_entities
			WHERE entity_key = ? AND article_id >= `+windowStart+`)
		SELECT o.entity_key, o.name, o.type, COUNT(DISTINCT o.article_id), SUM(o.count)
		FROM recent JOIN article_entities o ON o.article_id = recent.id WHERE o.entity_key != ?
		GROUP BY o.entity_key, o.name, o.type`, []any{key, key, entityWindow, key},
		func(sc scanner) error {
			var k, name, typ string
			var articles, mentions int
			if err := sc.Scan(&k, &name, &typ, &articles, &mentions); err != nil {
				return err
			}
			names.add(k, name, typ, articles)
			i, ok := at[k]
			if !ok {
				i = len(out)
				at[k] = i
				out = append(out, store.EntitySummary{Key: k})
			}
			out[i].Articles += articles
			out[i].Mentions += mentions
			return nil
		})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Key < out[j].Key
	})
	out = out[:min(len(out), maxRelated)]
	for i := range out {
		out[i].Name, out[i].Type = names.pick(out[i].Key)
	}
	return out, nil
}

// Entities returns the summaries of the stored entities among keys, most
// mentioned first.
func (s *Store) Entities(ctx context.Context, keys []string) ([]store.EntitySummary, error) {
	var args []any
	seen := map[string]bool{}
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			args = append(args, k)
		}
	}
	out, err := s.keySummaries(ctx, args)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return out, nil
}

// keySummaries returns the summaries of the stored entities among keys,
// most mentioned first: their articles and mentions counted in the
// (entity_key, article_id, count) index, their names and variants read
// from their entityWindow articles stored last, one key at a time.
func (s *Store) keySummaries(ctx context.Context, keys []any) ([]store.EntitySummary, error) {
	out := []store.EntitySummary{}
	for start := 0; start < len(keys); start += maxParams {
		chunk := keys[start:min(len(keys), start+maxParams)]
		err := s.eachRow(ctx, `SELECT entity_key, COUNT(DISTINCT article_id), SUM(count) FROM article_entities
			WHERE entity_key IN (`+placeholders(len(chunk))+`) GROUP BY entity_key`, chunk, func(sc scanner) error {
			e := store.EntitySummary{Variants: []store.Variant{}}
			if err := sc.Scan(&e.Key, &e.Articles, &e.Mentions); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for i, e := range out {
		win, err := s.entitySummaries(ctx, `ae.entity_key = ? AND ae.article_id >= `+windowStart, []any{e.Key, e.Key, entityWindow})
		if err != nil {
			return nil, err
		}
		if len(win) == 1 {
			out[i].Name, out[i].Type, out[i].Variants = win[0].Name, win[0].Type, win[0].Variants
		}
	}
	sortSummaries(out)
	return out, nil
}

// entityCounts returns the entities of the rows where selects (over
// entityRows), each with its name, type and counts but no variants,
// unsorted, and the index of each key in them.
func (s *Store) entityCounts(ctx context.Context, where string, args []any) ([]store.EntitySummary, map[string]int, error) {
	var out []store.EntitySummary
	at := map[string]int{}
	names := newNamePicker()
	err := s.eachRow(ctx, `SELECT ae.entity_key, ae.name, ae.type, COUNT(DISTINCT ae.article_id), SUM(ae.count)
		`+entityRows+` WHERE `+where+` GROUP BY ae.entity_key, ae.name, ae.type`, args, func(sc scanner) error {
		var key, name, typ string
		var articles, mentions int
		if err := sc.Scan(&key, &name, &typ, &articles, &mentions); err != nil {
			return err
		}
		names.add(key, name, typ, articles)
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, store.EntitySummary{Key: key, Variants: []store.Variant{}})
		}
		out[i].Articles += articles
		out[i].Mentions += mentions
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	for k, i := range at {
		out[i].Name, out[i].Type = names.pick(k)
	}
	return out, at, nil
}

// entitySummaries aggregates the entity rows where selects (over
// entityRows) by entity key: most common name and type, articles,
// mentions and variants, most mentioned first. An entity's articles are
// summed over its names, which counts an article once as long as it names
// the entity under one name, as analysis does.
func (s *Store) entitySummaries(ctx context.Context, where string, args []any) ([]store.EntitySummary, error) {
	out, at, err := s.entityCounts(ctx, where, args)
	if err != nil || len(out) == 0 {
		return out, err
	}
	// The mentions column holds the article's forms of the entity as a
	// JSON array of strings.
	err = s.eachRow(ctx, `SELECT ae.entity_key, m.value, a.language, COUNT(DISTINCT ae.article_id)
		`+entityRows+`, json_each(ae.mentions) AS m
		WHERE `+where+` AND m.value != '' GROUP BY ae.entity_key, m.value, a.language`, args,
		func(sc scanner) error {
			var key string
			var v store.Variant
			if err := sc.Scan(&key, &v.Text, &v.Language, &v.Articles); err != nil {
				return err
			}
			if i, ok := at[key]; ok {
				out[i].Variants = append(out[i].Variants, v)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	for i := range out {
		vs := out[i].Variants
		sort.Slice(vs, func(a, b int) bool {
			if vs[a].Articles != vs[b].Articles {
				return vs[a].Articles > vs[b].Articles
			}
			if vs[a].Text != vs[b].Text {
				return vs[a].Text < vs[b].Text
			}
			return vs[a].Language < vs[b].Language
		})
	}
	sortSummaries(out)
	return out, nil
}

// sortSummaries sorts entities most mentioned first, then named in the
// most articles, then by key.
func sortSummaries(es []store.EntitySummary) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Mentions != es[j].Mentions {
			return es[i].Mentions > es[j].Mentions
		}
		if es[i].Articles != es[j].Articles {
			return es[i].Articles > es[j].Articles
		}
		return es[i].Key < es[j].Key
	})
}

// namePicker finds the name and the type of each entity key written in
// the most articles.
type namePicker struct {
	names, types map[string]map[string]int
}

func newNamePicker() *namePicker {
	return &namePicker{names: map[string]map[string]int{}, types: map[string]map[string]int{}}
}

// add counts n articles that name key so.
func (p *namePicker) add(key, name, typ string, n int) {
	if p.names[key] == nil {
		p.names[key], p.types[key] = map[string]int{}, map[string]int{}
	}
	p.names[key][name] += n
	p.types[key][typ] += n
}

// pick returns the most common name and type of key, ties broken by the
// first in byte order.
func (p *namePicker) pick(key string) (name, typ string) {
	return mostCommon(p.names[key]), mostCommon(p.types[key])
}

func mostCommon(counts map[string]int) string {
	best, bestN := "", 0
	for s, n := range counts {
		if n > bestN || (n == bestN && s < best) {
			best, bestN = s, n
		}
	}
	return best
}
