package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite" // read the store while an ingest writes it
)

// buildBinary builds storyline into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "storyline")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes n distinct short articles and returns their folder.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	words := strings.Fields(`harbour council minister river bridge election court storm vaccine strike
		budget tariff drought festival museum airport railway factory parliament ceasefire protest
		treaty satellite reactor pipeline mayor governor senate tribunal inflation export`)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "Report %d on the %s and the %s\n\n", i, words[rng.IntN(len(words))], words[rng.IntN(len(words))])
		for p := 0; p < 4; p++ {
			for s := 0; s < 3; s++ {
				b.WriteString("The")
				for w := 0; w < 12; w++ {
					b.WriteString(" " + words[rng.IntN(len(words))])
				}
				fmt.Fprintf(&b, " rose by %d percent, officials said. ", rng.IntN(1000))
			}
			b.WriteString("\n\n")
		}
		name := filepath.Join(dir, fmt.Sprintf("d%02d", i%20), fmt.Sprintf("a%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type exported struct {
	ID    int64  `json:"id"`
	Path  string `json:"path"`
	Title string `json:"title"`
	Story int64  `json:"story_id"`
}

func export(t *testing.T, bin, db string) []exported {
	t.Helper()
	out, err := exec.Command(bin, "export", "--db", db, "--format", "jsonl").Output()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	var rows []exported
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var r exported
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("export line %q: %v", sc.Text(), err)
		}
		rows = append(rows, r)
	}
	return rows
}

// TestKillDuringIngest kills an ingest with SIGKILL midway, ingests the same
// inputs again, and checks that every input is stored exactly once, whole.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of files")
	}
	const n = 3000
	bin := buildBinary(t)
	corpus := writeCorpus(t, n)
	db := filepath.Join(t.TempDir(), "crash.db")

	cmd := exec.Command(bin, "ingest", "--db", db, corpus)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once a batch has been committed, well before the ingest can
	// finish. The size of the WAL is no sign of a commit: a transaction
	// writes its pages there before it commits.
	waitForCommittedArticles(t, db, 60*time.Second)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the ingest was not killed midway (%v); stderr:\n%s", err, stderr.String())
	}

	before := export(t, bin, db)
	if len(before) == 0 || len(before) >= n {
		t.Fatalf("%d articles stored when killed; want some but not all of %d", len(before), n)
	}
	for _, r := range before {
		if r.Title == "" || r.Story == 0 {
			t.Errorf("half-written article after the kill: %+v", r)
		}
	}

	out, err := exec.Command(bin, "ingest", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	want := fmt.Sprintf("ingested %d, duplicates %d, failed 0", n-len(before), len(before))
	if !strings.Contains(string(out), want) {
		t.Errorf("second ingest summary lacks %q:\n%s", want, out)
	}
	after := export(t, bin, db)
	seen := map[string]int{}
	for _, r := range after {
		seen[r.Path]++
	}
	if len(after) != n || len(seen) != n {
		t.Fatalf("after re-ingest: %d articles from %d inputs, want %d each", len(after), len(seen), n)
	}
	for p, c := range seen {
		if c != 1 {
			t.Errorf("%s stored %d times", p, c)
		}
	}
	t.Logf("killed after %d of %d articles were committed; the re-ingest stored the rest", len(before), n)
}

// waitForCommittedArticles polls the store at path, read-only, until it
// holds a committed article or timeout has passed.
func waitForCommittedArticles(t *testing.T, path string, timeout time.Duration) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err == nil && n > 0 {
			return
		}
	}
}

// TestWritersAtOnce starts, on one new store, two ingests and a server
// whose write API takes posts, all at once: every process must open the
// new store, every writer finish, and every story hold exactly the
// articles that name it (count and languages, as its stored profile says).
func TestWritersAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs three processes")
	}
	bin := buildBinary(t)
	examples, err := filepath.Glob(filepath.Join("..", "..", "examples", "articles", "*"))
	if err != nil || len(examples) < 12 {
		t.Fatalf("example articles: %d, %v", len(examples), err)
	}
	// The .txt files go in turn to the first ingest, the second and the
	// API; the others to the ingests.
	dirs := []string{t.TempDir(), t.TempDir()}
	var posted []string
	for i, path := range examples {
		if strings.HasSuffix(path, ".txt") && i%3 == 2 {
			posted = append(posted, path)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dirs[i%2], filepath.Base(path)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "shared.db")
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte("writers-at-once\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	serve := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0", "--token-file", tokenFile)
	serveErr, err := serve.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var ingests []*exec.Cmd
	var outputs []*bytes.Buffer
	for _, dir := range dirs {
		cmd := exec.Command(bin, "ingest", "--db", db, dir)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		ingests, outputs = append(ingests, cmd), append(outputs, &out)
	}
	for _, cmd := range append([]*exec.Cmd{serve}, ingests...) {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	defer serve.Process.Kill()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(serveErr)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "storyline: serving "); ok {
				addr <- strings.TrimSuffix(a, "/")
			}
		}
	}()
	var base string
	select {
	case base = <-addr:
	case <-time.After(2 * time.Minute):
		t.Fatal("the server did not start")
	}
	for _, path := range posted {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for attempt := 0; ; attempt++ {
			req, err := http.NewRequest(http.MethodPost, base+"/api/v1/articles", bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "text/plain")
			req.Header.Set("Authorization", "Bearer writers-at-once")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusServiceUnavailable && attempt < 5 {
				continue // another writer held the store a minute
			}
			if resp.StatusCode != http.StatusCreated {
				t.Errorf("POST %s: %s", filepath.Base(path), resp.Status)
			}
			break
		}
	}
	for i, cmd := range ingests {
		if err := cmd.Wait(); err != nil {
			t.Errorf("ingest %d: %v\n%s", i+1, err, outputs[i])
		}
	}
	serve.Process.Signal(os.Interrupt)
	serve.Wait()

	rows := export(t, bin, db)
	if want := len(examples) + 2; len(rows) < want { // the JSON Lines digest holds more than one article
		t.Errorf("%d articles stored, want at least %d", len(rows), want)
	}
	checkStoredStories(t, db)
	waited := 0
	for _, out := range outputs {
		if strings.Contains(out.String(), "waiting for the other writer") {
			waited++
		}
	}
	t.Logf("%d articles; %d of the ingests waited for another writer", len(rows), waited)
}

// checkStoredStories reads the store at path and checks that every story
// holds the articles that name it: as many, in the languages its profile
// counts, and that every article's story is stored.
func checkStoredStories(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	members := map[int64]map[string]int{}
	rows, err := db.Query(`SELECT story_id, language FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var lang string
		if err := rows.Scan(&id, &lang); err != nil {
			t.Fatal(err)
		}
		if members[id] == nil {
			members[id] = map[string]int{}
		}
		members[id][lang]++
	}
	rows.Close()
	rows, err = db.Query(`SELECT id, articles, profile FROM stories`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	stories := map[int64]bool{}
	for rows.Next() {
		var id int64
		var n int
		var raw []byte
		if err := rows.Scan(&id, &n, &raw); err != nil {
			t.Fatal(err)
		}
		stories[id] = true
		var p struct {
			Articles  int            `json:"articles"`
			Languages map[string]int `json:"languages"`
		}
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatal(err)
		}
		got, count := members[id], 0
		for _, c := range got {
			count += c
		}
		if count != n || count != p.Articles || !maps.Equal(got, p.Languages) {
			t.Errorf("story %d: listed with %d articles, its profile counts %d %v; the store holds %d %v", id, n, p.Articles, p.Languages, count, got)
		}
	}
	for id := range members {
		if !stories[id] {
			t.Errorf("articles name story %d, which is not stored", id)
		}
	}
}
