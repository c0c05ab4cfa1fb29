package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
)

// storyIDs lists the corpus's stories through the API.
func allStories(t *testing.T, h http.Handler) []api.Story {
	t.Helper()
	var out api.StoryList
	getJSON(t, h, "/api/v1/stories?limit=100", http.StatusOK, &out)
	if len(out.Stories) == 0 {
		t.Fatal("no stories")
	}
	return out.Stories
}

// storyWith returns the story one of whose articles has a title holding
// part.
func storyWith(t *testing.T, h http.Handler, st store.Store, part string) store.StoryDetail {
	t.Helper()
	var found int64
	err := st.Articles(context.Background(), func(r store.ArticleRow) error {
		if found == 0 && strings.Contains(r.Title, part) {
			found = r.StoryID
		}
		return nil
	})
	if err != nil || found == 0 {
		t.Fatalf("no article titled %q (%v)", part, err)
	}
	d, err := st.Story(context.Background(), found)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// requireKeys fails unless the JSON object m has every key.
func requireKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: no %q in %v", what, k, keysOf(m))
		}
	}
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestSecurityHeaders(t *testing.T) {
	h, _ := corpusServer(t)
	stories := allStories(t, h)
	id := strconv.FormatInt(stories[0].ID, 10)
	for _, path := range []string{"/", "/stories/" + id, "/stories/" + id + "/feed.atom", "/search?q=port",
		"/api/v1/stories", "/api/v1/stories/" + id, "/healthz", "/api/v1/openapi.json", "/static/style.css",
		"/no/such/page", "/api/v1/nothing"} {
		res, _ := get(t, h, path)
		want := map[string]string{
			"Content-Security-Policy":    contentSecurityPolicy,
			"X-Content-Type-Options":     "nosniff",
			"Referrer-Policy":            "no-referrer",
			"X-Frame-Options":            "DENY",
			"Cross-Origin-Opener-Policy": "same-origin",
		}
		for k, v := range want {
			if got := res.Header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", path, k, got, v)
			}
		}
	}
	if !strings.Contains(contentSecurityPolicy, "default-src 'none'") || strings.Contains(contentSecurityPolicy, "script-src") ||
		strings.Contains(contentSecurityPolicy, "unsafe-inline") {
		t.Errorf("CSP %q must allow no script and no inline style", contentSecurityPolicy)
	}
}

func TestRoutesStatusAndType(t *testing.T) {
	h, st := corpusServer(t)
	d := storyWith(t, h, st, "Benhadda")
	sid := strconv.FormatInt(d.ID, 10)
	aid := strconv.FormatInt(d.ArticleList[0].ID, 10)
	tests := []struct {
		path   string
		status int
		ctype  string
	}{
		{"/", 200, "text/html"},
		{"/?page=2", 200, "text/html"},
		{"/stories/" + sid, 200, "text/html"},
		{"/stories/" + sid + "/feed.atom", 200, "application/atom+xml"},
		{"/articles/" + aid, 200, "text/html"},
		{"/entities/person:bnht", 200, "text/html"},
		{"/entities/person:bnht/feed.atom", 200, "application/atom+xml"},
		{"/search", 200, "text/html"},
		{"/search?q=Benhadda", 200, "text/html"},
		{"/search/feed.atom?q=Benhadda", 200, "application/atom+xml"},
		{"/static/style.css", 200, "text/css"},
		{"/static/favicon.svg", 200, "image/svg+xml"},
		{"/healthz", 200, "application/json"},
		{"/api/v1/stories", 200, "application/json"},
		{"/api/v1/stories/" + sid, 200, "application/json"},
		{"/api/v1/articles/" + aid, 200, "application/json"},
		{"/api/v1/entities/person:bnht", 200, "application/json"},
		{"/api/v1/search?q=Benhadda", 200, "application/json"},
		{"/api/v1/openapi.json", 200, "application/json"},
		// Unknown ids and paths: 404 in the format of the prefix.
		{"/stories/999999", 404, "text/html"},
		{"/stories/999999/feed.atom", 404, "text/html"},
		{"/articles/999999", 404, "text/html"},
		{"/entities/person:nosuchname", 404, "text/html"},
		{"/entities/person:nosuchname/feed.atom", 404, "text/html"},
		{"/static/nothing.css", 404, "text/html"},
		{"/nothing", 404, "text/html"},
		{"/api/v1/stories/999999", 404, "application/json"},
		{"/api/v1/articles/999999", 404, "application/json"},
		{"/api/v1/entities/person:nosuchname", 404, "application/json"},
		{"/api/v1/nothing", 404, "application/json"},
		// Malformed ids: 400.
		{"/stories/abc", 400, "text/html"},
		{"/stories/-1", 400, "text/html"},
		{"/articles/0", 400, "text/html"},
		{"/api/v1/stories/abc", 400, "application/json"},
		{"/api/v1/articles/1.5", 400, "application/json"},
	}
	for _, tt := range tests {
		res, body := get(t, h, tt.path)
		if res.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d\n%s", tt.path, res.StatusCode, tt.status, clipBody(body))
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
			t.Errorf("GET %s: Content-Type %q, want %s", tt.path, ct, tt.ctype)
		}
		if tt.status >= 400 && strings.HasPrefix(tt.ctype, "application/json") {
			var e api.Error
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" || e.Status != tt.status {
				t.Errorf("GET %s: error body %q", tt.path, body)
			}
		}
		if tt.status >= 400 && strings.HasPrefix(tt.ctype, "text/html") && !strings.Contains(body, "<h1>"+strconv.Itoa(tt.status)) {
			t.Errorf("GET %s: not the error page:\n%s", tt.path, clipBody(body))
		}
	}
}

