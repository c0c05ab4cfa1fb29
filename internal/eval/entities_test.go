package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/analyze/analyzetest"
	"github.com/storyline/storyline/internal/article"
)

func TestNormalizeSurface(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talor Minsk", "talor minsk"},              // case-folded
		{"GROSSE Straße", "grosse strasse"},         // full case folding: ß is ss
		{"Ｖｅｌａ ﬁnance", "vela finance"},             // NFKC: full-width letters, ligatures
		{"Nor\u00adwind", "norwind"},                // the soft hyphen is invisible
		{"\u200fKarvan\u200e", "karvan"},            // directional marks are invisible
		{"نور\u200cآباد", "نورآباد"},                // ZWNJ is invisible
		{"كـــريم", "كريم"},                         // Arabic tatweel removed
		{"سَمِير", "سمير"},                          // Arabic diacritics removed
		{"أمين", "أمين"},                            // Arabic letters are not folded: alef with hamza stays
		{"  Nova \t  Terra\n", "nova terra"},        // white space collapsed and trimmed
		{"«Vela Corp.»", "vela corp"},               // surrounding quotes and punctuation stripped
		{"\"(Orlen)\"", "orlen"},                    // several layers of them
		{"`Dune`", "dune"},                          // grave accents used as quotes too
		{"O'Brady-Kent & Co.", "o'brady-kent & co"}, // punctuation inside stays
		{"...", ""},                                 // nothing left
		{"青山镇", "青山镇"},                              // Han unchanged
		{"İzgi", "i̇zgi"},                           // Turkish dotted capital I folds as Unicode says, on both sides alike
		{"\u201cMira  \u00a0Sol\u201d", "mira sol"}, // curly quotes; a no-break space is a space
		{"Kestrel \u2013", "kestrel"},               // a trailing dash is punctuation
		{"ﺑﻴﺮﻭﺕ", "بيروت"},                          // NFKC: Arabic presentation forms become letters
	}
	for _, tt := range tests {
		if got := normalizeSurface(tt.in); got != tt.want {
			t.Errorf("normalizeSurface(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAffix(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"talor minsk", "talor minsk", true},     // equal
		{"talor", "talor minsk", true},           // whole-word prefix
		{"minsk", "talor minsk", true},           // whole-word suffix
		{"talor minsk", "minsk", true},           // either side may be the shorter
		{"tal", "talor minsk", false},            // part of a word
		{"insk", "talor minsk", false},           // the end of a word
		{"b", "a b c", false},                    // a middle word is neither prefix nor suffix
		{"jean", "jean-pol aster", false},        // a hyphen does not separate words here
		{"青山", "青山镇", true},                      // Han: each character a word, two at least
		{"山镇", "青山镇", true},                      // Han suffix
		{"青", "青山镇", false},                      // one Han character is too short
		{"vela", "vela青山", true},                 // a Latin word before Han characters
		{"ab", "abc", false},                     // no Han, no space: not a word edge
		{"vela corp", "vela corporation", false}, // the last word must be whole
	}
	for _, tt := range tests {
		if got := affix(tt.a, tt.b); got != tt.want {
			t.Errorf("affix(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		x, o string
		want bool
	}{
		{"kelso cup", "kelso cup", true},            // equal
		{"kelso", "kelso cup", true},                // a whole word
		{"grand prix", "kelso grand prix", true},    // whole words in a row
		{"nordia", "nordia-reise", true},            // a hyphen-separated part
		{"reise", "nordia-reise", true},             // the last part
		{"nord", "nordia-reise", false},             // part of a word
		{"kelso prix", "kelso grand prix", false},   // words not in a row
		{"kelso cup final", "kelso cup", false},     // longer than the optional mention
		{"青山", "青山杯", true},                         // Han characters are words
		{"dia", "nordia dia", true},                 // a later occurrence counts
		{"cup", "kelsocup", false},                  // glued, not a word
		{"nordia reise", "nordia-reise", false},     // the separators must agree
		{"vela", "vela-nordia-reise", true},         // the first of several parts
		{"nordia-reise", "vela-nordia-reise", true}, // parts in a row
	}
	for _, tt := range tests {
		if got := within(tt.x, tt.o); got != tt.want {
			t.Errorf("within(%q, %q) = %v, want %v", tt.x, tt.o, got, tt.want)
		}
	}
}

// counts is what scoreDocument counts for one measure: predicted,
// predicted matched, gold, gold matched.
type counts [4]int

func scoreOf(s EntityScore) counts {
	return counts{s.Predicted, s.PredictedMatched, s.Gold, s.GoldMatched}
}

func TestScoreDocument(t *testing.T) {
	tests := []struct {
		name     string
		gold     []EntityName
		optional []string
		pred     []EntityName
		// want per measure: strict, notype, boundary, loose.
		want [numMeasures]counts
		// missed and wrong are the document's strict misses and false
		// predictions, normalised.
		missed, wrong []EntityName
	}{
		{
			name: "equal after normalisation, in both types' spellings",
			gold: []EntityName{{"Vela Corp", "organisation"}, {"VELA CORP", "organisation"}},
			pred: []EntityName{{"«Vela Corp.»", "organization"}},
			want: [numMeasures]counts{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}},
		},
		{
			name:   "the wrong type: a hit only when types are ignored",
			gold:   []EntityName{{"Orvado", "place"}},
			pred:   []EntityName{{"Orvado", "person"}},
			want:   [numMeasures]counts{{1, 0, 1, 0}, {1, 1, 1, 1}, {1, 0, 1, 0}, {1, 1, 1, 1}},
			missed: []EntityName{{"orvado", "place"}},
			wrong:  []EntityName{{"orvado", "person"}},
		},
		{
			name:   "a family name for the full name: a boundary hit",
			gold:   []EntityName{{"Talor Minsk", "person"}},
			pred:   []EntityName{{"Minsk", "person"}},
			want:   [numMeasures]counts{{1, 0, 1, 0}, {1, 0, 1, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}},
			missed: []EntityName{{"talor minsk", "person"}},
			wrong:  []EntityName{{"minsk", "person"}},
		},
		{
			name:   "a part of a longer name of another type: a loose hit",
			gold:   []EntityName{{"Brackwater council", "organisation"}},
			pred:   []EntityName{{"Brackwater", "place"}},
			want:   [numMeasures]counts{{1, 0, 1, 0}, {1, 0, 1, 0}, {1, 0, 1, 0}, {1, 1, 1, 1}},
			missed: []EntityName{{"brackwater council", "organisation"}},
			wrong:  []EntityName{{"brackwater", "place"}},
		},
		{
			name:     "inside an optional mention: neither hit nor false positive",
			gold:     []EntityName{{"Selbrunn", "place"}},
			optional: []string{"Gerdau-Brücke", "Kelso Cup"},
			pred:     []EntityName{{"Gerdau", "place"}, {"Kelso Cup", "organization"}, {"Selbrunn", "place"}},
			want:     [numMeasures]counts{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}},
		},
		{
			name:     "inside an optional mention but matching gold: a hit",
			gold:     []EntityName{{"Brenna", "place"}},
			optional: []string{"Brenna Valley Fair"},
			pred:     []EntityName{{"Brenna", "place"}},
			want:     [numMeasures]counts{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}},
		},
		{
			name:     "inside an optional mention, a boundary hit only: ignored by the exact measures",
			gold:     []EntityName{{"Port Ellery", "place"}},
			optional: []string{"Ellery Regatta"},
			pred:     []EntityName{{"Ellery", "place"}},
			want:     [numMeasures]counts{{0, 0, 1, 0}, {0, 0, 1, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}},
			missed:   []EntityName{{"port ellery", "place"}},
		},
		{
			name:  "two predictions of one gold name: both hits, the gold counted once",
			gold:  []EntityName{{"Dana Whitlock", "person"}},
			pred:  []EntityName{{"Dana Whitlock", "person"}, {"Whitlock", "person"}},
			want:  [numMeasures]counts{{2, 1, 1, 1}, {2, 1, 1, 1}, {2, 2, 1, 1}, {2, 2, 1, 1}},
			wrong: []EntityName{{"whitlock", "person"}},
		},
		{
			name: "a name that normalises to nothing is dropped on both sides",
			gold: []EntityName{{"«»", "person"}},
			pred: []EntityName{{"--", "person"}},
			want: [numMeasures]counts{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			types := map[string]*Measures{}
			doc := scoreDocument(EntityDoc{Gold: tt.gold, Optional: tt.optional}, tt.pred, func(typ string) *Measures {
				if types[typ] == nil {
					types[typ] = &Measures{}
				}
				return types[typ]
			})
			var sum Measures
			for _, m := range types {
				for i, s := range m.measures() {
					sum.measures()[i].add(*s)
				}
			}
			for i, s := range sum.measures() {
				if got := scoreOf(*s); got != tt.want[i] {
					t.Errorf("measure %d: (predicted, matched, gold, matched) = %v, want %v", i, got, tt.want[i])
				}
			}
			if got := scoreOf(doc.Strict); got != tt.want[strict] {
				t.Errorf("document's strict (predicted, matched, gold, matched) = %v, want %v", got, tt.want[strict])
			}
			if !slices.Equal(doc.Missed, tt.missed) || !slices.Equal(doc.Wrong, tt.wrong) {
				t.Errorf("missed %v, wrong %v; want %v, %v", doc.Missed, doc.Wrong, tt.missed, tt.wrong)
			}
		})
	}
}

