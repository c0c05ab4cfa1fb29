package eval

import (
	"context"
	"slices"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/pool"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/synth"
)

// ClusterReport scores a clustering against known true stories over all
// pairs of articles: a pair is positive when both articles belong to one
// true story, and predicted so when they were put in one story.
type ClusterReport struct {
	Articles, TrueStories, Stories int
	// Largest is the size of the largest story made.
	Largest int
	// Merges counts the stories merged into others.
	Merges int
	// Precision, Recall and F1 are over pairs.
	Precision, Recall, F1 float64
	// Clustering is the time spent assigning articles to stories.
	Clustering time.Duration
}

// Synthetic analyses a synthetic stream's articles on all CPUs, clusters
// them in stream order and scores the stories against the stream's true
// ones.
func Synthetic(records []synth.Record, docOf DocFunc, opts story.Options) ClusterReport {
	docs := slices.Collect(pool.Map(context.Background(), 0, slices.Values(records), func(r synth.Record) story.Doc {
		return docOf(recordArticle(r))
	}))

	start := time.Now()
	got, merges := clusterInOrder(docs, opts)
	r := ClusterReport{Clustering: time.Since(start), Articles: len(records), Merges: merges}
	truth := make([]int64, len(records))
	for i := range records {
		truth[i] = int64(records[i].Story)
	}
	r.Precision, r.Recall, r.F1, r.Stories, r.TrueStories, r.Largest = pairScores(got, truth)
	return r
}

// recordArticle is a synthetic record as extraction would give it.
func recordArticle(r synth.Record) article.Article {
	published, _ := time.Parse(time.RFC3339, r.Published)
	return article.Article{Title: r.Title, Text: r.Text, URL: r.URL, Published: published,
		Language: r.Language, Outlet: r.Source}
}

// pairScores compares two labellings of the same items over all pairs,
// counting pairs through the sizes of the groups and of their
// intersections rather than pair by pair.
func pairScores(got, truth []int64) (precision, recall, f1 float64, gotGroups, trueGroups, largest int) {
	type cell struct{ got, truth int64 }
	gotSize, trueSize, both := map[int64]int{}, map[int64]int{}, map[cell]int{}
	for i := range got {
		gotSize[got[i]]++
		trueSize[truth[i]]++
		both[cell{got[i], truth[i]}]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, predicted, actual float64
	for _, n := range both {
		tp += pairs(n)
	}
	for _, n := range gotSize {
		predicted += pairs(n)
		largest = max(largest, n)
	}
	for _, n := range trueSize {
		actual += pairs(n)
	}
	precision, recall = ratio(tp, predicted), ratio(tp, actual)
	return precision, recall, harmonicMean(precision, recall), len(gotSize), len(trueSize), largest
}
