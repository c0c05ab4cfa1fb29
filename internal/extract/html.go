package extract

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/article"
)

// extractHTML extracts an article from a web page with go-trafilatura,
// its fallback extractors (go-readability and go-domdistiller) included;
// declared is the charset declared for the page outside it ("" when none
// was, see decodeHTML). The language is left to the lang stage:
// trafilatura's own guess is a coarse one.
// The publication date comes from go-htmldate, kept only when the page
// states a full date: its guesses from a copyright year or a bare year are
// dropped, since an unknown date must stay unknown.
func extractHTML(data []byte, declared string) (article.Article, error) {
	doc, err := parseHTML(data, declared)
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
		EnableFallback:   true,
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

// parseHTML decodes the page to UTF-8 (see decodeHTML), undoes the
// mojibake it holds (see repairMojibake), composes its characters (NFC),
// drops its soft hyphens and parses it.
func parseHTML(data []byte, declared string) (*html.Node, error) {
	text := norm.NFC.String(repairMojibake(decodeHTML(data, declared)))
	text = strings.ReplaceAll(text, "\u00ad", "")
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	return doc, nil
}

// decodeHTML decodes a page to UTF-8, taking its encoding from, in turn:
// a byte order mark; the bytes themselves when they are valid UTF-8 (the
// encoding of almost all of the web, often undeclared or declared
// wrongly); the charset declared outside the page (an HTTP Content-Type);
// a meta charset or http-equiv Content-Type anywhere in its head; and
// else what the HTML standard's sniffing tells, Windows-1252 by default.
// Bytes invalid in the encoding become U+FFFD.
func decodeHTML(data []byte, declared string) string {
	if bomOf(data) {
		e, _, _ := charset.DetermineEncoding(data, "")
		return decodeWith(e, data)
	}
	if utf8.Valid(data) {
		return string(data)
	}
	for _, label := range []string{declared, metaCharset(data)} {
		if e, _ := charset.Lookup(label); e != nil {
			return decodeWith(e, data)
		}
	}
	e, _, _ := charset.DetermineEncoding(data, "text/html")
	return decodeWith(e, data)
}

// bomOf reports whether data starts with a UTF-8 or UTF-16 byte order
// mark.
func bomOf(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(data, []byte("\xfe\xff")) ||
		bytes.HasPrefix(data, []byte("\xff\xfe"))
}

// decodeWith decodes data with e, invalid bytes becoming U+FFFD.
func decodeWith(e encoding.Encoding, data []byte) string {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	return strings.ToValidUTF8(string(out), "\ufffd")
}

// metaCharset returns the charset a page declares in a meta element of
// its head, however far into the page the head goes; "" when it declares
// none.
func metaCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				var httpEquiv, content, cs string
				for hasAttr {
					var key, val []byte
					key, val, hasAttr = z.TagAttr()
					switch strings.ToLower(string(key)) {
					case "charset":
						cs = string(val)
					case "http-equiv":
						httpEquiv = strings.ToLower(strings.TrimSpace(string(val)))
					case "content":
						content = string(val)
					}
				}
				if cs == "" && httpEquiv == "content-type" {
					if _, params, err := mime.ParseMediaType(content); err == nil {
						cs = params["charset"]
					}
				}
				if cs = strings.TrimSpace(cs); cs != "" {
					return cs
				}
			}
		}
	}
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
