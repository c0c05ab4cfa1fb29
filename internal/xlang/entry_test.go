package xlang

import (
	"reflect"
	"strings"
	"testing"
)

// TestParseEntry covers the layouts of the FreeDict dictionaries that
// storyline reads, one entry of each as the dictionary writes it.
func TestParseEntry(t *testing.T) {
	tests := []struct {
		name, text string
		want       entry
	}{
		{
			name: "deu-eng: tags, glued abbreviations and their pronunciations",
			text: "Regierung /reːɡˈiːrʊŋ/ <fem, n, sg>\n [pol.] government <n>Gov.,  /ɡˈoːf/ Govt.,  /ɡˈɔft/ , administration <n> [Am.]\n see: {Regierungen}\n",
			want: entry{heads: []string{"Regierung"}, senses: [][]string{{"government", "administration"}}},
		},
		{
			name: "deu-eng: examples, notes and synonyms are not translations",
			text: "Erdbeben /ɛɾdbˈeːbən/ <neut, n, sg>\nearthquake <n>, quake <n>\n      \"vom Erdbeben betroffen sein\"  - be affected by the earthquake\n         Note: Geologie\n   Synonym: {Beben}\n",
			want: entry{heads: []string{"Erdbeben"}, senses: [][]string{{"earthquake", "quake"}}},
		},
		{
			name: "deu-eng: a slash between headwords is no pronunciation",
			text: "Mann / Frau wie aus dem Modekatalog /mˈan frˈaʊ/\nfashion plate\n",
			want: entry{heads: []string{"Mann / Frau wie aus dem Modekatalog"}, senses: [][]string{{"fashion plate"}}},
		},
		{
			name: "pol-eng: a definition in Polish follows each sense",
			text: "nalewka /naˈlɛfka/ <n>\n1. infusion, tincture\n(farmacja) roślinny wyciąg alkoholowy\n2. liqueur, cordial\nalkoholowy napój\n",
			want: entry{heads: []string{"nalewka"}, senses: [][]string{{"infusion", "tincture"}, {"liqueur", "cordial"}}},
		},
		{
			name: "pol-eng: a sense number left at the end of a line",
			text: "dzienna zmiana /dʑˈɛnna/ <n>\nday shift 2.\ngrupa pracowników\n 3.\nokres czasu pracy\n",
			want: entry{heads: []string{"dzienna zmiana"}, senses: [][]string{{"day shift 2"}}},
		},
		{
			name: "eng-pol: roman numerals, grammar first, lettered sub-senses",
			text: "equivalent /ɪˈkwɪvələnt/\nI.  <Adj>  [form]  ekwiwalentny, odpowiadający\nII.  <N>  ekwiwalent, odpowiednik (of sth - czegoś)\n",
			want: entry{heads: []string{"equivalent"}, senses: [][]string{{"ekwiwalentny", "odpowiadający"}, {"ekwiwalent", "odpowiednik"}}},
		},
		{
			name: "eng-pol: a lettered sub-sense continues its sense",
			text: "within /wɪðˈɪn/ <Prep>\n 1.  wewnątrz\n 2.  a. w ramach\n b.\n      \"within budget\"  - w ramach budżetu\n",
			want: entry{heads: []string{"within"}, senses: [][]string{{"wewnątrz"}, {"w ramach"}}},
		},
		{
			name: "eng-tur: a domain in parentheses opens the sense; a sentence follows the translations",
			text: "aphasia /ɐfˈeɪziə/\n1. (tıb.) afazi, söz yitimi. auditory  aphasia söz sağırlığı.\n",
			want: entry{heads: []string{"aphasia"}, senses: [][]string{{"afazi", "söz yitimi"}}},
		},
		{
			name: "eng-tur: spelling variants in the headword",
			text: "nicaea , nicea /nɪkˈiə/\n1. İznik.\n",
			want: entry{heads: []string{"nicaea", "nicea"}, senses: [][]string{{"İznik"}}},
		},
		{
			name: "ara-eng: many senses, the first few kept",
			text: "الأورام /ʔalʔˈuːraːm/\n1. Bunions\n2. Neoplasms\n3. Swellings\n4. Tumours\n5. Tumors\n6. Tumescences\n",
			want: entry{heads: []string{"الأورام"}, senses: [][]string{{"Bunions"}, {"Neoplasms"}, {"Swellings"}, {"Tumours"}}},
		},
		{
			name: "eng-ara: a gloss after a dash",
			text: "Descartes /dɪskˈɑːts/\nديكارت - فيلسوف و عالم رياضيّات فرنسيّ\n",
			want: entry{heads: []string{"Descartes"}, senses: [][]string{{"ديكارت"}}},
		},
		{
			name: "an abbreviation as headword",
			text: "NIOSH /nˈɪoːʃ/\nNational Institute of Occupational Safety and Health\n",
			want: entry{},
		},
		{
			name: "long translations are definitions",
			text: "Atlanta /aˈtlãnta/ <pn>\nAtlanta, the capital and most populous city of Georgia\n",
			want: entry{heads: []string{"Atlanta"}, senses: [][]string{{"Atlanta"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parseEntry(tc.text)
			if len(got.heads) == 0 && len(tc.want.heads) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseEntry(%q)\n got %#v\nwant %#v", tc.text, got, tc.want)
			}
		})
	}
}

func TestParseIndexLine(t *testing.T) {
	tests := []struct {
		line string
		word string
		s    span
		ok   bool
	}{
		{"impfstoff\tBaX8\tBd", "impfstoff", span{off: 1<<18 + 26<<12 + 23<<6 + 60, n: 64 + 29}, true},
		{"الزلزال\tEonc\t3", "الزلزال", span{off: 4<<18 + 40<<12 + 39<<6 + 28, n: 55}, true},
		{"a\tA\tB\textra", "a", span{0, 1}, true},
		{"a\tA\tB\r", "a", span{0, 1}, true},
		{"no tabs", "", span{}, false},
		{"a\t!\tB", "", span{}, false},
		{"a\tAAAAAAAAAAA\tB", "", span{}, false}, // 66 bits: too long
	}
	for _, tc := range tests {
		word, s, err := parseIndexLine(tc.line)
		if ok := err == nil; ok != tc.ok || ok && (word != tc.word || s != tc.s) {
			t.Errorf("parseIndexLine(%q) = %q, %+v, %v; want %q, %+v, ok %v", tc.line, word, s, err, tc.word, tc.s, tc.ok)
		}
	}
}

func FuzzParseEntry(f *testing.F) {
	for _, name := range stubs {
		for _, e := range readStub(f, name) {
			f.Add(e)
		}
	}
	f.Add("x /x/\n1. a\n2. b\nI. c\n a. d\n b.\n")
	f.Add("<<<\n(((\n[[[\n/ / /\n")
	f.Fuzz(func(t *testing.T, text string) {
		e := parseEntry(text)
		if len(e.senses) > maxSenses {
			t.Fatalf("%d senses", len(e.senses))
		}
		for _, items := range e.senses {
			if len(items) == 0 || len(items) > maxItems {
				t.Fatalf("%d items", len(items))
			}
			for _, it := range items {
				if it == "" || wordCount(it) > maxItemWords || strings.ContainsAny(it, ",;") {
					t.Fatalf("bad item %q", it)
				}
			}
		}
		// Whatever the entry, building from it must not fail.
		b := newBuilder("de")
		b.addForward(e)
		b.addReverse(e)
		b.table()
	})
}

func FuzzParseIndexLine(f *testing.F) {
	f.Add("impfstoff\tBaX8\tBd")
	f.Add("a\tA\tB\textra")
	f.Fuzz(func(t *testing.T, line string) {
		word, s, err := parseIndexLine(line)
		if err != nil {
			return
		}
		if s.off < 0 || s.n < 0 || strings.Contains(word, "\t") {
			t.Fatalf("parseIndexLine(%q) = %q, %+v", line, word, s)
		}
	})
}
