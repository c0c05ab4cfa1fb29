// Package api defines the JSON documents storyline writes, one Go type per
// thing (a story, an article, an entity, ...), the same whichever face
// writes them: the web API under /api/v1 and the CLI's JSON output
// (stories --json, story --json, export --format jsonl, extract --json).
// The shapes are documented once, in the OpenAPI document the web serves
// at /api/v1/openapi.json (internal/web/openapi.json); which of them each
// CLI command prints is named there too.
//
// The rules every document follows:
//   - Field names are snake_case and stable.
//   - Lists are [] when empty, never null (those inside an article's facts
//     or a score may be null).
//   - A day is written "YYYY-MM-DD" (RFC 3339 full-date): the periods of a
//     timeline, the days of an entity.
//   - A time is written in RFC 3339 ("2020-02-23T14:05:00Z", or with the
//     offset its source gave) when its time of day is known, and as the day
//     alone ("2020-02-23") when only the day is: an article's publication
//     time, and a story's first and last, which are those of its articles.
//     A time that is unknown is left out.
package api

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

// Story is a story in a list.
type Story struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Articles  int      `json:"articles"`
	Languages []string `json:"languages"`
	// Outlets are the story's outlets, most articles first (at most 8).
	Outlets []string `json:"outlets"`
	// First and Last bound the publication times of its dated articles.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Activity counts the dated articles per period from first to last;
	// given in lists only.
	Activity []int `json:"activity,omitempty"`
}

// StoryOf is the document of a stored story.
func StoryOf(s store.StorySummary) Story {
	return Story{ID: s.ID, Title: s.Title, Articles: s.Articles, Languages: nonNil(s.Languages),
		Outlets: nonNil(s.Outlets), First: article.FormatDate(s.First, s.FirstDateOnly), Last: article.FormatDate(s.Last, s.LastDateOnly),
		Activity: s.Activity}
}

// StoryList is a page of stories: GET /api/v1/stories, and all of them or
// the first --limit from `storyline stories --json`.
type StoryList struct {
	Stories []Story `json:"stories"`
	// Entity is the entity filter as found.
	Entity *Entity `json:"entity,omitempty"`
	Limit  int     `json:"limit"`
	Offset int     `json:"offset"`
	// NextOffset is the offset of the next page, null on the last.
	NextOffset *int `json:"next_offset"`
}

// StoryDetail is one story with everything known of it:
// GET /api/v1/stories/{id} and `storyline story --json ID`.
type StoryDetail struct {
	Story
	// Names are the story's most mentioned names as written.
	Names []string `json:"names"`
	// FirstReport is the earliest dated article; null when none is dated.
	FirstReport *Article `json:"first_report"`
	Spread      Spread   `json:"spread"`
	Timeline    []Period `json:"timeline"`
	// ArticleList are the dated articles oldest first, then the undated.
	ArticleList []Article `json:"article_list"`
	Entities    []Entity  `json:"entities"`
	Quotes      []Quote   `json:"quotes"`
	Sources     []Source  `json:"sources"`
	// Thread are the other stories that share the story's main people
	// and organisations.
	Thread []Story `json:"thread"`
	// Moves are the moves of articles into the story and out of it,
	// oldest first: stories merged into it, parts split off it.
	Moves []Move `json:"moves"`
}

// Move is a move of articles from one story to another, by consolidation
// or a merge.
type Move struct {
	From     int64 `json:"from"`
	Into     int64 `json:"into"`
	Articles int   `json:"articles"`
	// Merged reports that From no longer exists (its address redirects
	// to Into); otherwise part of it split off into Into.
	Merged bool   `json:"merged"`
	At     string `json:"at"`
}

// MoveOf is the document of a move.
func MoveOf(m store.StoryMove) Move {
	return Move{From: m.From, Into: m.Into, Articles: m.Articles, Merged: m.Merged, At: m.At.UTC().Format(time.RFC3339)}
}

// Spread is how a story spread across languages and outlets.
type Spread struct {
	Languages []SpreadRow `json:"languages"`
	Outlets   []SpreadRow `json:"outlets"`
}