// samplePredictions are what a finder is made to find in the documents of
// testdata/ner, by document id, so that the figures below follow from
// them whatever storyline's own finder does.
var samplePredictions = map[string][]article.Entity{
	"en-001": {
		{Type: "person", Mentions: []string{"Whitlock", "Dana Whitlock"}},
		{Type: "organization", Mentions: []string{"Corvane"}},             // boundary hit
		{Type: "place", Mentions: []string{"Port Ellery", "PORT ELLERY"}}, // one name after normalisation
		{Type: "place", Mentions: []string{"Ellery"}},                     // inside the optional "Ellery Regatta"; a boundary hit
		{Type: "organization", Mentions: []string{"Tuesday"}},             // false positive
	},
	"en-002": {
		{Type: "person", Mentions: []string{"Nils Varga"}},
		{Type: "place", Mentions: []string{"Brackwater"}}, // "Brackwater council" found loosely
	},
	"de-001": {
		{Type: "organization", Mentions: []string{"Halvos AG"}},
		{Type: "place", Mentions: []string{"Nordtal"}},
		{Type: "person", Mentions: []string{"Nordtaler"}}, // optional
		{Type: "place", Mentions: []string{"Brandauer"}},  // the wrong type: a loose hit
	},
	"de-002": {
		{Type: "place", Mentions: []string{"Gerdau"}},    // part of the optional "Gerdau-Brücke"
		{Type: "person", Mentions: []string{"Feldkamp"}}, // boundary hit
		{Type: "place", Mentions: []string{"Selbrunn"}},
	},
}

