// Package store defines how storyline persists articles and stories. The
// Store interface has one implementation per database: store/sqlite is the
// embedded default; a PostgreSQL one can follow behind the same interface,
// held to the same contract suite in store/storetest.
//
// The write side takes what ingest hands it: articles with their facts and
// the clusterer's story profiles (story.Profile, story.Score), which
// Profiles gives back to the clusterer when ingest resumes. The read side
// that the faces use (Stories, Story, Articles, Search, Entity ...) answers
// with the row types of this package only, so that the clusterer's
// in-memory types can change without the web and the CLI noticing.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/story"
)

// ThreadLinkEntities is how many main entities (the most mentioned persons
// and organisations of each, story.Profile.MainPeople) two stories must
// share to be in one thread.
const ThreadLinkEntities = 2

// ErrNotFound reports a story or article that is not stored.
var ErrNotFound = errors.New("not found")

// ErrLocked reports a Save refused because another writer holds the
// store's writer lock (see Store.LockWriter).
var ErrLocked = errors.New("another writer holds the store's writer lock")

// Writer is a process that holds, or held, a store's writer lock.
type Writer struct {
	// Name says what the writer does ("storyline ingest").
	Name string
	// PID is its process id on Host.
	PID  int
	Host string
	// Since is when it took the lock.
	Since time.Time
}

// String describes the writer for a message: "storyline ingest (pid 42
// on host1, writing since 10:04:05 UTC)".
func (w Writer) String() string {
	name := w.Name
	if name == "" {
		name = "a writer"
	}
	where := fmt.Sprintf("pid %d", w.PID)
	if w.Host != "" {
		where += " on " + w.Host
	}
	return fmt.Sprintf("%s (%s, writing since %s)", name, where, w.Since.UTC().Format("2006-01-02 15:04:05 UTC"))
}

// Store persists articles and the stories they form.
type Store interface {
	// Seen reports which of the given hashes (raw input hashes or content
	// hashes) are already stored.
	Seen(ctx context.Context, hashes []string) (map[string]bool, error)
	// Save writes a batch of articles and the story profiles they changed,
	// all or nothing. Articles whose content hash is stored already are
	// skipped and counted as duplicates.
	Save(ctx context.Context, b Batch) (SaveResult, error)
	// Profiles returns, in id order, the profiles of the stories whose
	// dates overlap [from, to]; with undated set, those of the stories
	// without any dated article instead.
	Profiles(ctx context.Context, from, to time.Time, undated bool) ([]*story.Profile, error)
	// NewStoryIDs reserves n story ids for new stories and returns the
	// first: first, first+1, ... first+n-1 are the caller's alone. No id
	// is handed out twice, by any handle on the store, even once the story
	// that had it was merged away, and every id is above those of the
	// stored stories.
	NewStoryIDs(ctx context.Context, n int) (first int64, err error)
	// LockWriter makes the caller the one writer of the store's articles
	// and stories until it calls release, so that writers in several
	// processes (two ingests, an ingest beside a server taking posts)
	// take turns instead of changing the same stories at once. While
	// another writer holds the lock it waits, calling waiting (when not
	// nil) with the holder each time the holder changes, until the lock
	// is free or ctx is done. The lock of a writer that died is taken
	// over. While a writer holds the lock, Save from any other caller
	// fails with ErrLocked.
	LockWriter(ctx context.Context, name string, waiting func(holder Writer)) (release func() error, err error)
	// Stories lists stories, newest and largest first.
	Stories(ctx context.Context, q StoryQuery) ([]StorySummary, error)
	// Story returns one story with its articles, oldest first.
	Story(ctx context.Context, id int64) (StoryDetail, error)
	// Articles calls fn for every stored article in id order.
	Articles(ctx context.Context, fn func(ArticleRow) error) error
	// Thread returns the stories that share main entities with a story,
	// directly or through one another (at most limit, the story itself
	// included), oldest first.
	Thread(ctx context.Context, storyID int64, limit int) ([]StorySummary, error)
	// ArticleRow returns one stored article without its text: its story
	// and the evidence it joined on.
	ArticleRow(ctx context.Context, id int64) (ArticleRow, error)
	// Article returns one stored article with its text.
	Article(ctx context.Context, id int64) (article.Article, error)
	// Facts returns what analysis found in an article.
	Facts(ctx context.Context, articleID int64) (article.Facts, error)
	// ReplaceFacts replaces an article's facts and search terms with new
	// ones, as when the article is analysed again.
	ReplaceFacts(ctx context.Context, articleID int64, f article.Facts, terms []string) error
	// StoryFacts gathers what the articles of a story name, quote and cite.
	StoryFacts(ctx context.Context, storyID int64) (StoryFacts, error)
	// Entity returns one entity with its variants, stories, articles and
	// the entities it appears with; ErrNotFound when no article names it.
	Entity(ctx context.Context, key string, q EntityQuery) (EntityDetail, error)
	// Entities returns the summaries of the stored entities among keys,
	// most mentioned first; keys no article names are left out.
	Entities(ctx context.Context, keys []string) ([]EntitySummary, error)
	// Search finds articles by their analysed terms and by the entities
	// they name, best matches first.
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
	// Members returns the articles that consolidation regroups, each with
	// its own evidence and its story, in article id order: those dated (by
	// publication, else by estimate) within [q.From, q.To], with q.Undated
	// those dated neither way too, and every article of the stories
	// q.Stories; with q.All, every article. Articles stored without their
	// own evidence are left out.
	Members(ctx context.Context, q MemberQuery) ([]story.Member, error)
	// Regroup stores what a consolidation changed, all or nothing: the
	// regrouped stories with their articles, the removal of the stories
	// left empty and the moves between stories.
	Regroup(ctx context.Context, r story.Regrouping) error
	// Moves returns the moves of articles out of a story and into it,
	// oldest first.
	Moves(ctx context.Context, storyID int64) ([]StoryMove, error)
	// Redirect returns where the articles of a story that no longer exists
	// went: the story that took most of them, followed to one that exists;
	// ErrNotFound when the story never existed or its articles are gone.
	Redirect(ctx context.Context, storyID int64) (int64, error)
	// Version is a number that changes whenever the stored data changes
	// (a Save that writes anything, a ReplaceFacts), by this process or
	// another one, and never when it is only read; what is derived from
	// the data may be kept until it changes.
	Version(ctx context.Context) (int64, error)
	// Close releases the store.
	Close() error
}

