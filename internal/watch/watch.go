// Package watch ingests the files that appear or change in a folder,
// handing the files of each poll to the ingest as a source.Source. It
// polls: portable, and enough for a drop folder that news arrives in by
// the minute. A file is taken once its size and modification time are the
// same at two polls in a row, so a file still being written waits; hidden
// files and folders and the partial files of downloads and editors are
// left alone.
package watch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
)

// DefaultInterval is the time between two polls when Options.Interval is
// zero.
const DefaultInterval = time.Second

// IngestFunc stores the documents of a source, as ingest.Pipeline.Ingest
// does.
type IngestFunc func(ctx context.Context, src source.Source) (ingest.Summary, error)

// Options tune a Watcher; the zero value means the defaults.
type Options struct {
	// Interval is the time between two polls. Default DefaultInterval.
	Interval time.Duration
	// Logger receives what the watcher does; nil discards it.
	Logger *slog.Logger
}

// Watcher polls one folder and ingests its new and changed files.
type Watcher struct {
	dir      string
	ingest   IngestFunc
	interval time.Duration
	log      *slog.Logger
	// seen is each file's size and time at the last poll.
	seen map[string]stamp
	// done is each file's size and time when it was last ingested.
	done map[string]stamp
}

// stamp is what tells one version of a file from another.
type stamp struct {
	size int64
	mod  time.Time
}

// New returns a Watcher of dir (searched recursively) that hands the files
// it takes at each poll to fn as one source, one call at a time.
func New(dir string, fn IngestFunc, opts Options) *Watcher {
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{
		dir:      dir,
		ingest:   fn,
		interval: opts.Interval,
		log:      log.With("subsystem", "watch", "dir", dir),
		seen:     map[string]stamp{},
		done:     map[string]stamp{},
	}
}

// Run polls until ctx is done, then returns nil. It fails at once when the
// folder cannot be read; later read or ingest failures are logged and the
// files concerned are tried again at the next poll.
func (w *Watcher) Run(ctx context.Context) error {
	info, err := os.Stat(w.dir)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("watch: %s is not a folder", w.dir)
	}
	w.log.Info("watching", "interval", w.interval)
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		w.poll(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// poll looks at the folder once and ingests the files that have not
// changed since the last poll and were not ingested as they are.
func (w *Watcher) poll(ctx context.Context) {
	now, err := w.scan()
	if err != nil {
		w.log.Warn("cannot read the folder", "err", err)
		return
	}
	var ready []string
	for path, st := range now {
		if prev, ok := w.seen[path]; ok && prev == st && w.done[path] != st {
			ready = append(ready, path)
		}
	}
	for path := range w.done {
		if _, ok := now[path]; !ok {
			delete(w.done, path)
		}
	}
	w.seen = now
	if len(ready) == 0 || ctx.Err() != nil {
		return
	}
	sort.Strings(ready)
	files, err := source.ListFiles(ctx, ready)
	if err != nil {
		return // ctx is done
	}
	sum, err := w.ingest(ctx, files)
	if err != nil {
		if ctx.Err() == nil {
			w.log.Error("ingest failed", "files", len(ready), "err", err)
		}
		return
	}
	for _, path := range ready {
		w.done[path] = now[path]
	}
	w.log.Info("ingested", "files", len(ready), "ingested", sum.Ingested,
		"duplicates", sum.Duplicates, "failed", sum.Failed, "elapsed", sum.Elapsed.Round(time.Millisecond))
}

// scan returns the size and time of every file under the folder that is
// not hidden or partial. Folders that cannot be read are skipped.
func (w *Watcher) scan() (map[string]stamp, error) {
	out := map[string]stamp{}
	err := filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == w.dir {
				return err
			}
			w.log.Debug("skipped", "path", path, "err", err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != w.dir && skipped(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil // removed meanwhile
		}
		if err != nil {
			return err
		}
		out[path] = stamp{size: info.Size(), mod: info.ModTime()}
		return nil
	})
	return out, err
}

// partialSuffixes end the names of files still being downloaded, copied
// or edited.
var partialSuffixes = []string{".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~"}

// skipped reports whether a file or folder name is hidden or partial.
func skipped(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
		return true
	}
	lower := strings.ToLower(name)
	for _, s := range partialSuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}
