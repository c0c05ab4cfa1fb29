package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for one writer and many readers.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// server is a running "storyline serve".
type server struct {
	url    string
	stderr *lockedBuffer
	cancel context.CancelFunc
	code   chan int
}

var servingLine = regexp.MustCompile(`storyline: serving (http://\S+)/\n`)

// startServe runs "storyline serve --addr 127.0.0.1:0" with args and waits
// until it serves. The server stops at the end of the test.
func startServe(t *testing.T, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &server{stderr: &lockedBuffer{}, cancel: cancel, code: make(chan int, 1)}
	args = append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)
	go func() { s.code <- Run(ctx, args, strings.NewReader(""), io.Discard, s.stderr) }()
	t.Cleanup(func() { s.stop(t) })
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingLine.FindStringSubmatch(s.stderr.String()); m != nil {
			s.url = m[1]
			return s
		}
		select {
		case code := <-s.code:
			s.code <- code
			t.Fatalf("serve exited with %d before serving:\n%s", code, s.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start:\n%s", s.stderr.String())
	return nil
}

// stop stops the server and checks it exits cleanly; once.
func (s *server) stop(t *testing.T) {
	t.Helper()
	if s.cancel == nil {
		return
	}
	s.cancel()
	s.cancel = nil
	select {
	case code := <-s.code:
		if code != ExitOK {
			t.Errorf("serve exited with %d:\n%s", code, s.stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Errorf("serve did not stop:\n%s", s.stderr.String())
	}
}

// get fetches a path and returns the status and body.
func (s *server) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.url + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// storyCount returns the number of stories the API lists.
func (s *server) storyCount(t *testing.T) int {
	t.Helper()
	code, body := s.get(t, "/api/v1/stories?limit=100")
	if code != http.StatusOK {
		t.Fatalf("stories: %d %s", code, body)
	}
	var v struct {
		Stories []json.RawMessage `json:"stories"`
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("stories: %v: %s", err, body)
	}
	return len(v.Stories)
}

const articleText = `Flood waters rise in the valley of the river Tern

Heavy rain over three days has flooded the valley of the river Tern, and
the emergency services have moved two hundred residents of the villages
along its banks to a school on higher ground, the county council said.
`

func TestServe(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "flood.txt"), []byte(articleText), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startServe(t, "--db", filepath.Join(dir, "s.db"), in)
	if code, body := s.get(t, "/healthz"); code != http.StatusOK {
		t.Errorf("healthz: %d %s", code, body)
	}
	if n := s.storyCount(t); n != 1 {
		t.Errorf("%d stories after ingesting one article", n)
	}
	if code, body := s.get(t, "/"); code != http.StatusOK || !strings.Contains(body, "Flood waters") {
		t.Errorf("home: %d %.300s", code, body)
	}
	s.stop(t)
	if log := s.stderr.String(); !strings.Contains(log, "ingested 1,") || !strings.Contains(log, "write API off") {
		t.Errorf("log lacks the ingest summary or the write API state:\n%s", log)
	}
}

func TestServeWatchAndToken(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "drop")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := startServe(t, "--db", filepath.Join(dir, "s.db"), "--watch", in, "--watch-interval", "20ms",
		"--token-file", tokenFile)

	if err := os.WriteFile(filepath.Join(in, "flood.txt"), []byte(articleText), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for s.storyCount(t) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the watched file was not ingested:\n%s", s.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	post := func(token string) int {
		req, err := http.NewRequest(http.MethodPost, s.url+"/api/v1/articles",
			strings.NewReader(strings.Replace(articleText, "Tern", "Severn", -1)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "text/plain")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post("wrong"); code != http.StatusUnauthorized {
		t.Errorf("POST with a wrong token: %d", code)
	}
	if code := post("s3cret"); code != http.StatusCreated {
		t.Errorf("POST with the token: %d\n%s", code, s.stderr.String())
	}
}

func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--addr", ""}, ExitUsage, "--addr"},
		{[]string{"--watch-interval", "0s"}, ExitUsage, "--watch-interval"},
		{[]string{"--cache-mb", "-1"}, ExitUsage, "--cache-mb"},
		{[]string{"--token-file", filepath.Join(dir, "none")}, ExitFailure, "token file"},
		{[]string{"--token-file", empty}, ExitFailure, "empty"},
		{[]string{"--addr", "256.0.0.1:99999"}, ExitFailure, "listen"},
		{[]string{"--watch", filepath.Join(dir, "none")}, ExitFailure, "watch"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append([]string{"serve", "--db", filepath.Join(dir, "u.db"), "--addr", "127.0.0.1:0"}, tt.args...)
			code, _, stderr := run(t, args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d; stderr lacks %q:\n%s", code, tt.code, tt.want, stderr)
			}
		})
	}
}

