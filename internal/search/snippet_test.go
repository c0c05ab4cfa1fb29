package search

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// marked returns the matched fragments' texts.
func marked(fs []Fragment) []string {
	var out []string
	for _, f := range fs {
		if f.Match {
			out = append(out, f.Text)
		}
	}
	return out
}

// joined joins the fragments' texts.
func joined(fs []Fragment) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Text)
	}
	return b.String()
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text, query string
		want              []string
	}{
		{name: "word and possessive", query: "Soleimani",
			text: "Soleimani met Assad. Soleimani's role grew; soleimanis are not a thing.",
			want: []string{"Soleimani", "Soleimani's", "soleimanis"}},
		{name: "stem", query: "elections", text: "The election was held after two elected bodies failed.",
			want: []string{"election", "elected"}},
		{name: "two words", query: "Qassem Soleimani", text: "General Qassem Soleimani, Quds Force.",
			want: []string{"Qassem", "Soleimani"}},
		{name: "latin query, arabic text", query: "Soleimani",
			text: "قال مستشار قائد فيلق القدس “قاسم سليماني”، إن الأسد", want: []string{"سليماني"}},
		{name: "arabic query, arabic text", query: "سليماني",
			text: "المساعد الخاص لقاسم سليماني والسليمانيون", want: []string{"سليماني", "والسليمانيون"}},
		{name: "place across scripts", query: "Damascus", text: "وصل إلى دمشق ثم غادر بدمشق",
			want: []string{"دمشق", "بدمشق"}},
		{name: "latin query, cyrillic text", query: "Soleimani", text: "Генерал Сулеймани заявил, что Сулеймани",
			want: []string{"Сулеймани", "Сулеймани"}},
		{name: "russian stem", query: "выборы", text: "На выборах в Думу выбор был ясен.",
			want: []string{"выборах", "выбор"}},
		{name: "han", query: "叙利亚", text: "叙利亚总统巴沙尔在大马士革会见了叙利亚官员。",
			want: []string{"叙利亚", "叙利亚"}},
		{name: "short key within one script", query: "Iran", text: "Iron and Irene in Iran.",
			want: []string{"Iran"}},
		{name: "spelling variant", query: "Soleimani", text: "Suleimani and Sulejmani", want: []string{"Suleimani", "Sulejmani"}},
		{name: "short key across scripts", query: "Assad", text: "قال الأسد", want: []string{"الأسد"}},
		{name: "no match", query: "Soleimani", text: "Nothing to see here.", want: nil},
		{name: "empty query", query: "", text: "Soleimani", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := testSearcher().Highlight(tt.text, testSearcher().Parse(tt.query))
			if got := marked(fs); !slices.Equal(got, tt.want) {
				t.Errorf("marked %q, want %q", got, tt.want)
			}
			if got := joined(fs); got != tt.text {
				t.Errorf("joined %q, want the text", got)
			}
			checkFragments(t, fs)
		})
	}
}

func TestHighlightInvalidUTF8(t *testing.T) {
	text := "Iran\xff \xe2\x82Iran"
	fs := testSearcher().Highlight(text, testSearcher().Parse("Iran"))
	if got, want := joined(fs), strings.ToValidUTF8(text, "\uFFFD"); got != want {
		t.Errorf("joined %q, want %q", got, want)
	}
	if got := marked(fs); len(got) != 2 {
		t.Errorf("marked %q", got)
	}
	checkFragments(t, fs)
}