func TestEvaluateEntitiesSample(t *testing.T) {
	docs, err := ReadEntitySet(context.Background(), filepath.Join("testdata", "ner"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 || docs[0].ID != "de-001" || docs[3].ID != "en-002" || docs[1].Title != "Streit um die Gerdau-Brücke" {
		t.Fatalf("docs = %+v", docs)
	}
	r, err := EvaluateEntities(context.Background(), docs, func(d EntityDoc) ([]article.Entity, error) {
		return samplePredictions[d.ID], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Languages) != 2 || r.Languages[0].Language != "de" || r.Languages[1].Language != "en" {
		t.Fatalf("languages %+v", r.Languages)
	}
	de, en := r.Languages[0], r.Languages[1]
	// (predicted, matched, gold, matched) per measure, worked out by hand
	// from the predictions' comments.
	want := map[string][numMeasures]counts{
		"de": {{5, 3, 5, 3}, {5, 3, 5, 3}, {5, 4, 5, 4}, {5, 5, 5, 5}},
		"en": {{7, 5, 8, 5}, {7, 5, 8, 5}, {8, 7, 8, 6}, {8, 7, 8, 8}},
	}
	for _, l := range r.Languages {
		for i, s := range l.All.measures() {
			if got := scoreOf(*s); got != want[l.Language][i] {
				t.Errorf("%s measure %d: %v, want %v", l.Language, i, got, want[l.Language][i])
			}
		}
	}
	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", what, got, want)
		}
	}
	near("en strict P", en.All.Strict.Precision, 5.0/7)
	near("en strict R", en.All.Strict.Recall, 5.0/8)
	near("en strict F1", en.All.Strict.F1, 2.0/3)
	near("de boundary F1", de.All.Boundary.F1, 0.8)
	near("en loose F1", en.All.Loose.F1, 2*0.875/1.875)
	near("macro strict F1", r.Macro.All.Strict.F1, (2.0/3+0.6)/2)
	near("macro strict P", r.Macro.All.Strict.Precision, (5.0/7+0.6)/2)
	near("macro loose F1", r.Macro.All.Loose.F1, (2*0.875/1.875+1)/2)
	if r.Macro.Documents != 4 || r.Macro.All.Strict.Gold != 13 {
		t.Errorf("macro counts: %d documents, %d gold", r.Macro.Documents, r.Macro.All.Strict.Gold)
	}
	// Per type, English: the persons all found, no organisation exactly,
	// the places found but the optional "Ellery" ignored.
	wantTypes := []struct {
		typ string
		c   counts
	}{{"person", counts{3, 3, 3, 3}}, {"organisation", counts{2, 0, 3, 0}}, {"place", counts{2, 2, 2, 2}}}
	if len(en.Types) != 3 {
		t.Fatalf("en types %+v", en.Types)
	}
	for i, w := range wantTypes {
		if en.Types[i].Type != w.typ || scoreOf(en.Types[i].Strict) != w.c {
			t.Errorf("en %s strict: %s %v, want %v", w.typ, en.Types[i].Type, scoreOf(en.Types[i].Strict), w.c)
		}
	}
	// The macro mean per type: organisations, strict recall 0 in English
	// and 1 in German.
	near("macro organisation strict R", r.Macro.Types[1].Strict.Recall, 0.5)
}

func TestMacroLeavesFrenchApart(t *testing.T) {
	lang := func(code string, f1 float64) LanguageEntities {
		l := LanguageEntities{Language: code, Apart: reportedApart(code), Documents: 1}
		l.All.Strict = EntityScore{Gold: 10, F1: f1}
		l.Types = []TypeEntities{{Type: "person", Measures: l.All}}
		return l
	}
	m := macro([]LanguageEntities{lang("de", 0.4), lang("en", 0.6), lang("fr", 0.1)})
	if m.Documents != 2 || math.Abs(m.All.Strict.F1-0.5) > 1e-9 || m.All.Strict.Gold != 20 {
		t.Errorf("macro = %+v", m)
	}
	if m := macro([]LanguageEntities{lang("fr", 0.1)}); m.Documents != 0 || m.All.Strict.F1 != 0 {
		t.Errorf("macro of French alone = %+v", m)
	}
}

func TestReadEntitySetErrors(t *testing.T) {
	if _, err := ReadEntitySet(context.Background(), t.TempDir(), nil); err == nil {
		t.Error("an empty folder was read as a set")
	}
	if _, err := ReadEntitySet(context.Background(), filepath.Join("testdata", "ner"), []string{"xx"}); err == nil {
		t.Error("a missing language was read")
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "en", "articles"), 0o755)
	os.WriteFile(filepath.Join(dir, "en", "gold.json"), []byte(`{"a": [], "b": []}`), 0o644)
	os.WriteFile(filepath.Join(dir, "en", "articles", "a.json"), []byte(`{"text": "x"}`), 0o644)
	if _, err := ReadEntitySet(context.Background(), dir, nil); err == nil {
		t.Error("a gold entry without its article was accepted")
	}
}