// SpreadRow is the first article of a story in one language or outlet.
type SpreadRow struct {
	// Key is the language code or the outlet.
	Key     string  `json:"key"`
	Article Article `json:"article"`
	// DelaySeconds is the time after the first report; null when a date
	// is unknown.
	DelaySeconds *int64 `json:"delay_seconds"`
	Articles     int    `json:"articles"`
}

// Period counts the articles of one period of a timeline by language.
type Period struct {
	Start     string         `json:"start"`
	End       string         `json:"end"`
	Languages map[string]int `json:"languages"`
}

// Article is a stored article without its text: in lists, and one per
// line from `storyline export --format jsonl`.
type Article struct {
	ID int64 `json:"id"`
	ArticleInfo
	StoryID int64 `json:"story_id,omitempty"`
	// Evidence is why the article joined its story; left out for the
	// article that started it.
	Evidence *Score `json:"evidence,omitempty"`
}

// ArticleInfo is what an article is, stored or not.
type ArticleInfo struct {
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	// URL is the original's address, given only when it is http(s).
	URL string `json:"url,omitempty"`
	// Source names where the article came from without the server's
	// folders: the file's name, or the address of the page or feed.
	Source string `json:"source,omitempty"`
	// Path is the file the article was read from: given by the local
	// commands (extract, export), never by the HTTP API.
	Path string `json:"path,omitempty"`
}

