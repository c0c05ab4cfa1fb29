package cli

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/api"
)

// newsWARC writes a small news crawl as Common Crawl does, each record a
// gzip member of its own: two news pages, a PDF, a page cut short in the
// archive and a request.
func newsWARC(t *testing.T) []byte {
	t.Helper()
	page := func(title, published, body string) string {
		return `<!DOCTYPE html><html><head><title>` + title + `</title><meta property="article:published_time" content="` + published +
			`"></head><body><article><h1>` + title + `</h1><p>` + body + `</p></article></body></html>`
	}
	type record struct{ typ, uri, date, contentType, body string }
	records := []record{
		{"response", "https://harbour.example/news/bridge", "2024-03-05T06:01:03Z", "text/html; charset=utf-8",
			page("Harbour bridge reopens after repairs", "2024-03-04T08:30:00Z", strings.Repeat("The harbour bridge in Gdansk reopened on Monday after eight months of repairs, the city council said. ", 3))},
		{"request", "https://harbour.example/news/bridge", "2024-03-05T06:01:02Z", "", ""},
		{"response", "https://harbour.example/reports/budget.pdf", "2024-03-05T06:02:00Z", "application/pdf", "%PDF-1.7 budget"},
		{"response", "https://zeitung.example/stadt/faehre", "2024-03-05T06:03:00Z", "text/html; charset=iso-8859-1",
			page("F\xe4hre f\xe4hrt wieder nach Hel", "2024-03-05T05:00:00Z", strings.Repeat("Die F\xe4hre nach Hel f\xe4hrt seit Dienstag wieder, teilte die Reederei mit. ", 3))},
		{"response", "https://harbour.example/news/cut", "2024-03-05T06:04:00Z", "text/html",
			page("Ferry strike ends", "2024-03-05T05:30:00Z", strings.Repeat("The ferry crews went back to work on Tuesday. ", 3))},
	}
	var out bytes.Buffer
	for i, r := range records {
		block := fmt.Sprintf("GET %s HTTP/1.1\r\n\r\n", r.uri)
		if r.typ == "response" {
			block = fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", r.contentType, len(r.body), r.body)
		}
		length := len(block)
		if strings.HasSuffix(r.uri, "/cut") {
			block = block[:len(block)-50]
		}
		zw := gzip.NewWriter(&out)
		fmt.Fprintf(zw, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n"+
			"WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			r.typ, i+1, r.date, r.uri, r.typ, length, block)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// TestIngestWARC ingests a web archive: its HTML responses become
// articles with their URLs and dates, and the others are named on stderr.
func TestIngestWARC(t *testing.T) {
	path := filepath.Join(t.TempDir(), "CC-NEWS-20240305060000-00001.warc.gz")
	if err := os.WriteFile(path, newsWARC(t), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	code, _, errOut := run(t, "ingest", "--db", db, path)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d: %s", code, ExitFailure, errOut)
	}
	for _, want := range []string{path + "#3: https://harbour.example/reports/budget.pdf", "application/pdf",
		path + "#5: https://harbour.example/news/cut", "broken record", "ingested 2, duplicates 0, failed 2"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	_, out, _ := run(t, "export", "--db", db, "--format", "jsonl")
	got := map[string]api.Article{}
	for _, r := range decodeLines[api.Article](t, out) {
		got[r.URL] = r
	}
	for url, want := range map[string]struct{ path, title, published string }{
		"https://harbour.example/news/bridge":  {path + "#1", "Harbour bridge reopens after repairs", "2024-03-04T08:30:00Z"},
		"https://zeitung.example/stadt/faehre": {path + "#4", "F\u00e4hre f\u00e4hrt wieder nach Hel", "2024-03-05T05:00:00Z"},
	} {
		r, ok := got[url]
		if !ok || r.Path != want.path || r.Title != want.title || r.Published != want.published {
			t.Errorf("%s: stored %+v, want %+v", url, r, want)
		}
	}
	if len(got) != 2 {
		t.Errorf("stored %d articles, want 2", len(got))
	}
}

// TestEvalExtraction runs the side-by-side extraction evaluation on a set
// of two pages written for the test (the run on trafilatura's evaluation
// pages is a benchmark, in BENCHMARKS.md).
func TestEvalExtraction(t *testing.T) {
	code, out, errOut := run(t, "eval", "extraction", "--set", filepath.Join("..", "eval", "testdata", "extraction"))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"extraction: 2 pages", "storyline", "go-trafilatura (defaults)", "go-trafilatura (fallback on)", "GARBLED"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "garbled by storyline") {
		t.Errorf("storyline garbled a page:\n%s", out)
	}
	if code, _, _ := run(t, "eval", "extraction"); code != ExitUsage {
		t.Errorf("eval extraction without --set: exit %d, want %d", code, ExitUsage)
	}
}
