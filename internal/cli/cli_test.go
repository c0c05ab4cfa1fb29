package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/eval"
)

// run runs a command line and returns its exit code and output.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// seedsDir returns ../shared/seeds from the repository root, or skips.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seeds not found at %s (../shared beside the repository): %v", dir, err)
	}
	return dir
}

func decodeLines[T any](t *testing.T, s string) []T {
	t.Helper()
	var out []T
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var v T
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("decode %q: %v", s, err)
		}
		out = append(out, v)
	}
	return out
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, ExitUsage, "commands:"},
		{[]string{"--help"}, ExitOK, "ingest"},
		{[]string{"nonsense"}, ExitUsage, "unknown command"},
		{[]string{"ingest", "--help"}, ExitOK, "usage: storyline ingest"},
		{[]string{"help", "compare"}, ExitOK, "--pairs"},
		{[]string{"ingest"}, ExitUsage, "no PATH"},
		{[]string{"story", "--db", "x.db", "abc"}, ExitUsage, "positive number"},
		{[]string{"export", "--format", "csv"}, ExitUsage, "jsonl"},
		{[]string{"extract", "a.txt"}, ExitUsage, "--json is required"},
		{[]string{"compare", "a.txt"}, ExitUsage, "two files"},
		{[]string{"stories", "--bogus"}, ExitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out+errOut, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, out, errOut)
			}
		})
	}
}