// Batch is a unit of ingest that is stored all or nothing.
type Batch struct {
	Articles []Entry
	// Stories are the profiles the batch's articles created or changed.
	Stories []*story.Profile
	// Merges maps stories merged away to the story that absorbed them:
	// their articles move there and they are deleted. Applied before the
	// batch's articles and profiles are written.
	Merges map[int64]int64
}

// Entry is one article to store with its identity and story.
type Entry struct {
	Article article.Article
	// RawHash identifies the input bytes the article came from.
	RawHash string
	// ContentHash identifies the article's content; storing the same
	// content twice is a no-op.
	ContentHash string
	// StoryID is the story the article joined.
	StoryID int64
	// Facts are what analysis found in the article.
	Facts article.Facts
	// Terms are the article's distinct analysed terms (stems of its title
	// and body, as analyze gives them), which search matches.
	Terms []string
	// Evidence is why the article joined its story: its score against the
	// story as it stood; nil for an article that started its story.
	Evidence *story.Score
	// Profile is the article's own evidence (story.ArticleProfile), which
	// consolidation regroups; nil: the article is never regrouped.
	Profile *story.Profile
}

// MemberQuery selects the articles consolidation regroups (Store.Members).
type MemberQuery struct {
	From, To time.Time
	Undated  bool
	Stories  []int64
	// All selects every article stored with its own evidence.
	All bool
}

// StoryMove is a move of articles from one story to another, by
// consolidation or by a merge: a merge when the story they left no
// longer exists, a split when it goes on.
type StoryMove struct {
	From, Into int64
	Articles   int
	Merged     bool
	At         time.Time
}

// SaveResult tells what a Save stored.
type SaveResult struct {
	// IDs holds the new article ids, in batch order; zero for duplicates.
	IDs        []int64
	Inserted   int
	Duplicates int
}

// StoryQuery selects stories to list.
type StoryQuery struct {
	// Limit caps the number of stories; zero means no cap.
	Limit int
	// Offset skips that many stories first.
	Offset int
	// Language keeps the stories with an article in this language.
	Language string
	// From and To keep the stories whose dates overlap [From, To]; a zero
	// bound is open. With either set, undated stories are left out.
	From, To time.Time
	// Entity keeps the stories whose articles name this entity key.
	Entity string
}

// StorySummary is one row of the story list.
type StorySummary struct {
	ID        int64
	Title     string
	Articles  int
	Languages []string
	// First and Last bound the publication times of the story's dated
	// articles; zero for an undated story.
	First, Last time.Time
	// FirstDateOnly and LastDateOnly report that only the day of First or
	// Last is known: no article published then gives a time of day.
	FirstDateOnly, LastDateOnly bool
	// Outlets are the story's outlets, most articles first (at most 8).
	Outlets []string
	// Activity counts the story's dated articles per day from First to
	// Last, in at most 30 equal buckets; empty for an undated story.
	// Filled by Stories only.
	Activity []int
}

