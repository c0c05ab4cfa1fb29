package story

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/analyze/analyzetest"
)

func day(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }

// doc analyses an invented article.
func doc(lang, title, text string, published time.Time) Doc {
	return Doc{Title: title, Language: lang, Published: published, Analysis: analyzetest.Features(lang, title, text)}
}

var (
	quakeEN = doc("en", "Earthquake of magnitude 6.4 shakes Izmir",
		"A magnitude 6.4 earthquake struck off Seferihisar near Izmir on Saturday, killing 27 people and injuring 412, the disaster agency AFAD said. Governor Nurhan Aksoy said 3,900 people spent the night in tents.", day(14))
	quakeDE = doc("de", "Erdbeben der Stärke 6,4 erschüttert Izmir",
		"Ein Erdbeben der Stärke 6,4 hat am Samstag die Region um Izmir erschüttert. Nach Angaben der Katastrophenschutzbehörde AFAD starben 27 Menschen, 412 wurden verletzt. Gouverneur Nurhan Aksoy sagte, 3900 Menschen hätten in Zelten übernachtet.", day(14))
	rateFR = doc("fr", "Bank Al-Maghrib abaisse son taux directeur à 2,25 %",
		"La banque centrale du Maroc a abaissé mardi son taux directeur de 25 points de base, à 2,25 %, a annoncé son gouverneur Karim Bennani à Rabat. L'inflation devrait ralentir à 1,8 % cette année.", day(17))
	quakeLater = doc("en", "Aftershock of magnitude 4.9 hits Manisa",
		"A magnitude 4.9 aftershock hit Manisa on Thursday, a month after the Izmir earthquake; six people were lightly hurt, the governor's office said.", day(14).AddDate(0, 1, 2))
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Doc
		min, max float64
	}{
		{"same story across languages", quakeEN, quakeDE, 0.55, 1},
		{"different stories", quakeEN, rateFR, 0, 0.38},
		{"same place a month apart", quakeEN, quakeLater, 0, 0.38},
		{"identical", quakeEN, quakeEN, 0.77, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Compare(tt.a, tt.b)
			if s.Value < tt.min || s.Value > tt.max {
				t.Errorf("score %.3f not in [%.2f, %.2f]: %+v", s.Value, tt.min, tt.max, s)
			}
			if s.Value < 0 || s.Value > 1 || math.IsNaN(s.Value) {
				t.Errorf("score %v outside [0,1]", s.Value)
			}
		})
	}
	s := Compare(quakeEN, quakeDE)
	if !s.CrossLanguage || s.DaysApart != 0 || len(s.SharedNumbers) == 0 || len(s.SharedNames) == 0 {
		t.Errorf("evidence incomplete: %+v", s)
	}
}

func TestTimeFactor(t *testing.T) {
	tests := []struct {
		name        string
		t           time.Time
		first, last time.Time
		factor      float64
		days        float64
	}{
		{"inside the story", day(5), day(3), day(8), 1, 0},
		{"two days after", day(10), day(3), day(8), 1, 2},
		{"seventeen days before", day(1), day(18), day(20), math.Exp(-14.0 / 14), 17},
		{"undated article", time.Time{}, day(3), day(8), UndatedFactor, -1},
		{"undated story", day(3), time.Time{}, time.Time{}, UndatedFactor, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, d := timeFactor(tt.t, tt.first, tt.last)
			if math.Abs(f-tt.factor) > 1e-9 || math.Abs(d-tt.days) > 1e-9 {
				t.Errorf("timeFactor = %v, %v; want %v, %v", f, d, tt.factor, tt.days)
			}
		})
	}
}

