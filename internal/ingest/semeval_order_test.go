package ingest

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
)

var semevalPairs = flag.String("semeval", "", "SemEval-2022 Task 8 pairs (CSV with texts): TestSemEvalOrder ingests their articles as JSON records in several orders and batchings")

// TestSemEvalOrder ingests the articles of the SemEval pairs (-semeval)
// as JSON records forward in one run, in reverse in one run and forward in
// 15 runs, and checks that the groupings agree: the Dice coefficient of
// their same-story pairs is at least 0.97 between forward and reverse and
// 0.98 between one run and 15.
func TestSemEvalOrder(t *testing.T) {
	if *semevalPairs == "" {
		t.Skip("no -semeval pairs file")
	}
	f, err := os.Open(*semevalPairs)
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := eval.ReadPairs(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	type record struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Text     string `json:"text"`
		Language string `json:"language"`
		// URL names the article, which the test finds its story by.
		URL string `json:"url"`
	}
	seen := map[string]bool{}
	var records []record
	for _, p := range pairs {
		if p.Translated {
			continue
		}
		a, b := p.ArticleIDs()
		for _, r := range []struct{ id, lang, text string }{{a, p.Lang1, p.Text1}, {b, p.Lang2, p.Text2}} {
			if seen[r.id] {
				continue
			}
			seen[r.id] = true
			title, body := eval.SplitTitle(r.text)
			records = append(records, record{r.id, title, body, r.lang, "https://semeval.example/" + r.id})
		}
	}
	slices.SortFunc(records, func(a, b record) int {
		if len(a.ID) != len(b.ID) {
			return len(a.ID) - len(b.ID)
		}
		return compareStrings(a.ID, b.ID)
	})
	dir := t.TempDir()
	write := func(name string, rs []record) string {
		path := filepath.Join(dir, name)
		var buf []byte
		for _, r := range rs {
			line, _ := json.Marshal(r)
			buf = append(append(buf, line...), '\n')
		}
		if err := os.WriteFile(path, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	reversed := slices.Clone(records)
	slices.Reverse(reversed)
	ctx := context.Background()
	res := restest.Get(t)
	// grouping ingests the runs into a new store and returns each
	// article's story by its URL.
	grouping := func(runs ...string) map[string]int64 {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, run := range runs {
			if _, err := New(st, res, Options{}).Run(ctx, []string{run}); err != nil {
				t.Fatal(err)
			}
		}
		out := map[string]int64{}
		err = st.Articles(ctx, func(r store.ArticleRow) error {
			out[r.URL] = r.StoryID
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	forward := grouping(write("forward.jsonl", records))
	backward := grouping(write("reverse.jsonl", reversed))
	var runs []string
	for i := range 15 {
		lo, hi := i*len(records)/15, (i+1)*len(records)/15
		runs = append(runs, write("run"+string(rune('a'+i))+".jsonl", records[lo:hi]))
	}
	fifteen := grouping(runs...)
	fr, ff := dice(forward, backward), dice(forward, fifteen)
	t.Logf("%d articles: forward vs reverse %.3f, one run vs 15 runs %.3f", len(forward), fr, ff)
	if fr < 0.97 || ff < 0.98 {
		t.Errorf("agreement forward/reverse %.3f (want 0.97), one/15 runs %.3f (want 0.98)", fr, ff)
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// dice is the Dice coefficient of the same-story pairs of two groupings
// of the same articles: 1 when they group alike.
func dice(a, b map[string]int64) float64 {
	pairs := func(g map[string]int64) map[[2]string]bool {
		byStory := map[int64][]string{}
		for k, s := range g {
			byStory[s] = append(byStory[s], k)
		}
		out := map[[2]string]bool{}
		for _, ks := range byStory {
			slices.Sort(ks)
			for i := range ks {
				for _, k := range ks[i+1:] {
					out[[2]string{ks[i], k}] = true
				}
			}
		}
		return out
	}
	pa, pb := pairs(a), pairs(b)
	if len(pa)+len(pb) == 0 {
		return 1
	}
	both := 0
	for p := range pa {
		if pb[p] {
			both++
		}
	}
	return 2 * float64(both) / float64(len(pa)+len(pb))
}