func TestHead(t *testing.T) {
	h, _ := corpusServer(t)
	for _, path := range []string{"/", "/api/v1/stories", "/healthz"} {
		res := do(t, h, http.MethodHead, path, nil, nil)
		if res.StatusCode != 200 {
			t.Errorf("HEAD %s: %d", path, res.StatusCode)
		}
	}
}

func TestBadParams(t *testing.T) {
	h, _ := corpusServer(t)
	long := strings.Repeat("a", maxQueryRunes+1)
	tests := []struct {
		path   string
		status int
	}{
		{"/?lang=english", 400},
		{"/?lang=E1", 400},
		{"/?from=2026-13-01", 400},
		{"/?to=yesterday", 400},
		{"/?from=2026-03-20&to=2026-03-10", 400},
		{"/?page=0", 400},
		{"/?page=x", 400},
		{"/?page=10001", 400},
		{"/?entity=" + strings.Repeat("x", maxEntityBytes+1), 400},
		{"/search?q=" + long, 400},
		{"/search?q=port&lang=xx-yy", 400},
		{"/search/feed.atom", 400},
		{"/api/v1/stories?limit=0", 400},
		{"/api/v1/stories?limit=101", 400},
		{"/api/v1/stories?offset=-1", 400},
		{"/api/v1/stories?offset=abc", 400},
		{"/api/v1/stories?from=03/20/2026", 400},
		{"/api/v1/search", 400},
		{"/api/v1/search?q=" + long, 400},
		{"/api/v1/search?q=port&limit=1000", 400},
		{"/api/v1/entities/person:bnht?offset=-5", 400},
		{"/?q=" + strings.Repeat("x", maxQueryBytes), http.StatusRequestURITooLong},
	}
	for _, tt := range tests {
		res, body := get(t, h, tt.path)
		if res.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d\n%s", clip(tt.path, 80), res.StatusCode, tt.status, clipBody(body))
			continue
		}
		if strings.HasPrefix(tt.path, "/api/") {
			var e api.Error
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
				t.Errorf("GET %s: error body %q", clip(tt.path, 80), body)
			}
		}
	}
}

