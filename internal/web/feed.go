package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// feedEntries is the number of entries of a feed, newest first.
const feedEntries = 50

// summaryRunes is the length of an entry's summary.
const summaryRunes = 400

// atomFeed is an Atom 1.0 feed (RFC 4287).
type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID       string      `xml:"id"`
	Title    string      `xml:"title"`
	Subtitle string      `xml:"subtitle,omitempty"`
	Updated  string      `xml:"updated"`
	Author   atomPerson  `xml:"author"`
	Links    []atomLink  `xml:"link"`
	Entries  []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel      string `xml:"rel,attr,omitempty"`
	Type     string `xml:"type,attr,omitempty"`
	Hreflang string `xml:"hreflang,attr,omitempty"`
	Href     string `xml:"href,attr"`
}

// atomText is a text construct; storyline's are plain text, which a feed
// reader shows as text, never as markup.
type atomText struct {
	Type string `xml:"type,attr"`
	Lang string `xml:"xml:lang,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	ID        string      `xml:"id"`
	Title     atomText    `xml:"title"`
	Updated   string      `xml:"updated"`
	Published string      `xml:"published,omitempty"`
	Author    *atomPerson `xml:"author,omitempty"`
	Links     []atomLink  `xml:"link"`
	Summary   *atomText   `xml:"summary,omitempty"`
}

// baseURL is the scheme and host the request reached the server at, for
// the absolute links feeds need. A Host header that is not a plain host
// name is not echoed.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if host == "" || strings.ContainsFunc(host, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune(".-:[]", c))
	}) {
		host = "localhost"
	}
	return scheme + "://" + host
}

// feedOf builds a feed of articles, newest first. A summary is the start
// of the article's text, or its snippet when one is given.
func (s *server) feedOf(ctx context.Context, r *http.Request, id, title, subtitle, page string,
	rows []store.ArticleRow, snippets map[int64]string) (atomFeed, error) {
	base := baseURL(r)
	f := atomFeed{
		ID: id, Title: title, Subtitle: subtitle, Author: atomPerson{Name: "storyline"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + r.URL.RequestURI()},
			{Rel: "alternate", Type: "text/html", Href: base + page},
		},
	}
	rows = append([]store.ArticleRow(nil), rows...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Published.After(rows[j].Published) })
	if len(rows) > feedEntries {
		rows = rows[:feedEntries]
	}
	var updated time.Time
	for _, row := range rows {
		summary, ok := snippets[row.ID]
		if !ok {
			a, err := s.store.Article(ctx, row.ID)
			if err != nil {
				return f, fmt.Errorf("feed: article %d: %w", row.ID, err)
			}
			summary = clip(a.Text, summaryRunes)
		}
		lang := langAttr(row.Language)
		e := atomEntry{
			ID:      "urn:storyline:article:" + strconv.FormatInt(row.ID, 10),
			Title:   atomText{Type: "text", Lang: lang, Text: row.Title},
			Summary: &atomText{Type: "text", Lang: lang, Text: summary},
			Links: []atomLink{{Rel: "alternate", Type: "text/html", Hreflang: lang,
				Href: base + articleURL(row.ID)}},
		}
		if orig := api.HTTPURL(row.URL); orig != "" {
			e.Links = append(e.Links, atomLink{Rel: "related", Type: "text/html", Hreflang: lang, Href: orig})
		}
		if row.Outlet != "" {
			e.Author = &atomPerson{Name: row.Outlet}
		}
		t := row.Published
		if t.IsZero() {
			t = time.Unix(0, 0)
		} else {
			e.Published = t.Format(time.RFC3339)
		}
		e.Updated = t.Format(time.RFC3339)
		if t.After(updated) {
			updated = t
		}
		f.Entries = append(f.Entries, e)
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	f.Updated = updated.UTC().Format(time.RFC3339)
	return f, nil
}

// writeFeed answers with a feed.
func (s *server) writeFeed(w http.ResponseWriter, r *http.Request, f atomFeed) error {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("feed: %w", err)
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
	return nil
}

// handleStoryFeed is the Atom feed of a story's articles.
func (s *server) handleStoryFeed(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "story")
	if err != nil {
		return err
	}
	d, err := s.store.Story(r.Context(), id)
	if err != nil {
		return storyError(err)
	}
	names := make([]string, len(d.Languages))
	for i, l := range d.Languages {
		names[i] = languageName(l)
	}
	f, err := s.feedOf(r.Context(), r, "urn:storyline:story:"+strconv.FormatInt(id, 10), d.Title,
		fmt.Sprintf("%s in %s", plural(d.Articles, "article"), strings.Join(names, ", ")),
		storyURL(id), d.ArticleList, nil)
	if err != nil {
		return err
	}
	return s.writeFeed(w, r, f)
}

// handleEntityFeed is the Atom feed of the articles that name an entity.
func (s *server) handleEntityFeed(w http.ResponseWriter, r *http.Request) error {
	key, err := entityKey(r)
	if err != nil {
		return err
	}
	e, err := s.loadEntity(r.Context(), key, feedEntries, 0)
	if err != nil {
		return entityError(err)
	}
	f, err := s.feedOf(r.Context(), r, "urn:storyline:entity:"+url.PathEscape(key), e.Name,
		"Articles that name "+e.Name+" in any language", entityURL(key), e.ArticleList, nil)
	if err != nil {
		return err
	}
	return s.writeFeed(w, r, f)
}

// handleSearchFeed is the Atom feed of a search's best matches, newest
// first.
func (s *server) handleSearchFeed(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	text, flt, err := parseSearch(q)
	if err != nil {
		return err
	}
	res, err := s.runSearch(r.Context(), text, flt, feedEntries, 0)
	if err != nil {
		return err
	}
	rows := make([]store.ArticleRow, len(res.Hits))
	snippets := map[int64]string{}
	for i, h := range res.Hits {
		rows[i] = h.ArticleRow
		var sb strings.Builder
		for _, fr := range h.Snippet {
			sb.WriteString(fr.Text)
		}
		snippets[h.ID] = sb.String()
	}
	v := flt.values()
	v.Del("entity")
	v.Set("q", text)
	f, err := s.feedOf(r.Context(), r, "urn:storyline:search:"+url.QueryEscape(v.Encode()), "Search: "+text,
		"Articles matching "+text+" in any language", "/search?"+v.Encode(), rows, snippets)
	if err != nil {
		return err
	}
	return s.writeFeed(w, r, f)
}
