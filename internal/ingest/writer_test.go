package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/story"
)

// errSave is the error recordingStore fails a save with.
var errSave = errors.New("disk full")

// recordingStore is a SQLite store that records the profiles each Save is
// given and fails the save numbered failAt (from 1; 0: none).
type recordingStore struct {
	store.Store
	failAt int

	mu    sync.Mutex
	saves []savedProfiles
	// inserted counts the articles the successful saves inserted.
	inserted int
}

// savedProfiles are the profiles one Save was given, each with its JSON
// encoding as it was saved.
type savedProfiles struct {
	profiles []*story.Profile
	encoded  [][]byte
}

func openRecording(t *testing.T, failAt int) *recordingStore {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &recordingStore{Store: st, failAt: failAt}
}

func (s *recordingStore) Save(ctx context.Context, b store.Batch) (store.SaveResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var rec savedProfiles
	for _, p := range b.Stories {
		enc, err := json.Marshal(p)
		if err != nil {
			return store.SaveResult{}, err
		}
		rec.profiles = append(rec.profiles, p)
		rec.encoded = append(rec.encoded, enc)
	}
	s.saves = append(s.saves, rec)
	if len(s.saves) == s.failAt {
		return store.SaveResult{}, errSave
	}
	res, err := s.Store.Save(ctx, b)
	s.inserted += res.Inserted
	return res, err
}

// ingestExamples ingests the example corpus into st in batches of at most
// batchSize articles.
func ingestExamples(t testing.TB, st store.Store, batchSize int) (Summary, error) {
	opts := Options{BatchSize: batchSize, BatchInterval: time.Hour}
	return New(st, restest.Get(t), opts).Run(context.Background(), []string{filepath.Join("..", "..", "examples", "articles")})
}

// TestSavedProfilesAreSnapshots checks that the profiles of a batch are
// copies the clusterer no longer changes, as a batch is stored while the
// next one is clustered, and that only stored articles count as ingested.
func TestSavedProfilesAreSnapshots(t *testing.T) {
	st := openRecording(t, 0)
	sum, err := ingestExamples(t, st, 1)
	if err != nil {
		t.Fatal(err)
	}
	batches := map[int64]int{}
	for i, rec := range st.saves {
		for j, p := range rec.profiles {
			batches[p.ID]++
			enc, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(enc, rec.encoded[j]) {
				t.Errorf("save %d: story %d changed after it was handed to the store", i+1, p.ID)
			}
		}
	}
	if len(batches) == len(st.saves) {
		t.Fatal("no story was changed by several batches: the test proves nothing")
	}
	if sum.Ingested == 0 || sum.Ingested != st.inserted {
		t.Errorf("Ingested = %d, the saves inserted %d", sum.Ingested, st.inserted)
	}
}

// TestSaveErrorStopsIngest checks that a failing save stops the ingest,
// whichever batch fails, and that what was stored before counts.
func TestSaveErrorStopsIngest(t *testing.T) {
	for _, tc := range []struct {
		name              string
		batchSize, failAt int
	}{
		{"first of many batches", 1, 1},
		{"a later batch", 4, 3},
		{"the final batch", 1000, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := openRecording(t, tc.failAt)
			sum, err := ingestExamples(t, st, tc.batchSize)
			if !errors.Is(err, errSave) {
				t.Fatalf("Run returned %v, want the save error", err)
			}
			if len(st.saves) != tc.failAt {
				t.Errorf("%d saves, want %d: the ingest went on after a save failed", len(st.saves), tc.failAt)
			}
			if sum.Ingested != st.inserted {
				t.Errorf("Ingested = %d, the saves inserted %d", sum.Ingested, st.inserted)
			}
		})
	}
}

// loadCounter counts the loads of stored stories.
type loadCounter struct {
	store.Store
	loads int
}

func (s *loadCounter) Profiles(ctx context.Context, from, to time.Time, undated bool) ([]*story.Profile, error) {
	s.loads++
	return s.Store.Profiles(ctx, from, to, undated)
}

