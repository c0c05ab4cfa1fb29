package tagger

import (
	"bytes"
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/gazetteer"
)

func TestSpans(t *testing.T) {
	for _, c := range []struct {
		why  string
		tags []Tag
		want []Span
	}{
		{"no names", []Tag{O, O}, nil},
		{"a two-word person and a place", []Tag{BPer, IPer, O, BLoc}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"two names of one type in a row", []Tag{BOrg, BOrg, IOrg}, []Span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"an I- tag without its B- starts a name", []Tag{O, ILoc, ILoc}, []Span{{1, 3, "LOC"}}},
		{"an I- tag of another type starts a name", []Tag{BPer, IOrg}, []Span{{0, 1, "PER"}, {1, 2, "ORG"}}},
	} {
		if got := Spans(c.tags); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Spans(%v) = %v, want %v", c.why, c.tags, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		why, text string
		want      []Word
	}{
		{"punctuation goes with the word after it", `Mr. Quillon, of "Velmora" said`,
			[]Word{{"Mr", ""}, {"Quillon", "."}, {"of", ","}, {"Velmora", `"`}, {"said", `"`}}},
		{"a Han run is cut into characters", "新华社电：王",
			[]Word{{"新", ""}, {"华", ""}, {"社", ""}, {"电", ""}, {"王", "："}}},
		{"a dotted acronym loses its dots as lang/token gives it", "the U.S. team",
			[]Word{{"the", ""}, {"US", ""}, {"team", ""}}},
	} {
		got, toks := Words(c.text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Words(%q) = %q, want %q", c.why, c.text, got, c.want)
		}
		for i, tok := range toks {
			if c.text[tok.Start:tok.End] != got[i].Text && !strings.Contains(c.text[tok.Start:tok.End], ".") {
				t.Errorf("%s: token %d at %d:%d is %q, word %q", c.why, i, tok.Start, tok.End, c.text[tok.Start:tok.End], got[i].Text)
			}
		}
	}
}

func TestSplitApostrophe(t *testing.T) {
	tests := []struct{ in, text, clitic string }{
		{"Velora'dan", "Velora", "'dan"},
		{"Orvado’s", "Orvado", "'s"},
		{"dell'Orvado", "Orvado", "dell'"},
		{"l'anno", "anno", "l'"},
		{"O'Brennan", "O'Brennan", ""},
		{"Velora'Dan", "Velora'Dan", ""},
		{"Velora'", "Velora'", ""},
		{"Velora'larından", "Velora'larından", ""},
		{"Velora", "Velora", ""},
	}
	for _, tt := range tests {
		if text, clitic := splitApostrophe(tt.in); text != tt.text || clitic != tt.clitic {
			t.Errorf("splitApostrophe(%q) = %q, %q, want %q, %q", tt.in, text, clitic, tt.text, tt.clitic)
		}
	}
}

func TestStartPunct(t *testing.T) {
	tests := []struct{ gap, want string }{
		{". ", ""},
		{". «", "«"},
		{"\n", ""},
		{"。", ""},
		{", ", ","},
		{" (", "("},
	}
	for _, tt := range tests {
		if got := StartPunct(tt.gap); got != tt.want {
			t.Errorf("StartPunct(%q) = %q, want %q", tt.gap, got, tt.want)
		}
	}
}

func TestShapes(t *testing.T) {
	for _, c := range []struct{ word, long, short string }{
		{"Velmora", "Xxxxx", "Xx"},
		{"NATO", "XXXX", "X"},
		{"COVID-19", "XXXX-dd", "X-d"},
		{"القاهرة", "aaaa", "a"},
		{"O'Neil", "X'Xxxx", "X'Xx"},
	} {
		if l, s := shapes(c.word); l != c.long || s != c.short {
			t.Errorf("shapes(%q) = %q, %q, want %q, %q", c.word, l, s, c.long, c.short)
		}
	}
}

