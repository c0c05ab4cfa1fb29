package quote

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../../shared/seeds"

// seedEntity is one entity of a seed: its canonical name, type, and the
// spellings the text uses. The entity stage finds these in production;
// here the table stands in for it.
type seedEntity struct {
	name, typ string
	forms     []string
}

// seedEntities lists, per seed, the entities the tests need mentions of.
var seedEntities = map[string][]seedEntity{
	"000": {
		{"Qassem Soleimani", "person", []string{"Qassem Soleimani", "Soleimani", "Soleiman"}},
		{"Hasan Flark", "person", []string{"Hasan Flark", "Flark"}},
		{"Bashar al-Assad", "person", []string{"Bashar Al-Assad", "Assad"}},
		{"Zainab Soleimani", "person", []string{"Zainab"}},
		{"Jerusalem Center for Public Affairs", "organization", []string{"Jerusalem Center for Public Affairs"}},
		{"Quds Force", "organization", []string{"Quds Force"}},
		{"Revolutionary Guards", "organization", []string{"Revolutionary Guards", "Revolutionary Guard"}},
		{"Hezbollah", "organization", []string{"Hezbollah"}},
		{"Syria", "place", []string{"Syria"}},
		{"Iraq", "place", []string{"Iraq"}},
		{"Baghdad", "place", []string{"Baghdad"}},
		{"Russia", "place", []string{"Russia"}},
	},
	"001": {
		{"Faisal Mikdad", "person", []string{"Faisal Mikdad"}},
		{"Qassem Soleimani", "person", []string{"Qassem Soleimani", "Süleyman"}},
		{"Bashar al-Assad", "person", []string{"Bashar Assad", "Assad"}},
		{"Ismail Qaani", "person", []string{"İsmail Kaani"}},
		{"Haaretz", "organization", []string{"Haaretz"}},
		{"The New York Times", "organization", []string{"New York Times"}},
		{"Asharq Al-Awsat", "organization", []string{"Asharq Al-Awsat"}},
		{"Hezbollah", "organization", []string{"Hezbollah"}},
		{"Israel", "place", []string{"Israel"}},
		{"Syria", "place", []string{"Syria"}},
		{"Iran", "place", []string{"Iran"}},
		{"Russia", "place", []string{"Russia"}},
	},
	"002": {
		{"Hasan Flark", "person", []string{"حسن فلارك", "فلارك"}},
		{"Qassem Soleimani", "person", []string{"قاسم سليماني", "لقاسم سليماني", "سليماني"}},
		{"Bashar al-Assad", "person", []string{"بشار الأسد", "الأسد"}},
		{"Hossein Amir-Abdollahian", "person", []string{"أمير حسين عبد اللهيان"}},
		{"The Jerusalem Post", "organization", []string{"جيروازليم بوست"}},
		{"Syria", "place", []string{"سوريا"}},
		{"Iran", "place", []string{"إيران"}},
		{"Russia", "place", []string{"روسيا"}},
	},
	"003": {
		{"Ali Abdullah Ayyoub", "person", []string{"Ali Abdullah Ayyoub", "Ayyoub"}},
		{"Amir Hatami", "person", []string{"Amir Hatami"}},
		{"Qassem Soleimani", "person", []string{"Qassem Soleimani", "Soleimani"}},
		{"Habib Hosseinifard", "person", []string{"Habib Hosseinifard", "Hosseinifard"}},
		{"Elahe Ravanshad", "person", []string{"Elahe Ravanshad"}},
		{"Hossein Hamadani", "person", []string{"Hossein Hamadani", "Hamadani"}},
		{"Bashar al-Assad", "person", []string{"Bashar al-Assad", "Assad"}},
		{"Radio Farda", "organization", []string{"Radio Farda"}},
		{"IRGC", "organization", []string{"IRGC"}},
		{"Syria", "place", []string{"Syria"}},
		{"Tehran", "place", []string{"Tehran"}},
		{"Homs", "place", []string{"Homs"}},
	},
	"004": {
		{"Qassem Soleimani", "person", []string{"Qassem Suleimani", "Qassem Soleimani", "Qasem Soleimani", "Suleimani", "Soleimani", "Sulejmani"}},
		{"Bashar al-Assad", "person", []string{"Bashar al-Assad", "Assad"}},
		{"Sergey Lavrov", "person", []string{"Sergey Lavrov"}},
		{"Ali Khamenei", "person", []string{"Ali Khamenei", "Khamenei"}},
		{"Dmitry Peskov", "person", []string{"Dmitry Peskov"}},
		{"Vladimir Putin", "person", []string{"Vladimir Putin"}},
		{"Reuters", "organization", []string{"Reuters"}},
		{"Russian Foreign Ministry", "organization", []string{"Russian Foreign Ministry"}},
		{"Fox News", "organization", []string{"Fox News"}},
		{"NEWSru Israel", "organization", []string{"NEWSru Israel"}},
		{"Hezbollah", "organization", []string{"Hezbollah"}},
		{"Russia", "place", []string{"Russia"}},
		{"Syria", "place", []string{"Syria"}},
		{"Moscow", "place", []string{"Moscow"}},
		{"Iran", "place", []string{"Iran"}},
	},
}

