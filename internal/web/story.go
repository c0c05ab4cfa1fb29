package web

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// threadLimit caps the stories of a thread shown with a story.
const threadLimit = 50

// UI caps on a story's long lists; the API gives them whole.
const (
	maxStoryEntities = 40
	maxStoryQuotes   = 60
)

// What a story page shows of its long lists before a "more" fold, which
// keeps the page of a few articles a few screens tall on a phone.
const (
	shownEntities = 8
	shownQuotes   = 2
	shownSources  = 3
	shownSpread   = 3
)

// storyView is a story with everything its page and its API answer show.
type storyView struct {
	store.StoryDetail
	Facts store.StoryFacts
	// Rows are the story's articles, dated ones oldest first.
	Rows []store.ArticleRow
	// First is the first report: the earliest dated article.
	First *store.ArticleRow
	// ByLanguage and ByOutlet tell how the story spread: the first article
	// in each language and outlet, and its delay after the first report.
	ByLanguage, ByOutlet []spread
	// Groups are the articles by language, most articles first.
	Groups []languageGroup
	// Timeline counts the dated articles per period and language; Series
	// are its languages.
	Timeline []stack
	Series   []string
	// Sources are who cites whom.
	Sources []citation
	// Thread are the other stories of the story's thread.
	Thread []store.StorySummary
	// Moves are the moves of articles into the story and out of it, by
	// consolidation and merges, oldest first.
	Moves []store.StoryMove
}

// spread is where a story reached first in one language or outlet.
type spread struct {
	// Key is the language code or the outlet.
	Key     string
	Article store.ArticleRow
	// Delay is the time from the first report to Article; Dated is false
	// when either date is unknown.
	Delay    time.Duration
	Dated    bool
	Articles int
}

// spreadTable is a table of spread rows: by "Language" or "Outlet"
// (Head), with an optional caption.
type spreadTable struct {
	Caption, Head string
	Rows          []spread
}

// languageGroup is a story's articles in one language.
type languageGroup struct {
	Language string
	Articles []store.ArticleRow
}

// citation is an outlet citing a source, with the articles that do.
type citation struct {
	Outlet   string
	Source   string
	Key      string
	Cue      string
	Articles []store.ArticleRow
}

// loadStory gathers what is shown of a story.
func loadStory(ctx context.Context, st store.Store, id int64) (storyView, error) {
	d, err := st.Story(ctx, id)
	if err != nil {
		return storyView{}, fmt.Errorf("story %d: %w", id, err)
	}
	v := storyView{StoryDetail: d, Rows: sortedByDate(d.ArticleList)}
	if err := EvidenceAsWritten(ctx, st, v.Rows); err != nil {
		return v, fmt.Errorf("story %d: %w", id, err)
	}
	if v.Facts, err = st.StoryFacts(ctx, id); err != nil {
		return v, fmt.Errorf("story %d: facts: %w", id, err)
	}
	thread, err := st.Thread(ctx, id, threadLimit)
	if err != nil {
		return v, fmt.Errorf("story %d: thread: %w", id, err)
	}
	for _, t := range thread {
		if t.ID != id {
			v.Thread = append(v.Thread, t)
		}
	}
	if v.Moves, err = st.Moves(ctx, id); err != nil {
		return v, fmt.Errorf("story %d: moves: %w", id, err)
	}
	if len(v.Rows) > 0 && !v.Rows[0].Published.IsZero() {
		v.First = &v.Rows[0]
	}
	v.ByLanguage = spreadBy(v.Rows, v.First, func(r store.ArticleRow) string { return r.Language })
	v.ByOutlet = spreadBy(v.Rows, v.First, func(r store.ArticleRow) string { return r.Outlet })
	v.Groups = groupByLanguage(v.Rows)
	v.Timeline, v.Series = languageTimeline(v.Rows)
	v.Sources = citations(v.Facts.Sources, v.Rows)
	return v, nil
}

// spreadBy finds the first article of each key in date-sorted rows, in
// the order the story reached them; articles without a key are left out.
func spreadBy(rows []store.ArticleRow, first *store.ArticleRow, key func(store.ArticleRow) string) []spread {
	var out []spread
	index := map[string]int{}
	for _, r := range rows {
		k := key(r)
		if k == "" {
			continue
		}
		if i, ok := index[k]; ok {
			out[i].Articles++
			continue
		}
		sp := spread{Key: k, Article: r, Articles: 1}
		if first != nil && !r.Published.IsZero() {
			sp.Dated = true
			sp.Delay = r.Published.Sub(first.Published)
			if r.DateOnly || first.DateOnly {
				// Only days are known: count whole days.
				sp.Delay = utcDay(r.Published).Sub(utcDay(first.Published))
			}
		}
		index[k] = len(out)
		out = append(out, sp)
	}
	return out
}

