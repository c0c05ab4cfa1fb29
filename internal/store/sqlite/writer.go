package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/store"
)

// Who writes: the store hands out story ids from a sequence row
// (story_ids) and keeps one writer lock row (writer_lock). The lock names
// its holder (a random token, what it does, its process and host) and is
// renewed every renewEvery while held; a lock not renewed for staleAfter,
// or whose process is gone from this host, belongs to a writer that died
// and is taken over. Save reads the lock in its own transaction, so a
// writer that lost its lock (paused past staleAfter, say) cannot write
// over its successor.

// Lock timing; tests shorten them.
var (
	renewEvery = 2 * time.Second
	staleAfter = 20 * time.Second
	pollEvery  = 200 * time.Millisecond
)

// writerLocks holds the tokens of the writer locks a handle holds.
type writerLocks struct {
	mu     sync.Mutex
	tokens map[string]bool
}

func (l *writerLocks) holds(token string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.tokens[token]
}

func (l *writerLocks) set(token string, held bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tokens == nil {
		l.tokens = map[string]bool{}
	}
	if held {
		l.tokens[token] = true
	} else {
		delete(l.tokens, token)
	}
}

func newStore(db *sql.DB) *Store {
	return &Store{db: db, searchCap: searchCandidates}
}

// NewStoryIDs reserves n story ids from the sequence row, above every
// stored story.
func (s *Store) NewStoryIDs(ctx context.Context, n int) (int64, error) {
	if n <= 0 {
		return 0, fmt.Errorf("new story ids: reserve %d", n)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("new story ids: %w", err)
	}
	defer tx.Rollback()
	var first int64
	if err := tx.QueryRowContext(ctx, `UPDATE story_ids
		SET next = max(next, (SELECT COALESCE(MAX(id), 0) + 1 FROM stories)) + ?
		WHERE id = 1 RETURNING next - ?`, n, n).Scan(&first); err != nil {
		return 0, fmt.Errorf("new story ids: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("new story ids: %w", err)
	}
	return first, nil
}

// lockRow is the writer lock as stored.
type lockRow struct {
	token   string
	writer  store.Writer
	renewed time.Time
}

// readLock reads the writer lock; ok is false when nobody holds it.
func readLock(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (row lockRow, ok bool, err error) {
	var since, renewed int64
	err = q.QueryRowContext(ctx, `SELECT token, name, pid, host, since, renewed FROM writer_lock WHERE id = 1`).
		Scan(&row.token, &row.writer.Name, &row.writer.PID, &row.writer.Host, &since, &renewed)
	if errors.Is(err, sql.ErrNoRows) {
		return row, false, nil
	}
	if err != nil {
		return row, false, err
	}
	row.writer.Since = time.UnixMilli(since).UTC()
	row.renewed = time.UnixMilli(renewed)
	return row, true, nil
}

// alive reports whether the lock's holder may still be writing: it
// renewed the lock lately and, on this host, its process still runs.
func (r lockRow) alive(now time.Time) bool {
	if now.Sub(r.renewed) >= staleAfter {
		return false
	}
	if host := hostname(); host != "" && r.writer.Host == host && r.writer.PID != os.Getpid() {
		return processAlive(r.writer.PID)
	}
	return true
}

func hostname() string {
	h, _ := os.Hostname()
	return h
}

// checkWriter fails with store.ErrLocked, in a write transaction, when a
// writer other than this handle holds the lock.
func (s *Store) checkWriter(ctx context.Context, tx *sql.Tx) error {
	row, ok, err := readLock(ctx, tx)
	if err != nil {
		return fmt.Errorf("writer lock: %w", err)
	}
	if ok && !s.locks.holds(row.token) && row.alive(time.Now()) {
		return fmt.Errorf("%w: %s", store.ErrLocked, row.writer)
	}
	return nil
}

// LockWriter takes the writer lock, waiting while a live writer holds it.
func (s *Store) LockWriter(ctx context.Context, name string, waiting func(store.Writer)) (func() error, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, fmt.Errorf("writer lock: %w", err)
	}
	token := hex.EncodeToString(b[:])
	me := store.Writer{Name: name, PID: os.Getpid(), Host: hostname()}
	reported := ""
	for {
		holder, err := s.tryLock(ctx, token, me)
		if err != nil {
			return nil, fmt.Errorf("writer lock: %w", err)
		}
		if holder == nil {
			break
		}
		if holder.token != reported && waiting != nil {
			waiting(holder.writer)
		}
		reported = holder.token
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("writer lock: waiting for %s: %w", holder.writer, ctx.Err())
		case <-time.After(pollEvery):
		}
	}
	s.locks.set(token, true)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(renewEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				// A failed renewal is retried at the next tick; a lock
				// lost meanwhile fails this handle's next Save.
				s.db.Exec(`UPDATE writer_lock SET renewed = ? WHERE id = 1 AND token = ?`, time.Now().UnixMilli(), token)
			}
		}
	}()
	var once sync.Once
	var releaseErr error
	release := func() error {
		once.Do(func() {
			close(stop)
			<-done
			s.locks.set(token, false)
			if _, err := s.db.Exec(`DELETE FROM writer_lock WHERE token = ?`, token); err != nil {
				releaseErr = fmt.Errorf("writer lock: release: %w", err)
			}
		})
		return releaseErr
	}
	return release, nil
}

// tryLock takes the lock for token when nobody holds it or its holder
// died, and returns nil; else it returns the live holder.
func (s *Store) tryLock(ctx context.Context, token string, me store.Writer) (*lockRow, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	now := time.Now()
	row, ok, err := readLock(ctx, tx)
	if err != nil {
		return nil, err
	}
	if ok && row.alive(now) {
		return &row, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO writer_lock (id, token, name, pid, host, since, renewed)
		VALUES (1, ?, ?, ?, ?, ?, ?)`, token, me.Name, me.PID, me.Host, now.UnixMilli(), now.UnixMilli()); err != nil {
		return nil, err
	}
	return nil, tx.Commit()
}