func TestSnippet(t *testing.T) {
	filler := strings.Repeat("Nothing of note happened on this quiet day in the city. ", 8)
	arFiller := strings.Repeat("لم يحدث شيء يذكر في هذا اليوم الهادئ في المدينة. ", 8)
	ruFiller := strings.Repeat("В этот тихий день в городе ничего не произошло. ", 8)
	zhFiller := strings.Repeat("这一天城市里很安静没有发生什么事情。", 8)
	tests := []struct {
		name, text, query string
		n                 int
		// want is the snippet's text; contains must be in it, marks
		// among its marked fragments.
		want, contains string
		marks          []string
		// lead and trail say whether it starts and ends with an ellipsis.
		lead, trail bool
	}{
		{name: "short text whole", text: "Soleimani  met\nAssad.", query: "Assad", n: 80,
			want: "Soleimani met Assad.", marks: []string{"Assad"}},
		{name: "start when no match", text: filler, query: "Soleimani", n: 40,
			want: "Nothing of note happened on this quiet…", trail: true},
		{name: "match in the middle", text: filler + "General Qassem Soleimani was seen in Damascus. " + filler,
			query: "Soleimani", n: 60, contains: "Qassem Soleimani was seen", marks: []string{"Soleimani"},
			lead: true, trail: true},
		{name: "match at the start", text: "Soleimani was seen. " + filler, query: "Soleimani", n: 50,
			contains: "Soleimani was seen", marks: []string{"Soleimani"}, trail: true},
		{name: "more distinct words win", query: "Soleimani Damascus", n: 60,
			text:     filler + "Soleimani, Soleimani, Soleimani. " + filler + "Soleimani flew to Damascus. " + filler,
			contains: "Soleimani flew to Damascus", marks: []string{"Soleimani", "Damascus"}, lead: true, trail: true},
		{name: "arabic", text: arFiller + "وصل قاسم سليماني إلى دمشق أمس. " + arFiller, query: "Soleimani", n: 50,
			contains: "سليماني", marks: []string{"سليماني"}, lead: true, trail: true},
		{name: "cyrillic", text: ruFiller + "Генерал Сулеймани прибыл в Дамаск. " + ruFiller, query: "Сулеймани",
			n: 50, contains: "Сулеймани", marks: []string{"Сулеймани"}, lead: true, trail: true},
		{name: "han without spaces", text: zhFiller + "叙利亚总统会见了官员。" + zhFiller, query: "叙利亚", n: 30,
			contains: "叙利亚", marks: []string{"叙利亚"}, lead: true, trail: true},
		{name: "one long word", text: strings.Repeat("x", 100), query: "y", n: 10,
			want: strings.Repeat("x", 9) + "…", trail: true},
		{name: "tiny n", text: filler, query: "Nothing", n: 1, want: "…", lead: true, trail: true}, // one ellipsis, both ends
		{name: "zero n", text: filler, query: "Nothing", n: 0, want: ""},
		{name: "empty text", text: " \n ", query: "Nothing", n: 10, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := testSearcher().Snippet(tt.text, testSearcher().Parse(tt.query), tt.n)
			got := joined(fs)
			if tt.want != "" || tt.contains == "" {
				if got != tt.want {
					t.Errorf("snippet %q, want %q", got, tt.want)
				}
			}
			if !strings.Contains(got, tt.contains) {
				t.Errorf("snippet %q lacks %q", got, tt.contains)
			}
			ms := marked(fs)
			for _, m := range tt.marks {
				if !slices.Contains(ms, m) {
					t.Errorf("snippet %q: marked %q lack %q", got, ms, m)
				}
			}
			if lead := strings.HasPrefix(got, ellipsis); lead != tt.lead {
				t.Errorf("snippet %q: leading ellipsis %v, want %v", got, lead, tt.lead)
			}
			if trail := strings.HasSuffix(got, ellipsis); trail != tt.trail {
				t.Errorf("snippet %q: trailing ellipsis %v, want %v", got, trail, tt.trail)
			}
			checkSnippet(t, tt.text, fs, tt.n)
		})
	}
}

// checkFragments checks what holds for all fragments.
func checkFragments(t *testing.T, fs []Fragment) {
	t.Helper()
	for i, f := range fs {
		if f.Text == "" || !utf8.ValidString(f.Text) {
			t.Errorf("fragment %d: %q", i, f.Text)
		}
		if i > 0 && fs[i-1].Match == f.Match {
			t.Errorf("fragments %d and %d both match=%v", i-1, i, f.Match)
		}
	}
}

// checkSnippet checks what holds for every snippet of text at most n
// runes long: its words are the text's, cut on word boundaries except in
// one word longer than the snippet.
func checkSnippet(t *testing.T, text string, fs []Fragment, n int) {
	t.Helper()
	checkFragments(t, fs)
	got := joined(fs)
	if c := utf8.RuneCountInString(got); c > n {
		t.Errorf("snippet %q has %d runes, more than %d", got, c, n)
	}
	flat := strings.Join(strings.Fields(strings.ToValidUTF8(text, "\uFFFD")), " ")
	body := strings.TrimSuffix(strings.TrimPrefix(got, ellipsis), ellipsis)
	if body == "" {
		return
	}
	i := strings.Index(flat, body)
	if i < 0 {
		t.Fatalf("snippet %q is not in the text", got)
	}
	if strings.HasPrefix(body, " ") || strings.HasSuffix(body, " ") {
		t.Errorf("snippet %q has spaces at an end", got)
	}
	if strings.ContainsRune(body, ' ') {
		// Several words: the cuts fall on word boundaries.
		before, _ := utf8.DecodeLastRuneInString(flat[:i])
		after, _ := utf8.DecodeRuneInString(flat[i+len(body):])
		first, _ := utf8.DecodeRuneInString(body)
		last, _ := utf8.DecodeLastRuneInString(body)
		if i > 0 && !boundary(before, first) {
			t.Errorf("snippet %q starts inside a word", got)
		}
		if i+len(body) < len(flat) && !boundary(last, after) && !unicode.IsPunct(after) {
			t.Errorf("snippet %q ends inside a word", got)
		}
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("General Qassem Soleimani was seen in Damascus.", "Soleimani", 20)
	f.Add("قال مستشار قائد فيلق القدس “قاسم سليماني”، إن الأسد", "Soleimani Damascus", 15)
	f.Add("Генерал Сулеймани заявил, что Сулеймани", "Сулеймани", 12)
	f.Add("叙利亚总统巴沙尔在大马士革会见了叙利亚官员。", "叙利亚", 8)
	f.Add("Iran\xff \xe2\x82Iran  \n\n x", "iran", 3)
	f.Add("", "", 0)
	f.Fuzz(func(t *testing.T, text, query string, n int) {
		if n < 0 || n > 1000 {
			n = min(max(n, -n, 0)%1000, 1000)
		}
		q := testSearcher().Parse(query)
		checkSnippet(t, text, testSearcher().Snippet(text, q, n), n)
		fs := testSearcher().Highlight(text, q)
		checkFragments(t, fs)
		if got, want := joined(fs), strings.ToValidUTF8(text, "\uFFFD"); got != want {
			t.Errorf("highlight joined %q, want %q", got, want)
		}
	})
}