type extractedLine struct {
	Path      string   `json:"path"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Published string   `json:"published"`
	Language  string   `json:"language"`
	Outlet    string   `json:"outlet"`
	URL       string   `json:"url"`
	Authors   []string `json:"authors"`
}

func TestExtractSeeds(t *testing.T) {
	dir := seedsDir(t)
	code, out, errOut := run(t, "extract", "--json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := decodeLines[extractedLine](t, out)
	if len(lines) != 5 {
		t.Fatalf("%d articles, want 5", len(lines))
	}
	wantLang := []string{"en", "en", "ar", "en", "en"}
	wantDate := []string{"2020-02-23", "", "", "", "2015-12-21"}
	keeps := map[int]string{
		0: "almost gave up power and requested asylum",
		2: "كان على وشك الهروب من سوريا",
		4: "opened a map of Syria",
	}
	chrome := []string{"Subscribe for our daily newsletter", "Most Read", "Leave a Reply", "Related posts",
		"اترك تعليقاً", "Forum List", "Gold Member", "Accessibility links"}
	for i, a := range lines {
		if a.Language != wantLang[i] {
			t.Errorf("%s: language %q, want %q", a.Path, a.Language, wantLang[i])
		}
		if wantDate[i] != "" && a.Published != wantDate[i] {
			t.Errorf("%s: published %q, want %q", a.Path, a.Published, wantDate[i])
		}
		if a.Title == "" {
			t.Errorf("%s: no title", a.Path)
		}
		for _, c := range chrome {
			if strings.Contains(a.Text, c) {
				t.Errorf("%s: body keeps chrome %q", a.Path, c)
			}
		}
		if k, ok := keeps[i]; ok && !strings.Contains(a.Text, k) {
			t.Errorf("%s: body lost %q", a.Path, k)
		}
		if a.Authors == nil {
			t.Errorf("%s: authors is null, want a list", a.Path)
		}
	}
}

func TestIngestTwiceKeepsFiveArticles(t *testing.T) {
	dir := seedsDir(t)
	db := filepath.Join(t.TempDir(), "s.db")
	for round := 1; round <= 2; round++ {
		code, _, errOut := run(t, "ingest", "--db", db, dir)
		if code != ExitOK {
			t.Fatalf("round %d: exit %d: %s", round, code, errOut)
		}
		want := "ingested 5, duplicates 0"
		if round == 2 {
			want = "ingested 0, duplicates 5"
		}
		if !strings.Contains(errOut, want) {
			t.Errorf("round %d summary lacks %q: %s", round, want, errOut)
		}
	}
	_, out, _ := run(t, "export", "--db", db, "--format", "jsonl")
	rows := decodeLines[api.Article](t, out)
	if len(rows) != 5 {
		t.Fatalf("export has %d articles, want 5", len(rows))
	}
	for _, r := range rows {
		if r.ID == 0 || r.Path == "" || r.Title == "" || r.Language == "" || r.StoryID == 0 {
			t.Errorf("incomplete export row %+v", r)
		}
	}
}

func TestIngestReportsBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"random.bin":  {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52},
		"empty.txt":   nil,
		"latin1.txt":  []byte("Der B\xfcrgermeister er\xf6ffnete die Br\xfccke am Montag."),
		"good.txt":    []byte("Harbour bridge reopens after repairs\n\nThe harbour bridge in Gdansk reopened on Monday after eight months of repairs, the city council said.\n\nThe works cost 41 million zloty, according to the council."),
		"notes.pdf":   []byte("%PDF-1.7 not really"),
		"broken.json": []byte(`{"title": "cut off`),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, errOut := run(t, "ingest", "--db", db, dir)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	for name, reason := range map[string]string{
		"random.bin": "binary", "empty.txt": "empty", "latin1.txt": "UTF-8", "notes.pdf": "unsupported", "broken.json": "JSON",
	} {
		found := false
		for _, line := range strings.Split(errOut, "\n") {
			if strings.Contains(line, name) && strings.Contains(line, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr names no %s with reason %q:\n%s", name, reason, errOut)
		}
	}
	if !strings.Contains(errOut, "ingested 1, duplicates 0, failed 5") {
		t.Errorf("summary wrong:\n%s", errOut)
	}
	_, out, _ := run(t, "export", "--db", db, "--format", "jsonl")
	rows := decodeLines[api.Article](t, out)
	if len(rows) != 1 || !strings.HasSuffix(rows[0].Path, "good.txt") {
		t.Errorf("stored %+v, want good.txt only", rows)
	}
}

func TestStoriesAndStory(t *testing.T) {
	dir := seedsDir(t)
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errOut := run(t, "ingest", "--db", db, dir); code != ExitOK {
		t.Fatalf("ingest: %s", errOut)
	}
	code, out, _ := run(t, "stories", "--db", db, "--json")
	if code != ExitOK {
		t.Fatal("stories failed")
	}
	var list struct {
		Stories []api.Story `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range list.Stories {
		total += s.Articles
		if s.ID == 0 || s.Title == "" || len(s.Languages) == 0 {
			t.Errorf("incomplete story %+v", s)
		}
	}
	if total != 5 {
		t.Errorf("stories hold %d articles, want 5", total)
	}
	code, out, _ = run(t, "story", "--db", db, fmt.Sprint(list.Stories[0].ID))
	if code != ExitOK || !strings.Contains(out, list.Stories[0].Title) {
		t.Errorf("story %d: exit %d\n%s", list.Stories[0].ID, code, out)
	}
	// The evidence is shown as written, as the API shows it.
	for _, s := range list.Stories {
		_, text, _ := run(t, "story", "--db", db, fmt.Sprint(s.ID))
		_, doc, _ := run(t, "story", "--db", db, "--json", fmt.Sprint(s.ID))
		var d api.StoryDetail
		if err := json.Unmarshal([]byte(doc), &d); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.ArticleList {
			if e := a.Evidence; e != nil {
				for _, shared := range [][]string{e.SharedNames, e.SharedTerms, e.SharedConcepts} {
					if want := strings.Join(shared, ", "); want != "" && !strings.Contains(text, "("+want+")") {
						t.Errorf("story %d: the text lacks the evidence %q:\n%s", s.ID, want, text)
					}
				}
			}
		}
	}
	// Flags may follow the arguments.
	code, out, _ = run(t, "story", fmt.Sprint(list.Stories[0].ID), "--db", db, "--json")
	if code != ExitOK || !strings.HasPrefix(out, "{") || !strings.Contains(out, `"article_list"`) {
		t.Errorf("story ID --db --json: exit %d\n%s", code, out)
	}
	if code, _, errOut := run(t, "story", "--db", db, "9999"); code != ExitFailure || !strings.Contains(errOut, "no story 9999") {
		t.Errorf("missing story: exit %d, %s", code, errOut)
	}
}

func TestComparePairs(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"Earthquake shakes Izmir\n\nA magnitude 6.4 earthquake struck Izmir on Tuesday, killing 12 people, officials said.",
		"Izmir quake toll rises\n\nThe toll of the magnitude 6.4 earthquake in Izmir rose to 12, the governor said on Wednesday.",
		"Central bank holds rates\n\nThe central bank kept its key rate at 4.5 percent on Thursday, citing slowing inflation.",
	}
	var paths []string
	for i, text := range texts {
		p := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var tsv strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&tsv, "p%d\t%s\t%s\n", i, paths[i%3], paths[(i+1)%3])
	}
	pairs := filepath.Join(dir, "pairs.tsv")
	if err := os.WriteFile(pairs, []byte(tsv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "compare", "--pairs", pairs)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1000 {
		t.Fatalf("%d output lines, want 1000", len(lines))
	}
	var scores [3]string
	for i, line := range lines {
		id, score, ok := strings.Cut(line, "\t")
		if !ok || id != fmt.Sprintf("p%d", i) {
			t.Fatalf("line %d = %q, want id p%d then a tab", i, line, i)
		}
		var v float64
		if _, err := fmt.Sscanf(score, "%g", &v); err != nil || v < 0 || v > 1 {
			t.Fatalf("line %d score %q not in [0,1]", i, score)
		}
		if scores[i%3] == "" {
			scores[i%3] = score
		} else if scores[i%3] != score {
			t.Fatalf("the same pair scored %s and %s", scores[i%3], score)
		}
	}
	var quake, unrelated float64
	fmt.Sscanf(scores[0], "%g", &quake)
	fmt.Sscanf(scores[1], "%g", &unrelated)
	if quake <= unrelated {
		t.Errorf("two reports of one quake score %v, no more than a quake and a rate decision (%v)", quake, unrelated)
	}
	// A missing file fails its pairs but not the others.
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("x\t"+paths[0]+"\t"+filepath.Join(dir, "gone.txt")+"\ny\t"+paths[0]+"\t"+paths[1]+"\n"), 0o644)
	code, out, errOut = run(t, "compare", "--pairs", bad)
	if code != ExitFailure || !strings.HasPrefix(out, "y\t") || !strings.Contains(errOut, "gone.txt") {
		t.Errorf("bad pairs: exit %d, out %q, err %q", code, out, errOut)
	}
}

// TestSeedsThread checks how the five seeds, all about Qassem Soleimani
// and Syria, are grouped: 000 and 002, one report in English and in
// Arabic, in one story; 001, 003 and 004 each in a story of its own; all
// five in one thread.
func TestSeedsThread(t *testing.T) {
	dir := seedsDir(t)
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errOut := run(t, "ingest", "--db", db, dir); code != ExitOK {
		t.Fatalf("ingest: %s", errOut)
	}
	_, out, _ := run(t, "export", "--db", db, "--format", "jsonl")
	storyOf := map[int64]bool{}
	seedStory := map[string]int64{}
	for _, r := range decodeLines[api.Article](t, out) {
		storyOf[r.StoryID] = true
		seedStory[filepath.Base(r.Path)[:3]] = r.StoryID
	}
	if len(seedStory) != 5 {
		t.Fatalf("stored seeds: %v", seedStory)
	}
	if seedStory["000"] != seedStory["002"] {
		t.Errorf("000 and 002 in stories %d and %d, want one", seedStory["000"], seedStory["002"])
	}
	for _, n := range []string{"001", "003", "004"} {
		for other, id := range seedStory {
			if other != n && id == seedStory[n] {
				t.Errorf("seed %s shares story %d with seed %s", n, id, other)
			}
		}
	}
	for id := range storyOf {
		code, out, errOut := run(t, "story", "--db", db, "--json", fmt.Sprint(id))
		if code != ExitOK {
			t.Fatalf("story %d: %s", id, errOut)
		}
		var s struct {
			Thread []api.Story `json:"thread"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		inThread := map[int64]bool{id: true}
		for _, o := range s.Thread {
			inThread[o.ID] = true
		}
		for other := range storyOf {
			if !inThread[other] {
				t.Errorf("story %d's thread lacks story %d", id, other)
			}
		}
	}
}

func TestEvalSynth(t *testing.T) {
	code, out, errOut := run(t, "eval", "synth", "--articles", "200", "--seed", "2")
	if code != ExitOK || !strings.Contains(out, "200 articles in") || !strings.Contains(out, "pairs: precision") {
		t.Fatalf("eval synth: exit %d, out %q, err %q", code, out, errOut)
	}
	if code, _, _ := run(t, "eval", "synth", "--articles", "0"); code != ExitUsage {
		t.Errorf("eval synth --articles 0: exit %d, want %d", code, ExitUsage)
	}
}

// TestEvalEntities scores the entities storyline finds in the sample set
// of the eval package; the figures themselves are the eval package's to
// test.
func TestEvalEntities(t *testing.T) {
	set := filepath.Join("..", "eval", "testdata", "ner")
	code, out, errOut := run(t, "eval", "entities", "--dict-dir=", "--set", set, "--json")
	if code != ExitOK {
		t.Fatalf("eval entities --json: exit %d: %s", code, errOut)
	}
	var r eval.EntityReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(r.Languages) != 2 || r.Languages[0].Language != "de" || r.Languages[1].All.Strict.Gold != 8 ||
		r.Macro.Documents != 4 || r.Macro.All.Strict.Gold != 13 {
		t.Errorf("report %s", out)
	}
	if r.Macro.All.Loose.Recall == 0 {
		t.Errorf("no gold entity found even loosely: %s", out)
	}
	code, out, errOut = run(t, "eval", "entities", "--dict-dir=", "--set", set, "--lang", "en")
	if code != ExitOK || !strings.Contains(out, "macro") || !strings.Contains(out, "per type:") ||
		!strings.Contains(out, "organisation") || strings.Contains(out, " de ") {
		t.Errorf("eval entities --lang en: exit %d, out %q, err %q", code, out, errOut)
	}
	if code, _, _ := run(t, "eval", "entities"); code != ExitUsage {
		t.Errorf("eval entities without --set: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "eval", "entities", "--dict-dir=", "--set", set, "--lang", "xx"); code == ExitOK {
		t.Error("eval entities --lang xx: a language the set lacks was scored")
	}
}

// TestReanalyze analyses the stored articles again, by the command's name
// and by its old name, which notes the renaming on stderr.
func TestReanalyze(t *testing.T) {
	dir := seedsDir(t)
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errOut := run(t, "ingest", "--db", db, dir); code != ExitOK {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	for _, name := range []string{"reanalyze", "analyze"} {
		code, _, errOut := run(t, name, "--db", db)
		if code != ExitOK || !strings.Contains(errOut, "analysed 5 articles") {
			t.Errorf("%s: exit %d: %s", name, code, errOut)
		}
		if renamed := strings.Contains(errOut, "renamed"); renamed != (name == "analyze") {
			t.Errorf("%s: note of the renaming %v: %s", name, renamed, errOut)
		}
	}
}

// TestEvalText extracts the articles of a small SemEval-like file, each
// one line with chrome run into it, and checks the report; with
// ../shared beside the repository it measures the SemEval training texts
// too: none may be rejected.
func TestEvalText(t *testing.T) {
	line := func(title, body string) string { return title + "  " + body }
	body := "The river burst its banks on Monday and flooded the lower town, officials said. Advertisement More than 300 people spent the night in the school gym. Please enable JavaScript to view the comments. The water is expected to fall by Wednesday."
	csvText := "pair_id,lang1,lang2,text1,text2,Overall\n" +
		`11_12,en,en,"` + line("River floods lower town", body) + `","` + line("Flood: water falls", strings.Repeat("The water fell by a metre overnight, the river authority said. ", 12)) + `",1.5` + "\n" +
		`13_11,de,en,"` + line("Hochwasser in der Unterstadt", strings.Repeat("Der Fluss trat am Montag über die Ufer, sagten die Behörden. ", 12)) + `","` + line("River floods lower town", body) + `",1` + "\n"
	path := filepath.Join(t.TempDir(), "pairs.csv")
	if err := os.WriteFile(path, []byte(csvText), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "eval", "text", "--pairs", path)
	if code != ExitOK || !strings.Contains(out, "3 articles") || !strings.Contains(out, "rejected 0;") || !strings.Contains(out, "or more: 3 (100.0%)") {
		t.Fatalf("eval text: exit %d, out %q, err %q", code, out, errOut)
	}
	if code, _, _ := run(t, "eval", "text"); code != ExitUsage {
		t.Errorf("eval text without --pairs: exit %d, want %d", code, ExitUsage)
	}

	train := filepath.Join("..", "..", "..", "shared", "bench", "semeval22", "train.csv")
	if _, err := os.Stat(train); err != nil {
		t.Skipf("SemEval training pairs not found at %s: %v", train, err)
	}
	code, out, errOut = run(t, "eval", "text", "--pairs", train)
	if code != ExitOK || !strings.Contains(out, "rejected 0;") {
		t.Fatalf("eval text on the SemEval training texts: exit %d, out %q, err %q", code, out, errOut)
	}
	t.Log(strings.SplitN(out, "\n", 3)[1])
}

// TestEvalOrder ingests a few example articles forward, in reverse and in
// runs, and checks the report's form; what the agreement is belongs to
// the clusterer.
func TestEvalOrder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"en-izmir-earthquake.txt", "de-izmir-erdbeben.txt", "fr-ferry-sardaigne.txt", "it-traghetto-incendio.txt", "en-voronov-verdict.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, "eval", "order", "--dir", dir, "--runs", "5")
	if code != ExitOK || !strings.Contains(out, "order: 5 files of") || !strings.Contains(out, "reverse, one run") ||
		!strings.Contains(out, "forward, 5 runs") {
		t.Fatalf("eval order: exit %d, out %q, err %q", code, out, errOut)
	}
	// The articles of a SemEval file, as JSON records kept in --records.
	csvText := "pair_id,lang1,lang2,text1,text2,Overall\n" +
		`21_22,en,de,"Ferry fire off Sardinia  A ferry caught fire off Sardinia on Sunday; all 212 passengers were rescued.","Fährbrand vor Sardinien  Vor Sardinien geriet am Sonntag eine Fähre in Brand; alle 212 Passagiere wurden gerettet.",1` + "\n"
	pairs := filepath.Join(t.TempDir(), "pairs.csv")
	if err := os.WriteFile(pairs, []byte(csvText), 0o644); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(t.TempDir(), "records")
	code, out, errOut = run(t, "eval", "order", "--pairs", pairs, "--records", records, "--runs", "2")
	if code != ExitOK || !strings.Contains(out, "order: 2 files of") {
		t.Fatalf("eval order --pairs: exit %d, out %q, err %q", code, out, errOut)
	}
	var rec map[string]string
	if data, err := os.ReadFile(filepath.Join(records, "22.json")); err != nil || json.Unmarshal(data, &rec) != nil ||
		rec["title"] != "Fährbrand vor Sardinien" || rec["language"] != "de" || !strings.HasPrefix(rec["text"], "Vor Sardinien") {
		t.Errorf("record 22: %v %v", rec, err)
	}
	for _, args := range [][]string{{"eval", "order"}, {"eval", "order", "--dir", dir, "--pairs", "x.csv"}, {"eval", "order", "--dir", dir, "--runs", "0"}} {
		if code, _, _ := run(t, args...); code != ExitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, ExitUsage)
		}
	}
}
