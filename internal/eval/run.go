package eval

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/pool"
	"github.com/storyline/storyline/internal/story"
)

// Report is the evaluation of one track.
type Report struct {
	// Track is "real" or "translated".
	Track        string
	Pairs        int
	Correlations []Correlation
	// Articles were clustered into Stories.
	Articles, Stories int
	SameStory         PRF
}

// DocFunc reduces an article to what story similarity compares; the
// pipeline's own analysis (analyze.Analyzer.Article, then story.DocOf) in
// practice.
type DocFunc func(article.Article) story.Doc

// Evaluate scores every pair with rarity weights from all the track's
// articles (story.Corpus), correlates the scores with the ratings, then
// clusters all the track's distinct articles, in
// order of their ids, and scores the same-story decisions.
func Evaluate(track string, pairs []Pair, docOf DocFunc, opts story.Options) Report {
	docs := analyzeArticles(pairs, docOf)
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if len(ids[i]) != len(ids[j]) {
			return len(ids[i]) < len(ids[j])
		}
		return ids[i] < ids[j]
	})
	all := make([]story.Doc, len(ids))
	for i, id := range ids {
		all[i] = docs[id]
	}
	corpus := story.NewCorpus(all)
	scores := make([]float64, len(pairs))
	for i, p := range pairs {
		a, b := p.ArticleIDs()
		scores[i] = corpus.Compare(docs[a], docs[b]).Value
	}
	clustered, _ := clusterInOrder(all, opts)
	storyOf := make(map[string]int64, len(ids))
	stories := map[int64]bool{}
	for i, id := range ids {
		storyOf[id] = clustered[i]
		stories[clustered[i]] = true
	}
	return Report{
		Track:        track,
		Pairs:        len(pairs),
		Correlations: Correlations(pairs, scores),
		Articles:     len(ids),
		Stories:      len(stories),
		SameStory: SameStory(pairs, func(p Pair) bool {
			a, b := p.ArticleIDs()
			return storyOf[a] == storyOf[b]
		}),
	}
}

// analyzeArticles analyses each distinct article of the pairs once, on
// all CPUs.
func analyzeArticles(pairs []Pair, docOf DocFunc) map[string]story.Doc {
	type job struct{ id, lang, text string }
	seen := map[string]bool{}
	var jobs []job
	for _, p := range pairs {
		a, b := p.ArticleIDs()
		for _, j := range []job{{a, p.Lang1, p.Text1}, {b, p.Lang2, p.Text2}} {
			if !seen[j.id] {
				seen[j.id] = true
				jobs = append(jobs, j)
			}
		}
	}
	docs := slices.Collect(pool.Map(context.Background(), 0, slices.Values(jobs), func(j job) story.Doc {
		title, body := SplitTitle(j.text)
		return docOf(article.Article{Title: title, Text: body, Language: j.lang})
	}))
	out := make(map[string]story.Doc, len(jobs))
	for i, j := range jobs {
		out[j.id] = docs[i]
	}
	return out
}

// clusterInOrder clusters docs in order with a new clusterer, then
// consolidates them all as ingest consolidates its window, and returns
// the story each ended in and the number of merges the clusterer made.
func clusterInOrder(docs []story.Doc, opts story.Options) ([]int64, int) {
	c := story.NewClusterer(opts, nil, nil)
	storyOf := make([]int64, len(docs))
	into := map[int64]int64{}
	for i, d := range docs {
		a, _ := c.Assign(d) // fails only when loading stored stories
		storyOf[i] = a.Story.ID
		for _, m := range a.Merged {
			into[m] = a.Story.ID
		}
	}
	members := make([]story.Member, len(docs))
	for i := range storyOf {
		for into[storyOf[i]] != 0 {
			storyOf[i] = into[storyOf[i]]
		}
		members[i] = story.Member{Article: int64(i), Hash: fmt.Sprintf("%08d", i), Story: storyOf[i], Profile: story.ArticleProfile(docs[i])}
	}
	r, _ := story.NewConsolidation(opts).Consolidate(members, nil, c.NewID) // a new clusterer's ids never fail
	for _, g := range r.Stories {
		for _, a := range g.Articles {
			storyOf[a] = g.Profile.ID
		}
	}
	return storyOf, len(into)
}
