package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/watch"
	"github.com/storyline/storyline/internal/web"
)

// Server limits: generous for pages and for POST /api/v1/articles (up to
// 8 MiB ingested while the client waits), short for idle or slow clients.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute
	writeTimeout      = 5 * time.Minute
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
	// shutdownTimeout is how long the requests under way may take to
	// finish once a signal asks the server to stop.
	shutdownTimeout = 10 * time.Second
	// serveMaxWait is how long an ingest of the server waits for another
	// writer of the store.
	serveMaxWait = time.Minute
)

// loadToken returns the write API's token and where it came from: the
// token file, else env, the token STORYLINE_TOKEN gives; "" when neither
// is set.
func loadToken(file string, env setting) (token, source string, err error) {
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return "", "", fmt.Errorf("token file: %w", err)
		}
		token = strings.TrimSpace(string(data))
		if token == "" {
			return "", "", fmt.Errorf("token file %s is empty", file)
		}
		return token, "file " + file, nil
	}
	if env.value != "" {
		return env.value, env.source, nil
	}
	return "", "", nil
}

func serveCommand() command {
	var db, addr, watchDir, tokenFile *string
	var interval *time.Duration
	var cacheMB *int64
	var verbose *bool
	var resFlags *resourceFlags
	return command{
		name:  "serve",
		short: "serve the stories on the web and the JSON API",
		args:  "[--db PATH] [--addr HOST:PORT] [--watch DIR] [--token-file FILE] [--cache-mb N] [PATH...]",
		summary: `Serve the stored stories, articles, entities and search as web pages, the
JSON API under /api/v1 and Atom feeds. Files and directories given as PATH
are ingested first, as "storyline ingest" does. With --watch, files that
appear or change under DIR are ingested while serving. The write API
(POST /api/v1/articles) needs a token, from --token-file or the environment
variable STORYLINE_TOKEN; without one it is off. Answers are kept, up to
--cache-mb MiB, until the stored data changes. The server listens on the
loopback interface unless --addr says otherwise, and stops on SIGINT or
SIGTERM after the requests under way are answered.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			db = dbFlag(fs, cfg)
			addr = fs.String("addr", cfg.addr.value, "address to listen on; port 0 picks a free port (env "+envAddr+")")
			watchDir = fs.String("watch", "", "ingest the files that appear or change under this directory")
			interval = fs.Duration("watch-interval", watch.DefaultInterval, "time between two looks at the --watch directory")
			tokenFile = fs.String("token-file", cfg.tokenFile.value,
				"file holding the write API's bearer token (env "+envTokenFile+"; else env "+envToken+")")
			cacheMB = fs.Int64("cache-mb", 64, "MiB of answers kept until the stored data changes; 0 turns the cache off")
			verbose = fs.Bool("verbose", false, "log every request")
			resFlags = addResourceFlags(fs, cfg)
		},
		run: func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error {
			if *addr == "" {
				return usageError("--addr must not be empty")
			}
			if *interval <= 0 {
				return usageError("--watch-interval must be positive")
			}
			if *cacheMB < 0 || *cacheMB > 1<<20 {
				return usageError("--cache-mb must be from 0 to 1048576")
			}
			cacheBytes := *cacheMB << 20
			if cacheBytes == 0 {
				cacheBytes = -1 // web.Config: negative is off
			}
			token, tokenSource, err := loadToken(*tokenFile, e.cfg.token)
			if err != nil {
				return err
			}
			level := slog.LevelInfo
			if *verbose {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
			res, err := resFlags.build(ctx, log)
			if err != nil {
				return err
			}
			resFlags.warnNoDictionaries(e, "serve", res)

			st, err := openStore(ctx, fs)
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return err
			}
			defer ln.Close()

			if len(args) > 0 {
				if err := ingestFirst(ctx, e, st, res, args, *db); err != nil {
					return err
				}
			}
			ingestSource := serialIngest(st, res, log)
			handler, err := web.New(web.Config{Store: st, Search: res.Search, Ingest: ingestSource, Token: token, Logger: log,
				CacheBytes: cacheBytes})
			if err != nil {
				return err
			}
			return serve(ctx, e, log, ln, handler, tokenSource, func(ctx context.Context) error {
				if *watchDir == "" {
					return nil
				}
				return watch.New(*watchDir, ingestSource, watch.Options{Interval: *interval, Logger: log}).Run(ctx)
			})
		},
	}
}

// ingestFirst ingests the paths given to serve before it serves, showing
// progress, failures and warnings as "storyline ingest" does. Inputs that fail do
// not stop the server.
func ingestFirst(ctx context.Context, e env, st store.Store, res *resources.Set, paths []string, db string) error {
	progress := newProgressPrinter(e.stderr)
	p := ingest.New(st, res, reportingOptions(e.stderr, progress, "storyline serve"))
	sum, err := p.Run(ctx, paths)
	progress.clear()
	fmt.Fprintf(e.stderr, "ingested %d, duplicates %d, failed %d (%d files in %s) into %s\n",
		sum.Ingested, sum.Duplicates, sum.Failed, sum.InputsDone, sum.Elapsed.Round(time.Millisecond), db)
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("interrupted; everything counted as ingested is stored")
	}
	return err
}

// serialIngest returns the ingest that the watcher (the files of each
// poll) and the web API (the bodies posted) share: runs of one pipeline,
// one at a time, as the clusterer takes articles in input order; the
// pipeline keeps the stories it loaded from one run to the next. Inputs
// that fail are logged.
func serialIngest(st store.Store, res *resources.Set, log *slog.Logger) func(context.Context, source.Source) (ingest.Summary, error) {
	var mu sync.Mutex
	log = log.With("subsystem", "ingest")
	pipeline := ingest.New(st, res, ingest.Options{
		Fail:   func(err error) { log.Warn("input failed", "err", err) },
		Warn:   func(err error) { log.Warn("input repaired", "err", err) },
		Writer: "storyline serve",
		Waiting: func(w store.Writer) {
			log.Info("waiting for the other writer of the store to finish", "writer", w.String())
		},
		// A posted body waits at most this long (the client is told to
		// retry); the watched folder's files are retried at the next poll.
		MaxWait: serveMaxWait,
	})
	return func(ctx context.Context, src source.Source) (ingest.Summary, error) {
		mu.Lock()
		defer mu.Unlock()
		return pipeline.Ingest(ctx, src)
	}
}

// serve answers HTTP requests on ln with handler, and runs background
// (the watcher) beside it, until ctx is done; then it lets the requests
// under way finish, up to shutdownTimeout, and waits for background.
// tokenSource tells where the write API's token came from, "" when there
// is none.
func serve(ctx context.Context, e env, log *slog.Logger, ln net.Listener, handler http.Handler,
	tokenSource string, background func(context.Context) error) error {
	withToken := tokenSource != ""
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		log.Warn("listening beyond this machine: anyone who reaches the address reads the stored articles",
			"addr", ln.Addr().String())
		if withToken {
			log.Warn("the write API's token crosses the network in clear over plain HTTP; put a TLS proxy in front")
		}
	}
	if withToken {
		log.Info("write API on", "token", tokenSource)
	} else {
		log.Info("write API off: no token (--token-file or env STORYLINE_TOKEN)")
	}

	bgCtx, stopBackground := context.WithCancel(ctx)
	defer stopBackground()
	bgDone := make(chan error, 1)
	go func() { bgDone <- background(bgCtx) }()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(e.stderr, "storyline: serving http://%s/\n", ln.Addr())

	var err error
	bg := bgDone
wait:
	for {
		select {
		case <-ctx.Done():
			break wait
		case serr := <-served:
			err = fmt.Errorf("serve: %w", serr)
			break wait
		case berr := <-bg:
			bg = nil // done: without --watch at once
			if berr != nil {
				err = berr
				break wait
			}
		}
	}
	log.Info("shutting down")
	stopBackground()
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if serr := srv.Shutdown(shutdownCtx); serr != nil {
		log.Warn("requests cut short", "err", serr)
		srv.Close()
	}
	if bg != nil {
		<-bg
	}
	return err
}
