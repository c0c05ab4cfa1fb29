package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/storyline/storyline/internal/article"
)

// extractHTML extracts an article from a web page with go-trafilatura. The
// language is left to the lang stage: trafilatura's own guess is a coarse
// one.
// The publication date comes from go-htmldate, kept only when the page
// states a full date: its guesses from a copyright year or a bare year are
// dropped, since an unknown date must stay unknown.
func extractHTML(data []byte) (article.Article, error) {
	doc, err := parseHTML(data)
	if err != nil {
		return article.Article{}, err
	}
	date, _ := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
	})
	if !statesFullDate(date) {
		date = htmldate.Result{}
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments:  true,
		HtmlDateOverride: &date,
	})
	if err != nil {
		return article.Article{}, fmt.Errorf("html: %w", err)
	}
	meta := res.Metadata
	a := article.Article{
		Title:  meta.Title,
		URL:    meta.URL,
		Outlet: meta.Sitename,
		Text:   blockText(res.ContentNode),
	}
	if a.Outlet == "" {
		a.Outlet = hostOutlet(meta.URL)
	}
	if meta.Author != "" {
		for _, name := range strings.Split(meta.Author, ";") {
			if name = strings.TrimSpace(name); name != "" {
				a.Authors = append(a.Authors, name)
			}
		}
	}
	if !date.DateTime.IsZero() {
		a.Published = date.DateTime.UTC()
		a.DateOnly = !date.HasTime
		if a.DateOnly {
			a.Published = time.Date(a.Published.Year(), a.Published.Month(), a.Published.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	return a, nil
}

// parseHTML decodes the page from its declared or sniffed encoding to UTF-8
// and parses it.
func parseHTML(data []byte) (*html.Node, error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return nil, fmt.Errorf("html encoding: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	return doc, nil
}

// dayPattern finds a day-level date in a source string: 2020-01-01,
// 01.01.2020, 1/1/2020, "1 January", "Jan 1".
var dayPattern = regexp.MustCompile(`(?i)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}\b`)

// statesFullDate reports whether htmldate found a date with its day. A date
// on January 1 is suspect, as htmldate falls back to January 1 of a
// copyright or bare year; it is kept only when its source names a day.
func statesFullDate(r htmldate.Result) bool {
	if r.DateTime.IsZero() {
		return false
	}
	if r.DateTime.Month() != time.January || r.DateTime.Day() != 1 {
		return true
	}
	src := r.SrcString
	if len(src) > 200 {
		return false
	}
	return dayPattern.MatchString(src)
}

// hostOutlet names an outlet by its host when the page names none.
func hostOutlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// blockElements end a paragraph of text.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "td": true, "th": true, "dd": true, "dt": true,
	"section": true, "article": true, "header": true, "footer": true, "figcaption": true, "table": true,
	"ul": true, "ol": true, "br": true, "hr": true,
}

// skippedElements hold no readable text.
var skippedElements = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true}

// blockText renders an HTML tree as paragraphs separated by one blank line.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			paras = append(paras, cur.String())
			cur.Reset()
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skippedElements[n.Data] {
				return
			}
			if blockElements[n.Data] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return joinParagraphs(paras)
}

// htmlFragmentText reduces a markup fragment, as JSON exports carry in
// their body field, to its text paragraphs.
func htmlFragmentText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return joinParagraphs(strings.Split(s, "\n"))
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return blockText(root)
}