// findMentions returns a mention for every whole-word occurrence of the
// entities' spellings, longest spelling first, without overlaps, in text
// order.
func findMentions(text string, ents []seedEntity) []Mention {
	type form struct {
		s string
		e *seedEntity
	}
	var forms []form
	for i := range ents {
		for _, f := range ents[i].forms {
			forms = append(forms, form{f, &ents[i]})
		}
	}
	sort.SliceStable(forms, func(a, b int) bool { return len(forms[a].s) > len(forms[b].s) })
	taken := make([]bool, len(text))
	var out []Mention
	for _, f := range forms {
		for off := 0; ; {
			i := strings.Index(text[off:], f.s)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(f.s)
			off = e
			if !boundary(text, s, e) || taken[s] || taken[e-1] {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, Mention{Start: s, End: e, Name: f.e.name, Key: namekey.Key(f.e.name), Type: f.e.typ})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// boundary reports whether text[s:e] is not part of a longer word. Han
// text has no word boundaries to check.
func boundary(text string, s, e int) bool {
	wordy := func(r rune) bool { return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r) }
	if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && wordy(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[e:]); e < len(text) && wordy(r) {
		return false
	}
	return true
}

// seed is one seed article with its mentions.
type seed struct {
	id, lang, text string
	mentions       []Mention
}

func loadSeeds(tb testing.TB) []seed {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		tb.Skipf("no seeds in %s: the shared seed articles are not available here", seedsDir)
	}
	var out []seed
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		id := filepath.Base(f)[:3]
		lang := "en"
		if id == "002" {
			lang = "ar"
		}
		text := string(data)
		out = append(out, seed{id: id, lang: lang, text: text, mentions: findMentions(text, seedEntities[id])})
	}
	return out
}