func TestNumberSpecificity(t *testing.T) {
	tests := []struct {
		n    string
		want float64
	}{
		{"6.4", 1}, {"3900", 0.5}, {"1000", 0.1}, {"4512", 1}, {"412", 1}, {"15000000000", 0.8}, {"500000000", 0.5},
		{"27", 0.25}, {"100", 0.1}, {"20", 0.1},
	}
	for _, tt := range tests {
		if got := numberSpecificity(tt.n); got != tt.want {
			t.Errorf("numberSpecificity(%q) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestMatchKey(t *testing.T) {
	for in, want := range map[string]string{"hmbrgr": "hmbrg", "hmbrg": "hmbrg", "arn": "arn", "αθηνα": "αθηνα", "αθηναι": "αθηνα"} {
		if got := MatchKey(in); got != want {
			t.Errorf("MatchKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClustererGroupsAndSeparates(t *testing.T) {
	c := NewClusterer(Options{}, nil, nil)
	var ids []int64
	for _, d := range []Doc{quakeEN, rateFR, quakeDE, quakeLater} {
		a, err := c.Assign(d)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.Story.ID)
	}
	if ids[0] != ids[2] {
		t.Errorf("the English and German quake reports are in stories %d and %d", ids[0], ids[2])
	}
	if ids[1] == ids[0] || ids[3] == ids[0] || ids[3] == ids[1] {
		t.Errorf("unrelated articles share a story: %v", ids)
	}
	p := c.Story(ids[0])
	if p.Articles != 2 || p.Languages["en"] != 1 || p.Languages["de"] != 1 || !p.First.Equal(day(14)) {
		t.Errorf("profile = %+v", p)
	}
}

// memoryStore keeps profiles as the store would: copies, found by dates.
type memoryStore map[int64]Profile

func (m memoryStore) load(from, to time.Time, undated bool) ([]*Profile, error) {
	var out []*Profile
	for _, p := range m {
		if undated && p.First.IsZero() || !undated && !p.First.IsZero() && !p.Last.Before(from) && !p.First.After(to) {
			cp := p
			out = append(out, &cp)
		}
	}
	return out, nil
}

func TestClustererIsDeterministicAndResumable(t *testing.T) {
	docs := []Doc{quakeEN, rateFR, quakeDE, quakeLater, quakeEN, rateFR}
	run := func(split int) []int64 {
		stored := memoryStore{}
		// The store hands out the ids, from one run to the next.
		var last int64
		newID := func() (int64, error) {
			last++
			return last, nil
		}
		c := NewClusterer(Options{}, newID, stored.load)
		var ids []int64
		for i, d := range docs {
			if i == split {
				// A second ingest run starts from what the first stored.
				c = NewClusterer(Options{}, newID, stored.load)
			}
			a, err := c.Assign(d)
			if err != nil {
				t.Fatal(err)
			}
			stored[a.Story.ID] = *a.Story
			c.Sweep()
			ids = append(ids, a.Story.ID)
		}
		return ids
	}
	first := run(-1)
	for split := 1; split < len(docs); split++ {
		got := run(split)
		for i := range got {
			if got[i] != first[i] {
				t.Fatalf("resuming before article %d changed the stories: %v, want %v", split, got, first)
			}
		}
	}
}

func TestClustererLetsGoOfOldStories(t *testing.T) {
	stored := memoryStore{}
	c := NewClusterer(Options{Window: 7 * 24 * time.Hour}, nil, stored.load)
	add := func(d Doc) *Profile {
		a, err := c.Assign(d)
		if err != nil {
			t.Fatal(err)
		}
		stored[a.Story.ID] = *a.Story
		c.Sweep()
		return a.Story
	}
	quake := add(quakeEN)
	later := quakeDE
	later.Published = day(14).AddDate(0, 2, 0)
	add(later)
	if c.Stories() != 1 {
		t.Errorf("%d stories in memory two months on, want the new one only", c.Stories())
	}
	// An old report arrives late: its story is loaded again and joined.
	late := quakeDE
	late.Published = day(15)
	if got := add(late); got.ID != quake.ID || got.Articles != 2 {
		t.Errorf("the late report went to story %d (%d articles), want story %d", got.ID, got.Articles, quake.ID)
	}
}

func TestProfilePruning(t *testing.T) {
	p := newProfile(1, quakeEN, newSymbolTable(0))
	terms := map[string]float64{}
	for i := range 2 * maxProfileTerms {
		terms[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = float64(i%7) + 0.5
	}
	p.Terms = MakeFeatures(terms)
	p.prune()
	if p.Terms.Len() != maxProfileTerms {
		t.Errorf("%d terms after pruning, want %d", p.Terms.Len(), maxProfileTerms)
	}
	kept := p.Terms.Map()
	for k, w := range terms {
		if _, ok := kept[k]; !ok && w >= 4.5 {
			t.Errorf("pruning dropped %q of weight %v", k, w)
		}
	}
}

// TestMerge checks that two stories that an article shows to be one are
// merged into the older.
func TestMerge(t *testing.T) {
	rescue := doc("en", "Rescuers evacuate Paiporta after floods",
		"Rescuers evacuated 312 residents of Paiporta on Wednesday after flash floods swept through the town south of Valencia, mayor Maribel Albalat said. Streets were buried under mud and cars.", day(4))
	aid := doc("en", "Madrid pledges aid for flood-hit towns",
		"Prime Minister Pedro Sánchez pledged 10.6 billion euros in aid on Thursday for towns hit by the floods, speaking in Madrid after a cabinet meeting with minister Ángel Víctor Torres.", day(5))
	both := doc("en", "Sánchez visits Paiporta as flood aid reaches Valencia",
		"Pedro Sánchez visited Paiporta near Valencia on Friday, where rescuers evacuated 312 residents after the flash floods; mayor Maribel Albalat asked him when the 10.6 billion euros in aid pledged in Madrid with minister Ángel Víctor Torres would arrive.", day(6))
	c := NewClusterer(Options{}, nil, nil)
	first, _ := c.Assign(rescue)
	second, _ := c.Assign(aid)
	if !second.New {
		t.Fatalf("the aid report joined story %d (score %.3f); the test needs two stories", second.Story.ID, second.Score.Value)
	}
	third, _ := c.Assign(both)
	if third.Story.ID != first.Story.ID || len(third.Merged) != 1 || third.Merged[0] != second.Story.ID {
		t.Fatalf("bridge article: story %d, merged %v; want story %d absorbing %d", third.Story.ID, third.Merged, first.Story.ID, second.Story.ID)
	}
	if c.Story(second.Story.ID) != nil || c.Stories() != 1 {
		t.Errorf("merged story still held: %d stories", c.Stories())
	}
	if p := c.Story(first.Story.ID); p.Articles != 3 || !p.First.Equal(day(4)) || !p.Last.Equal(day(6)) {
		t.Errorf("merged profile: %d articles, %v to %v", p.Articles, p.First, p.Last)
	}
}

func TestEstimatedDates(t *testing.T) {
	dated := newProfile(1, Doc{Language: "en", Published: day(14)}, newSymbolTable(0))
	tests := []struct {
		name      string
		d         Doc
		max       float64
		daysApart float64
	}{
		{"undated, no estimate", Doc{}, UndatedFactor, -1},
		{"estimate close: no more than undated", Doc{estimated: day(13)}, UndatedFactor, 1},
		{"estimate far", Doc{estimated: day(14).AddDate(0, -2, 0)}, 0.2, 59},
		{"dated", Doc{Published: day(15)}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, days := articleTime(tt.d, dated)
			if f > tt.max || days != tt.daysApart {
				t.Errorf("factor %.3f, %v days apart; want at most %.3f, %v days", f, days, tt.max, tt.daysApart)
			}
		})
	}
	mentions := Doc{Written: []time.Time{day(2), day(9), day(14).AddDate(5, 0, 0)}, Arrived: day(14)}
	if got := estimate(mentions); !got.Equal(day(9)) {
		t.Errorf("estimate = %v, want the latest day written that is not after the arrival, %v", got, day(9))
	}
	if got := estimate(Doc{Mentioned: mentions.Written, Arrived: day(14)}); !got.IsZero() {
		t.Errorf("estimate from relative days only = %v, want none", got)
	}
	undated := newProfile(2, Doc{Language: "en", estimated: day(1)}, newSymbolTable(0))
	if f, _ := articleTime(Doc{Published: day(14).AddDate(0, 3, 0)}, undated); f > 0.2 {
		t.Errorf("a story estimated three months before the article: factor %.3f", f)
	}
}

// TestClustererReusesSlots runs months of news through a clusterer with a
// short window, so that stories are let go of, the posting lists compacted
// and the slots used again, and checks after every day that the index
// names no story for a feature it lacks and every story for each feature
// it holds, and that each story's second report joins it.
func TestClustererReusesSlots(t *testing.T) {
	c, created := runMonths(t, true)
	if len(c.slots) >= created {
		t.Errorf("%d slots for %d stories: none was used again", len(c.slots), created)
	}
}

// TestClustererCompactsSymbols checks that the texts of let-go stories
// leave the clusterer's symbol table when it compacts: after months of news
// it holds less than half the texts of a clusterer that never lets go,
// and a story saved before a compaction still reads as it was saved.
func TestClustererCompactsSymbols(t *testing.T) {
	c, _ := runMonths(t, true)
	all, _ := runMonths(t, false)
	if n, most := c.syms.len(), all.syms.len(); 2*n >= most {
		t.Errorf("symbol table of %d texts after compactions, %d without letting go: let-go texts kept", n, most)
	}
}

// runMonths runs 60 days of five stories a day, two reports each, through a
// clusterer with a three-day window, sweeping after each day when sweep is
// set, and checks the clusterer's index and decisions; it returns the
// clusterer and the number of stories created.
func runMonths(t *testing.T, sweep bool) (*Clusterer, int) {
	t.Helper()
	syllables := []string{"ka", "lo", "mi", "ter", "van", "dor", "su", "bel", "rin", "tos", "gar", "nex"}
	name := func(n int) string {
		s := ""
		for i := 0; i < 3; i++ {
			s += syllables[n%len(syllables)]
			n /= len(syllables)
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	report := func(story, variant int, at time.Time) Doc {
		who, where, other := name(3*story+1), name(3*story+2), name(3*story+3)
		topic := strings.ToLower(name(7*story+5) + name(story))
		title := fmt.Sprintf("%s in %s", who, where)
		text := fmt.Sprintf("%s came to %s with %d %s. %s met %s on %s.", who, where, 1000+story, topic, who, other, topic)
		if variant == 1 {
			text = fmt.Sprintf("In %s, %s and %s spoke of %s; %d %s.", where, who, other, topic, 1000+story, topic)
		}
		return doc("en", title, text, at)
	}
	stored := memoryStore{}
	c := NewClusterer(Options{Window: 3 * 24 * time.Hour}, nil, stored.load)
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	created := 0
	var first []byte // the first story as saved on the first day
	firstSaved := func() []byte {
		p := stored[1]
		b, err := json.Marshal(&p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for d := range 60 {
		for s := range 5 {
			story := 5*d + s
			var first int64
			for v := range 2 {
				a, err := c.Assign(report(story, v, start.AddDate(0, 0, d).Add(time.Duration(s*10+v)*time.Minute)))
				if err != nil {
					t.Fatal(err)
				}
				stored[a.Story.ID] = *a.Story
				switch {
				case v == 0 && !a.New:
					t.Fatalf("day %d: story %d's first report joined story %d", d, story, a.Story.ID)
				case v == 0:
					first = a.Story.ID
					created++
				case a.Story.ID != first:
					t.Fatalf("day %d: story %d's second report went to %d, not %d (score %+v)", d, story, a.Story.ID, first, a.Score)
				}
			}
		}
		if d == 0 {
			first = firstSaved()
		}
		if sweep {
			c.Sweep()
		}
		checkIndex(t, c)
	}
	if got := firstSaved(); !bytes.Equal(got, first) {
		t.Errorf("the first story saved reads %s after compactions, %s before", got, first)
	}
	return c, created
}

// checkIndex checks the clusterer's slots and posting lists against its
// stories.
func checkIndex(t *testing.T, c *Clusterer) {
	t.Helper()
	held := map[feature]map[int32]bool{}
	for f, slots := range c.index {
		held[f] = map[int32]bool{}
		for _, i := range slots {
			held[f][i] = true
			if p := c.slots[i].p; p != nil && !slices.Contains(profileFeatures(p), f) {
				t.Fatalf("slot %d (story %d) is listed for a feature it lacks", i, p.ID)
			}
		}
	}
	live := 0
	for i, s := range c.slots {
		if s.p == nil {
			continue
		}
		live++
		if c.byID[s.p.ID] != int32(i) {
			t.Fatalf("story %d is in slot %d, byID says %d", s.p.ID, i, c.byID[s.p.ID])
		}
		for _, f := range profileFeatures(s.p) {
			if !held[f][int32(i)] {
				t.Fatalf("story %d (slot %d) is missing from a posting list", s.p.ID, i)
			}
		}
	}
	if live != len(c.byID) {
		t.Fatalf("%d stories in slots, %d by id", live, len(c.byID))
	}
}
