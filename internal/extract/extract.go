// Package extract turns raw documents into articles: title, body with
// paragraph breaks, publication date, authors, outlet and URL. HTML pages go
// through go-trafilatura; scraped plain text goes through a line classifier
// that drops page chrome in any language; JSON records are mapped field by
// field.
package extract

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/source"
)

// ErrNoText reports a document in which no article body was found.
var ErrNoText = errors.New("no article text found")

// Extract turns one raw document into an article. Language is left for the
// lang stage unless the document declares it.
func Extract(doc source.Document) (article.Article, error) {
	var a article.Article
	var err error
	switch doc.Format {
	case source.HTML:
		a, err = extractHTML(doc.Data, doc.Charset)
	case source.Text:
		a = extractText(string(doc.Data))
	case source.Record:
		a, err = extractRecord(doc.Fields)
	default:
		err = fmt.Errorf("unknown document format %v", doc.Format)
	}
	if err != nil {
		return article.Article{}, err
	}
	a.Path = doc.Path
	if a.URL == "" {
		a.URL = doc.URL // the address it was fetched from
	}
	a.Title = strings.TrimSpace(a.Title)
	if strings.TrimSpace(a.Text) == "" {
		return article.Article{}, ErrNoText
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		return article.Article{}, source.ErrInvalidUTF8
	}
	return a, nil
}

// extractRecord maps a JSON record; a body holding HTML markup is reduced
// to its text paragraphs.
func extractRecord(f source.Fields) (article.Article, error) {
	a := article.Article{
		Title:    f.Title,
		URL:      f.URL,
		Outlet:   f.Outlet,
		Authors:  f.Authors,
		Language: normalizeLanguage(f.Language),
	}
	if looksLikeMarkup(f.Text) {
		a.Text = htmlFragmentText(f.Text)
	} else {
		a.Text = joinParagraphs(strings.Split(f.Text, "\n"))
	}
	if f.Published != "" {
		if t, dateOnly, ok := dates.Parse(f.Published); ok {
			a.Published, a.DateOnly = t, dateOnly
		}
	}
	return a, nil
}

// normalizeLanguage reduces a declared language tag ("en-GB", "ar_SY") to
// its ISO 639-1 code, or "" when it is not one.
func normalizeLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

func looksLikeMarkup(s string) bool {
	return strings.Contains(s, "</") || strings.Contains(s, "<p>") || strings.Contains(s, "<br")
}

// joinParagraphs trims each paragraph and joins the non-empty ones with one
// blank line.
func joinParagraphs(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}
