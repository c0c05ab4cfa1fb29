package story

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestConsolidateOrderIndependent regroups the same articles given in
// many orders, and in stories an online clusterer might have made of
// them, and checks that the groups are always the same: the two quake
// reports together, the rate decision and the aftershock a month on each
// apart.
func TestConsolidateOrderIndependent(t *testing.T) {
	docs := map[string]Doc{"quakeEN": quakeEN, "quakeDE": quakeDE, "rateFR": rateFR, "quakeLater": quakeLater}
	names := []string{"quakeEN", "quakeDE", "rateFR", "quakeLater"}
	want := "quakeDE+quakeEN quakeLater rateFR"
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 20 {
		order := slices.Clone(names)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		// Stories as arrival left them: all in one, or each alone.
		var ms []Member
		for i, n := range order {
			storyID := int64(1)
			if run%2 == 1 {
				storyID = int64(i + 1)
			}
			ms = append(ms, Member{Article: int64(i + 1), Hash: n, Story: storyID, Profile: ArticleProfile(docs[n])})
		}
		next := int64(100)
		r, err := NewConsolidation(Options{}).Consolidate(ms, nil, func() (int64, error) { next++; return next, nil })
		if err != nil {
			t.Fatal(err)
		}
		if got := groupsOf(ms, r); got != want {
			t.Errorf("order %v, stories %v: %s, want %s", order, storiesOf(ms), got, want)
		}
	}
}

// TestRegroupKeepsIDs checks that a story keeps its id when a group holds
// most of its articles, that the stories a group merges are recorded as
// merged into it, and that a group holding most of no story is new.
func TestRegroupKeepsIDs(t *testing.T) {
	ms := []Member{{Article: 1, Hash: "a", Story: 7}, {Article: 2, Hash: "b", Story: 7}, {Article: 3, Hash: "c", Story: 7},
		{Article: 4, Hash: "d", Story: 9}, {Article: 5, Hash: "e", Story: 4}, {Article: 6, Hash: "f", Story: 4}}
	for i := range ms {
		ms[i].Profile = ArticleProfile(Doc{Title: ms[i].Hash, Language: "en"})
	}
	// a, b and d together; c alone; e and f stay together as they were.
	groups := [][]int{{0, 1, 3}, {2}, {4, 5}}
	r, err := regroup(ms, groups, func() (int64, error) { return 20, nil })
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range r.Stories {
		ids = append(ids, fmt.Sprint(s.Profile.ID, s.Articles))
	}
	if got := strings.Join(ids, " "); got != "7 [1 2 4] 20 [3]" {
		t.Errorf("regrouped %s, want 7 [1 2 4] 20 [3] (story 4 unchanged)", got)
	}
	if !slices.Equal(r.Removed, []int64{9}) {
		t.Errorf("removed %v, want [9]", r.Removed)
	}
	wantMoves := []Move{{From: 9, Into: 7, Articles: 1, Merged: true}, {From: 7, Into: 20, Articles: 1}}
	if !slices.Equal(r.Moves, wantMoves) {
		t.Errorf("moves %+v, want %+v", r.Moves, wantMoves)
	}
}

// groupsOf shows the groups after a regrouping, each as its members'
// hashes joined by "+", sorted.
func groupsOf(ms []Member, r Regrouping) string {
	storyOf := map[int64]int64{}
	for _, m := range ms {
		storyOf[m.Article] = m.Story
	}
	for _, s := range r.Stories {
		for _, a := range s.Articles {
			storyOf[a] = s.Profile.ID
		}
	}
	groups := map[int64][]string{}
	for _, m := range ms {
		groups[storyOf[m.Article]] = append(groups[storyOf[m.Article]], m.Hash)
	}
	var out []string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, strings.Join(g, "+"))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func storiesOf(ms []Member) []int64 {
	var out []int64
	for _, m := range ms {
		out = append(out, m.Story)
	}
	return out
}
