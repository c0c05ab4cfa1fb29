// Package load measures how storyline's web server holds up under many
// readers at once. It discovers stories and search queries through the
// JSON API, then runs one scenario after another (the home page, story
// pages, search pages), each with a number of concurrent clients that
// request pages back to back for a while; the first part of each run
// warms the server up and is not counted. Latency quantiles are exact:
// taken from all the sorted samples.
package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of Options.
const (
	DefaultClients  = 50
	DefaultDuration = 30 * time.Second
	DefaultWarmup   = 5 * time.Second
	// requestTimeout bounds one request.
	requestTimeout = 30 * time.Second
	// discoverStories is how many stories discovery lists, and
	// discoverDetails how many of them it opens for entity names.
	discoverStories = 100
	discoverDetails = 20
	// maxQueries caps the search queries discovered.
	maxQueries = 50
)

// Options tune a load run; the zero value of a field means its default.
type Options struct {
	// URL is the server's base URL ("http://127.0.0.1:8080").
	URL string
	// Clients is the number of concurrent clients. Default 50.
	Clients int
	// Duration is how long each scenario is measured. Default 30s.
	Duration time.Duration
	// Warmup is how long each scenario runs before it is measured.
	// Default 5s; negative for none.
	Warmup time.Duration
	// Client makes the requests; nil for one that keeps a connection per
	// client alive.
	Client *http.Client
	// Progress, when set, is called as each scenario starts.
	Progress func(s Scenario)
}

func (o Options) withDefaults() Options {
	if o.Clients <= 0 {
		o.Clients = DefaultClients
	}
	if o.Duration <= 0 {
		o.Duration = DefaultDuration
	}
	if o.Warmup == 0 {
		o.Warmup = DefaultWarmup
	}
	if o.Warmup < 0 {
		o.Warmup = 0
	}
	if o.Client == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = o.Clients
		o.Client = &http.Client{Transport: t, Timeout: requestTimeout}
	}
	if o.Progress == nil {
		o.Progress = func(Scenario) {}
	}
	return o
}

// Scenario is one kind of page the clients request: they take its paths
// in turn.
type Scenario struct {
	Name  string
	Paths []string
}

// Result is what one scenario measured.
type Result struct {
	Scenario string `json:"scenario"`
	// Requests counts the measured requests; Errors those that failed
	// (transport errors and statuses other than 2xx).
	Requests int `json:"requests"`
	Errors   int `json:"errors"`
	// The latency quantiles and maximum of all measured requests, failed
	// ones included, from sending the request to reading the whole body.
	P50 time.Duration `json:"p50_ns"`
	P90 time.Duration `json:"p90_ns"`
	P99 time.Duration `json:"p99_ns"`
	Max time.Duration `json:"max_ns"`
	// PerSecond is Requests over the measured time.
	PerSecond float64 `json:"requests_per_second"`
	// FirstError describes one failure, "" when none failed.
	FirstError string `json:"first_error,omitempty"`
}

