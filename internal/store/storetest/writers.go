package storetest

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// Several writers on one store: story ids handed out by the store, and the
// writer lock that makes writers take turns.

// reserve reserves n story ids and returns them.
func reserve(t *testing.T, s store.Store, n int) []int64 {
	t.Helper()
	first, err := s.NewStoryIDs(context.Background(), n)
	if err != nil {
		t.Fatalf("NewStoryIDs(%d): %v", n, err)
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = first + int64(i)
	}
	return ids
}

// testStoryIDs checks that ids are above the stored stories', never handed
// out twice, and never reused once their story is merged away.
func testStoryIDs(t *testing.T, open Opener) {
	s := open(t)
	if first := reserve(t, s, 1)[0]; first < 1 {
		t.Errorf("first id of an empty store = %d, want at least 1", first)
	}
	// Stories saved with ids of their own (as an older store has them):
	// new ids come after them.
	save(t, s, store.Batch{
		Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 40), entry("b.txt", "Vote", "en", day(4), 41)},
		Stories:  []*story.Profile{profile(40, "Quake", day(3), day(3), "en"), profile(41, "Vote", day(4), day(4), "en")},
	})
	ids := reserve(t, s, 3)
	if ids[0] <= 41 {
		t.Errorf("NewStoryIDs after story 41 = %d, want more than 41", ids[0])
	}
	// The newest story is merged away: its id is not handed out again, by
	// this handle or another one.
	last := ids[2]
	save(t, s, store.Batch{
		Articles: []store.Entry{entry("c.txt", "Quake again", "en", day(5), last)},
		Stories:  []*story.Profile{profile(last, "Quake again", day(5), day(5), "en")},
	})
	save(t, s, store.Batch{Merges: map[int64]int64{last: 40}})
	if next := reserve(t, open(t), 1)[0]; next <= last {
		t.Errorf("NewStoryIDs after story %d was merged away = %d: an id handed out again", last, next)
	}
	if _, err := s.NewStoryIDs(context.Background(), 0); err == nil {
		t.Error("NewStoryIDs(0) succeeded")
	}
}

// testStoryIDsAtOnce reserves ids from several handles at once: no id may
// be handed out twice.
func testStoryIDsAtOnce(t *testing.T, open Opener) {
	handles := []store.Store{open(t), open(t), open(t)}
	var mu sync.Mutex
	seen := map[int64]bool{}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := handles[w%len(handles)]
			for range 20 {
				first, err := s.NewStoryIDs(context.Background(), 1+w%3)
				if err != nil {
					t.Errorf("NewStoryIDs: %v", err)
					return
				}
				mu.Lock()
				for i := range 1 + w%3 {
					if seen[first+int64(i)] {
						t.Errorf("story id %d handed out twice", first+int64(i))
					}
					seen[first+int64(i)] = true
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// testWriterLock checks that a second writer waits, told who holds the
// lock, that a Save beside the holder is refused, and that release frees
// the lock.
func testWriterLock(t *testing.T, open Opener) {
	ctx := context.Background()
	a, b := open(t), open(t)
	releaseA, err := a.LockWriter(ctx, "first ingest", nil)
	if err != nil {
		t.Fatal(err)
	}
	var told []store.Writer
	short, cancel := context.WithTimeout(ctx, 600*time.Millisecond)
	defer cancel()
	if _, err := b.LockWriter(short, "second ingest", func(w store.Writer) { told = append(told, w) }); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second LockWriter while the first holds it: %v, want to wait until the deadline", err)
	}
	if len(told) != 1 || told[0].Name != "first ingest" || told[0].PID != os.Getpid() || told[0].Since.IsZero() {
		t.Errorf("the waiting writer was told %+v, want once the first ingest, its pid and since when", told)
	}
	batch := store.Batch{Articles: []store.Entry{entry("a.txt", "Quake", "en", day(3), 1)}, Stories: []*story.Profile{profile(1, "Quake", day(3), day(3), "en")}}
	if _, err := b.Save(ctx, batch); !errors.Is(err, store.ErrLocked) {
		t.Errorf("Save beside the lock's holder: %v, want ErrLocked", err)
	}
	if seen, _ := a.Seen(ctx, []string{"content-a.txt"}); seen["content-a.txt"] {
		t.Error("the refused Save wrote its article")
	}
	if _, err := a.Save(ctx, batch); err != nil {
		t.Errorf("Save by the lock's holder: %v", err)
	}
	if err := releaseA(); err != nil {
		t.Fatal(err)
	}
	if err := releaseA(); err != nil {
		t.Errorf("second release: %v", err)
	}
	releaseB, err := b.LockWriter(ctx, "second ingest", func(w store.Writer) { t.Errorf("told to wait for %s after the release", w) })
	if err != nil {
		t.Fatal(err)
	}
	defer releaseB()
	if _, err := b.Save(ctx, store.Batch{Articles: []store.Entry{entry("b.txt", "Quake", "en", day(3), 1)}}); err != nil {
		t.Errorf("Save by the new holder: %v", err)
	}
}

// testWriterWaits checks that writers waiting for the lock each get it in
// turn, one at a time.
func testWriterWaits(t *testing.T, open Opener) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	holding, most := 0, 0
	var wg sync.WaitGroup
	for range 3 {
		s := open(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			release, err := s.LockWriter(ctx, "writer", nil)
			if err != nil {
				t.Errorf("LockWriter: %v", err)
				return
			}
			mu.Lock()
			holding++
			most = max(most, holding)
			mu.Unlock()
			time.Sleep(100 * time.Millisecond)
			mu.Lock()
			holding--
			mu.Unlock()
			if err := release(); err != nil {
				t.Errorf("release: %v", err)
			}
		}()
	}
	wg.Wait()
	if most != 1 {
		t.Errorf("%d writers held the lock at once, want 1", most)
	}
}
