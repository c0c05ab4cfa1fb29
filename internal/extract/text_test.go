package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/lang/fold"
)

// textWant is the expected result for a page in testdata/text: NAME.txt is
// the page, NAME.want.json what must come out of it. Fields left out are
// not checked; "published": "" means no date may be found.
type textWant struct {
	Comment        string    `json:"comment"`
	Title          *string   `json:"title"`
	TitlePrefix    string    `json:"title_prefix"`
	Published      *string   `json:"published"`
	Authors        *[]string `json:"authors"`
	Outlet         *string   `json:"outlet"`
	MustContain    []string  `json:"must_contain"`
	MustNotContain []string  `json:"must_not_contain"`
}

// checkText compares an extracted article with what is wanted and returns
// how many must_contain and must_not_contain checks held.
func checkText(t *testing.T, name string, a article.Article, w textWant) (kept, dropped int) {
	t.Helper()
	if w.Title != nil && a.Title != *w.Title {
		t.Errorf("%s: title = %q, want %q", name, a.Title, *w.Title)
	}
	if w.TitlePrefix != "" && !strings.HasPrefix(a.Title, w.TitlePrefix) {
		t.Errorf("%s: title = %q, want prefix %q", name, a.Title, w.TitlePrefix)
	}
	if w.Published != nil {
		if got := article.FormatDate(a.Published, a.DateOnly); got != *w.Published {
			t.Errorf("%s: published = %q, want %q", name, got, *w.Published)
		}
	}
	if w.Authors != nil && !slices.Equal(a.Authors, *w.Authors) && (len(a.Authors) > 0 || len(*w.Authors) > 0) {
		t.Errorf("%s: authors = %q, want %q", name, a.Authors, *w.Authors)
	}
	if w.Outlet != nil && a.Outlet != *w.Outlet {
		t.Errorf("%s: outlet = %q, want %q", name, a.Outlet, *w.Outlet)
	}
	for _, s := range w.MustContain {
		if strings.Contains(a.Text, s) {
			kept++
		} else {
			t.Errorf("%s: body lacks %q", name, s)
		}
	}
	for _, s := range w.MustNotContain {
		if !strings.Contains(a.Text, s) {
			dropped++
		} else {
			t.Errorf("%s: body keeps %q", name, s)
		}
	}
	checkParagraphs(t, name, a.Text)
	return kept, dropped
}

// checkParagraphs checks the body's form: paragraphs separated by exactly
// one blank line, none empty, no stray white space.
func checkParagraphs(t *testing.T, name, text string) {
	t.Helper()
	if text == "" {
		return
	}
	if !utf8.ValidString(text) {
		t.Errorf("%s: body is not valid UTF-8", name)
	}
	for i, p := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(p) == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") {
			t.Errorf("%s: paragraph %d is malformed: %q", name, i, p)
		}
	}
}

// TestExtractTextPages runs the extractor over the invented pages in
// testdata/text; add a case by adding NAME.txt and NAME.want.json.
func TestExtractTextPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 8 {
		t.Fatalf("found %d pages in testdata/text, want at least 8", len(pages))
	}
	var kept, dropped, wantKept, wantDropped int
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			wdata, err := os.ReadFile(strings.TrimSuffix(page, ".txt") + ".want.json")
			if err != nil {
				t.Fatal(err)
			}
			var w textWant
			if err := json.Unmarshal(wdata, &w); err != nil {
				t.Fatalf("%s.want.json: %v", name, err)
			}
			k, d := checkText(t, name, extractText(string(raw)), w)
			kept, dropped = kept+k, dropped+d
			wantKept, wantDropped = wantKept+len(w.MustContain), wantDropped+len(w.MustNotContain)
		})
	}
	// Passage-level scores: recall over the passages that must be kept,
	// precision as the share of chrome passages kept out.
	recall := float64(kept) / float64(max(wantKept, 1))
	precision := float64(dropped) / float64(max(wantDropped, 1))
	f1 := 0.0
	if recall+precision > 0 {
		f1 = 2 * recall * precision / (recall + precision)
	}
	t.Logf("%d pages: kept %d/%d required passages (recall %.2f), dropped %d/%d chrome passages (precision %.2f), F1 %.2f",
		len(pages), kept, wantKept, recall, dropped, wantDropped, precision, f1)
}

