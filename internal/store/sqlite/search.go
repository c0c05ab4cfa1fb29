package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/store"
)

// Search limits.
const (
	// defaultSearchLimit is the page size of a search without a limit.
	defaultSearchLimit = 20
	// searchCandidates caps the matches a search ranks: the newest this
	// many term matches and the newest this many entity matches (after
	// the filters). Total and Stories count every match.
	searchCandidates = 5000
	// maxSearchStories is how many stories a search result lists.
	maxSearchStories = 20
)

// termToken encodes a term as one search index token: the hex of its
// bytes. Terms are stems in any script and may hold apostrophes, hyphens
// or dots; hex-encoded, each is exactly one token of FTS5's ascii
// tokenizer, matched byte for byte, never split, case-folded or stripped
// of diacritics (the Turkish ı stays apart from i).
func termToken(term string) string { return hex.EncodeToString([]byte(term)) }

// writeTerms indexes an article's distinct non-empty terms; the article
// must have none indexed yet.
func writeTerms(ctx context.Context, db execer, id int64, terms []string) error {
	seen := make(map[string]bool, len(terms))
	tokens := make([]string, 0, len(terms))
	for _, t := range terms {
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		tokens = append(tokens, termToken(t))
	}
	if len(tokens) == 0 {
		return nil
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO article_terms (rowid, terms) VALUES (?, ?)`,
		id, strings.Join(tokens, " ")); err != nil {
		return fmt.Errorf("terms: %w", err)
	}
	return nil
}

// matchExpr turns the words of a query, each a list of alternative terms,
// into an FTS5 query: every word, any of its terms. Words without terms
// are ignored; "" when no word has any.
func matchExpr(words [][]string) string {
	var parts []string
	for _, alts := range words {
		seen := map[string]bool{}
		var tokens []string
		for _, t := range alts {
			if t == "" || seen[t] {
				continue
			}
			seen[t] = true
			tokens = append(tokens, `"`+termToken(t)+`"`)
		}
		if len(tokens) > 0 {
			parts = append(parts, `(`+strings.Join(tokens, ` OR `)+`)`)
		}
	}
	return strings.Join(parts, ` AND `)
}

// indexedWords drops the query words that no stored article holds: a word
// the analysis of every article left out (a number word, a stop word of
// the article's language) must not make the whole query fail.
func (s *Store) indexedWords(ctx context.Context, words [][]string) ([][]string, error) {
	var kept [][]string
	for _, alts := range words {
		expr := matchExpr([][]string{alts})
		if expr == "" {
			continue
		}
		var id int64
		err := s.db.QueryRowContext(ctx, `SELECT rowid FROM article_terms WHERE article_terms MATCH ? LIMIT 1`, expr).Scan(&id)
		switch {
		case err == nil:
			kept = append(kept, alts)
		case !errors.Is(err, sql.ErrNoRows):
			return nil, err
		}
	}
	return kept, nil
}

// articleFilter is the SQL condition (starting with AND) and arguments
// that keep the articles (as a) in a language and published in [from,
// to]; a dated bound leaves the undated articles out.
func articleFilter(lang string, from, to time.Time) (string, []any) {
	var sql string
	var args []any
	if lang != "" {
		sql += ` AND a.language = ?`
		args = append(args, lang)
	}
	if !from.IsZero() {
		sql += ` AND a.published_unix >= ?`
		args = append(args, from.Unix())
	}
	if !to.IsZero() {
		sql += ` AND a.published_unix <= ?`
		args = append(args, to.Unix())
	}
	return sql, args
}

// candidate is a matching article being ranked.
type candidate struct {
	id        int64
	published *int64
	storyID   int64
	terms     bool
	entity    bool
	bm25      float64
}

// Search finds the articles that hold a term of every query word, or name
// one of the query's entities, within the filters.
//
// It reads candidates, not every match: the newest searchCandidates term
// matches (by article id, from the term index, with their bm25 scores)
// and the newest searchCandidates entity matches, each joined with their
// articles for the filters. Those are ranked: an article matching both
// ranks above one matching either; then come the better bm25 scores
// (entity-only matches have none), the newer articles, the higher ids.
// When neither list reaches the cap the candidates are all the matches;
// otherwise Total comes from one more counting query, pages beyond the
// candidates are empty, and Stories counts the candidates' stories only.
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	var res store.SearchResult
	words, err := s.indexedWords(ctx, q.Terms)
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	match := matchExpr(words)
	var keys []any
	seen := map[string]bool{}
	for _, k := range q.EntityKeys {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if match == "" && len(keys) == 0 {
		return res, nil
	}
	if len(keys) > maxParams {
		return res, fmt.Errorf("search: %d entity keys, at most %d", len(keys), maxParams)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultSearchLimit
	}
	filter, filterArgs := articleFilter(q.Language, q.From, q.To)

	cands := map[int64]*candidate{}
	capped := false
	if match != "" {
		args := append(append([]any{match}, filterArgs...), s.searchCap)
		n := 0
		err := s.eachRow(ctx, `SELECT a.id, a.published_unix, COALESCE(a.story_id, 0), bm25(article_terms)
			FROM article_terms JOIN articles a ON a.id = article_terms.rowid
			WHERE article_terms MATCH ?`+filter+`
			ORDER BY article_terms.rowid DESC LIMIT ?`, args, func(sc scanner) error {
			c := &candidate{terms: true}
			if err := sc.Scan(&c.id, &c.published, &c.storyID, &c.bm25); err != nil {
				return err
			}
			cands[c.id] = c
			n++
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("search terms: %w", err)
		}
		capped = n == s.searchCap
	}
	if len(keys) > 0 {
		args := append(append(append([]any{}, keys...), filterArgs...), s.searchCap)
		n := 0
		err := s.eachRow(ctx, `SELECT DISTINCT a.id, a.published_unix, COALESCE(a.story_id, 0)
			FROM article_entities ae JOIN articles a ON a.id = ae.article_id
			WHERE ae.entity_key IN (`+placeholders(len(keys))+`)`+filter+`
			ORDER BY a.id DESC LIMIT ?`, args, func(sc scanner) error {
			c := &candidate{entity: true}
			if err := sc.Scan(&c.id, &c.published, &c.storyID); err != nil {
				return err
			}
			if old, ok := cands[c.id]; ok {
				old.entity = true
			} else {
				cands[c.id] = c
			}
			n++
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("search entities: %w", err)
		}
		capped = capped || n == s.searchCap
	}

	res.Total = len(cands)
	if capped {
		total, err := s.countMatches(ctx, match, keys, filter, filterArgs)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		res.Total = total
	}
	ranked := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		ranked = append(ranked, c)
	}
	sort.Slice(ranked, func(i, j int) bool { return better(ranked[i], ranked[j]) })
	if res.Stories, err = s.topStories(ctx, ranked); err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	offset := max(q.Offset, 0)
	if offset >= len(ranked) {
		return res, nil
	}
	page := ranked[offset:min(len(ranked), offset+limit)]
	ids := make([]any, len(page))
	at := make(map[int64]int, len(page))
	for i, c := range page {
		ids[i] = c.id
		at[c.id] = i
	}
	res.Articles = make([]store.ArticleRow, len(page))
	err = s.queryArticles(ctx, `WHERE id IN (`+placeholders(len(ids))+`)`, ids, func(r store.ArticleRow) error {
		res.Articles[at[r.ID]] = r
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

// better reports whether candidate a ranks above b.
func better(a, b *candidate) bool {
	if na, nb := kinds(a), kinds(b); na != nb {
		return na > nb
	}
	if a.terms != b.terms {
		return a.terms
	}
	if a.bm25 != b.bm25 {
		return a.bm25 < b.bm25 // bm25 is negative: lower is better
	}
	switch {
	case a.published == nil && b.published != nil:
		return false
	case a.published != nil && b.published == nil:
		return true
	case a.published != nil && *a.published != *b.published:
		return *a.published > *b.published
	}
	return a.id > b.id
}

// kinds counts the kinds of match of a candidate: terms, entity.
func kinds(c *candidate) int {
	n := 0
	if c.terms {
		n++
	}
	if c.entity {
		n++
	}
	return n
}

// countMatches counts every article that matches the terms or names one
// of the keys, within the filter. Without a filter the count needs the
// term index and the entity index only.
func (s *Store) countMatches(ctx context.Context, match string, keys []any, filter string, filterArgs []any) (int, error) {
	var parts []string
	var args []any
	if match != "" {
		parts = append(parts, `SELECT rowid FROM article_terms WHERE article_terms MATCH ?`)
		args = append(args, match)
	}
	if len(keys) > 0 {
		parts = append(parts, `SELECT article_id FROM article_entities WHERE entity_key IN (`+placeholders(len(keys))+`)`)
		args = append(args, keys...)
	}
	query := `SELECT COUNT(*) FROM (` + strings.Join(parts, ` UNION `) + `)`
	if filter != "" {
		query = `WITH m (id) AS (` + strings.Join(parts, ` UNION `) + `)
			SELECT COUNT(*) FROM m JOIN articles a ON a.id = m.id WHERE 1` + filter
		args = append(args, filterArgs...)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count matches: %w", err)
	}
	return n, nil
}

// topStories returns the stories of the ranked candidates, most
// candidates first, among equals the one with the best ranked, at most
// maxSearchStories.
func (s *Store) topStories(ctx context.Context, ranked []*candidate) ([]store.StorySummary, error) {
	counts := map[int64]int{}
	var order []int64 // by best candidate
	for _, c := range ranked {
		if c.storyID == 0 {
			continue
		}
		if counts[c.storyID] == 0 {
			order = append(order, c.storyID)
		}
		counts[c.storyID]++
	}
	sort.SliceStable(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	return s.summariesByID(ctx, order[:min(len(order), maxSearchStories)])
}