func TestHome(t *testing.T) {
	h, _ := corpusServer(t)
	stories := allStories(t, h)
	_, body := get(t, h, "/")
	for _, s := range stories[:min(len(stories), pageSize)] {
		if !strings.Contains(body, template.HTMLEscapeString(s.Title)) {
			t.Errorf("home page lacks story %d %q", s.ID, s.Title)
		}
		if !strings.Contains(body, `href="/stories/`+strconv.FormatInt(s.ID, 10)+`"`) {
			t.Errorf("home page lacks a link to story %d", s.ID)
		}
	}
	for _, want := range []string{`<svg class="chart spark"`, `class="badge`, `<select name="lang">`, `type="date" name="from"`, `name="entity"`} {
		if !strings.Contains(body, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
}

func TestStoriesFilters(t *testing.T) {
	h, _ := corpusServer(t)
	var ar api.StoryList
	getJSON(t, h, "/api/v1/stories?lang=ar&limit=100", 200, &ar)
	if len(ar.Stories) == 0 {
		t.Fatal("no Arabic stories")
	}
	for _, s := range ar.Stories {
		if !contains(s.Languages, "ar") {
			t.Errorf("lang=ar gave story %d in %v", s.ID, s.Languages)
		}
	}
	var dated api.StoryList
	getJSON(t, h, "/api/v1/stories?from=2026-03-18&to=2026-03-19&limit=100", 200, &dated)
	if len(dated.Stories) == 0 {
		t.Fatal("no stories on 2026-03-18/19")
	}
	for _, s := range dated.Stories {
		if s.First == "" || s.First[:10] > "2026-03-19" || s.Last[:10] < "2026-03-18" {
			t.Errorf("from/to gave story %d (%s – %s)", s.ID, s.First, s.Last)
		}
	}
	// An entity filter takes a key or a name in any script.
	for _, q := range []string{"person:bnht", "Benhadda", "بنحدة"} {
		var byEntity api.StoryList
		getJSON(t, h, "/api/v1/stories?entity="+url.QueryEscape(q), 200, &byEntity)
		if byEntity.Entity == nil || byEntity.Entity.Key != "person:bnht" {
			t.Errorf("entity=%s: entity %+v, want person:bnht", q, byEntity.Entity)
			continue
		}
		var transfer bool
		for _, s := range byEntity.Stories {
			transfer = transfer || strings.Contains(s.Title, "Benhadda") || strings.Contains(s.Title, "بنحدة")
		}
		if !transfer {
			t.Errorf("entity=%s: the transfer story is not among %+v", q, byEntity.Stories)
		}
	}
	_, body := get(t, h, "/?entity=Benhadda")
	if !strings.Contains(body, `href="/entities/person:bnht"`) {
		t.Error("home page filtered by entity does not name it")
	}
	_, body = get(t, h, "/?entity=Nobodyatallhere")
	if !strings.Contains(body, "No stored entity") {
		t.Error("home page does not say the entity filter names nothing")
	}
}

func TestPagination(t *testing.T) {
	h, _ := corpusServer(t)
	all := allStories(t, h)
	if len(all) < 3 {
		t.Skip("too few stories")
	}
	var seen []int64
	offset := 0
	for pages := 0; pages < 100; pages++ {
		var p api.StoryList
		getJSON(t, h, "/api/v1/stories?limit=2&offset="+strconv.Itoa(offset), 200, &p)
		for _, s := range p.Stories {
			seen = append(seen, s.ID)
		}
		if p.NextOffset == nil {
			break
		}
		if *p.NextOffset != offset+2 {
			t.Fatalf("next_offset %d after offset %d", *p.NextOffset, offset)
		}
		offset = *p.NextOffset
	}
	if len(seen) != len(all) {
		t.Fatalf("paging saw %d stories, want %d", len(seen), len(all))
	}
	for i, s := range all {
		if seen[i] != s.ID {
			t.Fatalf("paging order %v, want the list's order", seen)
		}
	}
	// The UI: a first page with more has rel=next; a later one rel=prev.
	_, first := get(t, h, "/")
	_, second := get(t, h, "/?page=2")
	if len(all) > pageSize {
		if !strings.Contains(first, `rel="next" href="/?page=2"`) {
			t.Error("page 1 lacks rel=next")
		}
	} else if strings.Contains(first, `rel="next"`) {
		t.Error("the only page has rel=next")
	}
	if !strings.Contains(second, `rel="prev" href="/"`) {
		t.Error("page 2 lacks rel=prev")
	}
	_, filtered := get(t, h, "/?lang=ar&page=2")
	if !strings.Contains(filtered, `rel="prev" href="/?lang=ar"`) {
		t.Error("page links drop the filters")
	}
}

func TestStory(t *testing.T) {
	h, st := corpusServer(t)
	d := storyWith(t, h, st, "Benhadda")
	sid := strconv.FormatInt(d.ID, 10)
	_, body := get(t, h, "/stories/"+sid)
	for _, a := range d.ArticleList {
		if !strings.Contains(body, template.HTMLEscapeString(a.Title)) {
			t.Errorf("story page lacks article %q", a.Title)
		}
		if !strings.Contains(body, `href="/articles/`+strconv.FormatInt(a.ID, 10)+`"`) {
			t.Errorf("story page lacks a link to article %d", a.ID)
		}
	}
	for _, want := range []string{
		`<svg class="chart bars"`, "First reported", `id="spread"`, "Articles by language", `dir="auto"`,
		`href="/entities/person:bnht"`, "Why these articles are together", `class="evidence"`, `id="thread"`,
		`<link rel="alternate" type="application/atom+xml"`, `lang="ar"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %s", want)
		}
	}

	var raw map[string]any
	getJSON(t, h, "/api/v1/stories/"+sid, 200, &raw)
	requireKeys(t, "story", raw, "id", "title", "articles", "languages", "outlets", "names", "first_report",
		"spread", "timeline", "article_list", "entities", "quotes", "sources", "thread")
	var v api.StoryDetail
	getJSON(t, h, "/api/v1/stories/"+sid, 200, &v)
	if len(v.ArticleList) != d.Articles || v.Articles != d.Articles {
		t.Errorf("article_list has %d articles, story %d", len(v.ArticleList), d.Articles)
	}
	if v.FirstReport == nil || v.FirstReport.Published == "" {
		t.Error("no first report")
	}
	if len(v.Spread.Languages) != len(d.Languages) {
		t.Errorf("spread over %d languages, story has %v", len(v.Spread.Languages), d.Languages)
	}
	if len(v.Spread.Languages) > 0 && (v.Spread.Languages[0].DelaySeconds == nil || *v.Spread.Languages[0].DelaySeconds != 0) {
		t.Error("the first language's delay is not 0")
	}
	evidence := 0
	for _, a := range v.ArticleList {
		if a.Evidence != nil {
			evidence++
		}
	}
	if evidence == 0 {
		t.Error("no article carries its evidence")
	}
	var byKey bool
	for _, e := range v.Entities {
		if e.Key == "person:bnht" {
			byKey = true
			scripts := map[string]bool{}
			for _, vr := range e.Variants {
				scripts[vr.Script] = true
			}
			if !scripts["Latin"] || !scripts["Arabic"] {
				t.Errorf("Benhadda's variants are in scripts %v, want Latin and Arabic", scripts)
			}
		}
	}
	if !byKey {
		t.Error("story entities lack person:bnht")
	}
}

func TestArticle(t *testing.T) {
	h, st := corpusServer(t)
	d := storyWith(t, h, st, "بنحدة")
	var ar store.ArticleRow
	for _, a := range d.ArticleList {
		if a.Language == "ar" {
			ar = a
		}
	}
	aid := strconv.FormatInt(ar.ID, 10)
	full, err := st.Article(context.Background(), ar.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/articles/" + aid} {
		_, body := get(t, h, path)
		for _, want := range []string{
			`<h1 lang="ar" dir="auto">` + template.HTMLEscapeString(full.Title) + `</h1>`,
			`<div class="text" lang="ar">`, `<p dir="auto">`, `<a class="mention person" href="/entities/person:bnht"`,
			`href="/stories/` + strconv.FormatInt(d.ID, 10) + `"`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
		if n := strings.Count(body, `<p dir="auto">`); n != len(full.Paragraphs()) {
			t.Errorf("%s: %d paragraphs, want %d", path, n, len(full.Paragraphs()))
		}
	}

	var raw map[string]any
	getJSON(t, h, "/api/v1/articles/"+aid, 200, &raw)
	requireKeys(t, "article", raw, "id", "title", "language", "published", "outlet", "story_id", "authors", "text", "facts", "story")
	var v api.ArticleDetail
	getJSON(t, h, "/api/v1/articles/"+aid, 200, &v)
	if v.Text != full.Text || v.Language != "ar" || v.Story == nil || v.Story.ID != d.ID || v.StoryID != d.ID {
		t.Errorf("article JSON: language %q, story %+v, text equal %v", v.Language, v.Story, v.Text == full.Text)
	}
	if len(v.Facts.Entities) == 0 {
		t.Error("article JSON has no entities")
	}
}

func TestEntity(t *testing.T) {
	h, _ := corpusServer(t)
	_, body := get(t, h, "/entities/person:bnht")
	for _, want := range []string{"<h1 dir=\"auto\">", "Written as", "Arabic", "Latin", "بنحدة", "Benhadda",
		`<svg class="chart bars"`, `class="stories"`, "Appears with", `href="/entities/person:bnht/feed.atom"`} {
		if !strings.Contains(body, want) {
			t.Errorf("entity page lacks %s", want)
		}
	}
	var raw map[string]any
	getJSON(t, h, "/api/v1/entities/person:bnht", 200, &raw)
	requireKeys(t, "entity", raw, "key", "name", "type", "articles", "mentions", "variants", "stories", "article_list",
		"days", "related", "limit", "offset", "next_offset")
	var v api.EntityDetail
	getJSON(t, h, "/api/v1/entities/person:bnht?limit=1", 200, &v)
	if v.Key != "person:bnht" || v.Type != "person" || len(v.ArticleList) != 1 || v.NextOffset == nil {
		t.Errorf("entity JSON: key %q type %q, %d articles, next %v", v.Key, v.Type, len(v.ArticleList), v.NextOffset)
	}
	var page2 api.EntityDetail
	getJSON(t, h, "/api/v1/entities/person:bnht?limit=1&offset=1", 200, &page2)
	if len(page2.ArticleList) != 1 || page2.ArticleList[0].ID == v.ArticleList[0].ID {
		t.Error("entity articles do not page")
	}
	// Keys with spaces are path-escaped.
	var withSpace string
	for _, e := range v.Related {
		if strings.Contains(e.Key, " ") {
			withSpace = e.Key
		}
	}
	if withSpace != "" {
		if res, _ := get(t, h, entityURL(withSpace)); res.StatusCode != 200 {
			t.Errorf("%s: %d", entityURL(withSpace), res.StatusCode)
		}
	}
}

func TestSearch(t *testing.T) {
	h, _ := corpusServer(t)
	// A Latin-script name finds the Arabic article that writes it بنحدة.
	var res api.SearchResult
	getJSON(t, h, "/api/v1/search?q=Benhadda", 200, &res)
	if len(res.Entities) == 0 || res.Entities[0].Key != "person:bnht" {
		t.Errorf("entities %+v, want person:bnht", res.Entities)
	}
	langs := map[string]bool{}
	for _, a := range res.Articles {
		langs[a.Language] = true
		if len(a.Snippet) == 0 || a.Title == "" {
			t.Errorf("article %d: no snippet", a.ID)
		}
	}
	if !langs["ar"] || !langs["es"] {
		t.Errorf("Benhadda found in %v, want ar and es", langs)
	}
	if res.Total < len(res.Articles) || len(res.Stories) == 0 {
		t.Errorf("total %d, %d stories", res.Total, len(res.Stories))
	}
	var raw map[string]any
	getJSON(t, h, "/api/v1/search?q=Benhadda", 200, &raw)
	requireKeys(t, "search", raw, "query", "entities", "total", "stories", "articles", "limit", "offset", "next_offset")
	first := raw["articles"].([]any)[0].(map[string]any)
	requireKeys(t, "search article", first, "id", "title", "language", "snippet")
	if first["source"] == nil && first["url"] == nil {
		t.Error("search article has neither source nor url")
	}

	// Filters and paging.
	var arOnly api.SearchResult
	getJSON(t, h, "/api/v1/search?q=Benhadda&lang=ar", 200, &arOnly)
	for _, a := range arOnly.Articles {
		if a.Language != "ar" {
			t.Errorf("lang=ar found a %s article", a.Language)
		}
	}
	var one api.SearchResult
	getJSON(t, h, "/api/v1/search?q=Benhadda&limit=1", 200, &one)
	if len(one.Articles) != 1 || (one.Total > 1 && one.NextOffset == nil) {
		t.Errorf("limit=1: %d articles, next %v", len(one.Articles), one.NextOffset)
	}

	_, body := get(t, h, "/search?q=Benhadda")
	for _, want := range []string{"Entities matching your query", `href="/entities/person:bnht"`, "<mark>بنحدة</mark>",
		"<mark>Benhadda</mark>", `class="snippet"`, `type="application/atom+xml"`} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	_, body = get(t, h, "/search?q=zzqxnotaword")
	if !strings.Contains(body, "Nothing matches") {
		t.Error("a search that finds nothing does not say so")
	}
}

func TestSearchSeeds(t *testing.T) {
	h, _ := corpusServer(t)
	if !corpus.seeds {
		t.Skip("no seeds at " + seedsDir)
	}
	var res api.SearchResult
	getJSON(t, h, "/api/v1/search?q=Soleimani", 200, &res)
	var arabic bool
	for _, a := range res.Articles {
		arabic = arabic || a.Language == "ar"
	}
	if !arabic {
		t.Errorf("searching Soleimani found no Arabic seed: %+v", res.Articles)
	}
}

func TestFeeds(t *testing.T) {
	h, st := corpusServer(t)
	d := storyWith(t, h, st, "Benhadda")
	for _, path := range []string{
		"/stories/" + strconv.FormatInt(d.ID, 10) + "/feed.atom",
		"/entities/person:bnht/feed.atom",
		"/search/feed.atom?q=Benhadda",
	} {
		res, body := get(t, h, path)
		if res.StatusCode != 200 {
			t.Errorf("%s: %d", path, res.StatusCode)
			continue
		}
		var f atomFeed
		if err := xml.Unmarshal([]byte(body), &f); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if f.ID == "" || f.Title == "" || f.Updated == "" || len(f.Entries) == 0 {
			t.Errorf("%s: id %q title %q updated %q, %d entries", path, f.ID, f.Title, f.Updated, len(f.Entries))
		}
		for _, l := range f.Links {
			if !strings.HasPrefix(l.Href, "http://example.com/") {
				t.Errorf("%s: link %q is not absolute", path, l.Href)
			}
		}
		for _, e := range f.Entries {
			if !strings.HasPrefix(e.ID, "urn:storyline:article:") || e.Updated == "" || e.Title.Text == "" || len(e.Links) == 0 {
				t.Errorf("%s: entry %+v", path, e)
			}
		}
	}
}

func TestHealthz(t *testing.T) {
	h, _ := corpusServer(t)
	var ok api.Health
	getJSON(t, h, "/healthz", 200, &ok)
	if ok.Status != "ok" {
		t.Errorf("healthz %+v", ok)
	}
	st, err := openStore(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	down, err := New(Config{Store: st, Search: restest.Get(t).Search, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	var bad api.Health
	getJSON(t, down, "/healthz", http.StatusServiceUnavailable, &bad)
	if bad.Status != "unavailable" {
		t.Errorf("healthz with a closed store: %+v", bad)
	}
}

func TestStatic(t *testing.T) {
	h, _ := corpusServer(t)
	_, page := get(t, h, "/")
	at := strings.Index(page, `href="/static/style.css?v=`)
	if at < 0 {
		t.Fatal("the page links no versioned style sheet")
	}
	link := page[at+len(`href="`):]
	link = strings.ReplaceAll(link[:strings.IndexByte(link, '"')], "&amp;", "&")
	res, css := get(t, h, link)
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") || !strings.Contains(css, "prefers-color-scheme: dark") {
		t.Errorf("%s: %d, Cache-Control %q", link, res.StatusCode, res.Header.Get("Cache-Control"))
	}
	etag := res.Header.Get("ETag")
	again := do(t, h, http.MethodGet, "/static/style.css", nil, http.Header{"If-None-Match": {etag}})
	if etag == "" || again.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation with ETag %q: %d", etag, again.StatusCode)
	}
	if cc := again.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("unversioned Cache-Control %q", cc)
	}
}

func TestOpenAPICoversRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi %q, want 3.1", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for _, rt := range (&server{}).routes() {
		method, path, ok := strings.Cut(rt.pattern, " ")
		if !ok {
			continue // the fallbacks
		}
		path = strings.TrimSuffix(path, "{$}")
		documented[method+" "+path] = true
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("route %s is not in openapi.json", rt.pattern)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !documented[strings.ToUpper(method)+" "+path] {
				t.Errorf("openapi.json documents %s %s, which no route serves", method, path)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The write API and the XSS test use stores of their own.

// writeServer is a server over a new, empty store with the write API on.
func writeServer(t *testing.T, token string) http.Handler {
	t.Helper()
	st, err := openStore(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := New(Config{Store: st, Search: restest.Get(t).Search, Ingest: ingester(t, st), Token: token, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// post sends body to the write API.
func post(t *testing.T, h http.Handler, token, ctype, body string) (int, string) {
	t.Helper()
	hdr := http.Header{}
	if ctype != "" {
		hdr.Set("Content-Type", ctype)
	}
	if token != "" {
		hdr.Set("Authorization", "Bearer "+token)
	}
	res := do(t, h, http.MethodPost, "/api/v1/articles", strings.NewReader(body), hdr)
	var sb strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := res.Body.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return res.StatusCode, sb.String()
}

const record = `{"title": "Harbour crane collapses in Exampleport, two workers hurt",
 "text": "A container crane collapsed at the port of Exampleport on Tuesday, injuring two workers, the harbour master said.\n\nThe crane, built in 1998, fell onto an empty berth during a storm with gusts of 110 kilometres per hour. Operations at the terminal were suspended while inspectors examined the remaining cranes.",
 "url": "https://news.example/crane", "published": "2026-05-05T10:00:00Z", "language": "en", "outlet": "Example Wire"}`

func TestWriteAPI(t *testing.T) {
	t.Run("off without a token", func(t *testing.T) {
		h := writeServer(t, "")
		if status, _ := post(t, h, "secret", "application/json", record); status != http.StatusForbidden {
			t.Errorf("status %d, want 403", status)
		}
	})
	t.Run("off without an ingester", func(t *testing.T) {
		_, st := corpusServer(t)
		h, err := New(Config{Store: st, Search: restest.Get(t).Search, Token: "secret"})
		if err != nil {
			t.Fatal(err)
		}
		if status, _ := post(t, h, "secret", "application/json", record); status != http.StatusForbidden {
			t.Errorf("status %d, want 403", status)
		}
	})

	h := writeServer(t, "s3cret-token")
	// The home page, cached before the ingest, must not outlive it.
	if _, body := get(t, h, "/"); strings.Contains(body, "Exampleport") {
		t.Fatal("the home page shows an article before it is posted")
	}
	tests := []struct {
		name   string
		token  string
		ctype  string
		body   string
		status int
	}{
		{"no token", "", "application/json", record, http.StatusUnauthorized},
		{"wrong token", "s3cret-tokem", "application/json", record, http.StatusUnauthorized},
		{"token prefix", "s3cret", "application/json", record, http.StatusUnauthorized},
		{"no content type", "s3cret-token", "", record, http.StatusUnsupportedMediaType},
		{"unsupported type", "s3cret-token", "application/pdf", record, http.StatusUnsupportedMediaType},
		{"empty body", "s3cret-token", "application/json", "  ", http.StatusBadRequest},
		{"not JSON", "s3cret-token", "application/json", "{title:", http.StatusBadRequest},
		{"not a record", "s3cret-token", "application/json", `"text"`, http.StatusBadRequest},
		{"array of non-records", "s3cret-token", "application/json", `[1, 2]`, http.StatusBadRequest},
		{"empty array", "s3cret-token", "application/json", `[]`, http.StatusBadRequest},
		{"too large", "s3cret-token", "text/plain", strings.Repeat("word ", maxIngestBytes/5+10), http.StatusRequestEntityTooLarge},
		{"no article in it", "s3cret-token", "application/json", `{"title": "only a title"}`, http.StatusUnprocessableEntity},
		{"record", "s3cret-token", "application/json; charset=utf-8", record, http.StatusCreated},
		{"same record again", "s3cret-token", "application/json", record, http.StatusOK},
	}
	for _, tt := range tests {
		status, body := post(t, h, tt.token, tt.ctype, tt.body)
		if status != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.name, status, tt.status, clipBody(body))
			continue
		}
		if status == http.StatusCreated {
			var sum ingestResponse
			if err := json.Unmarshal([]byte(body), &sum); err != nil || sum.Ingested != 1 {
				t.Errorf("%s: %s", tt.name, body)
			}
		}
	}
	// The ingested article is visible at once.
	var res api.SearchResult
	getJSON(t, h, "/api/v1/search?q=crane+Exampleport", 200, &res)
	if len(res.Articles) != 1 || res.Articles[0].URL != "https://news.example/crane" {
		t.Fatalf("the posted article is not found: %+v", res.Articles)
	}
	if p := res.Articles[0].Source; !strings.HasPrefix(p, "api:") || !strings.HasSuffix(p, "#1") {
		t.Errorf("the posted article's source is %q, want the API and the time it arrived", p)
	}
	var stories api.StoryList
	getJSON(t, h, "/api/v1/stories", 200, &stories)
	if len(stories.Stories) != 1 || !strings.Contains(stories.Stories[0].Title, "crane") {
		t.Errorf("stories %+v", stories.Stories)
	}
	if _, body := get(t, h, "/"); !strings.Contains(body, "Harbour crane collapses in Exampleport") {
		t.Errorf("the home page right after the POST lacks the posted article:\n%s", clipBody(body))
	}
	// HTML and plain text with an "html" record field are accepted too.
	html := `{"title": "Second crane inspected in Exampleport", "html": "<p>Inspectors examined a second crane at the port of Exampleport on Wednesday after Tuesday's collapse injured two workers.</p><p>The harbour master said the crane was safe and the terminal would reopen on Thursday.</p>", "language": "en", "published": "2026-05-06"}`
	if status, body := post(t, h, "s3cret-token", "application/json", html); status != http.StatusCreated {
		t.Errorf("html record: %d %s", status, body)
	}
	text := "Exampleport harbour reopens\n\nThe terminal of Exampleport reopened on Thursday, two days after a crane collapse injured two workers, the harbour master said in a statement to reporters."
	if status, body := post(t, h, "s3cret-token", "text/plain", text); status != http.StatusCreated {
		t.Errorf("plain text: %d %s", status, body)
	}
}

// TestXSS ingests an article full of active content through the write
// API and checks that no page, feed or API answer that shows it carries
// any of it as markup.
func TestXSS(t *testing.T) {
	h := writeServer(t, "tok")
	page, err := os.ReadFile(filepath.Join("testdata", "xss.html"))
	if err != nil {
		t.Fatal(err)
	}
	if status, body := post(t, h, "tok", "text/html", string(page)); status != http.StatusCreated {
		t.Fatalf("ingest: %d %s", status, body)
	}
	hostile := `{"title": "<script>alert('record')</script> Exampleville port reopens", "text": "<p onmouseover=alert('p')>The Exampleville container terminal reopened on Wednesday after the ransomware attack.</p><script>alert('body')</script><p>Engineers restored the loading systems of the port, <img src=x onerror=alert('img')> the port authority said.</p>", "url": "javascript:alert('url')", "outlet": "<svg onload=alert('outlet')>", "language": "en", "published": "2026-05-06"}`
	if status, body := post(t, h, "tok", "application/json", hostile); status != http.StatusCreated {
		t.Fatalf("ingest record: %d %s", status, body)
	}
	var stories api.StoryList
	getJSON(t, h, "/api/v1/stories", 200, &stories)
	if len(stories.Stories) == 0 {
		t.Fatal("nothing stored")
	}
	var paths []string
	for _, s := range stories.Stories {
		id := strconv.FormatInt(s.ID, 10)
		paths = append(paths, "/stories/"+id, "/stories/"+id+"/feed.atom", "/api/v1/stories/"+id)
		var d api.StoryDetail
		getJSON(t, h, "/api/v1/stories/"+id, 200, &d)
		for _, a := range d.ArticleList {
			aid := strconv.FormatInt(a.ID, 10)
			paths = append(paths, "/articles/"+aid, "/api/v1/articles/"+aid)
			if strings.Contains(strings.ToLower(a.URL), "javascript") {
				t.Errorf("article %d keeps URL %q", a.ID, a.URL)
			}
		}
		for _, e := range d.Entities {
			paths = append(paths, entityURL(e.Key), entityURL(e.Key)+"/feed.atom")
		}
	}
	paths = append(paths, "/", "/search?q=Exampleville", "/search?q=script+alert", "/search/feed.atom?q=Exampleville",
		"/api/v1/search?q=Exampleville", "/search?q="+url.QueryEscape("<script>alert(1)</script>"))
	var sawText bool
	for _, path := range paths {
		res, body := get(t, h, path)
		if res.StatusCode != 200 {
			t.Errorf("%s: %d", path, res.StatusCode)
			continue
		}
		sawText = sawText || strings.Contains(body, "Exampleville")
		lower := strings.ToLower(body)
		if strings.Contains(lower, "<script") {
			t.Errorf("%s: holds <script", path)
		}
		if strings.Contains(lower, "<iframe") || strings.Contains(lower, "<object") || strings.Contains(lower, "<embed") ||
			strings.Contains(lower, "<img") {
			t.Errorf("%s: holds an embedding element", path)
		}
		switch ct := res.Header.Get("Content-Type"); {
		case strings.HasPrefix(ct, "text/html"):
			for _, p := range activeMarkup(t, body) {
				t.Errorf("%s: active markup: %s", path, p)
			}
		case strings.HasPrefix(ct, "application/atom+xml"):
			if err := xml.Unmarshal([]byte(body), new(atomFeed)); err != nil {
				t.Errorf("%s: %v", path, err)
			}
			if strings.Contains(lower, `href="javascript`) {
				t.Errorf("%s: a javascript: link", path)
			}
		}
	}
	if !sawText {
		t.Error("the hostile articles' text is shown nowhere")
	}
}

// failingStore fails every story listing with an internal error.
type failingStore struct{ store.Store }

func (failingStore) Stories(context.Context, store.StoryQuery) ([]store.StorySummary, error) {
	return nil, errors.New("database file /secret/path is corrupt")
}

func TestInternalErrors(t *testing.T) {
	_, st := corpusServer(t)
	var logs strings.Builder
	h, err := New(Config{Store: failingStore{st}, Search: restest.Get(t).Search, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/api/v1/stories"} {
		res, body := get(t, h, path)
		if res.StatusCode != http.StatusInternalServerError {
			t.Errorf("%s: %d, want 500", path, res.StatusCode)
		}
		if strings.Contains(body, "secret") || strings.Contains(body, "corrupt") {
			t.Errorf("%s: the answer leaks the cause: %s", path, body)
		}
	}
	if !strings.Contains(logs.String(), "/secret/path is corrupt") {
		t.Errorf("the cause is not logged: %s", logs.String())
	}

	panicky := (&server{log: slog.New(slog.DiscardHandler)}).middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("boom")
	}))
	if res, _ := get(t, panicky, "/"); res.StatusCode != http.StatusInternalServerError {
		t.Errorf("a panic answers %d, want 500", res.StatusCode)
	}
}

func TestWriteAPIConcurrent(t *testing.T) {
	h := writeServer(t, "tok")
	places := []string{"Northhaven", "Southmere", "Eastbrook", "Westfold"}
	var wg sync.WaitGroup
	statuses := make([]int, len(places))
	for i, p := range places {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := p + " council approves new bridge\n\nThe town council of " + p +
				" approved on Monday the construction of a new bridge over the river, the mayor of " + p +
				" said, adding that work would start in the autumn and cost about 40 million euros."
			statuses[i], _ = post(t, h, "tok", "text/plain", text)
		}()
	}
	wg.Wait()
	for i, s := range statuses {
		if s != http.StatusCreated {
			t.Errorf("post %d: %d", i, s)
		}
	}
	var res api.StoryList
	getJSON(t, h, "/api/v1/stories", 200, &res)
	total := 0
	for _, s := range res.Stories {
		total += s.Articles
	}
	if total != len(places) {
		t.Errorf("%d articles stored, want %d", total, len(places))
	}
}

func TestWrongMethod(t *testing.T) {
	h, _ := corpusServer(t)
	tests := []struct {
		method, path string
		status       int
		allow        string
	}{
		{http.MethodDelete, "/api/v1/stories", http.StatusMethodNotAllowed, "GET, HEAD"},
		{http.MethodPost, "/api/v1/stories/1", http.StatusMethodNotAllowed, "GET, HEAD"},
		{http.MethodPut, "/api/v1/articles", http.StatusMethodNotAllowed, "POST"},
		{http.MethodPost, "/search", http.StatusMethodNotAllowed, "GET, HEAD"},
		{http.MethodDelete, "/api/v1/nothing", http.StatusNotFound, ""},
		{http.MethodPost, "/nothing", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		res := do(t, h, tt.method, tt.path, nil, nil)
		if res.StatusCode != tt.status || res.Header.Get("Allow") != tt.allow {
			t.Errorf("%s %s: status %d, Allow %q; want %d, %q", tt.method, tt.path,
				res.StatusCode, res.Header.Get("Allow"), tt.status, tt.allow)
		}
	}
}
