package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

func ingestCommand() command {
	var db *string
	var showStories *bool
	var workers *int
	var resFlags *resourceFlags
	return command{
		name:  "ingest",
		short: "ingest articles from files and directories into stories",
		args:  "[--db PATH] [--stories] PATH...",
		summary: `Ingest articles from files and directories (recursive): plain text (.txt),
HTML (.html, .htm), JSON and JSON Lines records (.json, .jsonl), any of them
gzip-compressed. Each article is extracted, its language identified, analysed
and put in a story. Content already stored is skipped. Progress goes to
stderr; every input that cannot be read is named there with the reason; a
summary ends the run. Exit 1 if any input failed.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			db = dbFlag(fs, cfg)
			showStories = fs.Bool("stories", false, "print the stories after ingesting")
			workers = fs.Int("workers", 0, "documents analysed at once (default: the number of CPUs)")
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if len(args) == 0 {
				return usageError("no PATH to ingest")
			}
			res, err := resFlags.build(ctx, nil)
			if err != nil {
				return err
			}
			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			resFlags.warnNoDictionaries(e, "ingest", res)
			progress := newProgressPrinter(e.stderr)
			opts := reportingOptions(e.stderr, progress, "storyline ingest")
			opts.Workers = *workers
			pipeline := ingest.New(st, res, opts)
			sum, err := pipeline.Run(ctx, args)
			progress.clear()
			fmt.Fprintf(e.stderr, "ingested %d, duplicates %d, failed %d (%d files in %s, %.1f articles/s; clustering %s per article, %d stories in memory) into %s\n",
				sum.Ingested, sum.Duplicates, sum.Failed, sum.InputsDone, sum.Elapsed.Round(time.Millisecond),
				rate(sum.Ingested+sum.Duplicates, sum.Elapsed), perArticle(sum.Clustering, sum.Ingested), sum.Stories, *db)
			if err != nil {
				if errors.Is(err, context.Canceled) {
					return fmt.Errorf("interrupted; everything counted as ingested is stored")
				}
				return err
			}
			if *showStories {
				if err := printStories(ctx, e.stdout, st, store.StoryQuery{}, false); err != nil {
					return err
				}
			}
			if sum.Failed > 0 {
				return errPartial
			}
			return nil
		},
	}
}

// reportingOptions returns the options of a pipeline that command cmd
// ("storyline ingest") runs with its progress on w: failures and warnings
// written between the progress lines, under the command's name, which
// also names the writer to the others that wait for it.
func reportingOptions(w io.Writer, progress *progressPrinter, cmd string) ingest.Options {
	var mu sync.Mutex
	say := func(prefix string) func(error) {
		return func(err error) {
			mu.Lock()
			defer mu.Unlock()
			progress.clear()
			fmt.Fprintf(w, "%s: %s%v\n", cmd, prefix, err)
		}
	}
	return ingest.Options{Progress: progress.update, Fail: say(""), Warn: say("warning: "),
		Writer: cmd, Waiting: waitingMessage(w, cmd)}
}

// waitingMessage tells on w that a command waits for another writer of
// its store.
func waitingMessage(w io.Writer, cmd string) func(store.Writer) {
	return func(other store.Writer) {
		fmt.Fprintf(w, "%s: waiting for the other writer of the store, %s, to finish...\n", cmd, other)
	}
}

func perArticle(d time.Duration, n int) time.Duration {
	if n == 0 {
		return 0
	}
	return (d / time.Duration(n)).Round(time.Microsecond)
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// progressPrinter shows ingest progress on stderr: a bar redrawn in place
// on a terminal, a plain line every few seconds otherwise.
type progressPrinter struct {
	mu       sync.Mutex
	w        io.Writer
	terminal bool
	every    time.Duration
	last     time.Time
	drawn    bool
}

func newProgressPrinter(w io.Writer) *progressPrinter {
	p := &progressPrinter{w: w, every: 5 * time.Second, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.terminal, p.every = true, 200*time.Millisecond
	}
	return p
}

func (p *progressPrinter) update(s ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < p.every || s.InputsDone == s.Inputs {
		return
	}
	p.last = time.Now()
	// The ETA counts files; a file of many records gives the first one
	// only once it is done.
	articles := rate(s.Ingested+s.Duplicates, s.Elapsed)
	eta := "?"
	if files := rate(s.InputsDone, s.Elapsed); files > 0 {
		eta = (time.Duration(float64(s.Inputs-s.InputsDone)/files) * time.Second).Round(time.Second).String()
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "ingest: %d/%d files, %d ingested, %d duplicates, %d failed, %.1f articles/s, ETA %s\n",
			s.InputsDone, s.Inputs, s.Ingested, s.Duplicates, s.Failed, articles, eta)
		return
	}
	const width = 30
	filled := 0
	if s.Inputs > 0 {
		filled = width * s.InputsDone / s.Inputs
	}
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(p.w, "\r[%s] %d/%d files  %d ingested  %.1f articles/s  ETA %s\x1b[K", bar, s.InputsDone, s.Inputs, s.Ingested, articles, eta)
	p.drawn = true
}

// clear removes a drawn bar so that a message can be printed.
func (p *progressPrinter) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
