package eval

import (
	"context"
	"fmt"
	"slices"
)

// Grouping is the story of each article, by the article's path.
type Grouping map[string]int64

// IngestRuns ingests the files of each run in turn, in order, into one new
// store, a run at a time as separate ingests would, and returns the
// grouping it stored.
type IngestRuns func(ctx context.Context, runs [][]string) (Grouping, error)

// OrderReport tells how much the stories depend on the order and batching
// in which the same files arrive.
type OrderReport struct {
	// Files were ingested into Articles articles; Runs is the number of
	// separate runs of the batched ingest.
	Files, Articles, Runs int
	// Stories and Pairs count the stories and the same-story pairs of
	// articles of each grouping: forward, reverse, in runs.
	Stories, Pairs [3]int
	// Reverse and Batched are the agreement of the reverse and the batched
	// groupings with the forward one: the Dice coefficient of their sets
	// of same-story pairs.
	Reverse, Batched float64
}

// Order ingests files forward (in the order given) in one run, in
// reverse in one run, and forward in runs separate runs of about equal
// size, each into a new store, and compares the groupings.
func Order(ctx context.Context, files []string, runs int, ingest IngestRuns) (OrderReport, error) {
	if runs < 1 {
		return OrderReport{}, fmt.Errorf("order: %d runs", runs)
	}
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	var batches [][]string
	for i := range runs {
		lo, hi := i*len(files)/runs, (i+1)*len(files)/runs
		if hi > lo {
			batches = append(batches, files[lo:hi])
		}
	}
	var groupings [3]Grouping
	for i, r := range [][][]string{{files}, {reversed}, batches} {
		g, err := ingest(ctx, r)
		if err != nil {
			return OrderReport{}, fmt.Errorf("order: %w", err)
		}
		groupings[i] = g
	}
	rep := OrderReport{Files: len(files), Articles: len(groupings[0]), Runs: len(batches)}
	var pairs [3]map[[2]string]bool
	for i, g := range groupings {
		pairs[i] = SameStoryPairs(g)
		rep.Pairs[i] = len(pairs[i])
		stories := map[int64]bool{}
		for _, id := range g {
			stories[id] = true
		}
		rep.Stories[i] = len(stories)
	}
	rep.Reverse = Dice(pairs[0], pairs[1])
	rep.Batched = Dice(pairs[0], pairs[2])
	return rep, nil
}

// SameStoryPairs returns the pairs of articles in one story, each pair
// in path order.
func SameStoryPairs(g Grouping) map[[2]string]bool {
	byStory := map[int64][]string{}
	for path, id := range g {
		byStory[id] = append(byStory[id], path)
	}
	out := map[[2]string]bool{}
	for _, paths := range byStory {
		slices.Sort(paths)
		for i := range paths {
			for j := i + 1; j < len(paths); j++ {
				out[[2]string{paths[i], paths[j]}] = true
			}
		}
	}
	return out
}

// Dice is the Dice coefficient of two sets of pairs, 2|A∩B| / (|A|+|B|);
// 1 when both are empty.
func Dice(a, b map[[2]string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	both := 0
	for p := range a {
		if b[p] {
			both++
		}
	}
	return 2 * float64(both) / float64(len(a)+len(b))
}
