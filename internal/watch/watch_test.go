package watch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
)

// recorder is an IngestFunc that records the paths of the inputs of each
// source it is given.
type recorder struct {
	calls [][]string
	err   error
}

func (r *recorder) ingest(ctx context.Context, src source.Source) (ingest.Summary, error) {
	paths, err := inputPaths(ctx, src)
	if err != nil {
		return ingest.Summary{}, err
	}
	r.calls = append(r.calls, paths)
	return ingest.Summary{Ingested: len(paths)}, r.err
}

// inputPaths reads src and returns the paths of its inputs, read or not.
func inputPaths(ctx context.Context, src source.Source) ([]string, error) {
	var paths []string
	err := src.Read(ctx, func(in source.Input) error {
		paths = append(paths, in.Origin.Path)
		return nil
	})
	return paths, err
}

// take returns the paths of the last call since the previous take,
// relative to dir, or nil.
func (r *recorder) take(t *testing.T, dir string) []string {
	t.Helper()
	if len(r.calls) == 0 {
		return nil
	}
	var out []string
	for _, p := range r.calls[len(r.calls)-1] {
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	r.calls = nil
	return out
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPoll runs polls one by one over a folder changed between them, and
// checks which files each poll ingests.
func TestPoll(t *testing.T) {
	dir := t.TempDir()
	rec := &recorder{}
	w := New(dir, rec.ingest, Options{})
	ctx := context.Background()
	steps := []struct {
		name   string
		change func()
		want   []string
	}{
		{"first sight waits", func() {
			write(t, dir, "a.txt", "one")
			write(t, dir, "sub/deep/b.html", "<p>two</p>")
			write(t, dir, ".hidden.txt", "no")
			write(t, dir, ".git/c.txt", "no")
			write(t, dir, "d.txt.part", "no")
			write(t, dir, "e.txt~", "no")
		}, nil},
		{"unchanged files taken", func() {}, []string{"a.txt", "sub/deep/b.html"}},
		{"taken once", func() {}, nil},
		{"growing file waits", func() { write(t, dir, "f.jsonl", "{}") }, nil},
		{"still growing", func() { write(t, dir, "f.jsonl", "{}\n{}") }, nil},
		{"settled", func() {}, []string{"f.jsonl"}},
		{"changed file waits", func() { write(t, dir, "a.txt", "one, longer") }, nil},
		{"changed file taken again", func() {}, []string{"a.txt"}},
		{"removed file forgotten", func() {
			if err := os.Remove(filepath.Join(dir, "a.txt")); err != nil {
				t.Fatal(err)
			}
		}, nil},
		{"back again waits", func() { write(t, dir, "a.txt", "one, longer") }, nil},
		{"back again taken", func() {}, []string{"a.txt"}},
	}
	for _, s := range steps {
		s.change()
		w.poll(ctx)
		if got := rec.take(t, dir); !slices.Equal(got, s.want) {
			t.Errorf("%s: ingested %q, want %q", s.name, got, s.want)
		}
	}
}

func TestPollRetriesFailedIngest(t *testing.T) {
	dir := t.TempDir()
	rec := &recorder{err: errors.New("store down")}
	w := New(dir, rec.ingest, Options{})
	write(t, dir, "a.txt", "one")
	w.poll(context.Background())
	w.poll(context.Background())
	if got := rec.take(t, dir); !slices.Equal(got, []string{"a.txt"}) {
		t.Fatalf("ingested %q", got)
	}
	rec.err = nil
	w.poll(context.Background())
	if got := rec.take(t, dir); !slices.Equal(got, []string{"a.txt"}) {
		t.Fatalf("retry ingested %q", got)
	}
	w.poll(context.Background())
	if got := rec.take(t, dir); got != nil {
		t.Fatalf("ingested again %q", got)
	}
}

// TestRun runs the watcher with a short interval until a file written
// into the folder is ingested, then stops it.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	got := make(chan []string, 10)
	fn := func(ctx context.Context, src source.Source) (ingest.Summary, error) {
		paths, err := inputPaths(ctx, src)
		got <- paths
		return ingest.Summary{}, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(dir, fn, Options{Interval: 5 * time.Millisecond}).Run(ctx) }()
	write(t, dir, "a.txt", "one")
	select {
	case paths := <-got:
		if len(paths) != 1 || filepath.Base(paths[0]) != "a.txt" {
			t.Errorf("ingested %q", paths)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("file not ingested")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop")
	}
}

func TestRunMissingFolder(t *testing.T) {
	err := New(filepath.Join(t.TempDir(), "none"), nil, Options{}).Run(context.Background())
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Run = %v, want a not-exist error", err)
	}
}