func TestConfigShowsServeSettings(t *testing.T) {
	t.Setenv("STORYLINE_ADDR", "127.0.0.1:9999")
	t.Setenv("STORYLINE_TOKEN", "hidden-value")
	t.Setenv("STORYLINE_TOKEN_FILE", "")
	code, out, _ := run(t, "config")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"addr = 127.0.0.1:9999", "env STORYLINE_ADDR", "token = set", "env STORYLINE_TOKEN"} {
		if !strings.Contains(out, want) {
			t.Errorf("config lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hidden-value") {
		t.Errorf("config shows the token:\n%s", out)
	}
}

// TestConfigShowsEverySetting checks that config prints the settings of
// the resources with where they came from, and that a wrong one stops the
// commands.
func TestConfigShowsEverySetting(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("STORYLINE_DICT_DIR", dir)
	t.Setenv("STORYLINE_DICT_CACHE_DIR", filepath.Join(dir, "cache"))
	t.Setenv("STORYLINE_CACHE_ENTRIES", "1000")
	t.Setenv("STORYLINE_ENTITY_MODELS", dir)
	t.Setenv("GOMEMLIMIT", "")
	code, out, _ := run(t, "config")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"dict-dir = " + dir + "\t(env STORYLINE_DICT_DIR",
		"dict-cache-dir = " + filepath.Join(dir, "cache") + "\t(env STORYLINE_DICT_CACHE_DIR",
		"cache-entries = 1000\t(env STORYLINE_CACHE_ENTRIES",
		"entity-models = " + dir + "\t(env STORYLINE_ENTITY_MODELS",
		"memory-limit = 1536 MiB\t(default",
		"db = ", "addr = ", "token = ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("config lacks %q:\n%s", want, out)
		}
	}

	t.Setenv("STORYLINE_CACHE_ENTRIES", "many")
	if code, out, _ := run(t, "config"); code != ExitFailure || !strings.Contains(out, "cache-entries = many, unusable") {
		t.Errorf("config with a wrong setting: exit %d, output\n%s", code, out)
	}
	if code, _, stderr := run(t, "stories"); code != ExitFailure || !strings.Contains(stderr, "STORYLINE_CACHE_ENTRIES") {
		t.Errorf("stories with a wrong setting: exit %d, stderr %s", code, stderr)
	}
	t.Setenv("STORYLINE_CACHE_ENTRIES", "")
	if code, _, stderr := run(t, "extract", "--json", "--dict-dir", filepath.Join(dir, "none"), "x.txt"); code != ExitUsage || !strings.Contains(stderr, "--dict-dir") {
		t.Errorf("extract with a missing --dict-dir: exit %d, stderr %s", code, stderr)
	}
	if code, _, stderr := run(t, "extract", "--json", "--entity-models", filepath.Join(dir, "none"), "x.txt"); code != ExitUsage || !strings.Contains(stderr, "--entity-models") {
		t.Errorf("extract with a missing --entity-models: exit %d, stderr %s", code, stderr)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "flood.txt"), []byte(articleText), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startServe(t, "--db", filepath.Join(dir, "s.db"), dir)
	code, out, stderr := run(t, "load", "--url", s.url, "--clients", "2", "--duration", "200ms", "--warmup", "0", "--json")
	if code != ExitOK {
		t.Fatalf("load: exit %d\n%s\n%s", code, out, stderr)
	}
	var results []struct {
		Scenario string `json:"scenario"`
		Requests int    `json:"requests"`
		Errors   int    `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(results) != 3 {
		t.Fatalf("results %+v", results)
	}
	for _, r := range results {
		if r.Requests == 0 || r.Errors != 0 {
			t.Errorf("%+v", r)
		}
	}
	code, out, _ = run(t, "load", "--url", s.url, "--clients", "1", "--duration", "50ms", "--warmup", "0")
	if code != ExitOK || !strings.Contains(out, "p99") || !strings.Contains(out, "search") {
		t.Errorf("load table: exit %d\n%s", code, out)
	}
	if code, _, stderr := run(t, "load", "--url", "ftp://x"); code != ExitUsage {
		t.Errorf("load --url ftp: exit %d %s", code, stderr)
	}
}

func TestServeWarnsBeyondLoopback(t *testing.T) {
	s := startServe(t, "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "0.0.0.0:0")
	s.stop(t)
	if log := s.stderr.String(); !strings.Contains(log, "listening beyond this machine") {
		t.Errorf("no warning for a non-loopback address:\n%s", log)
	}
}
