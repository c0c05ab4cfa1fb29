package eval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestDice(t *testing.T) {
	g := func(s string) map[[2]string]bool { // "a=1 b=1 c=2"
		out := Grouping{}
		for _, f := range strings.Fields(s) {
			var id int64
			path, v, _ := strings.Cut(f, "=")
			fmt.Sscan(v, &id)
			out[path] = id
		}
		return SameStoryPairs(out)
	}
	tests := []struct {
		a, b string
		want float64
	}{
		{"a=1 b=1 c=2", "a=7 b=7 c=8", 1},           // the same grouping under other ids
		{"a=1 b=1 c=1", "a=1 b=1 c=2", 2 * 1.0 / 4}, // 3 pairs against 1, one shared
		{"a=1 b=2", "a=1 b=3", 1},                   // no pairs on either side
		{"a=1 b=1", "a=1 b=2", 0},
	}
	for _, tt := range tests {
		if got := Dice(g(tt.a), g(tt.b)); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Dice(%s | %s) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestOrder runs Order with an ingest that groups the files of a run by
// their first letter: files of one letter in different runs end in
// different stories, as a clusterer that depended on batching would.
func TestOrder(t *testing.T) {
	files := []string{"a1", "a2", "b1", "b2", "b3", "c1"}
	var seen [][][]string
	ingest := func(_ context.Context, runs [][]string) (Grouping, error) {
		seen = append(seen, runs)
		g := Grouping{}
		for i, run := range runs {
			for _, f := range run {
				g[f] = int64(100*i) + int64(f[0])
			}
		}
		return g, nil
	}
	r, err := Order(context.Background(), files, 3, ingest)
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 || !slices.Equal(seen[1][0], []string{"c1", "b3", "b2", "b1", "a2", "a1"}) ||
		fmt.Sprint(seen[2]) != "[[a1 a2] [b1 b2] [b3 c1]]" {
		t.Fatalf("runs ingested: %q", seen)
	}
	// Forward and reverse: {a1 a2} {b1 b2 b3} {c1}, 4 pairs; in three
	// runs b3 is apart: 2 pairs, both shared.
	if r.Files != 6 || r.Articles != 6 || r.Runs != 3 || r.Reverse != 1 || math.Abs(r.Batched-2.0*2/6) > 1e-9 ||
		r.Pairs != [3]int{4, 4, 2} || r.Stories != [3]int{3, 3, 4} {
		t.Errorf("report %+v", r)
	}
	r, err = Order(context.Background(), files, 6, ingest)
	if err != nil {
		t.Fatal(err)
	}
	if r.Batched != 0 || r.Stories[2] != 6 {
		t.Errorf("one file a run: report %+v, want no pair in common", r)
	}
	if _, err := Order(context.Background(), files, 2, func(context.Context, [][]string) (Grouping, error) {
		return nil, errors.New("disk full")
	}); err == nil {
		t.Error("a failing ingest did not fail Order")
	}
}