func TestViterbiKeepsIOB2(t *testing.T) {
	// The words alone say I-PER first and I-LOC after O: IOB2 forbids
	// both, so the best allowed tags are B-PER, then B-LOC I-LOC.
	scores := []float32{
		0, 1, 5, 0, 0, 0, 0,
		1, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 1, 5, 0, 0,
	}
	var trans [(numTags + 1) * numTags]float32
	got := viterbi(scores, &trans, nil)
	for i, tag := range got {
		prev := -1
		if i > 0 {
			prev = int(got[i-1])
		}
		if !allowed(prev, tag) {
			t.Fatalf("viterbi = %v: %v may not follow %d", got, tag, prev)
		}
	}
	if want := []Tag{BPer, BLoc, ILoc}; !reflect.DeepEqual(got, want) {
		t.Errorf("viterbi = %v, want %v", got, want)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "# doc a\nDer\tO\nSPD-Chef\tO\n,\tO\nOlaf\tB-PER\nScholz\tI-PER\n.\tO\n\n" +
		"Euro-Asia\tB-ORG\nBank\tI-ORG\n\n# doc b\nx\tO\n\n" +
		"Velora\tB-LOC\n'dan\tO\ndell'\tO\nOrvado\tB-LOC\n'\tO\ns\tO\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []Word{{"Der", ""}, {"SPD", ""}, {"Chef", "-"}, {"Olaf", ","}, {"Scholz", ""}}, Tags: []Tag{O, O, O, BPer, IPer}},
		{Words: []Word{{"Euro", ""}, {"Asia", "-"}, {"Bank", ""}}, Tags: []Tag{BOrg, IOrg, IOrg}},
		{Words: []Word{{"x", ""}}, Tags: []Tag{O}, Doc: 1},
		// A suffix after an apostrophe joins its word, as text writes it;
		// an elided word stays apart, as the annotated sets write it.
		{Words: []Word{{"Velora'dan", ""}, {"dell", ""}, {"Orvado", ""}, {"s", "'"}}, Tags: []Tag{BLoc, O, BLoc, O}, Doc: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadCoNLL =\n%+v\nwant\n%+v", got, want)
	}
	for _, bad := range []string{"word without tab\n", "w\tB-MISC\n"} {
		if _, err := ReadCoNLL(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCoNLL(%q): no error", bad)
		}
	}
}

// TestLearnsTinyCorpus trains on an invented corpus and checks that the
// model, written and read back, tags its sentences and a new one.
func TestLearnsTinyCorpus(t *testing.T) {
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(context.Background(), "en", sents, Options{Epochs: 8, Bits: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := Train(context.Background(), "en", sents, Options{Epochs: 8, Bits: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	again.WriteTo(&buf2)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("two trainings on the same data give different models")
	}
	m, err = Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	for _, sent := range sents {
		s.Add(sent.Tags, m.Tag(sent.Words))
	}
	if s.F1() < 0.99 {
		t.Errorf("F1 on the training sentences = %.3f, want 1", s.F1())
	}
	words, _ := Words("Yesterday Lena Vasquez left Port Askel for Norven Bank.")
	got := Spans(m.Tag(words))
	want := []Span{{1, 3, "PER"}, {4, 6, "LOC"}, {7, 9, "ORG"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tag(%q) gives %v, want %v", "Yesterday Lena Vasquez ...", got, want)
	}
}

func TestLoadRejects(t *testing.T) {
	dense := make([]float32, 256*int(numTags))
	copy(dense[3*int(numTags):], []float32{1, 0, -2, 0, 0, 0, 0.5})
	m := newModel("en", 8, new([(numTags + 1) * numTags]float32), dense)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	good := buf.Bytes()
	if _, err := Load(bytes.NewReader(good)); err != nil {
		t.Fatalf("Load of a written model: %v", err)
	}
	for _, c := range []struct {
		why string
		in  []byte
	}{
		{"empty", nil},
		{"other magic", append([]byte("XXXX"), good[4:]...)},
		{"other version", append(append([]byte("STGR"), 9), good[5:]...)},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte{}, good...), 0)},
	} {
		if _, err := Load(bytes.NewReader(c.in)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Load error %v, want ErrFormat", c.why, err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	dense := make([]float32, 256*int(numTags))
	copy(dense, []float32{1, 0, -2, 0, 0, 0, 0.5})
	copy(dense[200*int(numTags):], []float32{0, 0, 3, 0, 0, 0, 0})
	m := newModel("de", 8, new([(numTags + 1) * numTags]float32), dense)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("STGR\x01\x02en\x08"))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Load(bytes.NewReader(in))
		if err != nil {
			return
		}
		// A model that loads tags, and writes and loads again.
		words, _ := Words("Ein Test in Berlin.")
		if tags := m.Tag(words); len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		var out bytes.Buffer
		if _, err := m.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(&out); err != nil {
			t.Fatalf("reloading: %v", err)
		}
	})
}

func TestMarkPlaces(t *testing.T) {
	places, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		why, code, text string
		want            []string
	}{
		{"a two-word city, a country; lower-case words are not looked up", "en", "From New York to Syria, nice",
			[]string{"", "B-city", "I-city", "", "B-country", ""}},
		{"Han characters are looked up two to four at a time; 北部 \"the north\" is a region's name too: a feature, not a verdict", "zh", "在叙利亚北部",
			[]string{"", "B-country", "I-country", "I-country", "B-region", "I-region"}},
		{"an Arabic proclitic is read off", "ar", "في بدمشق",
			[]string{"", "B-city"}},
		{"a German genitive s is read off; not in English", "de", "Syriens Norden",
			[]string{"B-country", ""}},
		{"a German genitive s is read off; not in English", "en", "Syrias north",
			[]string{"", ""}},
	} {
		words, _ := Words(c.text)
		infos := sentenceInfo(c.code, words, places)
		var got []string
		for _, in := range infos {
			got = append(got, in.place)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: places of %q = %q, want %q", c.why, c.text, got, c.want)
		}
	}
}