// groupByLanguage groups rows by language, most articles first.
func groupByLanguage(rows []store.ArticleRow) []languageGroup {
	var out []languageGroup
	index := map[string]int{}
	for _, r := range rows {
		i, ok := index[r.Language]
		if !ok {
			i = len(out)
			index[r.Language] = i
			out = append(out, languageGroup{Language: r.Language})
		}
		out[i].Articles = append(out[i].Articles, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
	return out
}

// citations merges the sources of a story by citing outlet and source,
// in the order they are first cited, with the story's articles that cite
// them (an article not among articles is named by its id alone).
func citations(rows []store.SourceRow, articles []store.ArticleRow) []citation {
	byID := make(map[int64]store.ArticleRow, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	var out []citation
	index := map[[2]string]int{}
	for _, r := range rows {
		id := r.Key
		if id == "" {
			id = r.Name
		}
		k := [2]string{r.Outlet, id}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, citation{Outlet: r.Outlet, Source: r.Name, Key: r.Key, Cue: r.Cue})
		}
		a, ok := byID[r.ArticleID]
		if !ok {
			a = store.ArticleRow{ID: r.ArticleID, Outlet: r.Outlet}
		}
		out[i].Articles = append(out[i].Articles, a)
	}
	return out
}

// storyPage is what the story template shows.
type storyPage struct {
	storyView
	Timeline *chart
	// Entities, Quotes and Sources are shown; FoldedEntities,
	// FoldedQuotes and FoldedSources follow them folded away.
	Entities, FoldedEntities []entityRow
	// MoreEntities and MoreQuotes count what the page leaves to the API.
	MoreEntities, MoreQuotes int
	Quotes, FoldedQuotes     []store.QuoteRow
	Sources, FoldedSources   []citation
	// ByLanguage and ByOutlet are the first rows of the spread tables,
	// FoldedByLanguage and FoldedByOutlet the rest.
	ByLanguage, FoldedByLanguage, ByOutlet, FoldedByOutlet []spread
	// ThreadRows are the thread's stories as the list shows them.
	ThreadRows []storyRow
	// Evidence are the articles that joined the story, with why; Starters
	// are those that started it (or a story merged into it).
	Evidence, Starters []store.ArticleRow
}

// entityRow is an entity with its forms ordered for display.
type entityRow struct {
	store.EntitySummary
	Forms []variantRow
}

func entityRows(list []store.EntitySummary) []entityRow {
	out := make([]entityRow, len(list))
	for i, e := range list {
		out[i] = entityRow{EntitySummary: e, Forms: variantRows(e.Variants)}
	}
	return out
}

// handleStory shows one story: its timeline, first report and spread,
// articles by language, entities, quotes, sources, the evidence that
// holds it together, and its thread.
func (s *server) handleStory(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "story")
	if err != nil {
		return err
	}
	v, err := loadStory(r.Context(), s.store, id)
	if err != nil {
		return s.storyMoved(w, r, id, err, storyURL)
	}
	p := storyPage{storyView: v, Entities: entityRows(v.Facts.Entities), Quotes: v.Facts.Quotes,
		ThreadRows: storyRows(v.Thread)}
	if len(p.Entities) > maxStoryEntities {
		p.MoreEntities = len(p.Entities) - maxStoryEntities
		p.Entities = p.Entities[:maxStoryEntities]
	}
	if len(p.Quotes) > maxStoryQuotes {
		p.MoreQuotes = len(p.Quotes) - maxStoryQuotes
		p.Quotes = p.Quotes[:maxStoryQuotes]
	}
	p.Entities, p.FoldedEntities = fold(p.Entities, shownEntities)
	p.Quotes, p.FoldedQuotes = fold(p.Quotes, shownQuotes)
	p.Sources, p.FoldedSources = fold(v.Sources, shownSources)
	p.ByLanguage, p.FoldedByLanguage = fold(v.ByLanguage, shownSpread)
	p.ByOutlet, p.FoldedByOutlet = fold(v.ByOutlet, shownSpread)
	for _, a := range v.Rows {
		if a.Evidence != nil {
			p.Evidence = append(p.Evidence, a)
		} else {
			p.Starters = append(p.Starters, a)
		}
	}
	total := 0
	for _, st := range v.Timeline {
		for _, part := range st.Parts {
			total += part.N
		}
	}
	if len(v.Timeline) > 0 {
		label := fmt.Sprintf("Articles per %s by language, %s to %s: %s", periodWord(v.Timeline),
			api.FormatDay(v.Timeline[0].Start), api.FormatDay(v.Timeline[len(v.Timeline)-1].End), plural(total, "dated article"))
		p.Timeline = barChart(v.Timeline, label, func(part stackPart) string {
			return plural(part.N, "article") + " in " + languageName(part.Series)
		})
	}
	s.render(w, r, http.StatusOK, "story", pageData{
		Title: v.Title,
		Feed:  storyURL(id) + "/feed.atom",
		JSON:  "/api/v1/stories/" + r.PathValue("id"),
		Body:  p,
	})
	return nil
}

