package entity

import (
	gocontext "context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/analyze/tagger"
	"github.com/storyline/storyline/internal/lang/token"
)

// taggedCorpus is an invented annotated corpus: word/TAG, O left out. The
// names are made up, so the rules know none of them.
var taggedCorpus = []string{
	"Oskar/B-PER Brandt/I-PER said on Monday that Brightwater/B-ORG Council/I-ORG would open an office in Durnholt/B-LOC .",
	"The mayor of Tirrow/B-LOC , Tomas/B-PER Ardell/I-PER , met officials from Helix/B-ORG Mining/I-ORG .",
	"Helix/B-ORG Mining/I-ORG reported higher profits in New/B-LOC Karsa/I-LOC .",
	"Brandt/B-PER visited Velmora/B-LOC with staff of Quillon/B-ORG .",
	"Lena/B-PER Vasquez/I-PER spoke to Quillon/B-ORG about Durnholt/B-LOC and Tirrow/B-LOC .",
	"Ardell/B-PER thanked Brightwater/B-ORG Council/I-ORG in Velmora/B-LOC .",
}

// tinyModel trains a model of "en" on taggedCorpus.
func tinyModel(t *testing.T) *tagger.Model {
	t.Helper()
	var sents []tagger.Sentence
	for d, line := range taggedCorpus {
		s := tagger.Sentence{Doc: d}
		for _, f := range strings.Fields(line) {
			w, tag, _ := strings.Cut(f, "/")
			tg, ok := tagger.O, true
			if tag != "" {
				tg, ok = tagger.ParseTag(tag)
			}
			if !ok {
				t.Fatalf("bad tag in %q", f)
			}
			s.Words = append(s.Words, tagger.Word{Text: w})
			s.Tags = append(s.Tags, tg)
		}
		sents = append(sents, s)
	}
	m, err := tagger.Train(gocontext.Background(), "en", sents, tagger.Options{Epochs: 10, Bits: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestFinderUsesModel checks that with a model for the language the
// mentions are the tagger's names, typed as it says, and that without one
// (or with a model for another language only) the result is the rules'.
func TestFinderUsesModel(t *testing.T) {
	m := tinyModel(t)
	text := "Lena Vasquez said on Monday that Quillon would open an office in Velmora. Vasquez thanked Brightwater Council."
	title := "Helix Mining reported higher profits"
	places := testFinder().places

	// What the tagger says, sentence by sentence, as byte ranges.
	type span struct {
		text string
		typ  Type
	}
	var want []span
	words, toks := tagger.Words(text)
	second := slices.IndexFunc(words, func(w tagger.Word) bool { return w.Punct == "." })
	for _, r := range [][2]int{{0, second}, {second, len(words)}} {
		for _, sp := range tagger.Spans(m.Tag(words[r[0]:r[1]])) {
			a, b := toks[r[0]+sp.Start].Start, toks[r[0]+sp.End-1].End
			want = append(want, span{text[a:b], tagTypes[sp.Type]})
		}
	}
	if len(want) < 4 {
		t.Fatalf("the tiny model tags too little to test with: %v", want)
	}

	fd := NewFinder(places, 0, func(code string) *tagger.Model {
		if code == "en" {
			return m
		}
		return nil
	})
	r := fd.Find("en", token.NewSegment(title), token.NewSegment(text))
	var got []span
	for _, mt := range r.Mentions {
		got = append(got, span{mt.Text, mt.Type})
	}
	// The second pass adds later short mentions of what was found
	// ("Vasquez" of "Lena Vasquez"), so every tagged name must be there,
	// and every mention must be a tagged name or a word of one.
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("tagged %q (%s) not among the mentions %v", w.text, w.typ, got)
		}
	}
	for _, g := range got {
		ok := false
		for _, w := range want {
			ok = ok || g.typ == w.typ && strings.Contains(w.text, g.text)
		}
		if !ok {
			t.Errorf("mention %q (%s) is no tagged name: %v", g.text, g.typ, want)
		}
	}
	// The title's names count too.
	found := false
	for _, e := range r.Entities {
		found = found || e.Name == "Helix Mining" && e.Type == Organization
	}
	if !found {
		t.Errorf("the title's Helix Mining is not an organisation: %+v", r.Entities)
	}

	// Without a model for the language, the rules' result, names too.
	rules := NewFinder(places, 0, nil).Find("en", token.NewSegment(title), token.NewSegment(text))
	other := NewFinder(places, 0, func(code string) *tagger.Model {
		if code == "de" {
			return m
		}
		return nil
	}).Find("en", token.NewSegment(title), token.NewSegment(text))
	if !reflect.DeepEqual(rules, other) {
		t.Errorf("a model for another language changed the result:\n%+v\n%+v", rules, other)
	}
	if !reflect.DeepEqual(rules.Names, r.Names) {
		t.Errorf("the model changed the names of a cased script:\n%+v\n%+v", rules.Names, r.Names)
	}
	if reflect.DeepEqual(rules.Entities, r.Entities) {
		t.Errorf("the model changed nothing: %+v", r.Entities)
	}
}