func TestDir(t *testing.T) {
	if _, err := OpenDir(t.TempDir()+"/missing", nil, 0); err == nil {
		t.Error("OpenDir of a missing directory: no error")
	}
	dir := t.TempDir()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(context.Background(), "en", sents, Options{Epochs: 2, Bits: 12, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/"+FileName("en"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/"+FileName("de"), []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := OpenDir(dir, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := d.Model("en"); err != nil || got == nil || got.Lang != "en" {
		t.Errorf(`Model("en") = %v, %v; want the model`, got, err)
	}
	if again, _ := d.Model("en"); again == nil {
		t.Error(`Model("en") a second time: nil`)
	} else if first, _ := d.Model("en"); first != again {
		t.Error(`Model("en") read the model twice`)
	}
	if got, err := d.Model("es"); got != nil || err != nil {
		t.Errorf(`Model("es") without a file = %v, %v; want nil, nil`, got, err)
	}
	for _, code := range []string{"../en", "", "EN", "e", "engl"} {
		if got, err := d.Model(code); got != nil || err != nil {
			t.Errorf(`Model(%q) = %v, %v; want nil, nil`, code, got, err)
		}
	}
	if _, err := d.Model("de"); !errors.Is(err, ErrFormat) {
		t.Errorf(`Model("de") of a bad file: %v; want ErrFormat`, err)
	}
}

func TestNounClass(t *testing.T) {
	tests := []struct {
		code, fold string
		want       byte
	}{
		{"de", "menschen", noun},
		{"de", "uhr", noun},
		{"de", "orvadohaus", nounTail}, // an invented compound of "Haus"
		{"de", "orvado", notNoun},
		{"de", "haus", noun},
		{"en", "haus", notNoun}, // only German has the lexicon
	}
	for _, tt := range tests {
		if got := nounClass(tt.code, tt.fold); got != tt.want {
			t.Errorf("nounClass(%q, %q) = %d, want %d", tt.code, tt.fold, got, tt.want)
		}
	}
}