// seedsDir holds real scraped pages shared by the project, outside the repo.
const seedsDir = "../../../shared/seeds"

// TestExtractTextSeeds checks the extractor on the real scraped pages.
func TestExtractTextSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed pages not found at %s: %v", seedsDir, err)
	}
	str := func(s string) *string { return &s }
	chrome := []string{
		"Subscribe for our daily newsletter", "Most Read", "Leave a Reply", "Related posts", "اترك تعليقاً",
		"Forum List", "Gold Member", "Accessibility links",
	}
	tests := []struct {
		prefix string
		want   textWant
	}{
		{"000_", textWant{
			Title:     str("Assad almost resigned but Soleimani convinced him to continue - report"),
			Published: str("2020-02-23"),
			Authors:   &[]string{"JERUSALEM POST STAFF"},
			Outlet:    str("The Jerusalem Post"),
			MustContain: []string{
				"almost gave up power and requested asylum",
				"Zainab was very close to her father",
				"In an interview with a close friend to Soleimani",
				"In a comprehensive interview with a close friend",
			},
			MustNotContain: []string{"photo credit", "By JERUSALEM POST STAFF", "FEBRUARY 23, 2020", "Tags Bashar", "Hot Opinion", "Copyright", "Himalayan"},
		}},
		{"001_", textWant{
			Title:     str("Haaretz: Assad asked Qassem Soleimani not to respond to Israeli attacks"),
			Published: str(""),
			MustContain: []string{
				"Israeli newspaper Haaretz wrote",
				"Like Iran, Russia also gave military support",
				"Source From: Sozcu",
			},
			MustNotContain: []string{"Publish Your Article", "Wirecard", "Your email address"},
		}},
		{"002_", textWant{
			TitlePrefix: "حقائق تكشف للمرة الأولى",
			MustContain: []string{"كان على وشك الهروب من سوريا", "وقد يكون ما كشفه"},
			MustNotContain: []string{
				"أخر الأخبار", "اقرأ أيضاً", "مقالات ذات صلة", "لن يتم نشر عنوان بريدك الإلكتروني", "زر الذهاب إلى الأعلى",
				"Akismet", "error:",
			},
		}},
		{"003_", textWant{
			Title:       str("General Admits Soleimani's Role In Syria's Civil War Long Before Jihadists Emerged"),
			MustContain: []string{"Major General Hamadani died at 64", "The Syrian Defense Minister has implicitly admitted", "to present it to the family of the fallen commander."},
			MustNotContain: []string{"Breaking News", "XS", "Iranian Defense Minister General Amir Hatami and his Syrian counterpart",
				"Iraqo Shiite militiamen"},
		}},
		{"004_", textWant{
			Title:          str("Qassem Suleimani: the Iranian general 'secretly running' Iraq and syria"),
			Published:      str("2015-12-21"),
			MustContain:    []string{"opened a map of Syria", "Mr. Soleimani in Moscow was not", "Qassem Suleimani is less camera-shy"},
			MustNotContain: []string{"Dec 21, 2015"},
		}},
	}
	for _, tt := range tests {
		matches, _ := filepath.Glob(filepath.Join(seedsDir, tt.prefix+"*.txt"))
		if len(matches) != 1 {
			t.Errorf("seed %s*: found %d files", tt.prefix, len(matches))
			continue
		}
		raw, err := os.ReadFile(matches[0])
		if err != nil {
			t.Fatal(err)
		}
		w := tt.want
		w.MustNotContain = append(w.MustNotContain, chrome...)
		a := extractText(string(raw))
		checkText(t, filepath.Base(matches[0]), a, w)
		if strings.Contains(a.Text, a.Title) {
			t.Errorf("%s: the title is repeated in the body", matches[0])
		}
	}
}