// Run discovers the scenarios on the server and runs them one after the
// other. When ctx ends it returns the results so far with ctx's error.
func Run(ctx context.Context, opts Options) ([]Result, error) {
	opts = opts.withDefaults()
	scenarios, err := discover(ctx, opts.Client, opts.URL)
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, s := range scenarios {
		opts.Progress(s)
		r := runScenario(ctx, opts, s)
		if err := ctx.Err(); err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// discover lists the server's stories and the names of their main
// entities through the API and returns the three scenarios: "home" (/),
// "story" (/stories/{id}) and "search" (/search?q=NAME). It fails when the
// server lists no story.
func discover(ctx context.Context, client *http.Client, base string) ([]Scenario, error) {
	base = strings.TrimSuffix(base, "/")
	var list struct {
		Stories []struct {
			ID    int64  `json:"id"`
			Title string `json:"title"`
		} `json:"stories"`
	}
	if err := getJSON(ctx, client, base+"/api/v1/stories?limit="+strconv.Itoa(discoverStories), &list); err != nil {
		return nil, fmt.Errorf("load: discover stories: %w", err)
	}
	if len(list.Stories) == 0 {
		return nil, errors.New("load: the server lists no stories; ingest some first")
	}
	story := Scenario{Name: "story"}
	for _, s := range list.Stories {
		story.Paths = append(story.Paths, "/stories/"+strconv.FormatInt(s.ID, 10))
	}
	var queries []string
	for i, s := range list.Stories {
		if i == discoverDetails || len(queries) >= maxQueries {
			break
		}
		var detail struct {
			Entities []struct {
				Name string `json:"name"`
			} `json:"entities"`
		}
		if err := getJSON(ctx, client, fmt.Sprintf("%s/api/v1/stories/%d", base, s.ID), &detail); err != nil {
			return nil, fmt.Errorf("load: discover story %d: %w", s.ID, err)
		}
		for j, e := range detail.Entities {
			if j == 3 {
				break
			}
			if e.Name != "" && !slices.Contains(queries, e.Name) {
				queries = append(queries, e.Name)
			}
		}
	}
	if len(queries) == 0 {
		// No entities: search the stories' first title words.
		for _, s := range list.Stories {
			if f := strings.Fields(s.Title); len(f) > 0 && !slices.Contains(queries, f[0]) {
				queries = append(queries, f[0])
			}
		}
	}
	search := Scenario{Name: "search"}
	for _, q := range queries[:min(len(queries), maxQueries)] {
		search.Paths = append(search.Paths, "/search?q="+url.QueryEscape(q))
	}
	return []Scenario{{Name: "home", Paths: []string{"/"}}, story, search}, nil
}

// getJSON fetches a URL and decodes its JSON body into v.
func getJSON(ctx context.Context, client *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return nil
}

// sample is one measured request.
type sample struct {
	latency time.Duration
	err     error
}

// runScenario runs one scenario with opts.Clients clients for
// opts.Warmup, then measures it for opts.Duration; opts has its defaults
// set.
func runScenario(ctx context.Context, opts Options, s Scenario) Result {
	base := strings.TrimSuffix(opts.URL, "/")
	start := time.Now()
	measureFrom := start.Add(opts.Warmup)
	end := measureFrom.Add(opts.Duration)
	ctx, cancel := context.WithDeadline(ctx, end)
	defer cancel()

	samples := make([][]sample, opts.Clients)
	var wg sync.WaitGroup
	for c := range opts.Clients {
		wg.Go(func() {
			for i := c; ctx.Err() == nil; i++ {
				path := s.Paths[i%len(s.Paths)]
				t0 := time.Now()
				err := fetch(ctx, opts.Client, base+path)
				t1 := time.Now()
				if t0.Before(measureFrom) || ctx.Err() != nil && t1.After(end) {
					continue // warming up, or cut short by the end
				}
				samples[c] = append(samples[c], sample{t1.Sub(t0), err})
			}
		})
	}
	wg.Wait()
	elapsed := min(time.Since(measureFrom), opts.Duration)
	return summarise(s.Name, slices.Concat(samples...), elapsed)
}

// fetch requests one page and reads it whole; non-2xx statuses are
// errors.
func fetch(ctx context.Context, client *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return nil
}

// summarise turns the samples of a scenario measured for elapsed into its
// result.
func summarise(name string, samples []sample, elapsed time.Duration) Result {
	r := Result{Scenario: name, Requests: len(samples)}
	lat := make([]time.Duration, len(samples))
	for i, s := range samples {
		lat[i] = s.latency
		if s.err != nil {
			if r.Errors == 0 {
				r.FirstError = s.err.Error()
			}
			r.Errors++
		}
	}
	slices.Sort(lat)
	r.P50, r.P90, r.P99 = quantile(lat, 0.50), quantile(lat, 0.90), quantile(lat, 0.99)
	if len(lat) > 0 {
		r.Max = lat[len(lat)-1]
	}
	if elapsed > 0 {
		r.PerSecond = float64(len(samples)) / elapsed.Seconds()
	}
	return r
}

// quantile returns the q-quantile (0 < q <= 1) of sorted by the nearest
// rank: the smallest value that at least q of the values do not exceed.
// It is 0 for no values.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	// The rank is ceil(q*n), computed in integers where q*n is whole so
	// that 0.9*10 is 9, not 9.000000000000002.
	n := len(sorted)
	x := q * float64(n)
	rank := int(x)
	if float64(rank) < x-1e-9 {
		rank++
	}
	rank = min(max(rank, 1), n)
	return sorted[rank-1]
}
