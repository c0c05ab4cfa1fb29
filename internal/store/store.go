// Package store defines how storyline persists articles and stories. The
// Store interface has one implementation per database: store/sqlite is the
// embedded default; a PostgreSQL one can follow behind the same interface,
// held to the same contract suite in store/storetest.
package store

import (
	"context"
	"errors"
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
	// LastStoryID is the highest story id stored, 0 when there is none.
	LastStoryID(ctx context.Context) (int64, error)
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
	// Article returns one stored article with its text.
	Article(ctx context.Context, id int64) (article.Article, error)
	// Facts returns what analysis found in an article.
	Facts(ctx context.Context, articleID int64) (article.Facts, error)
	// ReplaceFacts replaces an article's facts with new ones, as when the
	// article is analysed again.
	ReplaceFacts(ctx context.Context, articleID int64, f article.Facts) error
	// Close releases the store.
	Close() error
}

// Batch is a unit of ingest that is stored all or nothing.
type Batch struct {
	Articles []Entry
	// Stories are the profiles the batch's articles created or changed.
	Stories []*story.Profile
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
}

// StorySummary is one row of the story list.
type StorySummary struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Articles  int       `json:"articles"`
	Languages []string  `json:"languages"`
	First     time.Time `json:"first"`
	Last      time.Time `json:"last"`
}

// StoryDetail is a story with its articles.
type StoryDetail struct {
	StorySummary
	Profile     *story.Profile
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
}
