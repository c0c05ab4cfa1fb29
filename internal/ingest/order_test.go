package ingest

import (
	"context"
	"fmt"
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

// TestSeedsOrderIndependent ingests the five seeds (../shared/seeds) in
// many orders, one file per run as --watch and the write API do, and in
// one run, and checks that every order gives the same stories: the
// English and Arabic reports of Hasan Flark's account (000, 002) in one
// story, the 2020 report of Assad's request to Soleimani (001), the
// Syrian minister's admission (003) and the 2015 profile of Suleimani
// (004) each in a story of its own, all four in one thread. With -short
// it runs every fifth order and the reverse; else all 120.
func TestSeedsOrderIndependent(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("seeds not found at %s (../shared beside the repository): %v", dir, err)
	}
	var files []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) != 5 {
		t.Fatalf("%d seeds, want 5", len(files))
	}
	want := "000+002 001 003 004"
	res := restest.Get(t)
	ctx := context.Background()
	// ingest runs each of runs in its own pipeline, as separate processes
	// would, and returns the stories as "000+002 001 ...".
	ingest := func(t *testing.T, runs [][]string) string {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, run := range runs {
			if _, err := New(st, res, Options{}).Run(ctx, run); err != nil {
				t.Fatal(err)
			}
		}
		groups := map[int64][]string{}
		err = st.Articles(ctx, func(r store.ArticleRow) error {
			groups[r.StoryID] = append(groups[r.StoryID], filepath.Base(r.Path)[:3])
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for id, g := range groups {
			slices.Sort(g)
			out = append(out, strings.Join(g, "+"))
			thread, err := st.Thread(ctx, id, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(thread) != len(groups) {
				t.Errorf("story %s: thread of %d stories, want all %d", strings.Join(g, "+"), len(thread), len(groups))
			}
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	if got := ingest(t, [][]string{files}); got != want {
		t.Errorf("one run: %s, want %s", got, want)
	}
	perms := permutations(len(files))
	for n, perm := range perms {
		reverse := slices.Equal(perm, []int{4, 3, 2, 1, 0})
		if testing.Short() && n%5 != 0 && !reverse {
			continue
		}
		runs := make([][]string, len(perm))
		for i, f := range perm {
			runs[i] = []string{files[f]}
		}
		if got := ingest(t, runs); got != want {
			t.Errorf("one file at a time in order %v: %s, want %s", perm, got, want)
		}
	}
}

// permutations returns every order of 0..n-1, in lexical order.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, rest := range permutations(n - 1) {
		for at := 0; at <= len(rest); at++ {
			p := append(slices.Clone(rest[:at]), n-1)
			out = append(out, append(p, rest[at:]...))
		}
	}
	sort.Slice(out, func(i, j int) bool { return slices.Compare(out[i], out[j]) < 0 })
	return out
}

func TestPermutations(t *testing.T) {
	ps := permutations(3)
	if got := fmt.Sprint(ps); got != "[[0 1 2] [0 2 1] [1 0 2] [1 2 0] [2 0 1] [2 1 0]]" {
		t.Errorf("permutations(3) = %s", got)
	}
}
