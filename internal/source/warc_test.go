package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// warcRecord is one record of a web archive as a test writes it.
type warcRecord struct {
	typ, uri, date string
	// http is the record's block: an HTTP message, headers and body.
	http string
	// cut drops that many bytes from the end of the block, leaving its
	// Content-Length as it was.
	cut int
	// extra are more WARC header lines.
	extra []string
}

// httpResponse returns an HTTP response with a body of a content type;
// "" leaves the Content-Type header out.
func httpResponse(status, contentType, body string) string {
	h := "HTTP/1.1 " + status + "\r\n"
	if contentType != "" {
		h += "Content-Type: " + contentType + "\r\n"
	}
	return h + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

// writeWARC writes records as a web archive, each record a gzip member
// of its own when gzipped, as Common Crawl writes them.
func writeWARC(t testing.TB, gzipped bool, records ...warcRecord) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range records {
		var b strings.Builder
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n", r.typ, i+1, r.date)
		if r.uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
		}
		for _, line := range r.extra {
			b.WriteString(line + "\r\n")
		}
		ct := "application/http; msgtype=" + r.typ
		if r.typ == "warcinfo" {
			ct = "application/warc-fields"
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ct, len(r.http))
		b.WriteString(r.http[:len(r.http)-r.cut])
		b.WriteString("\r\n\r\n")
		if !gzipped {
			out.WriteString(b.String())
			continue
		}
		zw := gzip.NewWriter(&out)
		if _, err := zw.Write([]byte(b.String())); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// newsArchive is a small news crawl: a warcinfo record, a request, two
// news pages (one in Latin-1, declared in the HTTP header only), a PDF, a
// page not found, a page cut short when fetched and one cut short in the
// archive.
func newsArchive() []warcRecord {
	page := func(title, body string) string {
		return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title +
			"</h1><p>" + body + "</p></article></body></html>"
	}
	return []warcRecord{
		{typ: "warcinfo", date: "2024-03-05T06:00:00Z", http: "software: test\r\nformat: WARC File Format 1.1\r\n"},
		{typ: "request", uri: "https://harbour.example/news/bridge", date: "2024-03-05T06:01:02Z",
			http: "GET /news/bridge HTTP/1.1\r\nHost: harbour.example\r\n\r\n"},
		{typ: "response", uri: "https://harbour.example/news/bridge", date: "2024-03-05T06:01:03Z",
			http: httpResponse("200 OK", "text/html; charset=utf-8", page("Harbour bridge reopens", "The harbour bridge reopened on Monday after eight months of repairs."))},
		{typ: "response", uri: "https://zeitung.example/stadt/bruecke", date: "2024-03-05T06:02:00Z",
			http: httpResponse("200 OK", "text/html; charset=iso-8859-1", page("Br\xfccke wieder offen", "Die Br\xfccke ist seit Montag wieder f\xfcr den Verkehr ge\xf6ffnet."))},
		{typ: "response", uri: "https://harbour.example/reports/budget.pdf", date: "2024-03-05T06:03:00Z",
			http: httpResponse("200 OK", "application/pdf", "%PDF-1.7 budget")},
		{typ: "response", uri: "https://harbour.example/gone", date: "2024-03-05T06:04:00Z",
			http: httpResponse("404 Not Found", "text/html", page("Not found", "This page does not exist."))},
		{typ: "response", uri: "https://harbour.example/news/long", date: "2024-03-05T06:05:00Z",
			http: httpResponse("200 OK", "text/html", page("Long read", "Only the first part of it was fetched.")), extra: []string{"WARC-Truncated: length"}},
		{typ: "response", uri: "https://harbour.example/news/cut", date: "2024-03-05T06:06:00Z",
			http: httpResponse("200 OK", "text/html", page("Ferry strike ends", "The ferry crews went back to work on Tuesday.")), cut: 40},
	}
}

func TestReadWARC(t *testing.T) {
	for _, gzipped := range []bool{true, false} {
		name := "archive.warc"
		if gzipped {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(path, writeWARC(t, gzipped, newsArchive()...), 0o644); err != nil {
				t.Fatal(err)
			}
			files, err := ListFiles(context.Background(), []string{path})
			if err != nil {
				t.Fatal(err)
			}
			var docs []Document
			var errs []error
			if err := files.Read(context.Background(), func(in Input) error {
				docs = append(docs, in.Documents...)
				errs = append(errs, RecordErrors(in.Err)...)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			want := []struct {
				path, url, fetched, charset, holds string
			}{
				{path + "#3", "https://harbour.example/news/bridge", "2024-03-05T06:01:03Z", "utf-8", "eight months"},
				{path + "#4", "https://zeitung.example/stadt/bruecke", "2024-03-05T06:02:00Z", "iso-8859-1", "Br\xfccke"},
			}
			if len(docs) != len(want) {
				t.Fatalf("%d documents, want %d: %+v", len(docs), len(want), docs)
			}
			for i, w := range want {
				d := docs[i]
				if d.Path != w.path || d.URL != w.url || d.Fetched.Format(time.RFC3339) != w.fetched || d.Charset != w.charset ||
					d.Format != HTML || !bytes.Contains(d.Data, []byte(w.holds)) {
					t.Errorf("document %d: %s %s %s %q %v, want %+v", i, d.Path, d.URL, d.Fetched.Format(time.RFC3339), d.Charset, d.Format, w)
				}
			}
			wantErrs := []struct{ path, says string }{
				{path + "#5", "application/pdf"},
				{path + "#6", "HTTP status 404"},
				{path + "#7", "WARC-Truncated"},
				{path + "#8", "broken record"},
			}
			if len(errs) != len(wantErrs) {
				t.Fatalf("errors %v, want %d", errs, len(wantErrs))
			}
			for i, w := range wantErrs {
				var ie *InputError
				if !errors.As(errs[i], &ie) || ie.Path != w.path || !strings.Contains(errs[i].Error(), w.says) {
					t.Errorf("error %d: %v, want %s saying %q", i, errs[i], w.path, w.says)
				}
			}
			if !strings.Contains(errs[0].Error(), "budget.pdf") {
				t.Errorf("error %q names no URL", errs[0])
			}
		})
	}
}

// TestReadWARCInParts checks that a large archive is handed over in parts,
// each but the last marked as going on, and that ReadFile gathers them.
func TestReadWARCInParts(t *testing.T) {
	var records []warcRecord
	for i := range warcPart + 10 {
		records = append(records, warcRecord{typ: "response", uri: fmt.Sprintf("https://harbour.example/news/%d", i), date: "2024-03-05T06:01:03Z",
			http: httpResponse("200 OK", "text/html", fmt.Sprintf("<html><body><p>Item %d</p></body></html>", i))})
	}
	path := filepath.Join(t.TempDir(), "many.warc.gz")
	if err := os.WriteFile(path, writeWARC(t, true, records...), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := ListFiles(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	var more []bool
	if err := files.Read(context.Background(), func(in Input) error {
		more = append(more, in.More)
		return in.Err
	}); err != nil {
		t.Fatal(err)
	}
	if len(more) != 2 || !more[0] || more[1] {
		t.Errorf("parts marked %v, want [true false]", more)
	}
	docs, err := ReadFile(context.Background(), path)
	if err != nil || len(docs) != len(records) {
		t.Errorf("ReadFile: %d documents, %v; want %d", len(docs), err, len(records))
	}
}

func TestReadWARCBroken(t *testing.T) {
	good := writeWARC(t, true, newsArchive()[2])
	tests := []struct {
		name, says string
		data       []byte
	}{
		{"not an archive", "warc", []byte("just some text, no records at all")},
		{"cut inside a gzip member", "broken record: unexpected EOF", good[:len(good)-30]},
		{"no pages", "no web pages", writeWARC(t, true, newsArchive()[:2]...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Document
			var errs []error
			err := readWARC(context.Background(), Origin{Path: "x.warc.gz"}, bytes.NewReader(tt.data), func(in Input) error {
				docs = append(docs, in.Documents...)
				errs = append(errs, RecordErrors(in.Err)...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 0 || len(errs) == 0 || !strings.Contains(errors.Join(errs...).Error(), tt.says) {
				t.Errorf("documents %d, errors %v; want none and an error saying %q", len(docs), errs, tt.says)
			}
		})
	}
}

// FuzzReadWARC checks that any bytes read as a web archive end, without
// panicking, in HTML documents with their URL and errors naming records.
func FuzzReadWARC(f *testing.F) {
	f.Add(writeWARC(f, true, newsArchive()...))
	f.Add(writeWARC(f, false, newsArchive()...))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := readWARC(context.Background(), Origin{Path: "f.warc"}, bytes.NewReader(data), func(in Input) error {
			for _, d := range in.Documents {
				if d.Format != HTML || !strings.HasPrefix(d.Path, "f.warc#") {
					t.Errorf("document %s of format %v", d.Path, d.Format)
				}
			}
			for _, e := range RecordErrors(in.Err) {
				var ie *InputError
				if !errors.As(e, &ie) {
					t.Errorf("error %v is no InputError", e)
				}
			}
			return nil
		})
		if err != nil {
			t.Errorf("readWARC: %v", err)
		}
	})
}