// storyMoved answers the request for a story that failed with err: when
// the story no longer exists because consolidation or a merge moved its
// articles to another, with a permanent redirect to that story's address
// (url gives it), else as storyError does.
func (s *server) storyMoved(w http.ResponseWriter, r *http.Request, id int64, err error, url func(int64) string) error {
	if !isNotFound(err) {
		return err
	}
	to, rerr := s.store.Redirect(r.Context(), id)
	if rerr != nil {
		if isNotFound(rerr) {
			return storyError(err)
		}
		return rerr
	}
	http.Redirect(w, r, url(to), http.StatusMovedPermanently)
	return nil
}

// fold splits a list into the first n items, shown, and the rest, folded
// away.
func fold[T any](list []T, n int) (shown, folded []T) {
	if len(list) <= n {
		return list, nil
	}
	return list[:n], list[n:]
}

// storyError turns a missing story into a 404.
func storyError(err error) error {
	if isNotFound(err) {
		return errNotFound("There is no such story; it may have been merged into another one.")
	}
	return err
}

// Story returns the document of one story as GET /api/v1/stories/{id}
// answers it and `storyline story --json` prints it; the error wraps
// store.ErrNotFound when there is no such story.
func Story(ctx context.Context, st store.Store, id int64) (api.StoryDetail, error) {
	v, err := loadStory(ctx, st, id)
	if err != nil {
		return api.StoryDetail{}, err
	}
	return storyDocument(v), nil
}

// storyDocument is the API document of what the story page shows.
func storyDocument(v storyView) api.StoryDetail {
	out := api.StoryDetail{
		Story:       api.StoryOf(v.StorySummary),
		Names:       v.Names,
		Spread:      api.Spread{Languages: spreadRows(v.ByLanguage), Outlets: spreadRows(v.ByOutlet)},
		Timeline:    []api.Period{},
		ArticleList: api.Convert(v.Rows, api.ArticleOf),
		Entities:    api.Convert(v.Facts.Entities, api.EntityOf),
		Quotes:      api.Convert(v.Facts.Quotes, api.QuoteOf),
		Sources:     api.Convert(v.Facts.Sources, api.SourceOf),
		Thread:      api.Convert(v.Thread, api.StoryOf),
		Moves:       api.Convert(v.Moves, api.MoveOf),
	}
	if out.Names == nil {
		out.Names = []string{}
	}
	if v.First != nil {
		a := api.ArticleOf(*v.First)
		out.FirstReport = &a
	}
	for _, st := range v.Timeline {
		t := api.Period{Start: api.FormatDay(st.Start), End: api.FormatDay(st.End), Languages: map[string]int{}}
		for _, p := range st.Parts {
			t.Languages[p.Series] = p.N
		}
		out.Timeline = append(out.Timeline, t)
	}
	return out
}

func spreadRows(list []spread) []api.SpreadRow {
	out := make([]api.SpreadRow, len(list))
	for i, sp := range list {
		out[i] = api.SpreadRow{Key: sp.Key, Article: api.ArticleOf(sp.Article), Articles: sp.Articles}
		if sp.Dated {
			secs := int64(sp.Delay / time.Second)
			out[i].DelaySeconds = &secs
		}
	}
	return out
}

// handleAPIStory answers what the story page shows.
func (s *server) handleAPIStory(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "story")
	if err != nil {
		return err
	}
	doc, err := Story(r.Context(), s.store, id)
	if err != nil {
		return s.storyMoved(w, r, id, err, func(id int64) string { return "/api/v1/stories/" + strconv.FormatInt(id, 10) })
	}
	s.writeJSON(w, r, http.StatusOK, doc)
	return nil
}