func TestExtractTextSmall(t *testing.T) {
	tests := []struct {
		name, raw   string
		title, text string
	}{
		{"empty", "", "", ""},
		{"blank", "\n\n  \n\t\n", "", ""},
		{"title and one paragraph", "A short headline here\n\nThe council approved the plan on Tuesday after a long debate.",
			"A short headline here", "The council approved the plan on Tuesday after a long debate."},
		{"crlf and nbsp", "Headline of the day\r\n\r\nFirst\u00a0paragraph of  the story, with words enough.\r\nSecond paragraph of the story, also with words.\r\n",
			"Headline of the day", "First paragraph of the story, with words enough.\n\nSecond paragraph of the story, also with words."},
		{"invalid utf-8", "Title \xff here\n\nBody text \xfe that goes on for a while.", "Title \ufffd here", "Body text \ufffd that goes on for a while."},
		{"no title", "The council approved the plan on Tuesday after a long debate.\n\nIt takes effect next year, officials said on Wednesday.", "",
			"The council approved the plan on Tuesday after a long debate.\n\nIt takes effect next year, officials said on Wednesday."},
		{"title-case headline without function words under a menu",
			"Home News Politics World Business Opinion\nTrump Fires Defense Secretary Mark Esper\nBy Alex Reed\nNovember 9, 2020\n" +
				"President Donald Trump said on Monday that he had fired Defense Secretary Mark Esper, announcing the decision on Twitter.",
			"Trump Fires Defense Secretary Mark Esper",
			"President Donald Trump said on Monday that he had fired Defense Secretary Mark Esper, announcing the decision on Twitter."},
		{"nothing reads as an article: its text lines are kept", "Home | News | Sport | Weather\nLatest headlines\nCouncil approves budget\nStorm closes schools\nMayor resigns",
			"", "Council approves budget\n\nStorm closes schools\n\nMayor resigns"},
		{"headline | outlet", "Storm closes schools | Valley Post\n\nA storm closed every school in the valley on Tuesday, officials said.\n\nMore from Valley Post",
			"Storm closes schools", "A storm closed every school in the valley on Tuesday, officials said."},
	}
	for _, tt := range tests {
		a := extractText(tt.raw)
		if a.Title != tt.title || a.Text != tt.text {
			t.Errorf("%s: got title %q text %q, want %q %q", tt.name, a.Title, a.Text, tt.title, tt.text)
		}
	}
}

func TestExtractTextMetaDate(t *testing.T) {
	raw := " date 2020-02-23 Daily Planet - Metropolis News\n\nHeadline about the city council\n\nBy Lois Lane\nFebruary 24, 2020 10:00\n\n" +
		"The city council approved the new budget on Monday after a long debate about transport spending.\n\n" +
		"Several members voted against it, saying the plan did too little for the outer districts of the city."
	a := extractText(raw)
	if got := article.FormatDate(a.Published, a.DateOnly); got != "2020-02-23" {
		t.Errorf("published = %q, want the metadata date 2020-02-23", got)
	}
	if a.Title != "Headline about the city council" {
		t.Errorf("title = %q", a.Title)
	}
	if !slices.Equal(a.Authors, []string{"Lois Lane"}) {
		t.Errorf("authors = %q", a.Authors)
	}
	if strings.Contains(a.Text, "2020") || strings.Contains(a.Text, "Lois") {
		t.Errorf("metadata or byline left in body: %q", a.Text)
	}
}

func TestExtractTextNoInventedDate(t *testing.T) {
	raw := "Floods hit the northern provinces\n\n" +
		"Heavy rain on March 3, 2020 caused rivers to burst their banks across the north of the country, officials said.\n\n" +
		"The government said on 4 March 2020 that more than two thousand people had been moved to shelters."
	a := extractText(raw)
	if !a.Published.IsZero() {
		t.Errorf("published = %v, taken from a body sentence", a.Published)
	}
}

