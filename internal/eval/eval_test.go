package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/analyze/analyzetest"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/synth"
)

const sample = `Unnamed: 0,pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone
1,100_200,en,en,"Quake hits Izmir  A 6.4 quake struck.","Izmir quake toll rises  Toll rose to 27.",1,1,1,1,1.0,1,1
2,300_400,de,en,"Zinsentscheid  Die Bank senkt.","Ferry fire  Two dead.",4,4,4,4,4.0,4,4
3,500zh_600,zh,en,"地震  伊兹密尔发生地震。","Quake  Text.",1,1,1,1,2.0,1,1
`

func TestReadPairs(t *testing.T) {
	pairs, err := ReadPairs(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 3 {
		t.Fatalf("%d pairs, want 3", len(pairs))
	}
	p := pairs[1]
	if p.ID != "300_400" || p.Languages() != "de-en" || p.Overall != 4 || p.Target() != 0 || p.Translated {
		t.Errorf("pair = %+v", p)
	}
	if a, b := p.ArticleIDs(); a != "300" || b != "400" {
		t.Errorf("ArticleIDs = %s, %s", a, b)
	}
	if !pairs[2].Translated || pairs[0].Translated {
		t.Error("translated track not told apart by the id's language suffix")
	}
	if _, err := ReadPairs(strings.NewReader("pair_id,lang1\n1,en\n")); err == nil {
		t.Error("a file without the needed columns was read")
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, title, body string }{
		{"Quake hits Izmir  A 6.4 quake struck.", "Quake hits Izmir", "A 6.4 quake struck."},
		{"No title here. Just text.", "", "No title here. Just text."},
	}
	for _, tt := range tests {
		if title, body := SplitTitle(tt.in); title != tt.title || body != tt.body {
			t.Errorf("SplitTitle(%q) = %q, %q", tt.in, title, body)
		}
	}
}

func TestPearson(t *testing.T) {
	tests := []struct {
		xs, ys []float64
		want   float64
	}{
		{[]float64{1, 2, 3}, []float64{2, 4, 6}, 1},
		{[]float64{1, 2, 3}, []float64{3, 2, 1}, -1},
		{[]float64{1, 2, 3, 4}, []float64{1, 3, 2, 4}, 0.8},
	}
	for _, tt := range tests {
		if got := Pearson(tt.xs, tt.ys); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Pearson(%v, %v) = %v, want %v", tt.xs, tt.ys, got, tt.want)
		}
	}
	if !math.IsNaN(Pearson([]float64{1, 1}, []float64{1, 2})) {
		t.Error("Pearson of a constant is not NaN")
	}
}

func TestSameStoryAndCorrelations(t *testing.T) {
	pairs := []Pair{
		{ID: "1_2", Lang1: "en", Lang2: "en", Overall: 1},   // positive, together: TP
		{ID: "3_4", Lang1: "en", Lang2: "en", Overall: 1.5}, // positive, apart: FN
		{ID: "5_6", Lang1: "de", Lang2: "en", Overall: 3.5}, // negative, together: FP
		{ID: "7_8", Lang1: "de", Lang2: "en", Overall: 4},   // negative, apart: TN
		{ID: "9_10", Lang1: "en", Lang2: "en", Overall: 2},  // neither: left out
	}
	together := map[string]bool{"1_2": true, "5_6": true, "9_10": true}
	r := SameStory(pairs, func(p Pair) bool { return together[p.ID] })
	if r.TP != 1 || r.FN != 1 || r.FP != 1 || r.TN != 1 || r.Precision != 0.5 || r.Recall != 0.5 || r.F1 != 0.5 {
		t.Errorf("SameStory = %+v", r)
	}
	cs := Correlations(pairs, []float64{1, 0.8, 0.2, 0, 0.5})
	if cs[0].Group != "overall" || cs[0].Pairs != 5 || cs[1].Group != "en" || cs[1].Pairs != 3 || cs[2].Group != "de-en" {
		t.Errorf("Correlations = %+v", cs)
	}
}

func TestPairScores(t *testing.T) {
	tests := []struct {
		name       string
		got, truth []int64
		p, r, f1   float64
		largest    int
	}{
		{"perfect", []int64{1, 1, 2, 2}, []int64{7, 7, 8, 8}, 1, 1, 1, 2},
		{"all in one", []int64{1, 1, 1, 1}, []int64{7, 7, 8, 8}, 2.0 / 6, 1, 0.5, 4},
		{"all apart", []int64{1, 2, 3, 4}, []int64{7, 7, 8, 8}, 0, 0, 0, 1},
		{"one split", []int64{1, 1, 2, 3}, []int64{7, 7, 8, 8}, 1, 0.5, 2.0 / 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f1, _, _, largest := pairScores(tt.got, tt.truth)
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f1-tt.f1) > 1e-9 || largest != tt.largest {
				t.Errorf("pairScores = P %v R %v F1 %v largest %d, want %v %v %v %d", p, r, f1, largest, tt.p, tt.r, tt.f1, tt.largest)
			}
		})
	}
}

func TestSynthetic(t *testing.T) {
	s := synth.New(synth.Options{Articles: 300, Seed: 3})
	var recs []synth.Record
	for r, ok := s.Next(); ok; r, ok = s.Next() {
		recs = append(recs, r)
	}
	an := func(a article.Article) story.Doc {
		return story.Doc{Title: a.Title, Language: a.Language, Published: a.Published, Analysis: analyzetest.Analyze(a).Analysis}
	}
	r := Synthetic(recs, an, story.Options{})
	if r.Articles != 300 || r.TrueStories == 0 || r.Stories == 0 || r.Largest > 300 {
		t.Fatalf("report %+v", r)
	}
	// Stories told apart by their own names and places cluster far above
	// chance.
	if r.F1 < 0.3 {
		t.Errorf("synthetic stream clustered with F1 %.3f: %+v", r.F1, r)
	}
}
