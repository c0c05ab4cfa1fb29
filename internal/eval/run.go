package eval

import (
	"runtime"
	"sort"
	"sync"

	"github.com/storyline/storyline/internal/article"
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

// Analyzer turns an article into what story similarity compares; the
// pipeline's own analysis (ingest.Prepare) in practice.
type Analyzer func(article.Article) story.Doc

// Evaluate scores every pair with rarity weights from all the track's
// articles (story.Corpus), correlates the scores with the ratings, then
// clusters all the track's distinct articles, in
// order of their ids, and scores the same-story decisions.
func Evaluate(track string, pairs []Pair, analyze Analyzer, opts story.Options) Report {
	docs := analyzeArticles(pairs, analyze)
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
	c := story.NewClusterer(opts, 0, nil)
	storyOf := make(map[string]int64, len(ids))
	mergedInto := map[int64]int64{}
	for _, id := range ids {
		a, _ := c.Assign(docs[id]) // fails only when loading stored stories
		storyOf[id] = a.Story.ID
		for _, m := range a.Merged {
			mergedInto[m] = a.Story.ID
		}
	}
	stories := map[int64]bool{}
	for id, s := range storyOf {
		for mergedInto[s] != 0 {
			s = mergedInto[s]
		}
		storyOf[id] = s
		stories[s] = true
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
func analyzeArticles(pairs []Pair, analyze Analyzer) map[string]story.Doc {
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
	docs := make([]story.Doc, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				title, body := SplitTitle(jobs[i].text)
				docs[i] = analyze(article.Article{Title: title, Text: body, Language: jobs[i].lang})
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	out := make(map[string]story.Doc, len(jobs))
	for i, j := range jobs {
		out[j.id] = docs[i]
	}
	return out
}