// TestCueTables checks the invariants the cue matchers rely on.
func TestCueTables(t *testing.T) {
	for _, p := range phraseCues {
		if f := fold.String(p.text); len(f) < 4 || f != strings.TrimSpace(f) {
			t.Errorf("phrase cue %q folds to %q: want at least four bytes, no outer spaces", p.text, f)
		}
	}
	for _, list := range [][]string{sectionCues, chromeCues, inlineCues, tagCues, bylineCues, sourceCues, creditPrefixes} {
		for _, c := range list {
			if f := fold.String(c); f == "" || f != strings.TrimSpace(f) || f != strings.Join(strings.Fields(f), " ") {
				t.Errorf("cue %q folds to %q", c, f)
			}
		}
	}
}

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"Related posts", kSection},
		{"Most Read", kSection},
		{"8 Comments", kSection},
		{"Leave a Reply", kSection},
		{"Das könnte Sie auch interessieren", kSection},
		{"Читайте также", kSection},
		{"مقالات ذات صلة", kSection},
		{"相关阅读", kSection},
		{"Your email address will not be published. Required fields are marked *", kSection},
		{"Copyright © 2020 Jpost Inc. All rights reserved", kSection},
		{"Tags Bashar Assad Iran Iraq Syria", kSection},
		{"Advertisement", kChrome},
		{"Gold Member", kChrome},
		{"Accessibility links", kChrome},
		{"زر الذهاب إلى الأعلى", kChrome},
		{"Read also: Another headline about the war", kInline},
		{"اقرأ أيضاً: “بوتين” لـ “أردوغان”", kInline},
		{"(photo credit: REUTERS/NAIF RAHMA)", kCredit},
		{"Photo: Sven Hoppe / dpa", kCredit},
		{"Source From: Sozcu", kSource},
		{"Kaynak: AA", kSource},
		{"By JERUSALEM POST STAFF", kByline},
		{"Von Anna Schneider und Jonas Weber", kByline},
		{"FEBRUARY 23, 2020 15:24", kDate},
		{"Publié le 23 février 2020 à 15h24", kDate},
		{"Home > World > Middle East", kNav},
		{"Israel Elections Gaza News BDS Antisemitism OMG Health & Science Business & Tech", kNav},
		{"The council approved the plan on Tuesday after a long debate.", kProse},
		{"More than a hundred people were evacuated on Monday.", kProse},
		{"Like Iran, Russia also gave military support to the Assad administration.", kProse},
		{"By the evening, crews had restored electricity to half of the homes.", kProse},
		{"The regulator fined the company over its use of tracking cookies.", kProse},
		{"Residents can sign up for the program at city hall.", kProse},
		{"We use cookies to personalise content. Accept all   Manage settings", kSection},
		{"Share  Facebook  X  LinkedIn  Email  Copy link", kChrome},
		{"[Image: Rescue workers carry a stretcher. Photo: Staff]", kCredit},
		{"By Ingrid Salo, Europe correspondent", kByline},
		{"Anadolu Gündem Haber Merkezi | 16.04.2026 15:48", kDate},
		{"发布时间：2020-02-23 10:30　来源：晨曦财经网　编辑：刘晓", kDate},
		{"Open letter to the minister", kShort},
		{"General Admits Soleimani's Role In Syria's Civil War Long Before Jihadists Emerged", kShort},
		{"Elections set for March 3, 2020", kShort},
		{"Can the Arctic shipping boom survive a warming climate?", kShort},
	}
	for _, tt := range tests {
		p := newTextPage([]string{tt.line})
		p.classify()
		if got := p.lines[0].kind; got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func FuzzExtractText(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	for _, p := range pages[:min(len(pages), 4)] {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{
		"", "\n", " date 2020-02-23 x", "Title\n\nBody sentence here.", "By X\nDec 21, 2015\nText goes here.",
		"Read also:\nTags\n©\n\u2028\u0085\r\r\n", "\xff\xfe\n\n\u200b\n", "1 2 3\n4 5 6.\n",
		"Head line  " + strings.Repeat("The council met. Advertisement The vote \xe2\x80 passed 21 to 9. ", 12) + "© Courier 2024",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		a := extractText(raw)
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet) {
			t.Fatalf("invalid UTF-8 in output for %q", raw)
		}
		for _, name := range a.Authors {
			if !utf8.ValidString(name) || strings.TrimSpace(name) == "" {
				t.Fatalf("bad author %q", name)
			}
		}
		if a.Text != "" {
			for _, p := range strings.Split(a.Text, "\n\n") {
				if strings.TrimSpace(p) == "" {
					t.Fatalf("empty paragraph in %q (from %q)", a.Text, raw)
				}
			}
		}
		if !a.Published.IsZero() && (a.Published.Year() < dates.MinYear || a.Published.Year() > dates.MaxYear) {
			t.Fatalf("published %v out of range", a.Published)
		}
	})
}

func BenchmarkExtractText(b *testing.B) {
	matches, _ := filepath.Glob(filepath.Join(seedsDir, "000_*.txt"))
	if len(matches) == 0 {
		matches, _ = filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	}
	if len(matches) == 0 {
		b.Skip("no page to extract")
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		extractText(s)
	}
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		dates.Parse("Mon, 02 Jan 2006 15:04:05 -0700")
		dates.Parse("23 февраля 2020")
		dates.Parse("no date in this line at all, 12 words")
	}
}

var _ = time.UTC