// StoryFacts is what the articles of one story name, quote and cite.
type StoryFacts struct {
	// Entities are the story's entities, most mentioned first, each with
	// its written variants in the story.
	Entities []EntitySummary
	// Quotes are the story's quotations, in article order.
	Quotes []QuoteRow
	// Sources are who the story's articles cite, in article order.
	Sources []SourceRow
}

// EntitySummary is an entity with how often and how it is written.
type EntitySummary struct {
	Key  string
	Name string
	Type string
	// Articles counts the articles that name it; Mentions its mentions.
	Articles int
	Mentions int
	// Variants are the forms it is written in, most used first.
	Variants []Variant
}

// Variant is one written form of an entity in one language.
type Variant struct {
	Text     string
	Language string
	// Articles counts the articles that write it so.
	Articles int
}

// QuoteRow is a quotation with the article it is in.
type QuoteRow struct {
	ArticleID int64
	Language  string
	Outlet    string
	article.Quote
}

// SourceRow is a cited source with the article that cites it.
type SourceRow struct {
	ArticleID int64
	Outlet    string
	article.Source
}

// EntityQuery pages the stories and articles of an entity.
type EntityQuery struct {
	// Limit caps the stories and the articles returned; zero means 50.
	Limit int
	// Offset skips that many articles first.
	Offset int
}

// EntityDetail is an entity with where it appears.
type EntityDetail struct {
	EntitySummary
	// Stories are the stories that name it, newest first.
	Stories []StorySummary
	// ArticleList are the articles that name it, newest first.
	ArticleList []ArticleRow
	// Days counts the articles that name it per publication day, oldest
	// first.
	Days []DayCount
	// Related are the entities named in the most articles with it (at
	// most 20, without variants).
	Related []EntitySummary
}

// DayCount is a number of articles on one day.
type DayCount struct {
	Day      time.Time
	Articles int
}

// SearchQuery selects articles by terms and entities.
type SearchQuery struct {
	// Terms are alternatives for each query word: an article matches a
	// word when it holds any of the word's terms, and the query when it
	// matches every word, or names one of EntityKeys.
	Terms [][]string
	// EntityKeys are entities the query names, found in every script.
	EntityKeys []string
	// Language, From and To filter the articles; empty or zero is open.
	Language string
	From, To time.Time
	// Limit caps the articles (zero means 20); Offset skips some first.
	Limit, Offset int
}

// SearchResult is what a search found.
type SearchResult struct {
	// Articles are the matches on this page, best first.
	Articles []ArticleRow
	// Total counts all matching articles.
	Total int
	// Stories are the stories of the matching articles, most matches
	// first (at most 20).
	Stories []StorySummary
}

// StoryNames is how many of a story's names Story returns.
const StoryNames = 12

// StoryDetail is a story with its articles.
type StoryDetail struct {
	StorySummary
	// Names are the names of the story's entities (persons,
	// organisations, places), most mentioned first (at most StoryNames);
	// never nil.
	Names       []string
	ArticleList []ArticleRow
}

// ArticleRow is a stored article without its body.
type ArticleRow struct {
	ID        int64
	Path      string
	URL       string
	Title     string
	Language  string
	Published time.Time
	DateOnly  bool
	Outlet    string
	StoryID   int64
	// Evidence is why the article joined its story, when it did not
	// start it.
	Evidence *Evidence
}

// Evidence is why an article joined its story: its similarity to the
// story as it stood, as the clusterer scored it (the story.Score that
// Entry.Evidence hands in, copied by EvidenceOf). A store keeps it in its
// JSON encoding.
type Evidence struct {
	// Value is the similarity in [0,1].
	Value float64 `json:"score"`
	// Names, Terms, Numbers and Concepts are the parts of the evidence,
	// each in [0,1].
	Names    float64 `json:"names"`
	Terms    float64 `json:"terms"`
	Numbers  float64 `json:"numbers"`
	Concepts float64 `json:"concepts"`
	// Time is the factor for the distance between the dates.
	Time float64 `json:"time"`
	// CrossLanguage reports that the article and the story shared no
	// language.
	CrossLanguage bool `json:"cross_language"`
	// DaysApart is the gap in days between the dates; -1 when unknown.
	DaysApart float64 `json:"days_apart"`
	// SharedNames, SharedTerms, SharedConcepts and SharedNumbers list the
	// evidence both sides shared, strongest first.
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

// EvidenceOf copies a clusterer's score into the evidence a store keeps;
// nil stays nil.
func EvidenceOf(s *story.Score) *Evidence {
	if s == nil {
		return nil
	}
	// Evidence has story.Score's fields, in its order: a conversion copies
	// them, and a field added to one and not the other fails to compile.
	e := Evidence(*s)
	return &e
}