// SourceLabel names where an article came from, given the path it was
// read from: the host and path of an http(s) address, else the file's
// name ("dir/file.jsonl#3" is "file.jsonl#3").
func SourceLabel(path string) string {
	if path == "" {
		return ""
	}
	if u, err := url.Parse(path); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return strings.TrimSuffix(u.Host+u.EscapedPath(), "/")
	}
	file, record, _ := strings.Cut(path, "#")
	file = strings.TrimRight(file, `/\`)
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	if record != "" {
		return file + "#" + record
	}
	return file
}

// ArticleOf is the document of a stored article's row.
func ArticleOf(r store.ArticleRow) Article {
	return Article{ID: r.ID, StoryID: r.StoryID, Evidence: ScoreOf(r.Evidence), ArticleInfo: ArticleInfo{
		Title: r.Title, Language: r.Language, Published: article.FormatDate(r.Published, r.DateOnly), Outlet: r.Outlet,
		URL: HTTPURL(r.URL), Source: SourceLabel(r.Path)}}
}

// ExportedArticleOf is ArticleOf with the path the article was read
// from, for `storyline export`.
func ExportedArticleOf(r store.ArticleRow) Article {
	a := ArticleOf(r)
	a.Path = r.Path
	return a
}

// infoOf is what an article is.
func infoOf(a article.Article) ArticleInfo {
	return ArticleInfo{Title: a.Title, Language: a.Language, Published: article.FormatDate(a.Published, a.DateOnly),
		Outlet: a.Outlet, URL: HTTPURL(a.URL), Source: SourceLabel(a.Path)}
}

// ArticleDetail is a stored article with its text and what analysis
// found in it: GET /api/v1/articles/{id}.
type ArticleDetail struct {
	Article
	Authors []string `json:"authors"`
	// Text is the body, paragraphs separated by a blank line.
	Text  string `json:"text"`
	Facts Facts  `json:"facts"`
	// Story is the article's story; null when it is not stored.
	Story *Story `json:"story"`
}

// ArticleDetailOf is the document of a stored article, its facts, its row
// in the store and its story (nil when it cannot be found).
func ArticleDetailOf(a article.Article, f article.Facts, row store.ArticleRow, story *store.StorySummary) ArticleDetail {
	stored := Article{ID: row.ID, ArticleInfo: infoOf(a), StoryID: row.StoryID, Evidence: ScoreOf(row.Evidence)}
	out := ArticleDetail{Article: stored, Authors: nonNil(a.Authors), Text: a.Text, Facts: FactsOf(f)}
	if story != nil {
		s := StoryOf(*story)
		out.Story = &s
	}
	return out
}

// Extracted is an article as analysis finds it before it is stored: one
// per line from `storyline extract --json`. It has the fields of
// ArticleDetail but those only a stored article has (id, story_id,
// evidence, story), and its facts inline (entities, dates, quotes and
// sources beside the title) rather than under "facts".
type Extracted struct {
	ArticleInfo
	Authors []string `json:"authors"`
	Text    string   `json:"text"`
	Facts
}

// ExtractedOf is the document of an extracted article and its facts.
func ExtractedOf(a article.Article, f article.Facts) Extracted {
	info := infoOf(a)
	info.Path = a.Path
	return Extracted{ArticleInfo: info, Authors: nonNil(a.Authors), Text: a.Text, Facts: FactsOf(f)}
}

// Facts is what analysis found in an article.
type Facts struct {
	Entities []article.Entity `json:"entities"`
	Dates    []article.Date   `json:"dates"`
	Quotes   []article.Quote  `json:"quotes"`
	Sources  []article.Source `json:"sources"`
}

// FactsOf is the document of an article's facts.
func FactsOf(f article.Facts) Facts {
	return Facts{Entities: nonNil(f.Entities), Dates: nonNil(f.Dates), Quotes: nonNil(f.Quotes),
		Sources: nonNil(f.Sources)}
}

// Score is why an article joined its story, or how alike two articles
// are (`storyline compare --json`): a similarity in [0,1] by kind of
// evidence.
type Score struct {
	Value    float64 `json:"score"`
	Names    float64 `json:"names"`
	Terms    float64 `json:"terms"`
	Numbers  float64 `json:"numbers"`
	Concepts float64 `json:"concepts"`
	Time     float64 `json:"time"`
	// CrossLanguage reports that the two sides share no language.
	CrossLanguage bool `json:"cross_language"`
	// DaysApart is the gap in days between the dates; -1 when unknown.
	DaysApart      float64  `json:"days_apart"`
	SharedNames    []string `json:"shared_names"`
	SharedTerms    []string `json:"shared_terms"`
	SharedConcepts []string `json:"shared_concepts"`
	SharedNumbers  []string `json:"shared_numbers"`
	// Against is the factor of the evidence against one story (1: nothing
	// conflicts); PlaceConflict, DateConflict, NumberConflict and
	// PeopleConflict are its parts, each in [0,1].
	Against        float64 `json:"against"`
	PlaceConflict  float64 `json:"place_conflict"`
	DateConflict   float64 `json:"date_conflict"`
	NumberConflict float64 `json:"number_conflict"`
	PeopleConflict float64 `json:"people_conflict"`
	// OnlyPlaces, OnlyDays, OnlyNumbers and OnlyPeople show each conflict:
	// what one side alone names, then what the other alone names.
	OnlyPlaces  []string `json:"only_places"`
	OnlyDays    []string `json:"only_days"`
	OnlyNumbers []string `json:"only_numbers"`
	OnlyPeople  []string `json:"only_people"`
}

// ScoreOf is the document of an article's evidence; nil stays nil.
func ScoreOf(e *store.Evidence) *Score {
	if e == nil {
		return nil
	}
	// Score has store.Evidence's fields, in its order: a conversion copies
	// them, and a field added to one and not the other fails to compile.
	s := Score(*e)
	return &s
}

// Entity is an entity with its written forms.
type Entity struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	// Type is person, organization or place.
	Type string `json:"type"`
	// Articles counts the articles that name it; Mentions its mentions.
	Articles int       `json:"articles"`
	Mentions int       `json:"mentions"`
	Variants []Variant `json:"variants"`
}

// Variant is one written form of an entity.
type Variant struct {
	Text     string `json:"text"`
	Language string `json:"language"`
	// Script is the writing system of Text (Script), "" when unknown.
	Script   string `json:"script"`
	Articles int    `json:"articles"`
}

// EntityOf is the document of a stored entity.
func EntityOf(e store.EntitySummary) Entity {
	out := Entity{Key: e.Key, Name: e.Name, Type: e.Type, Articles: e.Articles, Mentions: e.Mentions,
		Variants: make([]Variant, len(e.Variants))}
	for i, v := range e.Variants {
		out.Variants[i] = Variant{Text: v.Text, Language: v.Language, Script: Script(v.Text), Articles: v.Articles}
	}
	return out
}

// EntityDetail is an entity with where it appears:
// GET /api/v1/entities/{key}.
type EntityDetail struct {
	Entity
	Stories     []Story   `json:"stories"`
	ArticleList []Article `json:"article_list"`
	// Days counts the articles that name it per publication day.
	Days []Day `json:"days"`
	// Related are the entities named in the most articles with it.
	Related    []Entity `json:"related"`
	Limit      int      `json:"limit"`
	Offset     int      `json:"offset"`
	NextOffset *int     `json:"next_offset"`
}

// Day is a number of articles on one day.
type Day struct {
	Day      string `json:"day"`
	Articles int    `json:"articles"`
}

// DayOf is the document of a day's count.
func DayOf(d store.DayCount) Day { return Day{Day: FormatDay(d.Day), Articles: d.Articles} }

// Quote is a quotation with the article it is in.
type Quote struct {
	ArticleID int64  `json:"article_id"`
	Language  string `json:"language"`
	Outlet    string `json:"outlet"`
	article.Quote
}

// QuoteOf is the document of a story's quotation.
func QuoteOf(q store.QuoteRow) Quote {
	return Quote{ArticleID: q.ArticleID, Language: q.Language, Outlet: q.Outlet, Quote: q.Quote}
}

// Source is a source an article cites, with the article.
type Source struct {
	ArticleID int64 `json:"article_id"`
	// Outlet is the citing article's outlet.
	Outlet string `json:"outlet"`
	article.Source
}

// SourceOf is the document of a story's cited source.
func SourceOf(s store.SourceRow) Source {
	return Source{ArticleID: s.ArticleID, Outlet: s.Outlet, Source: s.Source}
}

// SearchResult is what a search found: GET /api/v1/search.
type SearchResult struct {
	Query string `json:"query"`
	// Entities are the stored entities the query names.
	Entities []Entity `json:"entities"`
	// Total counts all matching articles.
	Total      int     `json:"total"`
	Stories    []Story `json:"stories"`
	Articles   []Hit   `json:"articles"`
	Limit      int     `json:"limit"`
	Offset     int     `json:"offset"`
	NextOffset *int    `json:"next_offset"`
}

// Hit is an article that matches a search, with its snippet.
type Hit struct {
	Article
	// TitleFragments and Snippet split the title and the best passage
	// into pieces that match the query or not.
	TitleFragments []Fragment `json:"title_fragments"`
	Snippet        []Fragment `json:"snippet"`
}

// Fragment is a piece of text that matches a query or not.
type Fragment struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// Error is the body of every error the API answers.
type Error struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// Health is the body of /healthz.
type Health struct {
	Status string `json:"status"`
	Store  string `json:"store"`
}

// Convert applies f to every element of in; never nil, so that lists are
// [] rather than null.
func Convert[T, U any](in []T, f func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

// FormatDay writes the day of t as "YYYY-MM-DD"; "" when t is zero.
func FormatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// HTTPURL returns raw when it is an absolute http or https URL, and ""
// otherwise: javascript:, data: and relative links from untrusted
// articles are dropped.
func HTTPURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// scripts are the writing systems Script names, in the order ties are
// broken.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin},
	{"Arabic", unicode.Arabic},
	{"Cyrillic", unicode.Cyrillic},
	{"Han", unicode.Han},
	{"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana},
	{"Hangul", unicode.Hangul},
	{"Hebrew", unicode.Hebrew},
	{"Greek", unicode.Greek},
	{"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali},
	{"Armenian", unicode.Armenian},
	{"Georgian", unicode.Georgian},
	{"Thai", unicode.Thai},
}

// Script names the script most letters of s are written in, "" when s has
// no letter of a known script.
func Script(s string) string {
	counts := make([]int, len(scripts))
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for i, sc := range scripts {
			if unicode.Is(sc.table, r) {
				counts[i]++
				break
			}
		}
	}
	best := -1
	for i, n := range counts {
		if n > 0 && (best < 0 || n > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return scripts[best].name
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