// TestEvaluateEntitiesBench runs the evaluation with storyline's own
// finder on a few documents of the development set, when it is there.
func TestEvaluateEntitiesBench(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "ner")
	if _, err := os.Stat(filepath.Join(dir, "en", "gold.json")); err != nil {
		t.Skipf("no entity set at %s: %v", dir, err)
	}
	docs, err := ReadEntitySet(context.Background(), dir, []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	docs = docs[:min(len(docs), 8)]
	r, err := EvaluateEntities(context.Background(), docs, func(d EntityDoc) ([]article.Entity, error) {
		a := article.Article{Title: d.Title, Text: d.Text, Language: d.Language}
		return analyzetest.Analyze(a).Facts.Entities, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Languages) != 1 || r.Languages[0].Documents != len(docs) {
		t.Fatalf("report %+v", r)
	}
	m := r.Languages[0].All
	if m.Strict.Gold == 0 || m.Strict.GoldMatched == 0 {
		t.Errorf("nothing found: %+v", m.Strict)
	}
	// The measures loosen in order: every strict hit is a notype and a
	// boundary hit, and every one of those a loose hit.
	if m.Strict.GoldMatched > m.NoType.GoldMatched || m.Strict.GoldMatched > m.Boundary.GoldMatched ||
		m.NoType.GoldMatched > m.Loose.GoldMatched || m.Boundary.GoldMatched > m.Loose.GoldMatched {
		t.Errorf("measures out of order: %+v", m)
	}
	t.Logf("en, %d documents: strict F1 %.3f, loose F1 %.3f", len(docs), m.Strict.F1, m.Loose.F1)
}
