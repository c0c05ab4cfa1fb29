package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"text/tabwriter"
	"time"

	"github.com/storyline/storyline/internal/load"
)

func loadCommand() command {
	var base *string
	var clients *int
	var duration, warmup *time.Duration
	var asJSON *bool
	return command{
		name:  "load",
		short: "measure a running server under many concurrent readers",
		args:  "[--url URL] [--clients N] [--duration D] [--warmup D] [--json]",
		summary: `Put a running "storyline serve" under load and print what it held up to.
Story ids and search queries (the names of the stories' main entities) are
discovered through the JSON API; then three scenarios run one after the
other, each with --clients concurrent clients requesting pages back to back:
the home page (/), story pages (/stories/ID) and search pages (/search?q=).
Each scenario warms up for --warmup, then is measured for --duration. For
each it prints the requests, the errors (transport errors and statuses other
than 2xx), the 50th, 90th and 99th percentile and the maximum latency, and
the requests per second. Exit 1 if any request failed.`,
		flags: func(fs *flag.FlagSet, cfg config) {
			base = fs.String("url", "http://"+cfg.addr.value, "base URL of the server (env "+envAddr+" gives the host and port)")
			clients = fs.Int("clients", load.DefaultClients, "concurrent clients")
			duration = fs.Duration("duration", load.DefaultDuration, "measured time of each scenario")
			warmup = fs.Duration("warmup", load.DefaultWarmup, "unmeasured time before each scenario's measurement")
			asJSON = fs.Bool("json", false, "print the results as JSON")
		},
		run: func(ctx context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) > 0 {
				return usageError("load takes no arguments")
			}
			if u, err := url.Parse(*base); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return usageError("--url must be an http(s) URL, not %q", *base)
			}
			if *clients <= 0 || *duration <= 0 || *warmup < 0 {
				return usageError("--clients and --duration must be positive, --warmup not negative")
			}
			w := *warmup
			if w == 0 {
				w = -1 // no warm-up; zero would mean the default
			}
			results, err := load.Run(ctx, load.Options{
				URL: *base, Clients: *clients, Duration: *duration, Warmup: w,
				Progress: func(s load.Scenario) {
					fmt.Fprintf(e.stderr, "load: %s (%d paths), %d clients, %s + %s warm-up\n",
						s.Name, len(s.Paths), *clients, *duration, *warmup)
				},
			})
			if err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			if *asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				if results == nil {
					results = []load.Result{}
				}
				if err := enc.Encode(results); err != nil {
					return err
				}
			} else {
				printLoad(e.stdout, results)
			}
			if err != nil {
				return fmt.Errorf("interrupted; the scenarios finished are shown")
			}
			failed := false
			for _, r := range results {
				if r.Errors > 0 {
					failed = true
					fmt.Fprintf(e.stderr, "load: %s: %d of %d requests failed, the first: %s\n", r.Scenario, r.Errors, r.Requests, r.FirstError)
				}
			}
			if failed {
				return errPartial
			}
			return nil
		},
	}
}

// printLoad prints load results as a table.
func printLoad(w io.Writer, results []load.Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\trequests\terrors\tp50\tp90\tp99\tmax\treq/s\t")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%.1f\t\n",
			r.Scenario, r.Requests, r.Errors, ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max), r.PerSecond)
	}
	tw.Flush()
}
