package web

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/article"
)

// activeMarkup parses a page and lists whatever in it could run or load
// something: script and embedding elements, event handler attributes,
// inline styles, and links to javascript:, vbscript: or data: URLs.
func activeMarkup(t *testing.T, page string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "img", "video", "audio", "style":
				found = append(found, "<"+n.Data+">")
			case "foreignobject", "animate", "set", "use", "image":
				found = append(found, "svg <"+n.Data+">")
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				val := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1
					}
					return r
				}, a.Val))
				switch {
				case strings.HasPrefix(key, "on"):
					found = append(found, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
				case key == "style":
					found = append(found, fmt.Sprintf("<%s style=%q>", n.Data, a.Val))
				case key == "href" || key == "src" || key == "action" || key == "formaction" || key == "data" || key == "xlink:href":
					if strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "vbscript:") || strings.HasPrefix(val, "data:") {
						found = append(found, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
					}
				case key == "http-equiv":
					found = append(found, fmt.Sprintf("<%s http-equiv=%q>", n.Data, a.Val))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

func TestActiveMarkupFinds(t *testing.T) {
	for _, page := range []string{
		`<script>alert(1)</script>`,
		`<img src=x onerror=alert(1)>`,
		`<a href=" JaVa&#x09;script:alert(1)">x</a>`,
		`<svg onload=alert(1)></svg>`,
		`<iframe src="/"></iframe>`,
		`<p style="color:red">x</p>`,
	} {
		if len(activeMarkup(t, page)) == 0 {
			t.Errorf("activeMarkup misses %s", page)
		}
	}
	if got := activeMarkup(t, `<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x javascript:y</p><a href="/stories/1">s</a>`); len(got) > 0 {
		t.Errorf("activeMarkup flags escaped text: %v", got)
	}
}

// render shows segments as text with the marks in brackets:
// [entity key|text] and {quote}.
func renderSegments(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.Quote != nil:
			b.WriteString("{" + renderSegments(s.Parts) + "}")
		case s.Entity != nil:
			b.WriteString("[" + s.Entity.Key + "|" + s.Text + "]")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestMarkParagraph(t *testing.T) {
	soleimani := article.Entity{Key: "person:slmn", Type: "person", Mentions: []string{"Qassem Soleimani", "Soleimani", "سليماني"}}
	iran := article.Entity{Key: "place:iso:IR", Type: "place", Mentions: []string{"Iran"}}
	beijing := article.Entity{Key: "place:beijing", Type: "place", Mentions: []string{"北京"}}
	tests := []struct {
		name     string
		text     string
		entities []article.Entity
		quotes   []article.Quote
		want     string
	}{
		{name: "plain", text: "Nothing to mark.", want: "Nothing to mark."},
		{name: "longest mention wins", text: "Qassem Soleimani met Soleimani's aides.", entities: []article.Entity{soleimani},
			want: "[person:slmn|Qassem Soleimani] met [person:slmn|Soleimani]'s aides."},
		{name: "not inside a longer word", text: "Iranian officials in Iran.", entities: []article.Entity{iran},
			want: "Iranian officials in [place:iso:IR|Iran]."},
		{name: "Arabic prefix", text: "وقال لسليماني إن", entities: []article.Entity{soleimani},
			want: "وقال ل[person:slmn|سليماني] إن"},
		{name: "Han has no word edges", text: "他在北京说", entities: []article.Entity{beijing},
			want: "他在[place:beijing|北京]说"},
		{name: "quote with a mention inside", text: `He said: "Iran will answer." Then he left.`, entities: []article.Entity{iran},
			quotes: []article.Quote{{Text: "Iran will answer."}},
			want:   `He said: "{[place:iso:IR|Iran] will answer.}" Then he left.`},
		{name: "quote not in this paragraph", text: "Iran.", entities: []article.Entity{iran},
			quotes: []article.Quote{{Text: "elsewhere"}}, want: "[place:iso:IR|Iran]."},
		{name: "markup stays text", text: "<script>alert('Iran')</script>", entities: []article.Entity{iran},
			want: "<script>alert('[place:iso:IR|Iran]')</script>"},
	}
	for _, tt := range tests {
		segs := markParagraph(tt.text, tt.entities, tt.quotes)
		if got := renderSegments(segs); got != tt.want {
			t.Errorf("%s: got %s\nwant %s", tt.name, got, tt.want)
		}
		var all strings.Builder
		for _, s := range segs {
			all.WriteString(s.Text)
			for _, p := range s.Parts {
				all.WriteString(p.Text)
			}
		}
		if all.String() != tt.text {
			t.Errorf("%s: segments lose text: %q", tt.name, all.String())
		}
	}
}

func TestFormatDelay(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "+0"},
		{30 * time.Second, "+0"},
		{45 * time.Minute, "+45m"},
		{3 * time.Hour, "+3h"},
		{3*time.Hour + 10*time.Minute, "+3h 10m"},
		{48 * time.Hour, "+2d"},
		{52*time.Hour + 5*time.Minute, "+2d 4h"},
	}
	for _, tt := range tests {
		if got := formatDelay(tt.d); got != tt.want {
			t.Errorf("formatDelay(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short text", 20, "short text"},
		{"  spaces \n\n collapse ", 20, "spaces collapse"},
		{"one two three four five", 15, "one two three…"},
		{"abcdefghij", 5, "abcde…"},
		{"سليماني قال إن", 8, "سليماني…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestLangClassStable(t *testing.T) {
	seen := map[string]string{}
	for _, l := range paletteOrder {
		c := langClass(l)
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share colour %s", l, other, c)
		}
		seen[c] = l
	}
	first, again := langClass("sw"), langClass("sw")
	if first != again || langClass("en") != "c0" {
		t.Error("language colours are not stable")
	}
	for _, code := range []string{"xx", "und", "zz"} {
		c := langClass(code)
		if !strings.HasPrefix(c, "c") {
			t.Errorf("langClass(%q) = %q", code, c)
		}
	}
	for _, tt := range []struct{ in, want string }{{"ar", "ar"}, {"und", ""}, {`en" onmouseover="x`, ""}, {"EN", ""}} {
		if got := langAttr(tt.in); got != tt.want {
			t.Errorf("langAttr(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