// storiesByPath returns each stored article's story by its path.
func storiesByPath(t *testing.T, st store.Store) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	err := st.Articles(context.Background(), func(r store.ArticleRow) error {
		out[r.Path] = r.StoryID
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPipelineKeepsItsClusterer checks that a pipeline run file by file
// makes the stories one run over all files makes, loading stored stories
// only as the dates move on, not in every run; and that a run that fails
// lets go of the stories in memory.
func TestPipelineKeepsItsClusterer(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join("..", "..", "examples", "articles")
	whole := openRecording(t, 0)
	if _, err := New(whole, restest.Get(t), Options{}).Run(ctx, []string{dir}); err != nil {
		t.Fatal(err)
	}
	counted := &loadCounter{Store: openRecording(t, 0)}
	p := New(counted, restest.Get(t), Options{})
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	for _, f := range files {
		if _, err := p.Run(ctx, []string{f}); err != nil {
			t.Fatal(err)
		}
	}
	if counted.loads >= len(files) {
		t.Errorf("%d loads of stored stories in %d runs", counted.loads, len(files))
	}
	want, got := storiesByPath(t, whole), storiesByPath(t, counted)
	if len(got) != len(want) {
		t.Fatalf("%d articles stored file by file, %d at once", len(got), len(want))
	}
	for path, id := range want {
		if got[path] != id {
			t.Errorf("%s: story %d file by file, %d at once", path, got[path], id)
		}
	}

	failing := New(openRecording(t, 1), restest.Get(t), Options{})
	if _, err := failing.Run(ctx, files[:1]); !errors.Is(err, errSave) {
		t.Fatalf("run with a failing save: %v", err)
	}
	if failing.clusterer != nil {
		t.Error("the pipeline kept its stories after a failed save")
	}
}

// failingSource hands over its bodies, then fails as a feed that cannot
// be fetched any more would.
type failingSource struct {
	source.Memory
	err error
}

func (s failingSource) Read(ctx context.Context, yield func(source.Input) error) error {
	if err := s.Memory.Read(ctx, yield); err != nil {
		return err
	}
	return s.err
}

// TestIngestSource ingests bodies held in memory from a source that fails
// after them: the articles read before are stored with their origin and
// count, the bad input is reported, and the source's error ends the run.
func TestIngestSource(t *testing.T) {
	errFeed := errors.New("feed gone")
	at := time.Date(2026, 5, 5, 10, 0, 0, 0, time.UTC)
	src := failingSource{err: errFeed, Memory: source.Memory{
		{Origin: source.Origin{Path: "feed:1", URL: "https://news.example/crane", Feed: "wire", Fetched: at},
			MediaType: "text/plain", Data: []byte("Harbour crane collapses in Exampleport\n\nA container crane collapsed at the port of Exampleport on Tuesday, injuring two workers.")},
		{Origin: source.Origin{Path: "feed:2"}, MediaType: "application/pdf", Data: []byte("%PDF-1.4")},
		{Origin: source.Origin{Path: "feed:3"}, Data: []byte(`[{"title": "Storm closes Exampleport terminal", "text": "Gusts of 110 kilometres per hour closed the container terminal of Exampleport on Wednesday.", "url": "https://news.example/storm"}]`)},
	}}
	st := openRecording(t, 0)
	var failed []string
	sum, err := New(st, restest.Get(t), Options{Fail: func(err error) { failed = append(failed, err.Error()) }}).Ingest(context.Background(), src)
	if !errors.Is(err, errFeed) {
		t.Fatalf("Ingest = %v, want the source's error", err)
	}
	if sum.Ingested != 2 || sum.Failed != 1 || sum.Inputs != 3 || sum.InputsDone != 3 {
		t.Errorf("summary %+v", sum)
	}
	if len(failed) != 1 || !strings.HasPrefix(failed[0], "feed:2: ") {
		t.Errorf("failures %q", failed)
	}
	urls := map[string]string{}
	err = st.Articles(context.Background(), func(r store.ArticleRow) error {
		urls[r.Path] = r.URL
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"feed:1": "https://news.example/crane", "feed:3#1": "https://news.example/storm"}; !maps.Equal(urls, want) {
		t.Errorf("stored %v, want %v", urls, want)
	}
}