// TestSeeds checks the quotations, speakers and sources the project
// requires on the five real seed articles.
func TestSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	quotes := map[string][]Quote{}
	sources := map[string][]Source{}
	for _, s := range seeds {
		q, src := Find(s.lang, token.NewSegment(s.text), s.mentions)
		quotes[s.id], sources[s.id] = q, src
		for _, x := range q {
			if x.Start < 0 || x.End > len(s.text) || s.text[x.Start:x.End] != x.Text {
				t.Errorf("%s: quote %q: offsets [%d:%d] do not give its text", s.id, x.Text, x.Start, x.End)
			}
		}
	}

	quoteTests := []struct {
		seed, prefix string
		speakers     []string // any of these
		reportedBy   []string // any of these; nil: not checked
		why          string
	}{
		{"000", "the one and only option facing us is a victory for the resistance",
			[]string{"Qassem Soleimani", "Soleimani"}, []string{"Hasan Flark", "Flark"},
			"“the latter” after Flark and Soleimani is Soleimani; Flark reports it"},
		{"001", "Israel was playing with fire", []string{"Faisal Mikdad"}, nil,
			"subject before “said that”"},
		{"003", "I initially met Qassem Soleimani in 2011", []string{"Ali Abdullah Ayyoub", "Ayyoub"}, nil,
			"subject between the quotation and “disclosed”"},
		{"004", "Such reports are, quite frankly", []string{"Russian Foreign Ministry", "the Russian Foreign Ministry"}, nil,
			"subject after “— said, in particular,”"},
		// Good to have.
		{"000", "Zainab was very close to her father", []string{"Hasan Flark", "Flark"}, nil,
			"“He ... saying that” after “according to Flark”"},
		{"000", "is to support liberation movements", []string{"Hasan Flark", "Flark"}, nil,
			"“which he exclaims”"},
		{"002", "إن بشار الأسد اتخذ قراره", []string{"Hasan Flark", "فلارك"}, []string{"The Jerusalem Post", "جيروازليم بوست"},
			"unclosed after “قوله :”; the newspaper quotes Flark"},
		{"002", "لا خيارات أمام إيران", []string{"Qassem Soleimani", "سليماني"}, nil,
			"name right before “قائلاً”"},
		{"003", "What the Syrian Defense Minister says", []string{"Habib Hosseinifard"}, nil,
			"apposition before “says”; unclosed to the paragraph end"},
		{"004", "Soleimani, appointed Khamenei", []string{"the official"}, nil, "“said the official”"},
		{"004", "new Russian-Iranian operation", []string{"Reuters"}, nil, "“writes Reuters”"},
	}
	for _, tt := range quoteTests {
		var got *Quote
		for i, q := range quotes[tt.seed] {
			if strings.HasPrefix(q.Text, tt.prefix) {
				got = &quotes[tt.seed][i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no quotation %q (%s)", tt.seed, tt.prefix, tt.why)
			continue
		}
		if !oneOf(got.Speaker, tt.speakers) {
			t.Errorf("%s: %q: speaker %q, want one of %q (%s)", tt.seed, tt.prefix, got.Speaker, tt.speakers, tt.why)
		}
		if tt.reportedBy != nil && !oneOf(got.ReportedBy, tt.reportedBy) {
			t.Errorf("%s: %q: reported by %q, want one of %q (%s)", tt.seed, tt.prefix, got.ReportedBy, tt.reportedBy, tt.why)
		}
	}

	// Quoted names are not quotations.
	for _, notQuote := range []struct{ seed, text string }{
		{"002", "قاسم سليماني"}, {"002", "جيروازليم بوست"}, {"004", "Storm"}, {"004", "As-Safir"},
		{"003", "Hero of the Syrian Arab Republic"}, {"000", "special"},
	} {
		for _, q := range quotes[notQuote.seed] {
			if strings.Trim(q.Text, ",. ") == notQuote.text {
				t.Errorf("%s: quoted name %q taken as a quotation", notQuote.seed, notQuote.text)
			}
		}
	}

	sourceTests := []struct {
		seed, name string // name: a part of the source's name
		why        string
	}{
		{"000", "Jerusalem Center for Public Affairs", "according to a report released by the ..."},
		{"001", "Haaretz", "Israeli newspaper Haaretz wrote"},
		{"001", "Sozcu", "Source From: Sozcu"},
		{"001", "New York Times", "Speaking to the New York Times"},
		{"001", "Asharq Al-Awsat", "Speaking to the London-based Arab newspaper ..."},
		{"002", "جيروازليم بوست", "وأفادت صحيفة “...”"},
		{"003", "Radio Farda", "Speaking to Radio Farda's Elahe Ravanshad"},
		{"004", "Reuters", "This writes the Agency Reuters"},
		{"004", "Safir", "the Lebanese newspaper «As-Safir» argued; According to «Al-Safir»"},
		{"004", "Fox News", "Fox News channel, citing ... reported"},
		{"004", "NEWSru Israel", "notesNEWSru Israel (cue glued to the name)"},
	}
	for _, tt := range sourceTests {
		n := 0
		for _, s := range sources[tt.seed] {
			if strings.Contains(s.Name, tt.name) {
				n++
			}
		}
		switch {
		case n == 0:
			t.Errorf("%s: no source %q (%s); got %+v", tt.seed, tt.name, tt.why, sources[tt.seed])
		case n > 1:
			t.Errorf("%s: source %q found %d times, want once (%s)", tt.seed, tt.name, n, tt.why)
		}
	}
	for id, src := range sources {
		seen := map[string]bool{}
		for _, s := range src {
			if s.Key == "" || seen[s.Key] {
				t.Errorf("%s: source %+v: empty or repeated key", id, s)
			}
			seen[s.Key] = true
		}
	}
}

func oneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// BenchmarkFind measures Find on each seed (about 3 to 6.5 KB each) with
// its mentions.
func BenchmarkFind(b *testing.B) {
	seeds := loadSeeds(b)
	for _, s := range seeds {
		Find(s.lang, token.NewSegment(s.text), s.mentions) // load the tables
		b.Run(s.id, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s.text)))
			for b.Loop() {
				Find(s.lang, token.NewSegment(s.text), s.mentions)
			}
		})
	}
}
