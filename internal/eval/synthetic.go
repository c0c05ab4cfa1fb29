package eval

import (
	"runtime"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/article"
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
func Synthetic(records []synth.Record, analyze Analyzer, opts story.Options) ClusterReport {
	docs := make([]story.Doc, len(records))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i] = analyze(recordArticle(records[i]))
			}
		}()
	}
	for i := range records {
		next <- i
	}
	close(next)
	wg.Wait()

	c := story.NewClusterer(opts, 0, nil)
	got := make([]int64, len(docs))
	into := map[int64]int64{}
	start := time.Now()
	for i, d := range docs {
		a, _ := c.Assign(d) // fails only when loading stored stories
		got[i] = a.Story.ID
		for _, m := range a.Merged {
			into[m] = a.Story.ID
		}
	}
	r := ClusterReport{Clustering: time.Since(start), Articles: len(records), Merges: len(into)}
	truth := make([]int64, len(records))
	for i := range got {
		for into[got[i]] != 0 {
			got[i] = into[got[i]]
		}
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
	precision, recall = ratioOf(tp, predicted), ratioOf(tp, actual)
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1, len(gotSize), len(trueSize), largest
}

func ratioOf(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
