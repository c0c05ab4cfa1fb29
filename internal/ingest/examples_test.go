package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
)

// expectedGrouping is examples/expected.json: the stories the example
// corpus holds, each with the reason its articles belong together.
type expectedGrouping struct {
	Stories []struct {
		Name     string   `json:"name"`
		Why      string   `json:"why"`
		Articles []string `json:"articles"`
	} `json:"stories"`
}

// ingestDir ingests dir into a new store and returns each input's story,
// keyed by its path relative to dir.
func ingestDir(t *testing.T, dir string) (map[string]int64, Summary) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var failures []string
	sum, err := New(st, restest.Get(t), Options{Fail: func(err error) { failures = append(failures, err.Error()) }}).Run(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(failures) > 0 {
		t.Errorf("failed inputs: %s", strings.Join(failures, "\n"))
	}
	got := map[string]int64{}
	err = st.Articles(ctx, func(r store.ArticleRow) error {
		rel, err := filepath.Rel(dir, r.Path)
		got[filepath.ToSlash(rel)] = r.StoryID
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, sum
}

// TestExamplesGrouping ingests the bundled example corpus and checks that
// storyline reproduces the expected story grouping exactly. It also logs
// pairwise precision and recall, which say how far off a failure is.
func TestExamplesGrouping(t *testing.T) {
	root := filepath.Join("..", "..", "examples")
	raw, err := os.ReadFile(filepath.Join(root, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want expectedGrouping
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("expected.json: %v", err)
	}
	got, _ := ingestDir(t, filepath.Join(root, "articles"))

	wantStory := map[string]string{}
	for _, s := range want.Stories {
		for _, a := range s.Articles {
			wantStory[strings.TrimPrefix(a, "articles/")] = s.Name
		}
	}
	if len(got) != len(wantStory) {
		t.Errorf("%d articles stored, expected.json lists %d", len(got), len(wantStory))
	}
	var paths []string
	for p := range wantStory {
		if _, ok := got[p]; !ok {
			t.Errorf("%s: not stored", p)
			continue
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var tp, fp, fn int
	for i, a := range paths {
		for _, b := range paths[i+1:] {
			same, together := wantStory[a] == wantStory[b], got[a] == got[b]
			switch {
			case same && together:
				tp++
			case together:
				fp++
				t.Errorf("%s and %s share story %d, but are %q and %q", a, b, got[a], wantStory[a], wantStory[b])
			case same:
				fn++
				t.Errorf("%s (story %d) and %s (story %d) are both %q", a, got[a], b, got[b], wantStory[a])
			}
		}
	}
	precision, recall := ratio(tp, tp+fp), ratio(tp, tp+fn)
	t.Logf("pairwise precision %.3f, recall %.3f (%d same-story pairs)", precision, recall, tp+fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestExamplesEntities ingests the example corpus and checks that the
// earthquake story's entities hold none of the common nouns its German,
// Arabic and Persian reports are full of: nouns the German capitalises,
// and Arabic-script words the gazetteer has places for (جزيرة "island"
// is in Algeria's name, الهزة "the tremor" a town in China).
func TestExamplesEntities(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := filepath.Join("..", "..", "examples", "articles")
	if _, err := New(st, restest.Get(t), Options{}).Run(ctx, []string{dir}); err != nil {
		t.Fatal(err)
	}
	var quake int64
	err = st.Articles(ctx, func(r store.ArticleRow) error {
		if filepath.Base(r.Path) == "en-izmir-earthquake.txt" {
			quake = r.StoryID
		}
		return nil
	})
	if err != nil || quake == 0 {
		t.Fatalf("the earthquake story is not found: %v", err)
	}
	facts, err := st.StoryFacts(ctx, quake)
	if err != nil {
		t.Fatal(err)
	}
	common := map[string]bool{}
	for _, w := range []string{
		"Menschen", "Angaben", "Verschütteten", "Uhr", "Ortszeit", "Uhr Ortszeit", "Provinz", "Erdbeben", "Stärke",
		"Behörden", "Nachbeben", "Deutsche", "Ägäischen",
		"جزيرة", "الهزة", "خمس", "الزلزال", "جزیره", "زلزله", "ایرانی",
	} {
		common[strings.ToLower(w)] = true
	}
	var names []string
	for _, e := range facts.Entities {
		names = append(names, e.Name)
		if common[strings.ToLower(e.Name)] {
			t.Errorf("entity %q (%s) is a common noun", e.Name, e.Key)
		}
		for _, v := range e.Variants {
			if common[strings.ToLower(v.Text)] {
				t.Errorf("entity %q (%s) is written %q, a common noun", e.Name, e.Key, v.Text)
			}
		}
	}
	for _, want := range []string{"Izmir", "Seferihisar", "Nurhan Aksoy"} {
		if !slices.Contains(names, want) {
			t.Errorf("the earthquake story's entities %q lack %q", names, want)
		}
	}
}
