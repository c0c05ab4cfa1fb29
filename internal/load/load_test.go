package load

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestQuantile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		out := make([]time.Duration, len(ns))
		for i, n := range ns {
			out[i] = time.Duration(n) * time.Millisecond
		}
		return out
	}
	ten := ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	tests := []struct {
		name   string
		sorted []time.Duration
		q      float64
		want   time.Duration
	}{
		{"none", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of ten", ten, 0.5, 5 * time.Millisecond},
		{"p90 of ten", ten, 0.9, 9 * time.Millisecond},
		{"p99 of ten", ten, 0.99, 10 * time.Millisecond},
		{"max", ten, 1, 10 * time.Millisecond},
		{"median of odd", ms(1, 2, 3), 0.5, 2 * time.Millisecond},
		{"tiny q", ten, 0.001, time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quantile(tt.sorted, tt.q); got != tt.want {
				t.Errorf("quantile(%v, %v) = %v, want %v", tt.sorted, tt.q, got, tt.want)
			}
		})
	}
	var hundred []time.Duration
	for i := 1; i <= 100; i++ {
		hundred = append(hundred, time.Duration(i))
	}
	for q, want := range map[float64]time.Duration{0.5: 50, 0.9: 90, 0.99: 99, 0.3: 30, 0.07: 7} {
		if got := quantile(hundred, q); got != want {
			t.Errorf("quantile(1..100, %v) = %v, want %v", q, got, want)
		}
	}
}

func TestSummarise(t *testing.T) {
	var samples []sample
	for i := 100; i >= 1; i-- {
		var err error
		if i%25 == 0 {
			err = fmt.Errorf("status %d", i)
		}
		samples = append(samples, sample{time.Duration(i) * time.Millisecond, err})
	}
	r := summarise("home", samples, 2*time.Second)
	want := Result{Scenario: "home", Requests: 100, Errors: 4, P50: 50 * time.Millisecond, P90: 90 * time.Millisecond,
		P99: 99 * time.Millisecond, Max: 100 * time.Millisecond, PerSecond: 50, FirstError: "status 100"}
	if r != want {
		t.Errorf("summarise = %+v, want %+v", r, want)
	}
	if r := summarise("none", nil, time.Second); r.Requests != 0 || r.Max != 0 || r.PerSecond != 0 {
		t.Errorf("no samples: %+v", r)
	}
}

// fakeServer answers the API and the pages as storyline's web server
// does, counting the pages asked for; /stories/2 fails.
type fakeServer struct {
	mu    sync.Mutex
	pages map[string]int
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.pages[r.URL.RequestURI()]++
	f.mu.Unlock()
	switch {
	case r.URL.Path == "/api/v1/stories":
		fmt.Fprint(w, `{"stories":[{"id":1,"title":"Quake in Izmir"},{"id":2,"title":"Ferry fire"}],"limit":100}`)
	case r.URL.Path == "/api/v1/stories/1":
		fmt.Fprint(w, `{"id":1,"entities":[{"name":"Izmir"},{"name":"AFAD"},{"name":"Izmir"}]}`)
	case r.URL.Path == "/api/v1/stories/2":
		fmt.Fprint(w, `{"id":2,"entities":[{"name":"Sardinia"}]}`)
	case r.URL.Path == "/stories/2":
		http.Error(w, "boom", http.StatusInternalServerError)
	case r.URL.Path == "/", r.URL.Path == "/stories/1", r.URL.Path == "/search":
		time.Sleep(time.Millisecond)
		fmt.Fprint(w, "<html>ok</html>")
	default:
		http.NotFound(w, r)
	}
}

func TestRun(t *testing.T) {
	f := &fakeServer{pages: map[string]int{}}
	srv := httptest.NewServer(f)
	defer srv.Close()
	var started []string
	results, err := Run(context.Background(), Options{
		URL: srv.URL + "/", Clients: 4, Duration: 150 * time.Millisecond, Warmup: 30 * time.Millisecond,
		Progress: func(s Scenario) { started = append(started, fmt.Sprintf("%s:%d", s.Name, len(s.Paths))) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(started, " "); got != "home:1 story:2 search:3" {
		t.Errorf("scenarios %s", got)
	}
	if len(results) != 3 {
		t.Fatalf("%d results", len(results))
	}
	for _, r := range results {
		if r.Requests == 0 || r.PerSecond <= 0 || r.P50 <= 0 || r.P50 > r.P90 || r.P90 > r.P99 || r.P99 > r.Max {
			t.Errorf("implausible %+v", r)
		}
		wantErrors := r.Scenario == "story"
		if (r.Errors > 0) != wantErrors || wantErrors && !strings.Contains(r.FirstError, "500") {
			t.Errorf("%s: %d errors (%q)", r.Scenario, r.Errors, r.FirstError)
		}
		if r.Scenario == "story" && (r.Errors < r.Requests/2-4 || r.Errors > r.Requests/2+4) {
			t.Errorf("story: %d errors of %d requests, want about half", r.Errors, r.Requests)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range []string{"/search?q=Izmir", "/search?q=AFAD", "/search?q=Sardinia", "/stories/1", "/"} {
		if f.pages[p] == 0 {
			t.Errorf("%s never requested; requested %v", p, f.pages)
		}
	}
}

func TestRunFails(t *testing.T) {
	empty := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"stories":[]}`)
	}))
	defer empty.Close()
	if _, err := Run(context.Background(), Options{URL: empty.URL}); err == nil || !strings.Contains(err.Error(), "no stories") {
		t.Errorf("no stories: %v", err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	if _, err := Run(context.Background(), Options{URL: down.URL}); err == nil {
		t.Error("server down: no error")
	}
}

func TestRunCancel(t *testing.T) {
	srv := httptest.NewServer(&fakeServer{pages: map[string]int{}})
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Run(ctx, Options{URL: srv.URL, Clients: 2, Duration: time.Minute, Warmup: -1})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Run = %v, want the context's error", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Run took %v after the context ended", d)
	}
}

func TestRunWithoutWarmup(t *testing.T) {
	srv := httptest.NewServer(&fakeServer{pages: map[string]int{}})
	defer srv.Close()
	start := time.Now()
	results, err := Run(context.Background(), Options{URL: srv.URL, Clients: 2, Duration: 50 * time.Millisecond, Warmup: -1})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("three scenarios of 50ms without warm-up took %v", d)
	}
	if len(results) != 3 {
		t.Errorf("%d results", len(results))
	}
}
